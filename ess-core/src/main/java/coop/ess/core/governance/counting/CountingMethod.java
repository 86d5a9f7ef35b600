package coop.ess.core.governance.counting;

import coop.ess.core.EssValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The counting methods, each a pure function from an {@link Election} to a {@link CountResult}.
 *
 * <p>Every method is exact (integers and {@link Rational}s), reports its rounds, reports ties in the ranking and
 * records every tie it had to break ({@link TieBreak}). Ranked ballots list preferences best first; unlisted
 * candidates rank equally below the listed ones. Example:
 *
 * <pre>{@code
 * CountResult result = CountingMethod.fromId("ranked-pairs").count(election);
 * result.winners();  // [Nashville]
 * result.ranking();  // [[Nashville], [Chattanooga], [Knoxville], [Memphis]]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum CountingMethod {

  /**
   * Yes/no majority: ballots choose {@code yes}, {@code no}, {@code abstain} or {@code blank}; yes wins when it has
   * more votes than no (simple majority of the votes cast; abstentions and blank votes are counted and reported but
   * decide nothing); equal yes and no is a tie and nobody wins. Thresholds and quorum belong to the assembly.
   */
  MAJORITY("majority"),
  /** Plurality: each ballot's {@code choice} (or first preference) scores one; most votes first. */
  PLURALITY("plurality"),
  /** Approval: each approved candidate scores one per ballot; most approvals first. */
  APPROVAL("approval"),
  /** Score (range) voting: the sum of the scores given; a candidate left out of a ballot scores zero. */
  SCORE("score"),
  /**
   * Borda count: with n candidates, the i-th listed candidate (from 0) scores {@code n − 1 − i}; unlisted candidates
   * rank equally below the listed ones and score zero.
   */
  BORDA("borda"),
  /**
   * Instant-runoff (alternative vote, single winner): the continuing candidate with the fewest votes is excluded
   * until one has more than half of the votes still active; ties for exclusion go to the seeded tie-breaker, which the
   * round of the exclusion records ({@link Round#tieBreaks()}). The ranking lists the excluded candidates in the
   * order of exclusion.
   */
  IRV("irv"),
  /**
   * Single transferable vote under the rules of the Scottish Local Government Elections Order 2011 (SSI 2011/399):
   * Droop quota {@code floor(valid / (seats + 1)) + 1}; surpluses first, largest first, transferring every ballot the
   * candidate holds at {@code surplus × value / votes credited} truncated to 5 decimal places; otherwise the lowest
   * candidate is excluded and all their ballots move at their current value; ties broken by looking back at earlier
   * stages, then by the seeded tie-breaker. Truncation losses and exhausted ballots are non-transferable.
   */
  STV("stv"),
  /**
   * Single transferable vote by Meek's method: keep factors (1 hopeful, 0 excluded) shared down each ballot, Droop
   * quota {@code (valid − excess) / (seats + 1)} recomputed at each iteration, elected keep factors updated to
   * {@code keep × quota / votes} rounded up to 9 decimals until within 10<sup>-6</sup> of the quota.
   */
  MEEK_STV("meek-stv"),
  /** Schulze's beatpath method, with the winning-votes strength of a pairwise defeat. */
  SCHULZE("schulze"),
  /**
   * Tideman's ranked pairs, winning votes: majorities locked strongest first (a smaller opposing vote first), a
   * pair that would close a cycle skipped; equal pairs whose order matters are ordered by the seeded tie-breaker.
   */
  RANKED_PAIRS("ranked-pairs"),
  /** Copeland: one point per pairwise win and half a point per pairwise tie. */
  COPELAND("copeland"),
  /** Majority judgment with configurable grades, ranked by majority values as the MieuxVoter libraries do. */
  MAJORITY_JUDGMENT("majority-judgment"),
  /** Participatory budget, greedy by approvals, skipping a project that no longer fits. */
  GREEDY_BUDGET("greedy-budget"),
  /** Participatory budget by the method of equal shares (cost utilities) with completion. */
  EQUAL_SHARES("equal-shares");

  private final String id;

  CountingMethod(String id) {
    this.id = id;
  }

  /**
   * The identifier used in ballot files, such as {@code ranked-pairs}.
   *
   * @return the identifier, not null
   */
  public String id() {
    return id;
  }

  /**
   * The method with an identifier.
   *
   * @param id an identifier such as {@code schulze}, not null
   * @return the method, not null
   * @throws EssValidationException if no method has this identifier
   */
  public static CountingMethod fromId(String id) {
    Objects.requireNonNull(id, "id");
    List<String> known = new ArrayList<>();
    for (CountingMethod method : values()) {
      if (method.id.equals(id)) {
        return method;
      }
      known.add(method.id);
    }
    throw new EssValidationException("Election", List.of(CountingMessages.CATALOG.error("count.unknownMethod",
        "method", "method", id, "known", String.join(", ", known))));
  }

  /**
   * Counts an election.
   *
   * @param election the election, not null
   * @return the result, not null
   * @throws EssValidationException if the ballots or the election lack what this method reads (no candidates, a
   *     choice that is not allowed, no grades, no budget), naming the field
   */
  public CountResult count(Election election) {
    Objects.requireNonNull(election, "election");
    return switch (this) {
      case MAJORITY -> ScoreMethods.majority(election);
      case PLURALITY -> ScoreMethods.plurality(election);
      case APPROVAL -> ScoreMethods.approval(election);
      case SCORE -> ScoreMethods.score(election);
      case BORDA -> ScoreMethods.borda(election);
      case IRV -> RunoffMethods.instantRunoff(election);
      case STV -> ScottishStv.count(election);
      case MEEK_STV -> MeekStv.count(election);
      case SCHULZE -> PairwiseMethods.schulze(election);
      case RANKED_PAIRS -> PairwiseMethods.rankedPairs(election);
      case COPELAND -> PairwiseMethods.copeland(election);
      case MAJORITY_JUDGMENT -> MajorityJudgment.count(election);
      case GREEDY_BUDGET -> BudgetMethods.greedy(election);
      case EQUAL_SHARES -> BudgetMethods.equalShares(election);
    };
  }
}
