package coop.ess.booking;

import coop.ess.booking.internal.BookingMessages;
import coop.ess.core.Violation;
import coop.ess.core.internal.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One change recorded by a {@link BookingCalendar}: a booking entered a state. The journal of events is
 * append-only; replaying it gives every booking's history, and rebuilds the calendar exactly: each event carries
 * the booking as the change left it ({@link #after()}: request, state, offer expiry, series) and the series the
 * change created or changed ({@link #series()}). Applications rebuild events (from a file, say) with
 * {@link #builder()}.
 *
 * <p>Immutable and thread-safe.
 */
// An attribute named "from" replaces the builder's from(instance) copy method, on purpose.
@SuppressWarnings("immutables:from")
@Value.Immutable
public abstract class BookingEvent {

  BookingEvent() {}

  /**
   * A builder, for applications that rebuild the events a calendar recorded; the calendar builds its own.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

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
   * The booking as the change left it.
   *
   * @return the booking, not null
   */
  public abstract Booking after();

  /**
   * The booking that changed.
   *
   * @return {@code after().id()}, not null
   */
  public final BookingId booking() {
    return after().id();
  }

  /**
   * The state before the change; empty for a new booking.
   *
   * @return the previous state, possibly empty
   */
  public abstract Optional<BookingState> from();

  /**
   * The state after the change.
   *
   * @return {@code after().state()}, not null
   */
  public final BookingState to() {
    return after().state();
  }

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

  /**
   * The series this change created or changed, as it left them: a new series (on its first occurrence's event),
   * a series cut short by "this and following", the two halves of a split one. Empty for most changes.
   *
   * @return the series, possibly empty, not null
   */
  public abstract List<BookingSeries> series();

  @Value.Check
  final void check() {
    Checks checks = Checks.of(BookingMessages.CATALOG, "BookingEvent");
    checks.check(sequence() >= 1, "bookingEvent.sequenceNotPositive", "sequence", "sequence", sequence());
    checks.throwIfInvalid();
  }

  @Override
  public final String toString() {
    return "#" + sequence() + " " + at() + " " + booking() + " " + from().map(String::valueOf).orElse("new")
        + " -> " + to() + " (" + cause() + ")";
  }

  static BookingEvent of(long sequence, Instant at, Booking after, Optional<BookingState> from, String cause,
      List<Violation> violations, List<BookingSeries> series) {
    return ImmutableBookingEvent.builder().sequence(sequence).at(at).after(after).from(from).cause(cause)
        .violations(violations).series(series).build();
  }

  /** Builds a {@link BookingEvent}; not thread-safe. */
  public static final class Builder extends ImmutableBookingEvent.Builder {
    Builder() {}
  }
}
