package coop.ess.booking.event;

import coop.ess.booking.BookingCalendar;
import coop.ess.booking.time.Interval;
import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.ResourceId;
import coop.ess.core.VenueId;
import coop.ess.core.venue.Address;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.ResourceKind;
import coop.ess.core.venue.Venue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A small venue for the event tests: a 12-person room, a 30-person hall, a 15-person greenhouse, a projector. */
final class EventFixtures {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final ResourceId ROOM = ResourceId.of("room");
  static final ResourceId HALL = ResourceId.of("hall");
  static final ResourceId GREENHOUSE = ResourceId.of("greenhouse");
  static final ResourceId PROJECTOR = ResourceId.of("projector");
  static final OrganisationId ORGANISER = OrganisationId.of("cargo");
  static final EventId EVENT = EventId.of("gathering");
  /** Sunday 1 March 2026, 12:00 in Paris. */
  static final Instant NOW = Instant.parse("2026-03-01T11:00:00Z");

  static final Venue VENUE = Venue.builder()
      .id(VenueId.of("test-venue")).name("Test venue").zone(PARIS)
      .address(Address.builder().street("1 rue de la Paix").postalCode("35000").city("Rennes").build())
      .addResources(Resource.builder().id(ROOM).name("Room").kind(ResourceKind.MEETING_ROOM).capacity(12).build())
      .addResources(Resource.builder().id(HALL).name("Hall").kind(ResourceKind.HALL).capacity(30).build())
      .addResources(Resource.builder().id(GREENHOUSE).name("Greenhouse").kind(ResourceKind.GREENHOUSE).capacity(15)
          .build())
      .addResources(Resource.builder().id(PROJECTOR).name("Projector").kind(ResourceKind.EQUIPMENT).build())
      .build();

  private EventFixtures() {}

  static ManualClock clock() {
    return ManualClock.of(NOW);
  }

  static EventRegistry registry(ManualClock clock) {
    return new EventRegistry(BookingCalendar.of(VENUE, clock), clock);
  }

  /** An interval on a day of March 2026 in Paris. */
  static Interval at(int day, String from, String to) {
    String date = String.format("2026-03-%02d", day);
    return Interval.ofLocal(LocalDateTime.parse(date + "T" + from), LocalDateTime.parse(date + "T" + to), PARIS);
  }

  static Session session(String title, ResourceId space, Interval interval, int seats) {
    return Session.builder().title(title).addSpaces(space).interval(interval).seats(seats).build();
  }

  /** An event in the room on 3 March, 14:00-16:00, with {@code seats} seats, to be completed. */
  static Event.Builder event(int seats) {
    return Event.builder().id(EVENT).title("Atelier").organiser(ORGANISER)
        .addSessions(session("Atelier", ROOM, at(3, "14:00", "16:00"), 12)).seats(seats);
  }

  static Applicant person(String id) {
    return Applicant.of(MemberId.of(id));
  }

  static Applicant person(String id, String territory) {
    return Applicant.builder().member(MemberId.of(id)).putAttribute("territory", territory).build();
  }
}
