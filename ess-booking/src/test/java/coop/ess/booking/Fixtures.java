package coop.ess.booking;

import coop.ess.booking.time.Interval;
import coop.ess.core.MemberId;
import coop.ess.core.PartyId;
import coop.ess.core.ResourceId;
import coop.ess.core.VenueId;
import coop.ess.core.venue.Address;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.ResourceKind;
import coop.ess.core.venue.Venue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A small venue for the engine's tests: a meeting room, a projector, a 3-desk coworking and a kitchen. */
final class Fixtures {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final ResourceId ROOM = ResourceId.of("room");
  static final ResourceId PROJECTOR = ResourceId.of("projector");
  static final ResourceId DESKS = ResourceId.of("desks");
  static final ResourceId KITCHEN = ResourceId.of("kitchen");
  static final MemberId CAMILLE = MemberId.of("camille");
  static final MemberId YANN = MemberId.of("yann");
  /** Sunday 1 March 2026, 12:00 in Paris. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T11:00:00Z"), ZoneOffset.UTC);

  static final Venue VENUE = Venue.builder()
      .id(VenueId.of("test-venue")).name("Test venue").zone(PARIS)
      .address(Address.builder().street("1 rue de la Paix").postalCode("35000").city("Rennes").build())
      .addResources(Resource.builder().id(ROOM).name("Meeting room").kind(ResourceKind.MEETING_ROOM).capacity(12)
          .build())
      .addResources(Resource.builder().id(PROJECTOR).name("Projector").kind(ResourceKind.EQUIPMENT).build())
      .addResources(Resource.builder().id(DESKS).name("Coworking").kind(ResourceKind.COWORKING).capacity(3)
          .bookableUnits(3).build())
      .addResources(Resource.builder().id(KITCHEN).name("Kitchen").kind(ResourceKind.KITCHEN).capacity(8).build())
      .build();

  private Fixtures() {}

  /** An interval on a day of March 2026 in Paris, such as {@code at(3, "13:30", "14:30")}. */
  static Interval at(int day, String from, String to) {
    String date = String.format("2026-03-%02d", day);
    return Interval.ofLocal(LocalDateTime.parse(date + "T" + from), LocalDateTime.parse(date + "T" + to), PARIS);
  }

  static BookingRequest request(PartyId who, ResourceId resource, Interval interval) {
    return BookingRequest.builder().requester(who).addResources(resource).interval(interval).build();
  }
}
