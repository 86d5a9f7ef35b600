package coop.ess.core.governance;

import coop.ess.core.governance.counting.Rational;
import coop.ess.core.EssValidationException;
import coop.ess.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The share of the electorate that must take part for a vote to be valid: members present (in the room or
 * online), or present and represented by a proxy, with an explicit {@link Boundary}; members who voted by
 * correspondence ({@link Attendance#BY_CORRESPONDENCE}) are added to either base unless {@link #correspondence()} is
 * {@link Correspondence#NOT_COUNTED}.
 *
 * <p>{@link #none()} is the quorum of a second convocation that needs none. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Quorum {

  /** Who counts towards the quorum. */
  public enum Base {
    /** Members present, in the room or online. */
    PRESENT,
    /** Members present plus members represented by a present proxy holder. */
    PRESENT_AND_REPRESENTED
  }

  /**
   * Whether members who voted by correspondence (<i>vote par correspondance</i>) count toward the quorum.
   *
   * <p>In a <i>société anonyme</i>, the Code de commerce, art. L225-107 I, lets every shareholder vote by
   * correspondence, whatever the statutes say, and counts for the quorum the forms received before the meeting
   * (text: https://lexbase.fr/index/source/52856670-l225107): hence the default {@link #COUNTED}. We believe this
   * also governs a cooperative formed as a SA (many SCIC and SCOP) but did not confirm it against cooperative law. An
   * association (loi 1901) follows its statutes, and may use votes by correspondence only when they provide for them
   * (Cass. 1re civ., 25 January 2017, no. 15-25.561); statutes that accept such votes without counting them for the
   * quorum say {@link #NOT_COUNTED}. The SDK does not check which law applies to an organisation: the statutes'
   * author does. See docs/governance.md, "Votes by correspondence".
   */
  public enum Correspondence {
    /** Members who voted by correspondence count toward the quorum (the rule of Code de commerce art. L225-107). */
    COUNTED,
    /** Members who voted by correspondence do not count toward the quorum (their votes are still counted). */
    NOT_COUNTED
  }

  Quorum() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A quorum of {@code numerator/denominator} of the electorate, counting votes by correspondence.
   *
   * @param numerator the numerator, 0 or more
   * @param denominator the denominator, at least the numerator and at least 1
   * @param boundary ≥ or &gt;, not null
   * @param base who counts, not null
   * @return the quorum, not null
   * @throws EssValidationException if the fraction is not within [0, 1]
   */
  public static Quorum of(long numerator, long denominator, Boundary boundary, Base base) {
    return builder().numerator(numerator).denominator(denominator).boundary(boundary).base(base).build();
  }

  /**
   * No quorum (as in a second convocation, <i>seconde convocation</i>): always met.
   *
   * @return the quorum, not null
   */
  public static Quorum none() {
    return of(0, 1, Boundary.AT_LEAST, Base.PRESENT_AND_REPRESENTED);
  }

  /**
   * The numerator of the required share of the electorate.
   *
   * @return 0 or more
   */
  public abstract long numerator();

  /**
   * The denominator of the required share.
   *
   * @return at least 1 and at least the numerator
   */
  public abstract long denominator();

  /**
   * Whether the count must reach or exceed the share.
   *
   * @return the boundary, not null
   */
  public abstract Boundary boundary();

  /**
   * Who counts.
   *
   * @return the base, not null
   */
  public abstract Base base();

  /**
   * Whether members who voted by correspondence count toward this quorum.
   *
   * @return {@link Correspondence#COUNTED} by default, not null
   */
  @Value.Default
  public Correspondence correspondence() {
    return Correspondence.COUNTED;
  }

  /**
   * Whether this quorum is none at all.
   *
   * @return true for {@code 0/1 at least}
   */
  public final boolean isNone() {
    return numerator() == 0 && boundary() == Boundary.AT_LEAST;
  }

  /**
   * Whether {@code counted} participants out of an electorate of {@code electorate} meet this quorum, exactly.
   *
   * @param counted the members counted toward this quorum, 0 or more (see {@link Turnout#counted(Quorum)})
   * @param electorate the size of the electorate, at least {@code counted}
   * @return true if met; an empty electorate meets only {@link #none()}
   * @throws IllegalArgumentException if a count is negative or {@code counted > electorate}
   */
  public final boolean isMet(long counted, long electorate) {
    if (counted < 0 || electorate < 0 || counted > electorate) {
      throw new IllegalArgumentException("Need 0 <= counted <= electorate, got " + counted + " of " + electorate);
    }
    if (electorate == 0) {
      return isNone();
    }
    return boundary().holds(Rational.of(counted, electorate).compareTo(Rational.of(numerator(), denominator())));
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "Quorum");
    checks.check(denominator() >= 1 && numerator() >= 0 && numerator() <= denominator(), "fraction.range",
        "numerator", "numerator", numerator(), "denominator", denominator());
    checks.throwIfInvalid();
  }

  @Override
  public final String toString() {
    return isNone() ? "no quorum" : (boundary() == Boundary.AT_LEAST ? ">= " : "> ") + numerator() + "/"
        + denominator() + " of the electorate " + (base() == Base.PRESENT ? "present" : "present or represented")
        + (correspondence() == Correspondence.COUNTED ? "" : " (votes by correspondence not counted)");
  }

  /** Builds a {@link Quorum}; not thread-safe. */
  public static final class Builder extends ImmutableQuorum.Builder {
    Builder() {}
  }
}
