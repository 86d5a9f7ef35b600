package coop.ess.booking;

import coop.ess.booking.internal.BookingMessages;
import coop.ess.core.internal.Checks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The whole state of a {@link BookingCalendar} after one event of its journal, so that a calendar can be rebuilt
 * without replaying the events before it: every booking with its state (cancelled and declined ones included, for
 * the history that later decisions and queries read: quotas, waitlist order, offers), every recurring series with
 * its exceptions, and the counters of the identifiers the calendar gave, so that new ones continue after them. The
 * indexes of the calendar (by resource, by requester) are not stored: they are derived from the bookings on
 * restore.
 *
 * <p>A calendar takes one with {@link BookingCalendar#snapshot()} and hands it to its journal with
 * {@link BookingCalendar#saveSnapshot()}; a calendar built on a journal that holds one restores it and replays the
 * later events only. Applications rebuild one (from a file, say) with {@link #builder()}:
 *
 * <pre>{@code
 * CalendarSnapshot snapshot = CalendarSnapshot.builder().sequence(42)
 *     .addAllBookings(bookings).addAllSeries(series)
 *     .lastBookingId(37).lastSeriesId(2)
 *     .build();
 * }</pre>
 *
 * <p>Construction checks what can be checked without the venue: identifiers are unique and not above their
 * counters, series and bookings name one another consistently. Whether the bookings fit the venue (its resources,
 * exclusive ones held once at a time, shared ones within their units) is checked when a calendar restores the
 * snapshot.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CalendarSnapshot {

  CalendarSnapshot() {}

  /**
   * A builder, for applications that rebuild a snapshot (from a file, say); the calendar builds its own.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The sequence of the last event this snapshot includes; 0 for the state before any event.
   *
   * @return the sequence, not negative
   */
  public abstract long sequence();

  /**
   * Every booking the calendar recorded, in the order it recorded them, each as it stands.
   *
   * @return the bookings, possibly empty, not null
   */
  public abstract List<Booking> bookings();

  /**
   * Every recurring series, in the order the calendar recorded them, each as it stands.
   *
   * @return the series, possibly empty, not null
   */
  public abstract List<BookingSeries> series();

  /**
   * The number of the last booking identifier the calendar gave ({@code 12} for {@code b12}): the next booking is
   * {@code b13}.
   *
   * @return the counter, not negative
   */
  public abstract long lastBookingId();

  /**
   * The number of the last series identifier the calendar gave ({@code 3} for {@code s3}).
   *
   * @return the counter, not negative
   */
  public abstract long lastSeriesId();

  /**
   * Looks a booking up.
   *
   * @param id the identifier, not null
   * @return the booking, or empty
   */
  public final Optional<Booking> booking(BookingId id) {
    return bookings().stream().filter(b -> b.id().equals(id)).findFirst();
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(BookingMessages.CATALOG, "CalendarSnapshot");
    checks.check(sequence() >= 0, "snapshot.sequenceNegative", "sequence", "sequence", sequence());
    checks.check(lastBookingId() >= 0, "snapshot.counterNegative", "lastBookingId", "value", lastBookingId());
    checks.check(lastSeriesId() >= 0, "snapshot.counterNegative", "lastSeriesId", "value", lastSeriesId());
    Map<BookingId, Booking> bookings = new HashMap<>();
    for (int i = 0; i < bookings().size(); i++) {
      Booking booking = bookings().get(i);
      String field = "bookings[" + i + "]";
      checks.check(bookings.putIfAbsent(booking.id(), booking) == null, "snapshot.duplicateBooking",
          field + ".id", "booking", booking.id());
      checks.check(BookingCalendar.number(booking.id().value(), 'b') <= lastBookingId(),
          "snapshot.bookingAboveCounter", field + ".id", "booking", booking.id(), "last", lastBookingId());
    }
    Map<SeriesId, BookingSeries> series = new HashMap<>();
    for (int i = 0; i < series().size(); i++) {
      BookingSeries one = series().get(i);
      String field = "series[" + i + "]";
      checks.check(series.putIfAbsent(one.id(), one) == null, "snapshot.duplicateSeries", field + ".id",
          "series", one.id());
      checks.check(BookingCalendar.number(one.id().value(), 's') <= lastSeriesId(), "snapshot.seriesAboveCounter",
          field + ".id", "series", one.id(), "last", lastSeriesId());
      for (int j = 0; j < one.bookings().size(); j++) {
        BookingId id = one.bookings().get(j);
        Booking booking = bookings.get(id);
        checks.check(booking != null, "snapshot.seriesUnknownBooking", field + ".bookings[" + j + "]",
            "series", one.id(), "booking", id);
        checks.check(booking == null || booking.series().equals(Optional.of(one.id())),
            "snapshot.seriesOtherBooking", field + ".bookings[" + j + "]", "series", one.id(), "booking", id);
      }
    }
    for (int i = 0; i < bookings().size(); i++) {
      Optional<SeriesId> of = bookings().get(i).series();
      checks.check(of.isEmpty() || series.containsKey(of.get()), "snapshot.bookingUnknownSeries",
          "bookings[" + i + "].series", "booking", bookings().get(i).id(), "series", of.map(Object::toString)
              .orElse(""));
    }
    checks.throwIfInvalid();
  }

  @Override
  public final String toString() {
    return "CalendarSnapshot[after event " + sequence() + ": " + bookings().size() + " bookings, "
        + series().size() + " series, last b" + lastBookingId() + ", last s" + lastSeriesId() + "]";
  }

  /** Builds a {@link CalendarSnapshot}; not thread-safe. */
  public static final class Builder extends ImmutableCalendarSnapshot.Builder {
    Builder() {}
  }
}
