package coop.ess.booking;

import coop.ess.booking.internal.BookingMessages;
import coop.ess.core.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A recurring series as the {@link BookingCalendar} holds it: the request (whose recurrence is cut short when
 * "this and following" are cancelled or moved away), and the booking of each recorded occurrence, whatever its
 * state. Moving "this and following" splits a series: the later occurrences form a new series that names the one
 * it was split from.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BookingSeries {

  BookingSeries() {}

  /**
   * A builder, for applications that rebuild the series a calendar recorded; the calendar builds its own.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The identifier.
   *
   * @return the identifier, not null
   */
  public abstract SeriesId id();

  /**
   * The request, with the recurrence as it now stands.
   *
   * @return the request, not null
   */
  public abstract SeriesRequest request();

  /**
   * The bookings of the occurrences, in order of date.
   *
   * @return the bookings' identifiers, possibly empty, not null
   */
  public abstract List<BookingId> bookings();

  /**
   * The series this one was split from, by moving "this and following".
   *
   * @return the original series, possibly empty
   */
  public abstract Optional<SeriesId> splitFrom();

  @Value.Check
  final void check() {
    Checks checks = Checks.of(BookingMessages.CATALOG, "BookingSeries");
    Set<BookingId> seen = new HashSet<>();
    for (int i = 0; i < bookings().size(); i++) {
      checks.check(seen.add(bookings().get(i)), "series.duplicateBooking", "bookings[" + i + "]",
          "booking", bookings().get(i), "series", id());
    }
    checks.check(!splitFrom().equals(Optional.of(id())), "series.splitFromItself", "splitFrom", "series", id());
    checks.throwIfInvalid();
  }

  /** Builds a {@link BookingSeries}; not thread-safe. */
  public static final class Builder extends ImmutableBookingSeries.Builder {
    Builder() {}
  }
}
