package coop.ess.booking;

import coop.ess.core.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One change recorded by a {@link BookingCalendar}: a booking entered a state. The journal of events is
 * append-only; replaying it gives every booking's history.
 *
 * <p>Immutable and thread-safe.
 */
// An attribute named "from" replaces the builder's from(instance) copy method, on purpose.
@SuppressWarnings("immutables:from")
@Value.Immutable
public abstract class BookingEvent {

  BookingEvent() {}

  /**
   * The position in the calendar's journal, from 1.
   *
   * @return the sequence number, positive
   */
  public abstract long sequence();

  /**
   * When the change happened, by the calendar's clock.
   *
   * @return the instant, not null
   */
  public abstract Instant at();

  /**
   * The booking that changed.
   *
   * @return the booking's identifier, not null
   */
  public abstract BookingId booking();

  /**
   * The state before the change; empty for a new booking.
   *
   * @return the previous state, possibly empty
   */
  public abstract Optional<BookingState> from();

  /**
   * The state after the change.
   *
   * @return the new state, not null
   */
  public abstract BookingState to();

  /**
   * Why: what the change was about, such as {@code requested}, {@code cancelled}, {@code promoted}.
   *
   * @return the cause, not null
   */
  public abstract String cause();

  /**
   * The violations that explain a refusal or a waitlisting.
   *
   * @return the violations, possibly empty, not null
   */
  public abstract List<Violation> violations();

  @Override
  public final String toString() {
    return "#" + sequence() + " " + at() + " " + booking() + " " + from().map(String::valueOf).orElse("new")
        + " -> " + to() + " (" + cause() + ")";
  }

  static BookingEvent of(long sequence, Instant at, BookingId booking, Optional<BookingState> from,
      BookingState to, String cause, List<Violation> violations) {
    return ImmutableBookingEvent.builder().sequence(sequence).at(at).booking(booking).from(from).to(to)
        .cause(cause).violations(violations).build();
  }
}
