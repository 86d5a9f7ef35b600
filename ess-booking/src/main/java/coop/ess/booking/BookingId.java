package coop.ess.booking;

import coop.ess.core.Identifier;
import org.immutables.value.Value;

/**
 * Identifies a booking within a {@link BookingCalendar}; the calendar numbers its bookings {@code b1}, {@code b2}…
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class BookingId extends Identifier<BookingId> {

  BookingId() {}

  /**
   * Creates the identifier.
   *
   * @param value the identifier as text, not null
   * @return the identifier, not null
   * @throws coop.ess.core.EssValidationException if {@code value} is not a valid identifier
   */
  public static BookingId of(String value) {
    return ImmutableBookingId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    checkSyntax("bookingId");
  }
}
