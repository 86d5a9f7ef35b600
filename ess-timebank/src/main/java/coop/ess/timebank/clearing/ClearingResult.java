package coop.ess.timebank.clearing;

import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of clearing a list of {@link Obligation}s: the totals and the obligations that remain, in input
 * order, each with an amount no larger than before (cancelled ones are left out).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <P> the type of the parties
 */
@Value.Immutable
public abstract class ClearingResult<P> {

  ClearingResult() {}

  /**
   * The method used.
   *
   * @return the method, not null
   */
  public abstract ClearingMethod method();

  /**
   * The sum of all obligations before clearing.
   *
   * @return the total debt
   */
  public abstract long totalDebt();

  /**
   * The sum of the positive net positions: no clearing can leave less.
   *
   * @return the net internal debt
   */
  public abstract long netInternalDebt();

  /**
   * The obligations left after clearing, in input order.
   *
   * @return the remaining obligations, not null
   */
  public abstract List<Obligation<P>> remaining();

  /**
   * The sum of the remaining obligations.
   *
   * @return the remaining debt
   */
  @Value.Derived
  public long remainingDebt() {
    return remaining().stream().mapToLong(Obligation::amount).sum();
  }

  /**
   * How much debt was cancelled.
   *
   * @return {@code totalDebt() - remainingDebt()}
   */
  public final long cleared() {
    return totalDebt() - remainingDebt();
  }

  static <P> ImmutableClearingResult.Builder<P> builder() {
    return ImmutableClearingResult.builder();
  }
}
