package coop.ess.booking;

import coop.ess.booking.internal.BookingMessages;
import coop.ess.booking.time.Interval;
import coop.ess.core.Violation;
import coop.ess.core.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A booking that a higher-priority request displaced: the booking as it now stands (cancelled), why, and other
 * times at which the same resources are free for the same duration on the same day.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Displacement {

  Displacement() {}

  /**
   * The displaced booking, now {@link BookingState#CANCELLED}.
   *
   * @return the booking, not null
   */
  public abstract Booking booking();

  /**
   * Why: a {@code booking.displaced} violation naming the request that took the place and its purpose.
   *
   * @return the reason, not null
   */
  public abstract Violation reason();

  /**
   * Up to three intervals of the same length, on the same day, when every resource of the booking is free and
   * every rule holds, nearest to the original time first.
   *
   * @return the alternatives, possibly empty, not null
   */
  public abstract List<Interval> alternatives();

  /**
   * A displacement, for applications that rebuild decisions (from a file, say).
   *
   * @param booking the displaced booking, cancelled, not null
   * @param reason why, not null
   * @param alternatives other times, possibly empty, not null
   * @return the displacement, not null
   * @throws coop.ess.core.EssValidationException if the booking is not cancelled
   */
  public static Displacement of(Booking booking, Violation reason, List<Interval> alternatives) {
    return ImmutableDisplacement.builder().booking(booking).reason(reason).alternatives(alternatives).build();
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(BookingMessages.CATALOG, "Displacement");
    checks.check(booking().state() == BookingState.CANCELLED, "displacement.notCancelled", "booking",
        "booking", booking().id(), "state", booking().state());
    checks.throwIfInvalid();
  }
}
