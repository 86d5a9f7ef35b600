package coop.ess.core.governance;

import coop.ess.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A kind of resolution as the statutes define it — ordinary, extraordinary, statute change… — with its
 * {@link Threshold}, its {@link Quorum} on first and second convocation, and how abstentions and blank votes are
 * treated.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ResolutionType {

  ResolutionType() {}

  /**
   * A builder; abstentions and blank votes default to {@link Treatment#EXCLUDED} and the second convocation to
   * {@link Quorum#none()}.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The name, such as {@code ordinary} or {@code statute-change}.
   *
   * @return the name, not null, not blank
   */
  public abstract String name();

  /**
   * The share of "for" needed.
   *
   * @return the threshold, not null
   */
  public abstract Threshold threshold();

  /**
   * The quorum on first convocation.
   *
   * @return the quorum, not null
   */
  public abstract Quorum quorum();

  /**
   * The quorum on second convocation, when the first lacked quorum.
   *
   * @return the quorum, not null; {@link Quorum#none()} by default
   */
  @Value.Default
  public Quorum secondConvocationQuorum() {
    return Quorum.none();
  }

  /**
   * Whether abstentions count among the votes cast.
   *
   * @return the treatment, not null; {@link Treatment#EXCLUDED} by default
   */
  @Value.Default
  public Treatment abstentions() {
    return Treatment.EXCLUDED;
  }

  /**
   * Whether blank votes count among the votes cast.
   *
   * @return the treatment, not null; {@link Treatment#EXCLUDED} by default
   */
  @Value.Default
  public Treatment blankVotes() {
    return Treatment.EXCLUDED;
  }

  /**
   * The quorum of a convocation.
   *
   * @param convocation 1 or 2
   * @return the quorum, not null
   * @throws IllegalArgumentException if {@code convocation} is neither 1 nor 2
   */
  public final Quorum quorum(int convocation) {
    if (convocation != 1 && convocation != 2) {
      throw new IllegalArgumentException("Convocation must be 1 or 2, got " + convocation);
    }
    return convocation == 1 ? quorum() : secondConvocationQuorum();
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "ResolutionType");
    checks.text("name", name(), 200);
    checks.throwIfInvalid();
  }

  /** Builds a {@link ResolutionType}; not thread-safe. */
  public static final class Builder extends ImmutableResolutionType.Builder {
    Builder() {}
  }
}
