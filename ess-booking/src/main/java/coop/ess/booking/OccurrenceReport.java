package coop.ess.booking;

import coop.ess.booking.internal.BookingMessages;
import coop.ess.booking.time.Interval;
import coop.ess.core.Violation;
import coop.ess.core.internal.Checks;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link BookingCalendar} decided for one occurrence of a series: its date-time, whether it passed every
 * check, the violations otherwise, and the booking recorded for it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class OccurrenceReport {

  OccurrenceReport() {}

  /**
   * The occurrence's date-time in the recurrence (its {@code RECURRENCE-ID}), a wall-clock time of the venue.
   *
   * @return the date-time, not null
   */
  @Value.Parameter
  public abstract LocalDateTime recurrenceId();

  /**
   * The time the occurrence would hold the resources.
   *
   * @return the interval, not null
   */
  @Value.Parameter
  public abstract Interval interval();

  /**
   * The booking recorded for the occurrence; empty when it was refused, or when the whole series was refused.
   *
   * @return the booking's identifier, possibly empty
   */
  @Value.Parameter
  public abstract Optional<BookingId> booking();

  /**
   * Every rule the occurrence broke.
   *
   * @return the violations, empty when accepted, not null
   */
  @Value.Parameter
  public abstract List<Violation> violations();

  /**
   * Whether the occurrence passed every check.
   *
   * @return true if no violation
   */
  public final boolean accepted() {
    return violations().isEmpty();
  }

  /**
   * A report, for applications that rebuild decisions (from a file, say).
   *
   * @param recurrenceId the occurrence's date-time in the recurrence, not null
   * @param interval the occurrence's interval, not null
   * @param booking the booking recorded, possibly empty, not null
   * @param violations the rules broken, possibly empty, not null
   * @return the report, not null
   * @throws coop.ess.core.EssValidationException if a refused occurrence names a booking
   */
  public static OccurrenceReport of(LocalDateTime recurrenceId, Interval interval, Optional<BookingId> booking,
      List<Violation> violations) {
    return ImmutableOccurrenceReport.of(recurrenceId, interval, booking, violations);
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(BookingMessages.CATALOG, "OccurrenceReport");
    checks.check(violations().isEmpty() || booking().isEmpty(), "occurrence.refusedWithBooking", "booking",
        "date", recurrenceId(), "booking", booking().map(BookingId::value).orElse("-"));
    checks.throwIfInvalid();
  }

  @Override
  public final String toString() {
    return recurrenceId() + (accepted() ? " accepted" : " refused " + violations()) + booking().map(b -> " " + b)
        .orElse("");
  }
}
