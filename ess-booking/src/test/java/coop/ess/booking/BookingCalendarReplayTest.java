package coop.ess.booking;

import static coop.ess.booking.Fixtures.DESKS;
import static coop.ess.booking.Fixtures.KITCHEN;
import static coop.ess.booking.Fixtures.PARIS;
import static coop.ess.booking.Fixtures.PROJECTOR;
import static coop.ess.booking.Fixtures.ROOM;
import static coop.ess.booking.Fixtures.VENUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.booking.rules.ResourcePolicy;
import coop.ess.booking.time.Interval;
import coop.ess.booking.time.Recurrence;
import coop.ess.core.EssException;
import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.core.ResourceId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BookingCalendarReplayTest {

  private static final Map<ResourceId, ResourcePolicy> POLICIES = Map.of(
      KITCHEN, ResourcePolicy.builder().approvalRequired(true).build(),
      ROOM, ResourcePolicy.builder().displacementNotice(Duration.ZERO).bufferAfter(Duration.ofMinutes(15)).build());
  private static final List<ResourceId> RESOURCES = List.of(ROOM, PROJECTOR, DESKS, KITCHEN);
  private static final Duration HOLD = Duration.ofMinutes(30);

  /** One operation on a calendar; {@code pick} chooses a booking among those recorded. */
  sealed interface Operation {
    void apply(BookingCalendar calendar, ManualClock clock);
  }

  record Request(int who, int resource, int day, int quarter, int quarters, boolean waitlist, int priority)
      implements Operation {
    @Override
    public void apply(BookingCalendar calendar, ManualClock clock) {
      Instant start = LocalDateTime.of(2026, 3, 2 + day, 8, 0).atZone(PARIS).toInstant()
          .plus(Duration.ofMinutes(15L * quarter));
      calendar.request(BookingRequest.builder().requester(MemberId.of("m" + who))
          .addResources(RESOURCES.get(resource)).interval(Interval.of(start, Duration.ofMinutes(15L * quarters)))
          .waitlistIfFull(waitlist).priority(priority).build());
    }
  }

  record Series(int who, int resource, int day, int hour, String rule, boolean skip) implements Operation {
    @Override
    public void apply(BookingCalendar calendar, ManualClock clock) {
      calendar.requestSeries(SeriesRequest.builder().requester(MemberId.of("m" + who))
          .addResources(RESOURCES.get(resource))
          .recurrence(Recurrence.of(LocalDateTime.of(2026, 3, 2 + day, hour, 0), PARIS, rule))
          .duration(Duration.ofHours(1)).build(), skip ? SeriesMode.SKIP_CONFLICTS : SeriesMode.REFUSE_WHOLE_SERIES);
    }
  }

  enum Kind { CANCEL, APPROVE, DECLINE, ACCEPT_OFFER, MOVE, CANCEL_FOLLOWING, MOVE_FOLLOWING }

  record OnBooking(Kind kind, int pick, int shift) implements Operation {
    @Override
    public void apply(BookingCalendar calendar, ManualClock clock) {
      List<Booking> all = calendar.bookings();
      if (all.isEmpty()) {
        return;
      }
      Booking booking = all.get(pick % all.size());
      BookingId id = booking.id();
      Duration by = Duration.ofMinutes(15L * shift);
      try {
        switch (kind) {
          case CANCEL -> calendar.cancel(id);
          case APPROVE -> calendar.approve(id);
          case DECLINE -> calendar.decline(id);
          case ACCEPT_OFFER -> calendar.acceptOffer(id);
          case MOVE -> calendar.move(id, Interval.of(booking.interval().start().plus(by),
              booking.interval().duration()));
          case CANCEL_FOLLOWING -> calendar.cancelFollowing(id);
          case MOVE_FOLLOWING -> calendar.moveFollowing(id, by);
        }
      } catch (EssException e) {
        // Not allowed in the booking's state: nothing changes, which the replay must show too.
      }
    }
  }

  record Tick(int minutes) implements Operation {
    @Override
    public void apply(BookingCalendar calendar, ManualClock clock) {
      clock.advance(Duration.ofMinutes(minutes));
      calendar.expireOffers();
    }
  }

  @Provide
  Arbitrary<Operation> operations() {
    // Few days and hours, so that requests collide: waitlists, offers, displacements.
    Arbitrary<Operation> request = Combinators.combine(Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1),
        Arbitraries.integers().between(0, 12), Arbitraries.integers().between(1, 8), Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 2)).as(Request::new);
    Arbitrary<Operation> series = Combinators.combine(Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1),
        Arbitraries.integers().between(8, 11),
        Arbitraries.of("FREQ=DAILY;COUNT=4", "FREQ=WEEKLY;COUNT=3", "FREQ=DAILY;INTERVAL=2;COUNT=3"),
        Arbitraries.of(true, false)).as(Series::new);
    Arbitrary<Operation> onBooking = Combinators.combine(Arbitraries.of(Kind.class),
        Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(-8, 8)).as(OnBooking::new);
    Arbitrary<Operation> tick = Arbitraries.integers().between(1, 90).map(Tick::new);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, request), net.jqwik.api.Tuple.of(2, series),
        net.jqwik.api.Tuple.of(6, onBooking), net.jqwik.api.Tuple.of(2, tick));
  }

  @Provide
  Arbitrary<List<Operation>> workloads() {
    return operations().list().ofMinSize(5).ofMaxSize(30);
  }

  private static ManualClock clock() {
    return ManualClock.of(Instant.parse("2026-03-01T11:00:00Z"));
  }

  private static BookingCalendar calendar(ManualClock clock, CalendarJournal journal) {
    return BookingCalendar.builder(VENUE).policies(POLICIES).clock(clock).offerHold(HOLD).journal(journal).build();
  }

  /** Everything a caller can see of a calendar, for comparison. */
  private static List<Object> state(BookingCalendar calendar) {
    Interval march = Interval.of(Instant.parse("2026-03-01T00:00:00Z"), Duration.ofDays(31));
    List<Object> state = new ArrayList<>();
    state.add(calendar.bookings());
    state.add(calendar.allSeries());
    state.add(calendar.events());
    for (ResourceId resource : RESOURCES) {
      state.add(calendar.holding(resource, march));
      state.add(calendar.peakOccupancy(resource, march));
    }
    return state;
  }

  @Property(tries = 150)
  void replayingTheJournalRebuildsTheSameCalendar(@ForAll("workloads") List<Operation> workload,
      @ForAll("operations") Operation next) {
    ManualClock clock = clock();
    BookingCalendar live = calendar(clock, new InMemoryCalendarJournal());
    workload.forEach(operation -> operation.apply(live, clock));

    ManualClock replayClock = ManualClock.of(clock.instant());
    BookingCalendar replayed = calendar(replayClock, InMemoryCalendarJournal.of(live.events()));

    assertThat(state(replayed)).isEqualTo(state(live));
    // The same next operation has the same effect: identifiers, indexes and waitlist were rebuilt too.
    next.apply(live, clock);
    next.apply(replayed, replayClock);
    assertThat(state(replayed)).isEqualTo(state(live));
  }

  @Test
  void eachEventCarriesTheBookingAsTheChangeLeftIt() {
    ManualClock clock = clock();
    BookingCalendar calendar = calendar(clock, new InMemoryCalendarJournal());
    new Request(1, 0, 1, 8, 4, false, 0).apply(calendar, clock);
    BookingId id = calendar.bookings().get(0).id();
    calendar.move(id, Interval.of(calendar.bookings().get(0).interval().start().plus(Duration.ofHours(1)),
        Duration.ofHours(1)));

    BookingEvent moved = calendar.events().get(1);
    assertThat(moved.after()).isEqualTo(calendar.booking(id).orElseThrow());
    assertThat(moved.booking()).isEqualTo(id);
    assertThat(moved.to()).isEqualTo(BookingState.CONFIRMED);
  }

  @Test
  void theFirstEventOfASeriesCarriesTheSeries() {
    ManualClock clock = clock();
    BookingCalendar calendar = calendar(clock, new InMemoryCalendarJournal());
    new Series(1, 0, 0, 10, "FREQ=DAILY;COUNT=3", false).apply(calendar, clock);

    List<BookingEvent> events = calendar.events();
    assertThat(events).hasSize(3);
    assertThat(events.get(0).series()).containsExactlyElementsOf(calendar.allSeries());
    assertThat(events.get(1).series()).isEmpty();
  }

  @Test
  void aJournalWhoseEventsDoNotFollowIsRefused() {
    ManualClock clock = clock();
    BookingCalendar calendar = calendar(clock, new InMemoryCalendarJournal());
    new Request(1, 0, 1, 8, 4, false, 0).apply(calendar, clock);
    BookingEvent created = calendar.events().get(0);
    BookingEvent again = BookingEvent.builder().from(Optional.of(BookingState.CANCELLED)).sequence(2)
        .at(created.at()).after(created.after()).cause("cancelled").build();

    assertThatThrownBy(() -> calendar(clock, InMemoryCalendarJournal.of(List.of(created, again))))
        .isInstanceOf(coop.ess.core.EssStateException.class).hasMessageContaining("booking b1 was CONFIRMED");
  }

  @Test
  void theCalendarAppendsToTheJournalItWasGiven() {
    ManualClock clock = clock();
    InMemoryCalendarJournal journal = new InMemoryCalendarJournal();
    BookingCalendar calendar = calendar(clock, journal);
    new Request(1, 0, 1, 8, 4, false, 0).apply(calendar, clock);

    assertThat(calendar.journal()).isSameAs(journal);
    assertThat(journal.events()).isEqualTo(calendar.events()).hasSize(1);
  }
}
