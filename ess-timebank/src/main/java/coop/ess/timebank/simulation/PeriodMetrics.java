package coop.ess.timebank.simulation;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * What happened in one period (month) of a simulation; see {@code docs/researchers.md} for the exact definitions.
 * Counts are exact; shares and ratios are doubles computed in a fixed order, so they are the same on every run.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PeriodMetrics {

  /** The header of {@link #csvRow()}. */
  public static final String CSV_HEADER = "month,members,joined,left,needs,unmatched,attempts,exchanges,"
      + "blockedByFloor,blockedByCeiling,minutesExchanged,hoursExchanged,demurrageMinutes,gini,atFloorShare,"
      + "atCeilingShare,reciprocity,activeShare,velocity";

  PeriodMetrics() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The month, from 1.
   *
   * @return the month
   */
  public abstract int month();

  /**
   * The current members at the end of the month.
   *
   * @return the count
   */
  public abstract int members();

  /**
   * The members who joined during the month (not counting the initial members).
   *
   * @return the count
   */
  public abstract int joined();

  /**
   * The members who left at the end of the month.
   *
   * @return the count
   */
  public abstract int left();

  /**
   * The needs that arrived.
   *
   * @return the count
   */
  public abstract long needs();

  /**
   * The needs that found no provider.
   *
   * @return the count
   */
  public abstract long unmatched();

  /**
   * The exchange attempts: needs that found a provider and were put to the limits.
   *
   * @return the count
   */
  public abstract long attempts();

  /**
   * The attempts that posted.
   *
   * @return the count
   */
  public abstract long exchanges();

  /**
   * The attempts the payer's floor refused (an attempt refused by both limits counts here and in
   * {@link #blockedByCeiling()}).
   *
   * @return the count
   */
  public abstract long blockedByFloor();

  /**
   * The attempts the payee's ceiling refused.
   *
   * @return the count
   */
  public abstract long blockedByCeiling();

  /**
   * The minutes of the exchanges that posted.
   *
   * @return minutes
   */
  public abstract long minutesExchanged();

  /**
   * The minutes of idle credit that expired to the community account at the end of the month.
   *
   * @return minutes, 0 without demurrage
   */
  public abstract long demurrageMinutes();

  /**
   * The Gini coefficient of the current members' spending power (balance above the lowest possible floor).
   *
   * @return 0 (equal) to 1
   */
  public abstract double gini();

  /**
   * The share of current members who cannot pay for the shortest service without breaking their floor.
   *
   * @return 0 to 1
   */
  public abstract double atFloorShare();

  /**
   * The share of current members who cannot earn the shortest service without breaking their ceiling.
   *
   * @return 0 to 1
   */
  public abstract double atCeilingShare();

  /**
   * Among current members who have ever exchanged, the share who have both given and received.
   *
   * @return 0 to 1
   */
  public abstract double reciprocity();

  /**
   * The share of current members who took part in at least one exchange this month.
   *
   * @return 0 to 1
   */
  public abstract double activeShare();

  /**
   * The minutes exchanged this month over the credit in circulation at its end (the sum of the current members'
   * positive balances); 0 if there is none.
   *
   * @return not negative
   */
  public abstract double velocity();

  /**
   * The hours exchanged.
   *
   * @return {@link #minutesExchanged()} / 60
   */
  public final double hoursExchanged() {
    return minutesExchanged() / 60.0;
  }

  /**
   * This period as a CSV row under {@link #CSV_HEADER}: integers as such, shares with six decimals, a dot as the
   * decimal separator whatever the locale.
   *
   * @return the row, without line end, not null
   */
  public final String csvRow() {
    return String.format(Locale.ROOT, "%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%.2f,%d,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f",
        month(), members(), joined(), left(), needs(), unmatched(), attempts(), exchanges(), blockedByFloor(),
        blockedByCeiling(), minutesExchanged(), hoursExchanged(), demurrageMinutes(), gini(), atFloorShare(),
        atCeilingShare(), reciprocity(), activeShare(), velocity());
  }

  /** Builds {@link PeriodMetrics}; not thread-safe. */
  public static final class Builder extends ImmutablePeriodMetrics.Builder {
    Builder() {}
  }
}
