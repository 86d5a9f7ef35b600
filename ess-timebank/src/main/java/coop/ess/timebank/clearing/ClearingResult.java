package coop.ess.timebank.clearing;

import coop.ess.core.internal.Checks;
import coop.ess.timebank.clearing.internal.ClearingMessages;
import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of clearing a list of {@link Obligation}s: the totals and the obligations that remain, in input
 * order, each with an amount no larger than before (cancelled ones are left out). The totals always satisfy
 * {@code 0 <= netInternalDebt() <= remainingDebt() <= totalDebt()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <P> the type of the parties
 */
@Value.Immutable
public abstract class ClearingResult<P> {

  ClearingResult() {}

  /**
   * A result with these totals and remaining obligations, such as one {@link Clearing#clear(java.util.Collection,
   * ClearingMethod)} computed and that was saved; to clear obligations, call {@link Clearing}.
   *
   * @param <P> the type of the parties
   * @param method the method used, not null
   * @param totalDebt the sum of all obligations before clearing
   * @param netInternalDebt the sum of the positive net positions
   * @param remaining the obligations left after clearing, in input order, not null
   * @return the result, not null
   * @throws coop.ess.core.EssValidationException unless {@code 0 <= netInternalDebt <= remaining debt <= totalDebt}
   * @throws ArithmeticException if the remaining debt overflows a {@code long}
   */
  public static <P> ClearingResult<P> of(ClearingMethod method, long totalDebt, long netInternalDebt,
      List<Obligation<P>> remaining) {
    return ClearingResult.<P>builder().method(method).totalDebt(totalDebt).netInternalDebt(netInternalDebt)
        .remaining(remaining).build();
  }

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
   * @throws ArithmeticException if it overflows a {@code long} (never for a result of {@link Clearing})
   */
  @Value.Derived
  public long remainingDebt() {
    return remaining().stream().mapToLong(Obligation::amount).reduce(0, Math::addExact);
  }

  /**
   * How much debt was cancelled.
   *
   * @return {@code totalDebt() - remainingDebt()}
   */
  public final long cleared() {
    return totalDebt() - remainingDebt();
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(ClearingMessages.CATALOG, "ClearingResult");
    checks.check(0 <= netInternalDebt() && netInternalDebt() <= remainingDebt() && remainingDebt() <= totalDebt(),
        "clearingResult.totals", "remaining", "netInternal", netInternalDebt(), "remaining", remainingDebt(),
        "total", totalDebt());
    checks.throwIfInvalid();
  }

  static <P> ImmutableClearingResult.Builder<P> builder() {
    return ImmutableClearingResult.builder();
  }
}
