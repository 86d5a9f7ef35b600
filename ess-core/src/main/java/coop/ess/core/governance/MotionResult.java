package coop.ess.core.governance;

import coop.ess.core.governance.counting.Rational;
import coop.ess.core.internal.Checks;
import java.math.BigInteger;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The count of a yes/no/abstain/blank motion: turnout and quorum, the tally (overall and per college), the share of
 * "for" as an exact fraction, and the {@link Outcome}.
 *
 * <p>A result holds counts only: it never names a voter. {@link MotionCount} computes results; {@link #builder()} is
 * for reading them back from storage, and checks that the outcome follows from the quorum and the threshold.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MotionResult {

  MotionResult() {}

  /**
   * A builder, to read a result back from storage; {@link MotionCount} computes results.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
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

  @Value.Check
  final void check() {
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "MotionResult");
    checks.check(convocation() == 1 || convocation() == 2, "event.convocation", "convocation",
        "convocation", convocation());
    Outcome expected = !quorumMet() ? Outcome.NO_QUORUM : thresholdMet() ? Outcome.ADOPTED : Outcome.REJECTED;
    checks.check(outcome() == expected, "result.outcome", "outcome", "outcome", outcome(), "quorumMet", quorumMet(),
        "thresholdMet", thresholdMet());
    checks.check(tally().ballots() <= turnout().electorate(), "count.moreBallotsThanVoters", "tally",
        "ballots", tally().ballots(), "electorate", turnout().electorate());
    checks.check(isShare(share()), "result.share", "share", "share", share());
    checks.throwIfInvalid();
  }

  /** Whether a text is a normalised fraction between 0 and 1, as {@link Rational#toString()} writes it. */
  private static boolean isShare(String text) {
    if (!text.matches("0|1|[1-9][0-9]*/[1-9][0-9]*")) {
      return false;
    }
    int slash = text.indexOf('/');
    Rational share = slash < 0 ? Rational.of(Long.parseLong(text))
        : Rational.of(new BigInteger(text.substring(0, slash)), new BigInteger(text.substring(slash + 1)));
    return share.toString().equals(text) && share.compareTo(Rational.ONE) <= 0;
  }

  @Override
  public final String toString() {
    return outcome() + ": " + tally() + "; share " + share() + " against " + type().threshold() + "; quorum "
        + (quorumMet() ? "met" : "not met") + " (present " + turnout().present()
        + (turnout().online() == 0 ? "" : " of whom " + turnout().online() + " online")
        + (turnout().byCorrespondence() == 0 ? "" : ", by correspondence " + turnout().byCorrespondence())
        + ", represented " + turnout().represented() + " of " + turnout().electorate() + ")";
  }

  /** Builds a {@link MotionResult}; not thread-safe. */
  public static final class Builder extends ImmutableMotionResult.Builder {
    Builder() {}
  }
}
