package coop.ess.core.governance.counting;

import coop.ess.core.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A tie that had to be broken to go on counting, and how it was broken: its {@link #rule()}.
 *
 * <p>{@link Rule#LOT}: the deterministic seeded lot orders the tied candidates by the SHA-256 digest of
 * {@code seed + ":" + candidate} (UTF-8, compared as unsigned bytes), then by id; the {@link #order()} is that order
 * and the method takes what it needs from its head: the winner, the seats, the surplus to transfer first, the
 * candidate to exclude, the project to consider first. The same seed always gives the same order; another seed is
 * another lot. {@link Rule#PREVIOUS_ROUNDS} (Scottish and Meek STV): the most recent earlier round in which the tied
 * candidates had unequal votes decided ({@link #decidingRound()}); the order then starts with the candidate it
 * picked. When that look-back leaves several candidates tied, the lot decides among them and is recorded with just
 * those candidates. The tie-breaks of a count are also listed in the {@link Round#tieBreaks() round} they decided.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TieBreak {

  TieBreak() {}

  /**
   * A tie-break record.
   *
   * @param round the round it happened in (1 for methods without rounds)
   * @param purpose what was decided, such as {@code winner}, {@code exclusion}, {@code seat}
   * @param tied the tied candidates, in the election's order
   * @param order the tied candidates in tie-break order, first preferred
   * @param seed the seed used
   * @return the record, not null
   */
  public static TieBreak of(int round, String purpose, List<String> tied, List<String> order, long seed) {
    return ImmutableTieBreak.builder().round(round).purpose(purpose).tied(tied).order(order).seed(seed).build();
  }

  /**
   * A tie broken by an earlier round ({@link Rule#PREVIOUS_ROUNDS}).
   *
   * @param round the round it happened in
   * @param purpose what was decided, such as {@code exclusion}
   * @param tied the tied candidates, in the election's order
   * @param order the tied candidates, the one the earlier round picked first
   * @param decidingRound the earlier round whose tallies decided, from 1, before {@code round}
   * @param seed the seed of the election (unused by this rule, kept for the record)
   * @return the record, not null
   * @throws coop.ess.core.EssValidationException if {@code decidingRound} is not before {@code round}
   */
  public static TieBreak byPreviousRound(int round, String purpose, List<String> tied, List<String> order,
      int decidingRound, long seed) {
    return ImmutableTieBreak.builder().round(round).purpose(purpose).tied(tied).order(order).seed(seed)
        .rule(Rule.PREVIOUS_ROUNDS).decidingRound(decidingRound).build();
  }

  /**
   * A builder, for a record read back (a lot unless {@link Builder#rule} says otherwise).
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TieBreak}; not thread-safe. */
  public static final class Builder extends ImmutableTieBreak.Builder {
    Builder() {}
  }

  /** How a tie was broken. */
  public enum Rule {
    /** By the seeded lot ({@link #seed()}). */
    LOT,
    /** By the tallies of the most recent earlier round in which the tied candidates differed. */
    PREVIOUS_ROUNDS
  }

  /**
   * The round in which the tie was broken.
   *
   * @return the round number, from one
   */
  public abstract int round();

  /**
   * What the tie decided: {@code winner}, {@code seat}, {@code exclusion}, {@code surplus}, {@code pair order},
   * {@code project}.
   *
   * @return the purpose, not null
   */
  public abstract String purpose();

  /**
   * The tied candidates.
   *
   * @return the candidates, at least two
   */
  public abstract List<String> tied();

  /**
   * The tie-break order, first preferred.
   *
   * @return the same candidates as {@link #tied()}, reordered
   */
  public abstract List<String> order();

  /**
   * The seed of the tie-breaker.
   *
   * @return the seed
   */
  public abstract long seed();

  /**
   * How the tie was broken.
   *
   * @return the rule, {@link Rule#LOT} unless said otherwise, not null
   */
  @Value.Default
  public Rule rule() {
    return Rule.LOT;
  }

  /**
   * The earlier round whose tallies broke the tie, for {@link Rule#PREVIOUS_ROUNDS}.
   *
   * @return the round, from 1 and before {@link #round()}; empty for a lot
   */
  public abstract Optional<Integer> decidingRound();

  @Value.Check
  final void check() {
    Checks checks = Checks.of(CountingMessages.CATALOG, "TieBreak");
    boolean lookBack = rule() == Rule.PREVIOUS_ROUNDS;
    checks.check(lookBack == decidingRound().isPresent(), "tieBreak.decidingRound", "decidingRound",
        "rule", rule());
    decidingRound().ifPresent(earlier -> checks.check(earlier >= 1 && earlier < round(),
        "tieBreak.decidingRoundRange", "decidingRound", "value", earlier, "round", round()));
    checks.throwIfInvalid();
  }
}
