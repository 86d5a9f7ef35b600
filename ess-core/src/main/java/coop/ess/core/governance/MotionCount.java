package coop.ess.core.governance;

import coop.ess.core.governance.counting.Rational;
import coop.ess.core.EssValidationException;
import coop.ess.core.internal.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Counts a yes/no/abstain/blank motion, with or without colleges: pure functions with exact fractions.
 *
 * <p>Without colleges the share of "for" is {@code for / base}, where the base is the votes cast (for + against,
 * plus abstentions and blank votes when {@link ResolutionType} counts them) or the electorate. With colleges, see
 * {@link CollegeStatute.Reading}; a college with an empty base is handled by {@link CollegeStatute.EmptyCollege}.
 * An empty base never meets a threshold. Not instantiable; thread-safe.
 */
public final class MotionCount {

  private MotionCount() {}

  /**
   * Counts a motion without colleges.
   *
   * @param type the resolution type, not null
   * @param convocation 1 or 2
   * @param turnout who took part, not null
   * @param tally the counted ballots, not null
   * @return the result, not null
   * @throws EssValidationException if more ballots were counted than there are voters
   * @throws IllegalArgumentException if {@code convocation} is neither 1 nor 2
   */
  public static MotionResult count(ResolutionType type, int convocation, Turnout turnout, Tally tally) {
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "MotionCount");
    checks.check(tally.ballots() <= turnout.electorate(), "count.moreBallotsThanVoters", "tally",
        "ballots", tally.ballots(), "electorate", turnout.electorate());
    checks.throwIfInvalid();
    long base = base(type, tally, turnout.electorate());
    Rational share = base == 0 ? Rational.ZERO : Rational.of(tally.votesFor(), base);
    boolean met = base > 0 && type.threshold().isMet(share);
    return finish(type, convocation, turnout, tally, Map.of(), share, met);
  }

  /**
   * Counts a motion voted in colleges.
   *
   * @param type the resolution type, not null
   * @param convocation 1 or 2
   * @param turnout who took part, not null
   * @param statute the colleges and their reading, not null
   * @param tallies the counted ballots of each college; a missing college counts as empty, not null
   * @param collegeSizes the number of voters of each college (the base of an absolute majority), not null
   * @return the result, not null
   * @throws EssValidationException if a tally names an unknown college or exceeds its college's size
   * @throws IllegalArgumentException if {@code convocation} is neither 1 nor 2
   */
  public static MotionResult count(ResolutionType type, int convocation, Turnout turnout, CollegeStatute statute,
      Map<CollegeId, Tally> tallies, Map<CollegeId, Long> collegeSizes) {
    Objects.requireNonNull(statute, "statute");
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "MotionCount");
    for (CollegeId id : tallies.keySet()) {
      checks.check(statute.college(id).isPresent(), "count.unknownCollege", "tallies." + id, "college", id);
    }
    Map<CollegeId, Tally> ordered = new LinkedHashMap<>();
    Tally total = Tally.empty();
    Rational weighted = Rational.ZERO;
    Rational weights = Rational.ZERO;
    for (College college : statute.colleges()) {
      Tally tally = tallies.getOrDefault(college.id(), Tally.empty());
      long size = collegeSizes.getOrDefault(college.id(), 0L);
      checks.check(tally.ballots() <= size, "count.moreBallotsThanVoters", "tallies." + college.id(),
          "ballots", tally.ballots(), "electorate", size);
      ordered.put(college.id(), tally);
      total = total.plus(tally);
      Rational weight = Rational.of(college.weightPercent(), 100);
      long base = base(type, tally, size);
      if (base == 0) {
        if (statute.emptyCollege() == CollegeStatute.EmptyCollege.COUNT_AS_AGAINST) {
          weights = weights.plus(weight);
        }
        continue;
      }
      Rational share = Rational.of(tally.votesFor(), base);
      Rational carried = statute.reading() == CollegeStatute.Reading.PROPORTIONAL
          ? share
          : share.compareTo(Rational.of(1, 2)) > 0 ? Rational.ONE : Rational.ZERO;
      weighted = weighted.plus(weight.times(carried));
      weights = weights.plus(weight);
    }
    checks.throwIfInvalid();
    Rational share = weights.signum() == 0 ? Rational.ZERO : weighted.dividedBy(weights);
    boolean met = weights.signum() != 0 && type.threshold().isMet(share);
    return finish(type, convocation, turnout, total, ordered, share, met);
  }

  private static long base(ResolutionType type, Tally tally, long electorate) {
    return type.threshold().base() == Threshold.Base.ELECTORATE ? electorate : tally.cast(type);
  }

  private static MotionResult finish(ResolutionType type, int convocation, Turnout turnout, Tally tally,
      Map<CollegeId, Tally> colleges, Rational share, boolean thresholdMet) {
    Quorum quorum = type.quorum(convocation);
    boolean quorumMet = quorum.isMet(turnout.counted(quorum), turnout.electorate());
    Outcome outcome = !quorumMet ? Outcome.NO_QUORUM : thresholdMet ? Outcome.ADOPTED : Outcome.REJECTED;
    return MotionResult.builder().type(type).convocation(convocation).turnout(turnout).quorumMet(quorumMet)
        .tally(tally).collegeTallies(colleges).share(share.toString()).thresholdMet(thresholdMet).outcome(outcome)
        .build();
  }
}
