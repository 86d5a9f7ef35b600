package coop.ess.json.journal;

import coop.ess.booking.BookingCalendar;
import coop.ess.booking.BookingRequest;
import coop.ess.booking.CalendarJournal;
import coop.ess.booking.rules.ResourcePolicy;
import coop.ess.booking.time.Interval;
import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.core.ResourceId;
import coop.ess.core.VenueId;
import coop.ess.core.venue.Address;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.ResourceKind;
import coop.ess.core.venue.SharingMode;
import coop.ess.core.venue.Venue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

/** The small venue, policies and requests that the booking journal tests share: a meeting room and two desks. */
final class CargoCalendar {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final Instant SUNDAY = Instant.parse("2026-03-01T11:00:00Z");
  static final ResourceId ROOM = ResourceId.of("salle-reunion");
  static final ResourceId DESKS = ResourceId.of("coworking");
  static final Venue VENUE = Venue.builder().id(VenueId.of("cargo")).name("Le Cargo").zone(PARIS)
      .address(Address.builder().street("1 quai").postalCode("35000").city("Rennes").build())
      .addResources(Resource.builder().id(ROOM).name("Salle de réunion").kind(ResourceKind.MEETING_ROOM)
          .capacity(12).build())
      .addResources(Resource.builder().id(DESKS).name("Coworking").kind(ResourceKind.COWORKING).capacity(2)
          .bookableUnits(2).sharing(SharingMode.SHARED).build())
      .build();
  static final Map<ResourceId, ResourcePolicy> POLICIES =
      Map.of(ROOM, ResourcePolicy.builder().bufferAfter(Duration.ofMinutes(15)).build());

  private CargoCalendar() {}

  /** A calendar of the venue on a journal, with a 15-minute buffer after the room and offers held 30 minutes. */
  static BookingCalendar calendar(ManualClock clock, CalendarJournal journal) {
    return BookingCalendar.builder(VENUE).policies(POLICIES).clock(clock).offerHold(Duration.ofMinutes(30))
        .journal(journal).build();
  }

  /** A request of one resource between two local times in Paris, waitlisted if full. */
  static BookingRequest request(String who, ResourceId resource, String from, String to) {
    return BookingRequest.builder().requester(MemberId.of(who)).addResources(resource)
        .interval(Interval.ofLocal(LocalDateTime.parse(from), LocalDateTime.parse(to), PARIS)).waitlistIfFull(true)
        .build();
  }
}
