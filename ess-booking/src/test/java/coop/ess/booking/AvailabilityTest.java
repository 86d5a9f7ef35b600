package coop.ess.booking;

import static coop.ess.booking.Fixtures.CAMILLE;
import static coop.ess.booking.Fixtures.CLOCK;
import static coop.ess.booking.Fixtures.DESKS;
import static coop.ess.booking.Fixtures.KITCHEN;
import static coop.ess.booking.Fixtures.PARIS;
import static coop.ess.booking.Fixtures.ROOM;
import static coop.ess.booking.Fixtures.VENUE;
import static coop.ess.booking.Fixtures.YANN;
import static coop.ess.booking.Fixtures.at;
import static coop.ess.booking.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.booking.rules.ResourcePolicy;
import coop.ess.booking.time.Interval;
import coop.ess.booking.time.OpeningHours;
import coop.ess.booking.time.WeeklyHours;
import coop.ess.core.MemberId;
import coop.ess.core.venue.ResourceKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link BookingCalendar#freeSlots(AvailabilityQuery)}. */
class AvailabilityTest {

  private static final ResourcePolicy ROOM_POLICY = ResourcePolicy.builder()
      .openingHours(OpeningHours.builder().zone(PARIS)
          .weekly(WeeklyHours.builder().open(DayOfWeek.TUESDAY, "09:00-12:00", "14:00-18:00").build()).build())
      .build();

  private final BookingCalendar calendar = new BookingCalendar(VENUE, Map.of(ROOM, ROOM_POLICY,
      KITCHEN, ResourcePolicy.builder().bufferAfter(Duration.ofMinutes(30)).build()), CLOCK);

  private static AvailabilityQuery.Builder tuesday(Duration duration) {
    return AvailabilityQuery.builder().range(at(3, "00:00", "23:00")).duration(duration).step(Duration.ofHours(1));
  }

  @Test
  void slotsFollowOpeningHoursAndAvoidBookings() {
    calendar.request(request(CAMILLE, ROOM, at(3, "15:00", "16:00")));

    List<FreeSlot> slots = calendar.freeSlots(tuesday(Duration.ofHours(1)).kind(ResourceKind.MEETING_ROOM).build());

    assertThat(slots).extracting(FreeSlot::interval).containsExactly(at(3, "09:00", "10:00"),
        at(3, "10:00", "11:00"), at(3, "11:00", "12:00"), at(3, "14:00", "15:00"), at(3, "16:00", "17:00"),
        at(3, "17:00", "18:00"));
  }

  @Test
  void needsFilterTheResources() {
    List<FreeSlot> slots = calendar.freeSlots(tuesday(Duration.ofHours(2)).minCapacity(10).build());

    assertThat(slots).extracting(FreeSlot::resource).containsOnly(ROOM);
  }

  @Test
  void buffersAreKeptAroundExistingBookings() {
    calendar.request(request(CAMILLE, KITCHEN, at(3, "10:00", "12:00")));

    List<FreeSlot> slots = calendar.freeSlots(AvailabilityQuery.builder().range(at(3, "09:00", "14:00"))
        .duration(Duration.ofHours(1)).step(Duration.ofMinutes(30)).kind(ResourceKind.KITCHEN).build());

    assertThat(slots).extracting(FreeSlot::interval)
        .containsExactly(at(3, "12:30", "13:30"), at(3, "13:00", "14:00"));
  }

  @Test
  void sharedResourcesOfferSlotsWhileUnitsRemain() {
    calendar.request(BookingRequest.builder().requester(CAMILLE).addResources(DESKS)
        .interval(at(3, "09:00", "18:00")).units(2).build());

    assertThat(calendar.freeSlots(tuesday(Duration.ofHours(1)).kind(ResourceKind.COWORKING).units(1).build()))
        .hasSize(23);
    assertThat(calendar.freeSlots(AvailabilityQuery.builder().range(at(3, "09:00", "18:00"))
        .duration(Duration.ofHours(1)).kind(ResourceKind.COWORKING).units(2).build())).isEmpty();
  }

  @Provide
  Arbitrary<List<Integer>> bookings() {
    return Arbitraries.integers().between(0, 60).list().ofMaxSize(12);
  }

  @Property(tries = 100)
  void everyFreeSlotCanBeBookedAndEveryOtherStartCannot(@ForAll("bookings") List<Integer> starts,
      @ForAll("picks") int pick) {
    BookingCalendar busy = new BookingCalendar(VENUE, Map.of(ROOM, ROOM_POLICY), CLOCK);
    Instant day = at(3, "00:00", "01:00").start();
    for (int i = 0; i < starts.size(); i++) {
      busy.request(request(MemberId.of("m" + i), ROOM,
          Interval.of(day.plus(Duration.ofMinutes(15L * (36 + starts.get(i)))), Duration.ofMinutes(45))));
    }
    AvailabilityQuery query = AvailabilityQuery.builder().range(at(3, "00:00", "23:00"))
        .duration(Duration.ofMinutes(30)).kind(ResourceKind.MEETING_ROOM).build();
    List<FreeSlot> slots = busy.freeSlots(query);
    // A start on the grid that is not a free slot is refused.
    Interval candidate = Interval.of(query.range().start().plus(Duration.ofMinutes(15L * (pick % 88))),
        query.duration());
    boolean listed = slots.stream().anyMatch(slot -> slot.interval().equals(candidate));
    assertThat(busy.request(request(YANN, ROOM, candidate)).accepted()).isEqualTo(listed);
  }

  @Provide
  Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, 10_000);
  }

  @Test
  void theMinimumNoticeHidesSlotsTooSoon() {
    // The clock says Sunday 1 March 12:00; 48 hours of notice reach Tuesday 12:00.
    BookingCalendar strict = new BookingCalendar(VENUE, Map.of(ROOM, ResourcePolicy.builder().from(ROOM_POLICY)
        .minimumNotice(Duration.ofHours(48)).build()), CLOCK);

    assertThat(strict.freeSlots(tuesday(Duration.ofHours(1)).kind(ResourceKind.MEETING_ROOM).build()))
        .extracting(FreeSlot::interval).first().isEqualTo(at(3, "14:00", "15:00"));
  }
}
