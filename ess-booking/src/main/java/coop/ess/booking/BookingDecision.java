package coop.ess.booking;

import coop.ess.core.Violation;
import java.util.List;
import org.immutables.value.Value;

/**
 * The answer of a {@link BookingCalendar} to a request, a cancellation or an approval: the booking as it now stands
 * and every violation found. A refusal is a decision with violations, never an exception.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BookingDecision {

  BookingDecision() {}

  /**
   * The booking after the decision (declined bookings are recorded too).
   *
   * @return the booking, not null
   */
  public abstract Booking booking();

  /**
   * Every rule the request or operation broke, in the order the rules ran.
   *
   * @return the violations, possibly empty, not null
   */
  public abstract List<Violation> violations();

  /**
   * The bookings this request displaced (it had a higher priority), each told why and offered alternatives.
   *
   * @return the displacements, possibly empty, not null
   */
  public abstract List<Displacement> displaced();

  /**
   * The state the booking reached.
   *
   * @return {@code booking().state()}
   */
  public final BookingState state() {
    return booking().state();
  }

  /**
   * Whether the operation did what was asked: a request now holds its resources, a cancellation cancelled.
   *
   * @return true if no error-level violation was found
   */
  public final boolean accepted() {
    return violations().stream().noneMatch(Violation::isError);
  }

  /**
   * The codes of the violations, for quick tests and logs.
   *
   * @return the codes in order, not null
   */
  public final List<String> codes() {
    return violations().stream().map(Violation::code).toList();
  }

  /**
   * A decision without displacements, for applications that rebuild decisions (from a file, say).
   *
   * @param booking the booking after the decision, not null
   * @param violations the violations, possibly empty, not null
   * @return the decision, not null
   */
  public static BookingDecision of(Booking booking, List<Violation> violations) {
    return ImmutableBookingDecision.builder().booking(booking).violations(violations).build();
  }

  /**
   * A decision, for applications that rebuild decisions (from a file, say).
   *
   * @param booking the booking after the decision, not null
   * @param violations the violations, possibly empty, not null
   * @param displaced the bookings displaced, possibly empty, not null
   * @return the decision, not null
   */
  public static BookingDecision of(Booking booking, List<Violation> violations, List<Displacement> displaced) {
    return ImmutableBookingDecision.builder().booking(booking).violations(violations).displaced(displaced).build();
  }
}
