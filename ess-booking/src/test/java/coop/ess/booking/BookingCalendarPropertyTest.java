package coop.ess.booking;

import coop.ess.core.ManualClock;
import static coop.ess.booking.Fixtures.CLOCK;
import static coop.ess.booking.Fixtures.DESKS;
import static coop.ess.booking.Fixtures.ROOM;
import static coop.ess.booking.Fixtures.VENUE;
import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.booking.time.Interval;
import coop.ess.core.MemberId;
import coop.ess.core.ResourceId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BookingCalendarPropertyTest {

  private static final Instant DAY = Instant.parse("2026-03-03T07:00:00Z");

  /** One step of a random workload: a request, or the cancellation of the n-th booking made so far. */
  record Op(boolean cancel, int target, ResourceId resource, int startQuarter, int quarters, int units,
      boolean waitlist) {

    BookingRequest request() {
      return BookingRequest.builder().requester(MemberId.of("m" + (target % 5))).addResources(resource)
          .interval(Interval.of(DAY.plus(Duration.ofMinutes(15L * startQuarter)), Duration.ofMinutes(15L * quarters)))
          .units(units).waitlistIfFull(waitlist).build();
    }
  }

  @Provide
  Arbitrary<List<Op>> workloads() {
    Arbitrary<Op> request = Combinators.combine(
        Arbitraries.integers().between(0, 100), Arbitraries.of(ROOM, DESKS), Arbitraries.integers().between(0, 40),
        Arbitraries.integers().between(1, 16), Arbitraries.integers().between(1, 2), Arbitraries.of(true, false))
        .as((target, resource, start, length, units, waitlist) ->
            new Op(false, target, resource, start, length, resource.equals(ROOM) ? 1 : units, waitlist));
    Arbitrary<Op> cancel = Arbitraries.integers().between(0, 100)
        .map(target -> new Op(true, target, ROOM, 0, 1, 1, false));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, request), net.jqwik.api.Tuple.of(1, cancel))
        .list().ofMaxSize(60);
  }

  @Property
  void noTwoBookingsHoldingAnExclusiveResourceOverlap(@ForAll("workloads") List<Op> workload) {
    BookingCalendar calendar = run(workload);
    assertThat(Invariants.noTwoOverlap(Invariants.holding(calendar, ROOM))).isTrue();
  }

  @Property
  void sharedOccupancyNeverExceedsTheUnits(@ForAll("workloads") List<Op> workload) {
    BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);
    List<BookingId> made = new ArrayList<>();
    for (Op op : workload) {
      apply(calendar, op, made);
      assertThat(Invariants.peak(Invariants.holding(calendar, DESKS))).isLessThanOrEqualTo(3);
    }
  }

  @Property
  void invariantsHoldWhenOffersAreHeldAndExpire(@ForAll("workloads") List<Op> workload) {
    ManualClock clock = ManualClock.of(Instant.parse("2026-03-01T11:00:00Z"));
    BookingCalendar calendar = new BookingCalendar(VENUE, java.util.Map.of(), clock, Duration.ofMinutes(45));
    List<BookingId> made = new ArrayList<>();
    for (Op op : workload) {
      apply(calendar, op, made);
      clock.advance(Duration.ofMinutes(20));
      calendar.expireOffers();
      assertThat(Invariants.noTwoOverlap(Invariants.holding(calendar, ROOM))).isTrue();
      assertThat(Invariants.peak(Invariants.holding(calendar, DESKS))).isLessThanOrEqualTo(3);
      assertThat(calendar.bookings()).filteredOn(b -> b.state() == BookingState.OFFERED)
          .allMatch(b -> b.offerExpiresAt().orElseThrow().isAfter(clock.instant()));
    }
  }

  @Property
  void theIndexedPeakEqualsABruteForcePeak(@ForAll("workloads") List<Op> workload) {
    BookingCalendar calendar = run(workload);
    Interval wholeDay = Interval.of(DAY.minus(Duration.ofHours(1)), Duration.ofHours(20));
    assertThat(calendar.peakOccupancy(DESKS, wholeDay))
        .isEqualTo(Invariants.peak(Invariants.holding(calendar, DESKS)));
  }

  @Property
  void cancellingAndRequestingAgainRestoresWhatIsHeld(@ForAll("workloads") List<Op> workload,
      @ForAll("picks") int pick) {
    List<Op> withoutWaitlist = workload.stream()
        .map(op -> new Op(op.cancel(), op.target(), op.resource(), op.startQuarter(), op.quarters(), op.units(),
            false)).toList();
    BookingCalendar calendar = run(withoutWaitlist);
    List<Booking> held = calendar.bookings().stream().filter(b -> b.state().holdsResources()).toList();
    if (held.isEmpty()) {
      return;
    }
    Booking chosen = held.get(pick % held.size());
    Set<String> before = heldSummary(calendar);

    calendar.cancel(chosen.id());
    BookingDecision again = calendar.request(chosen.request());

    assertThat(again.accepted()).isTrue();
    assertThat(heldSummary(calendar)).isEqualTo(before);
  }

  @Provide
  Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, 1000);
  }

  private static Set<String> heldSummary(BookingCalendar calendar) {
    return calendar.bookings().stream().filter(b -> b.state().holdsResources())
        .map(b -> b.requester() + " " + b.resources() + " " + b.interval() + " " + b.request().units())
        .collect(Collectors.toSet());
  }

  private static BookingCalendar run(List<Op> workload) {
    BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);
    List<BookingId> made = new ArrayList<>();
    for (Op op : workload) {
      apply(calendar, op, made);
    }
    return calendar;
  }

  private static void apply(BookingCalendar calendar, Op op, List<BookingId> made) {
    if (!op.cancel()) {
      made.add(calendar.request(op.request()).booking().id());
      return;
    }
    if (made.isEmpty()) {
      return;
    }
    BookingId id = made.get(op.target() % made.size());
    BookingState state = calendar.booking(id).orElseThrow().state();
    if (state.isOpen()) {
      calendar.cancel(id);
    }
  }
}
