package coop.ess.core.governance.counting;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One step of a count, for the report: the tallies after the step, who was elected or eliminated, the votes that
 * went to nobody, and the ties that had to be broken in it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Round {

  Round() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of the round, from one.
   *
   * @return the number
   */
  public abstract int number();

  /**
   * What happened in this round, such as {@code first preferences}, {@code surplus of A}, {@code exclusion of C}.
   *
   * @return the description, not null
   */
  public abstract String description();

  /**
   * The tally of each candidate (or option) after this round, in the election's order.
   *
   * @return the tallies, possibly empty
   */
  public abstract Map<String, Rational> tallies();

  /**
   * Who was elected (or selected, or declared winner) in this round.
   *
   * @return the candidates, possibly empty
   */
  public abstract List<String> elected();

  /**
   * Who was eliminated (excluded) in this round.
   *
   * @return the candidates, possibly empty
   */
  public abstract List<String> eliminated();

  /**
   * The votes, cumulated since the first round, that count for nobody: exhausted ballots and, for STV, the fractions
   * lost by truncating transfer values.
   *
   * @return the non-transferable votes, not negative, not null
   */
  @Value.Default
  public Rational nonTransferable() {
    return Rational.ZERO;
  }

  /**
   * The ties broken in this round (an exclusion, a surplus, a seat, a project), each with the rule that broke it.
   * In a {@link CountResult}, these are exactly its {@link CountResult#tieBreaks()} of this round's number.
   *
   * @return the tie-breaks, possibly empty
   */
  public abstract List<TieBreak> tieBreaks();

  /** Builds a {@link Round}; not thread-safe. */
  public static final class Builder extends ImmutableRound.Builder {
    Builder() {}
  }
}
