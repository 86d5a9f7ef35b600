package coop.ess.core.governance.counting;

import java.util.List;
import org.immutables.value.Value;

/**
 * A tie that had to be broken to go on counting, and how it was broken.
 *
 * <p>The tie-breaker is deterministic: the tied candidates are ordered by the SHA-256 digest of
 * {@code seed + ":" + candidate} (UTF-8, compared as unsigned bytes), then by id; the {@link #order()} is that order
 * and the method takes what it needs from its head: the winner, the seats, the surplus to transfer first, the
 * candidate to exclude, the project to consider first. The same seed always gives the same order; another seed is
 * another lot.
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
}
