package coop.ess.booking.rules;

import coop.ess.booking.internal.BookingMessages;
import coop.ess.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A limit on how much one requester (a member or an organisation) may book of a resource per calendar period:
 * {@code Quota.of(Quota.Measure.HOURS, Quota.Period.WEEK, 10)} allows ten hours a week. Periods are reckoned in the
 * venue's zone, on the day the booking starts; weeks start on Monday.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(copy = false)
public abstract class Quota {

  Quota() {}

  /** What a quota counts. */
  public enum Measure {
    /** Hours booked (the request's duration counts whole). */
    HOURS,
    /** Number of bookings. */
    BOOKINGS
  }

  /** The calendar period of a quota. */
  public enum Period {
    /** A day. */
    DAY,
    /** A week from Monday to Sunday. */
    WEEK,
    /** A calendar month. */
    MONTH
  }

  /**
   * What is counted.
   *
   * @return the measure, not null
   */
  @Value.Parameter
  public abstract Measure measure();

  /**
   * The period.
   *
   * @return the period, not null
   */
  @Value.Parameter
  public abstract Period period();

  /**
   * The most allowed per period.
   *
   * @return the limit, at least 1
   */
  @Value.Parameter
  public abstract long limit();

  /**
   * A quota.
   *
   * @param measure what is counted, not null
   * @param period the period, not null
   * @param limit the most allowed, at least 1
   * @return the quota, not null
   * @throws coop.ess.core.EssValidationException if the limit is below 1
   */
  public static Quota of(Measure measure, Period period, long limit) {
    return ImmutableQuota.of(measure, period, limit);
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(BookingMessages.CATALOG, "Quota");
    checks.check(limit() >= 1, "quota.limitNotPositive", "limit", "limit", limit());
    checks.throwIfInvalid();
  }
}
