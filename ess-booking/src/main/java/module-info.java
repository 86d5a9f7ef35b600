/**
 * The scheduling engine of the ESS SDK: opening hours, bookings of spaces and resources, recurring series, booking
 * rules, waitlists and events with registration. Built on {@code coop.ess.core}.
 *
 * <p>API packages: {@code coop.ess.booking} (the calendar engine and its values), {@code coop.ess.booking.time}
 * (intervals, opening hours, French public holidays), {@code coop.ess.booking.rules} (booking rules and
 * per-resource policies) and {@code coop.ess.booking.event} (events with registration). {@code coop.ess.booking.internal}
 * is not exported.
 */
module coop.ess.booking {
  requires transitive coop.ess.core;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
  // RFC 5545 recurrence expansion, used inside coop.ess.booking.internal only: no ical4j type is in the API.
  requires ical4j.core;

  exports coop.ess.booking;
  exports coop.ess.booking.time;
  exports coop.ess.booking.rules;
  exports coop.ess.booking.event;
}
