package coop.ess.timebank.clearing;

/**
 * The outcome of clearing an {@link ObligationArrays} network: the totals and the remaining amount of each input
 * obligation (never more than it was; zero when cancelled entirely).
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
