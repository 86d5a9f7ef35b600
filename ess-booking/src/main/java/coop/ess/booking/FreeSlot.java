package coop.ess.booking;

import coop.ess.booking.time.Interval;
import coop.ess.core.ResourceId;
import org.immutables.value.Value;

/**
 * A resource free for an interval, as found by {@link BookingCalendar#freeSlots(AvailabilityQuery)}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class FreeSlot {

  FreeSlot() {}

  /**
   * The resource.
   *
   * @return the resource, not null
   */
  @Value.Parameter
  public abstract ResourceId resource();

  /**
   * The interval.
   *
   * @return the interval, not null
   */
  @Value.Parameter
  public abstract Interval interval();

  /**
   * A free slot, for applications that rebuild search results (from a file, say).
   *
   * @param resource the resource, not null
   * @param interval the interval, not null
   * @return the slot, not null
   */
  public static FreeSlot of(ResourceId resource, Interval interval) {
    return ImmutableFreeSlot.of(resource, interval);
  }

  @Override
  public final String toString() {
    return resource() + " " + interval();
  }
}
