package coop.ess.core.governance;

import coop.ess.core.governance.counting.Rational;
import coop.ess.core.EssValidationException;
import coop.ess.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The share of "for" a motion needs: a fraction, a {@link Boundary} (≥ or &gt;) and the {@link Base} it is taken
 * of (the votes cast, or the whole electorate).
 *
 * <p>The usual statute wordings are named: {@link #simpleMajority()}, {@link #absoluteMajority()},
 * {@link #twoThirds()}, {@link #threeQuarters()} and {@link #unanimity()}. With no votes in the base, no threshold
 * is met. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Threshold {

  /** What the share of "for" is taken of. */
  public enum Base {
    /** The votes cast: for + against, plus abstentions and blank votes when the statutes count them. */
    VOTES_CAST,
    /** Everyone in the electorate (or in the college), voting or not: an "absolute" majority. */
    ELECTORATE
  }

  Threshold() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * More than half of the votes cast (<i>majorité simple</i>).
   *
   * @return the threshold, not null
   */
  public static Threshold simpleMajority() {
    return of("simple-majority", 1, 2, Boundary.MORE_THAN, Base.VOTES_CAST);
  }

  /**
   * More than half of the electorate (<i>majorité absolue des membres</i>).
   *
   * @return the threshold, not null
   */
  public static Threshold absoluteMajority() {
    return of("absolute-majority", 1, 2, Boundary.MORE_THAN, Base.ELECTORATE);
  }

  /**
   * At least two thirds of the votes cast.
   *
   * @return the threshold, not null
   */
  public static Threshold twoThirds() {
    return of("two-thirds", 2, 3, Boundary.AT_LEAST, Base.VOTES_CAST);
  }

  /**
   * At least three quarters of the votes cast.
   *
   * @return the threshold, not null
   */
  public static Threshold threeQuarters() {
    return of("three-quarters", 3, 4, Boundary.AT_LEAST, Base.VOTES_CAST);
  }

  /**
   * Every vote cast is "for" (abstentions and blank votes do not break unanimity unless the statutes count them).
   *
   * @return the threshold, not null
   */
  public static Threshold unanimity() {
    return of("unanimity", 1, 1, Boundary.AT_LEAST, Base.VOTES_CAST);
  }

  /**
   * Any threshold.
   *
   * @param name a short name for reports, not null
   * @param numerator the numerator of the fraction, 1 or more
   * @param denominator the denominator, at least the numerator
   * @param boundary ≥ or &gt;, not null
   * @param base what the share is taken of, not null
   * @return the threshold, not null
   * @throws EssValidationException if the fraction is not within (0, 1]
   */
  public static Threshold of(String name, long numerator, long denominator, Boundary boundary, Base base) {
    return builder().name(name).numerator(numerator).denominator(denominator).boundary(boundary).base(base).build();
  }

  /**
   * The name used in reports, such as {@code two-thirds}.
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * The numerator of the required fraction.
   *
   * @return at least 1
   */
  public abstract long numerator();

  /**
   * The denominator of the required fraction.
   *
   * @return at least the numerator
   */
  public abstract long denominator();

  /**
   * Whether the share must reach or exceed the fraction.
   *
   * @return the boundary, not null
   */
  public abstract Boundary boundary();

  /**
   * What the share is taken of.
   *
   * @return the base, not null
   */
  public abstract Base base();

  /**
   * Whether {@code votesFor} out of {@code base} meets this threshold, exactly.
   *
   * @param votesFor the votes (or weight) for, 0 or more
   * @param base the base, 0 or more; 0 never meets a threshold
   * @return true if met
   * @throws IllegalArgumentException if a count is negative or {@code votesFor > base}
   */
  public final boolean isMet(long votesFor, long base) {
    if (votesFor < 0 || base < 0 || votesFor > base) {
      throw new IllegalArgumentException("Need 0 <= votesFor <= base, got " + votesFor + " of " + base);
    }
    return base > 0 && isMet(Rational.of(votesFor, base));
  }

  final boolean isMet(Rational share) {
    return boundary().holds(share.compareTo(fraction()));
  }

  final Rational fraction() {
    return Rational.of(numerator(), denominator());
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "Threshold " + name());
    checks.check(numerator() >= 1 && numerator() <= denominator(), "fraction.range", "numerator",
        "numerator", numerator(), "denominator", denominator());
    checks.throwIfInvalid();
  }

  @Override
  public final String toString() {
    return name() + " (" + (boundary() == Boundary.AT_LEAST ? ">= " : "> ") + fraction() + " of "
        + base().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
  }

  /** Builds a {@link Threshold}; not thread-safe. */
  public static final class Builder extends ImmutableThreshold.Builder {
    Builder() {}
  }
}
