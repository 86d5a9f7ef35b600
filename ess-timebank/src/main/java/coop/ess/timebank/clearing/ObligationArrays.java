package coop.ess.timebank.clearing;

import java.util.Arrays;

/**
 * An obligation network in primitive arrays, for networks of millions of obligations: parties are numbered
 * {@code 0} to {@code partyCount - 1}, and obligation {@code i} says that {@code debtor(i)} owes {@code creditor(i)}
 * the amount {@code amount(i)}. Several obligations may link the same two parties.
 *
 * <p>The arrays are copied at construction. Immutable and thread-safe.
 */
public final class ObligationArrays {

  private final int partyCount;
  private final int[] debtors;
  private final int[] creditors;
  private final long[] amounts;

  private ObligationArrays(int partyCount, int[] debtors, int[] creditors, long[] amounts) {
    this.partyCount = partyCount;
    this.debtors = debtors;
    this.creditors = creditors;
    this.amounts = amounts;
  }

  /**
   * Creates a network from parallel arrays.
   *
   * @param partyCount the number of parties, at least 0
   * @param debtors the debtor of each obligation, each in {@code [0, partyCount)}, not null
   * @param creditors the creditor of each obligation, each in {@code [0, partyCount)} and not its debtor, not null
   * @param amounts the amount of each obligation, each at least 1, not null
   * @return the network, not null
   * @throws IllegalArgumentException if the arrays differ in length or an entry is out of range, naming the index
   */
  public static ObligationArrays of(int partyCount, int[] debtors, int[] creditors, long[] amounts) {
    if (partyCount < 0) {
      throw new IllegalArgumentException("partyCount must not be negative: " + partyCount);
    }
    if (debtors.length != creditors.length || debtors.length != amounts.length) {
      throw new IllegalArgumentException("debtors, creditors and amounts must have the same length, not "
          + debtors.length + ", " + creditors.length + " and " + amounts.length);
    }
    for (int i = 0; i < debtors.length; i++) {
      if (debtors[i] < 0 || debtors[i] >= partyCount) {
        throw new IllegalArgumentException("debtors[" + i + "] = " + debtors[i] + " is not a party of 0.." + (partyCount - 1));
      }
      if (creditors[i] < 0 || creditors[i] >= partyCount) {
        throw new IllegalArgumentException(
            "creditors[" + i + "] = " + creditors[i] + " is not a party of 0.." + (partyCount - 1));
      }
      if (debtors[i] == creditors[i]) {
        throw new IllegalArgumentException("obligation " + i + ": party " + debtors[i] + " cannot owe itself");
      }
      if (amounts[i] <= 0) {
        throw new IllegalArgumentException("amounts[" + i + "] = " + amounts[i] + " must be at least 1");
      }
    }
    return new ObligationArrays(partyCount, debtors.clone(), creditors.clone(), amounts.clone());
  }

  /**
   * The number of parties.
   *
   * @return the party count
   */
  public int partyCount() {
    return partyCount;
  }

  /**
   * The number of obligations.
   *
   * @return the size
   */
  public int size() {
    return debtors.length;
  }

  /**
   * The debtor of an obligation.
   *
   * @param i the obligation's index
   * @return the party number
   */
  public int debtor(int i) {
    return debtors[i];
  }

  /**
   * The creditor of an obligation.
   *
   * @param i the obligation's index
   * @return the party number
   */
  public int creditor(int i) {
    return creditors[i];
  }

  /**
   * The amount of an obligation.
   *
   * @param i the obligation's index
   * @return the amount, at least 1
   */
  public long amount(int i) {
    return amounts[i];
  }

  /**
   * The sum of all obligations.
   *
   * @return the total debt
   * @throws ArithmeticException if it overflows a {@code long}
   */
  public long totalDebt() {
    long total = 0;
    for (long amount : amounts) {
      total = Math.addExact(total, amount);
    }
    return total;
  }

  /**
   * Each party's net position: what it owes minus what it is owed.
   *
   * @return the positions, indexed by party, not null
   */
  public long[] netPositions() {
    long[] net = new long[partyCount];
    for (int i = 0; i < debtors.length; i++) {
      net[debtors[i]] = Math.addExact(net[debtors[i]], amounts[i]);
      net[creditors[i]] = Math.subtractExact(net[creditors[i]], amounts[i]);
    }
    return net;
  }

  /**
   * The net internal debt: the sum of the positive net positions, the least total debt that any clearing can leave.
   *
   * @return the net internal debt
   */
  public long netInternalDebt() {
    long total = 0;
    for (long position : netPositions()) {
      total += Math.max(position, 0);
    }
    return total;
  }

  long[] amountsView() {
    return amounts;
  }

  @Override
  public String toString() {
    return "ObligationArrays[" + partyCount + " parties, " + size() + " obligations, first amounts "
        + Arrays.toString(Arrays.copyOf(amounts, Math.min(5, amounts.length))) + "]";
  }
}
