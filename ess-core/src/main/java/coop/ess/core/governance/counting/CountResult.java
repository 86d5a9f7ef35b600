package coop.ess.core.governance.counting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of a count: the winners, the ranking where the method ranks, the rounds, and every tie-break applied.
 *
 * <p>{@link #ranking()} is a list of tiers, best first, each tier the candidates tied at that place; a tie is always
 * visible there. {@link #winners()} has at most as many candidates as seats (for budgets: the selected projects);
 * when a tie had to be broken to fill them, the {@link #tieBreaks()} say how, and each {@link Round} lists those it
 * needed: building a result fills in every round's {@link Round#tieBreaks()} from {@link #tieBreaks()} by round
 * number.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CountResult {

  CountResult() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The method that counted.
   *
   * @return the method, not null
   */
  public abstract CountingMethod method();

  /**
   * The winners: in election order for STV and budgets, in ranking order otherwise. For yes/no majority,
   * {@code yes} or {@code no}, or nobody on a tie.
   *
   * @return the winners, possibly empty
   */
  public abstract List<String> winners();

  /**
   * The ranking, as tiers of tied candidates, best first; empty for methods that do not rank (STV, budgets).
   *
   * @return the tiers, possibly empty
   */
  public abstract List<List<String>> ranking();

  /**
   * The rounds of the count, in order.
   *
   * @return the rounds, at least one
   */
  public abstract List<Round> rounds();

  /**
   * The ties that had to be broken, in order.
   *
   * @return the tie-breaks, possibly empty
   */
  public abstract List<TieBreak> tieBreaks();

  /**
   * The quota of STV methods (the final quota for Meek's method).
   *
   * @return the quota, possibly empty
   */
  public abstract Optional<Rational> quota();

  /**
   * The weight of the valid ballots counted.
   *
   * @return the valid ballots, not null
   */
  public abstract Rational validBallots();

  /**
   * Puts in each round the tie-breaks of its number, so that a round says which of its decisions (an exclusion, a
   * seat…) a tie-break made, and how.
   *
   * @return this result, or a copy whose rounds carry their tie-breaks
   */
  @Value.Check
  CountResult withTieBreaksInRounds() {
    List<Round> rounds = new ArrayList<>();
    boolean changed = false;
    for (Round round : rounds()) {
      List<TieBreak> own = tieBreaks().stream().filter(tie -> tie.round() == round.number()).toList();
      if (own.equals(round.tieBreaks())) {
        rounds.add(round);
      } else {
        rounds.add(Round.builder().from(round).tieBreaks(own).build());
        changed = true;
      }
    }
    return changed ? builder().from(this).rounds(rounds).build() : this;
  }

  /** Builds a {@link CountResult}; not thread-safe. */
  public static final class Builder extends ImmutableCountResult.Builder {
    Builder() {}
  }
}
