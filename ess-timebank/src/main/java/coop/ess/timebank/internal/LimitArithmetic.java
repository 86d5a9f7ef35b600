package coop.ess.timebank.internal;

import coop.ess.timebank.Minutes;

/**
 * The ledger's limit arithmetic on primitives: the effective (dynamic) floor and the hard floor and ceiling tests.
 * The {@link coop.ess.timebank.Ledger} and {@link Rules#checkLimits} use it, and so does the simulator, which cannot
 * build an {@link coop.ess.timebank.Exchange} per decision; {@code SimulationLedgerEquivalenceTest} checks that the
 * two decide alike end to end.
 */
public final class LimitArithmetic {

  private LimitArithmetic() {}

  /**
   * The hard floor in force: {@code floor} lowered by {@code growthPerHour} minutes per hour given, not below
   * {@code lowestFloor}.
   *
   * @param floor the hard floor of the account's limits
   * @param minutesGiven what the account has given so far
   * @param growthPerHour minutes per hour given, 0 for no dynamic floor
   * @param lowestFloor the lowest floor (ignored without growth)
   * @return the floor in minutes
   */
  public static long effectiveFloor(long floor, long minutesGiven, long growthPerHour, long lowestFloor) {
    if (growthPerHour == 0) {
      return floor;
    }
    long grown = floor - minutesGiven * growthPerHour / Minutes.PER_HOUR;
    return Math.min(floor, Math.max(lowestFloor, grown));
  }

  /**
   * Whether a debit takes an account below its floor once its pending debits are counted.
   *
   * @param balance the posted balance
   * @param heldDebits what pending exchanges would take, not negative
   * @param change the net change, negative
   * @param floor the floor in force
   * @return true if the ledger refuses with {@code balance.belowFloor}
   */
  public static boolean breaksFloor(long balance, long heldDebits, long change, long floor) {
    return balance - heldDebits + change < floor;
  }

  /**
   * Whether a credit takes an account above its ceiling once its pending credits are counted.
   *
   * @param balance the posted balance
   * @param heldCredits what pending exchanges would bring, not negative
   * @param change the net change, positive
   * @param ceiling the hard ceiling
   * @return true if the ledger refuses with {@code balance.aboveCeiling}
   */
  public static boolean breaksCeiling(long balance, long heldCredits, long change, long ceiling) {
    return balance + heldCredits + change > ceiling;
  }
}
