package coop.ess.core.governance;

import java.util.Map;
import org.immutables.value.Value;

/**
 * The count of a yes/no/abstain/blank motion: turnout and quorum, the tally (overall and per college), the share of
 * "for" as an exact fraction, and the {@link Outcome}.
 *
 * <p>A result holds counts only: it never names a voter. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MotionResult {

  MotionResult() {}

  static ImmutableMotionResult.Builder builder() {
    return ImmutableMotionResult.builder();
  }

  /**
   * The resolution type applied.
   *
   * @return the type, not null
   */
  public abstract ResolutionType type();

  /**
   * The convocation (1, or 2 after a first sitting without quorum).
   *
   * @return 1 or 2
   */
  public abstract int convocation();

  /**
   * Who took part.
   *
   * @return the turnout, not null
   */
  public abstract Turnout turnout();

  /**
   * Whether the quorum of this convocation was met.
   *
   * @return true if met
   */
  public abstract boolean quorumMet();

  /**
   * All counted ballots.
   *
   * @return the tally, not null
   */
  public abstract Tally tally();

  /**
   * The tally of each college, in the statutes' order; empty without colleges.
   *
   * @return the tallies, not null, possibly empty
   */
  public abstract Map<CollegeId, Tally> collegeTallies();

  /**
   * The share of "for" compared with the threshold, as an exact fraction such as {@code 7/12} (weighted when there
   * are colleges), or {@code 0} when nothing was cast.
   *
   * @return the share, not null
   */
  public abstract String share();

  /**
   * Whether the threshold was reached.
   *
   * @return true if reached
   */
  public abstract boolean thresholdMet();

  /**
   * The outcome.
   *
   * @return the outcome, not null
   */
  public abstract Outcome outcome();

  @Override
  public final String toString() {
    return outcome() + ": " + tally() + "; share " + share() + " against " + type().threshold() + "; quorum "
        + (quorumMet() ? "met" : "not met") + " (present " + turnout().present() + ", represented "
        + turnout().represented() + " of " + turnout().electorate() + ")";
  }
}
