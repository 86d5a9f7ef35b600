package coop.ess.booking;

import java.util.List;
import java.util.Optional;
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
}
