package coop.ess.booking;

import coop.ess.booking.internal.BookingMessages;
import coop.ess.booking.time.Interval;
import coop.ess.core.PartyId;
import coop.ess.core.internal.Checks;
import coop.ess.core.ResourceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A booking as the {@link BookingCalendar} records it: the request, the state it reached and when it was asked.
 * A booking never disappears: a cancelled or declined one stays with its state. Applications rebuild one (from a
 * file, say) with {@link #builder()}:
 *
 * <pre>{@code
 * Booking booking = Booking.builder().id(BookingId.of("b1")).request(request).state(BookingState.CONFIRMED)
 *     .requestedAt(Instant.parse("2026-03-01T10:00:00Z"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Booking {

  Booking() {}

  /**
   * A builder, for applications that rebuild bookings the calendar recorded (a journal, a file); the calendar
   * builds its own.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The identifier given by the calendar.
   *
   * @return the identifier, not null
   */
  public abstract BookingId id();

  /**
   * The request as made.
   *
   * @return the request, not null
   */
  public abstract BookingRequest request();

  /**
   * The current state.
   *
   * @return the state, not null
   */
  public abstract BookingState state();

  /**
   * When the request reached the calendar (its place in the waitlist).
   *
   * @return the instant, not null
   */
  public abstract Instant requestedAt();

  /**
   * Until when an {@link BookingState#OFFERED offer} stands; empty in every other state.
   *
   * @return the expiry, possibly empty
   */
  public abstract Optional<Instant> offerExpiresAt();

  /**
   * The series this booking is an occurrence of.
   *
   * @return the series, empty for a single booking
   */
  public abstract Optional<SeriesId> series();

  /**
   * The occurrence's date-time in its series' recurrence (a wall-clock time of the venue), which stays the same
   * when the occurrence alone is moved.
   *
   * @return the date-time, empty for a single booking
   */
  public abstract Optional<java.time.LocalDateTime> recurrenceId();

  /**
   * The interval, as requested.
   *
   * @return {@code request().interval()}
   */
  public final Interval interval() {
    return request().interval();
  }

  /**
   * The resources, as requested.
   *
   * @return {@code request().resources()}
   */
  public final List<ResourceId> resources() {
    return request().resources();
  }

  /**
   * The requester.
   *
   * @return {@code request().requester()}
   */
  public final PartyId requester() {
    return request().requester();
  }

  /**
   * This booking in another state.
   *
   * @param state the new state, not null
   * @return a copy, not null
   */
  final Booking withNewState(BookingState state) {
    return ImmutableBooking.builder().from(this).state(state).offerExpiresAt(Optional.empty()).build();
  }

  final Booking offered(Instant expiresAt) {
    return ImmutableBooking.builder().from(this).state(BookingState.OFFERED).offerExpiresAt(expiresAt).build();
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(BookingMessages.CATALOG, "Booking");
    boolean offered = state() == BookingState.OFFERED;
    checks.check(!offered || offerExpiresAt().isPresent(), "booking.offerWithoutExpiry", "offerExpiresAt",
        "booking", id());
    checks.check(offered || offerExpiresAt().isEmpty(), "booking.expiryWithoutOffer", "offerExpiresAt",
        "booking", id(), "state", state());
    checks.check(series().isPresent() == recurrenceId().isPresent(), "booking.seriesWithoutDate",
        series().isPresent() ? "recurrenceId" : "series", "booking", id());
    checks.throwIfInvalid();
  }

  @Override
  public final String toString() {
    return id() + " " + state() + " " + resources() + " " + interval() + " by " + requester();
  }

  /** Builds a {@link Booking}; not thread-safe. */
  public static final class Builder extends ImmutableBooking.Builder {
    Builder() {}
  }
}
