package coop.ess.booking.event;

import coop.ess.booking.Booking;
import coop.ess.core.Violation;
import java.util.List;
import org.immutables.value.Value;

/**
 * The answer of {@link EventRegistry#schedule(Event)}: the bookings that hold the sessions' spaces, or every reason
 * why the programme cannot be held (then nothing stays booked and the event is not open for registration).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgrammeDecision {

  ProgrammeDecision() {}

  /**
   * The event as given.
   *
   * @return the event, not null
   */
  public abstract Event event();

  /**
   * The bookings made, session by session and space by space in order; empty when refused.
   *
   * @return the bookings, possibly empty, not null
   */
  public abstract List<Booking> bookings();

  /**
   * Every problem found, with the field {@code sessions[i]…} of the session concerned.
   *
   * @return the violations, possibly empty, not null
   */
  public abstract List<Violation> violations();

  /**
   * Whether the programme is booked and the event open for registration.
   *
   * @return true if no error-level violation was found
   */
  public final boolean accepted() {
    return violations().stream().noneMatch(Violation::isError);
  }

  /**
   * The codes of the violations.
   *
   * @return the codes in order, not null
   */
  public final List<String> codes() {
    return violations().stream().map(Violation::code).toList();
  }

  /**
   * A decision, for applications that rebuild decisions (from a file, say).
   *
   * @param event the event, not null
   * @param bookings the bookings of its sessions, possibly empty, not null
   * @param violations the violations, possibly empty, not null
   * @return the decision, not null
   */
  public static ProgrammeDecision of(Event event, List<Booking> bookings, List<Violation> violations) {
    return ImmutableProgrammeDecision.builder().event(event).bookings(bookings).violations(violations).build();
  }
}
