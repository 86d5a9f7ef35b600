package coop.ess.core.governance.counting;

import coop.ess.core.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One or more identical ballots: {@link #count()} voters expressed the same thing. A ballot carries what its method
 * reads: a {@link #ranking()} (best first; unlisted candidates rank equally below the listed ones), an
 * {@link #approve() approval} set, {@link #scores()}, a {@link #choice()} (yes, no, abstain, blank, or a candidate
 * for plurality) or {@link #grades() majority-judgment grades}.
 *
 * <pre>{@code
 * Ballot fiveVoters = Ballot.ranked(5, "A", "C", "B");
 * Ballot approval = Ballot.approving(3, "p1", "p4");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Ballot {

  Ballot() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@code count} identical ranked ballots.
   *
   * @param count how many voters, at least one
   * @param ranking the candidates, best first, not null
   * @return the ballot, not null
   * @throws coop.ess.core.EssValidationException if the count is not positive or a candidate is repeated
   */
  public static Ballot ranked(long count, String... ranking) {
    return builder().count(count).addRanking(ranking).build();
  }

  /**
   * {@code count} identical approval ballots.
   *
   * @param count how many voters, at least one
   * @param approved the approved candidates or projects, not null
   * @return the ballot, not null
   * @throws coop.ess.core.EssValidationException if the count is not positive
   */
  public static Ballot approving(long count, String... approved) {
    return builder().count(count).addApprove(approved).build();
  }

  /**
   * {@code count} identical single-choice ballots.
   *
   * @param count how many voters, at least one
   * @param choice {@code yes}, {@code no}, {@code abstain}, {@code blank} or a candidate, not null
   * @return the ballot, not null
   * @throws coop.ess.core.EssValidationException if the count is not positive
   */
  public static Ballot choosing(long count, String choice) {
    return builder().count(count).choice(choice).build();
  }

  /**
   * How many voters cast this same ballot.
   *
   * @return the count, at least one
   */
  @Value.Default
  public long count() {
    return 1;
  }

  /**
   * The candidates in order of preference, best first.
   *
   * @return the ranking, possibly empty
   */
  public abstract List<String> ranking();

  /**
   * The approved candidates or projects.
   *
   * @return the approved ones, in insertion order, possibly empty
   */
  public abstract Set<String> approve();

  /**
   * The score given to each candidate; a missing candidate scores zero.
   *
   * @return the scores, possibly empty
   */
  public abstract Map<String, Long> scores();

  /**
   * The single choice: {@code yes}, {@code no}, {@code abstain}, {@code blank}, or a candidate.
   *
   * @return the choice, possibly empty
   */
  public abstract Optional<String> choice();

  /**
   * The grade given to each candidate (majority judgment); a missing candidate gets the election's default grade.
   *
   * @return the grades by candidate, possibly empty
   */
  public abstract Map<String, String> grades();

  @Value.Check
  final void check() {
    Checks checks = Checks.of(CountingMessages.CATALOG, "Ballot");
    checks.positive("count", count());
    List<String> ranking = ranking();
    for (int i = 0; i < ranking.size(); i++) {
      checks.check(ranking.indexOf(ranking.get(i)) == i, "ballot.repeated", "ranking[" + i + "]",
          "candidate", ranking.get(i));
    }
    for (Map.Entry<String, Long> score : scores().entrySet()) {
      checks.check(score.getValue() >= 0, "ballot.negativeScore", "scores." + score.getKey(),
          "candidate", score.getKey(), "score", score.getValue());
    }
    checks.throwIfInvalid();
  }

  /** Builds a {@link Ballot}; not thread-safe. */
  public static final class Builder extends ImmutableBallot.Builder {
    Builder() {}
  }
}
