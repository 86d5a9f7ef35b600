package coop.ess.timebank.clearing;

import coop.ess.core.internal.Checks;
import coop.ess.timebank.clearing.internal.ClearingMessages;
import java.util.Objects;

/**
 * The outcome of clearing an {@link ObligationArrays} network: the totals and the remaining amount of each input
 * obligation (never more than it was; zero when cancelled entirely). The totals always satisfy
 * {@code 0 <= netInternalDebt() <= remainingDebt() <= totalDebt()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArrayClearingResult {

  private final ClearingMethod method;
  private final long totalDebt;
  private final long netInternalDebt;
  private final long[] remaining;
  private final long remainingDebt;

  ArrayClearingResult(ClearingMethod method, long totalDebt, long netInternalDebt, long[] remaining) {
    this.method = method;
    this.totalDebt = totalDebt;
    this.netInternalDebt = netInternalDebt;
    this.remaining = remaining;
    long sum = 0;
    for (long amount : remaining) {
      sum += amount;
    }
    this.remainingDebt = sum;
  }

  /**
   * A result with these totals and remaining amounts, such as one {@link Clearing#clear(ObligationArrays,
   * ClearingMethod)} computed and that was saved; to clear a network, call {@link Clearing}. The array is copied.
   *
   * @param method the method used, not null
   * @param totalDebt the sum of all obligations before clearing
   * @param netInternalDebt the sum of the positive net positions
   * @param remaining the remaining amount of each input obligation, each at least 0, not null
   * @return the result, not null
   * @throws coop.ess.core.EssValidationException if an amount is negative, or unless
   *     {@code 0 <= netInternalDebt <= remaining debt <= totalDebt}
   */
  public static ArrayClearingResult of(ClearingMethod method, long totalDebt, long netInternalDebt,
      long[] remaining) {
    Objects.requireNonNull(method, "method");
    Checks checks = Checks.of(ClearingMessages.CATALOG, "ArrayClearingResult");
    long sum = 0;
    boolean fits = true;
    for (int i = 0; i < remaining.length; i++) {
      checks.check(remaining[i] >= 0, "clearingResult.negative", "remaining[" + i + "]", "index", i,
          "amount", remaining[i]);
      if (remaining[i] > 0 && fits) {
        try {
          sum = Math.addExact(sum, remaining[i]);
        } catch (ArithmeticException e) {
          fits = false;
        }
      }
    }
    if (!checks.hasViolations()) {
      checks.check(fits && 0 <= netInternalDebt && netInternalDebt <= sum && sum <= totalDebt,
          "clearingResult.totals", "remaining", "netInternal", netInternalDebt,
          "remaining", fits ? Long.toString(sum) : "more than " + Long.MAX_VALUE, "total", totalDebt);
    }
    checks.throwIfInvalid();
    return new ArrayClearingResult(method, totalDebt, netInternalDebt, remaining.clone());
  }

  /**
   * The method used.
   *
   * @return the method, not null
   */
  public ClearingMethod method() {
    return method;
  }

  /**
   * The sum of all obligations before clearing.
   *
   * @return the total debt
   */
  public long totalDebt() {
    return totalDebt;
  }

  /**
   * The sum of the positive net positions: no clearing can leave less.
   *
   * @return the net internal debt
   */
  public long netInternalDebt() {
    return netInternalDebt;
  }

  /**
   * How much debt was cancelled.
   *
   * @return {@code totalDebt() - remainingDebt()}
   */
  public long cleared() {
    return totalDebt - remainingDebt;
  }

  /**
   * The sum of the remaining obligations.
   *
   * @return the remaining debt
   */
  public long remainingDebt() {
    return remainingDebt;
  }

  /**
   * The remaining amount of input obligation {@code i}.
   *
   * @param i the obligation's index in the input
   * @return the remaining amount, from 0 to the original amount
   */
  public long remaining(int i) {
    return remaining[i];
  }

  /**
   * The remaining amount of every input obligation.
   *
   * @return a copy, indexed like the input, not null
   */
  public long[] remainingAmounts() {
    return remaining.clone();
  }

  @Override
  public String toString() {
    return method + " clearing: total " + totalDebt + ", net internal " + netInternalDebt + ", cleared " + cleared()
        + ", remaining " + remainingDebt;
  }
}
