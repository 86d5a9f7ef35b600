/**
 * The scheduling engine of the ESS SDK: opening hours, bookings of spaces and resources, recurring series, booking
 * rules, waitlists and events with registration. Built on {@code coop.ess.core}.
 */
module coop.ess.booking {
  requires transitive coop.ess.core;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
}
