package coop.ess.timebank;

/**
 * Amounts of time-bank credit: exact integer minutes held in a {@code long}, never floating point, shown as hours
 * ({@code 1 h 30}, {@code -20 h}, {@code 45 min}).
 *
 * <p>Amounts stay primitive so that the ledger's hot path allocates nothing for them; this class converts and
 * formats. Stateless and thread-safe.
 */
public final class Minutes {

  /** Minutes in an hour. */
  public static final long PER_HOUR = 60;

  private Minutes() {}

  /**
   * Whole hours in minutes.
   *
   * @param hours the hours, possibly negative
   * @return {@code hours × 60}
   * @throws ArithmeticException if the result overflows a {@code long}
   */
  public static long ofHours(long hours) {
    return Math.multiplyExact(hours, PER_HOUR);
  }

  /**
   * Hours and minutes in minutes: {@code ofHours(1, 30)} is 90.
   *
   * @param hours the hours, not negative
   * @param minutes the minutes, 0 to 59
   * @return the total in minutes
   * @throws IllegalArgumentException if an argument is out of range
   * @throws ArithmeticException if the result overflows a {@code long}
   */
  public static long ofHours(long hours, long minutes) {
    if (hours < 0 || minutes < 0 || minutes >= PER_HOUR) {
      throw new IllegalArgumentException(
          "Hours must not be negative and minutes must be 0 to 59, got " + hours + " h " + minutes);
    }
    return Math.addExact(ofHours(hours), minutes);
  }

  /**
   * Shows an amount as hours: {@code 1 h 30}, {@code -20 h}, {@code 45 min}, {@code -1 h 05}, {@code 0 h}.
   *
   * @param minutes the amount
   * @return the text, not null
   */
  public static String format(long minutes) {
    if (minutes == 0) {
      return "0 h";
    }
    String sign = minutes < 0 ? "-" : "";
    // Long.MIN_VALUE has no positive twin: split before negating.
    long hours = Math.abs(minutes / PER_HOUR);
    long rest = Math.abs(minutes % PER_HOUR);
    if (hours == 0) {
      return sign + rest + " min";
    }
    if (rest == 0) {
      return sign + hours + " h";
    }
    return sign + hours + " h " + (rest < 10 ? "0" : "") + rest;
  }
}
