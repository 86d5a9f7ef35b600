package coop.ess.booking.rules;

import coop.ess.booking.Booking;
import coop.ess.booking.BookingRequest;
import coop.ess.core.venue.Resource;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What a {@link BookingRule} may read while it checks a request: the request, one of its resources, the time now
 * and the requester's bookings. The calendar provides it; rules only read it.
 */
public interface RuleContext {

  /**
   * The request checked.
   *
   * @return the request, not null
   */
  BookingRequest request();

  /**
   * The resource whose policy is being applied.
   *
   * @return the resource, not null
   */
  Resource resource();

  /**
   * The path of that resource in the request, for violations, such as {@code resources[1]}.
   *
   * @return the field, not null
   */
  String field();

  /**
   * The present instant, by the calendar's clock.
   *
   * @return now, not null
   */
  Instant now();

  /**
   * The venue's zone, in which days, weeks and months of quotas are reckoned.
   *
   * @return the zone, not null
   */
  ZoneId zone();

  /**
   * The requester's bookings of this resource that hold it (confirmed or pending approval), the request excluded.
   *
   * @return the bookings, possibly empty, not null
   */
  List<Booking> requesterBookings();
}
