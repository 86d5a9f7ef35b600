package coop.ess.booking;

import static coop.ess.booking.Fixtures.CAMILLE;
import static coop.ess.booking.Fixtures.DESKS;
import static coop.ess.booking.Fixtures.KITCHEN;
import static coop.ess.booking.Fixtures.PROJECTOR;
import static coop.ess.booking.Fixtures.ROOM;
import static coop.ess.booking.Fixtures.VENUE;
import static coop.ess.booking.Fixtures.YANN;
import static coop.ess.booking.Fixtures.at;
import static coop.ess.booking.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.booking.BookingCalendarReplayTest.Operation;
import coop.ess.booking.rules.Quota;
import coop.ess.booking.rules.ResourcePolicy;
import coop.ess.booking.time.Interval;
import coop.ess.core.EssNotFoundException;
import coop.ess.core.EssStateException;
import coop.ess.core.EssValidationException;
import coop.ess.core.ManualClock;
import coop.ess.core.ResourceId;
import coop.ess.core.Violation;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.SharingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CalendarSnapshotTest {

  /** Rules that read the calendar's history: a quota, a cancellation deadline, approval, displacement, buffers. */
  private static final Map<ResourceId, ResourcePolicy> POLICIES = Map.of(
      KITCHEN, ResourcePolicy.builder().approvalRequired(true).build(),
      ROOM, ResourcePolicy.builder().displacementNotice(Duration.ZERO).bufferAfter(Duration.ofMinutes(15)).build(),
      DESKS, ResourcePolicy.builder().addQuotas(Quota.of(Quota.Measure.BOOKINGS, Quota.Period.WEEK, 3)).build(),
      PROJECTOR, ResourcePolicy.builder().cancellationDeadline(Duration.ofHours(30)).build());
  private static final List<ResourceId> RESOURCES = List.of(ROOM, PROJECTOR, DESKS, KITCHEN);
  private static final BookingCalendarReplayTest OPERATIONS = new BookingCalendarReplayTest();

  private static ManualClock clock() {
    return ManualClock.of(Instant.parse("2026-03-01T11:00:00Z"));
  }

  private static BookingCalendar calendar(ManualClock clock, CalendarJournal journal) {
    return BookingCalendar.builder(VENUE).policies(POLICIES).clock(clock).offerHold(Duration.ofMinutes(30))
        .journal(journal).build();
  }

  /** Everything a caller can see of a calendar, but its events, for comparison. */
  private static List<Object> state(BookingCalendar calendar) {
    Interval march = Interval.of(Instant.parse("2026-03-01T00:00:00Z"), Duration.ofDays(31));
    List<Object> state = new ArrayList<>();
    state.add(calendar.bookings());
    state.add(calendar.allSeries());
    state.add(calendar.snapshot());
    for (ResourceId resource : RESOURCES) {
      state.add(calendar.holding(resource, march));
      state.add(calendar.peakOccupancy(resource, march));
      for (int day = 2; day <= 5; day++) {
        state.add(calendar.isFree(resource, at(day, "09:00", "10:00"), 1));
      }
    }
    state.add(calendar.freeSlots(AvailabilityQuery.builder().range(Interval.of(
        Instant.parse("2026-03-02T07:00:00Z"), Duration.ofDays(3))).duration(Duration.ofHours(1)).build()));
    return state;
  }

  @Provide
  Arbitrary<List<Operation>> workloads() {
    return OPERATIONS.operations().list().ofMinSize(0).ofMaxSize(25);
  }

  @Provide
  Arbitrary<Operation> operations() {
    return OPERATIONS.operations();
  }

  /**
   * A snapshot taken at a random point, restored and followed by the events after it, gives the calendar that lived
   * through everything: the same answer to every query, the same decision (identifiers, quotas, waitlist, offers,
   * series exceptions) on the next operation, and no double booking.
   */
  @Property(tries = 150)
  void aCalendarRestoredFromASnapshotAndTheLaterEventsIsTheLiveOne(@ForAll("workloads") List<Operation> before,
      @ForAll("workloads") List<Operation> after, @ForAll("operations") Operation next) {
    ManualClock clock = clock();
    BookingCalendar live = calendar(clock, new InMemoryCalendarJournal());
    before.forEach(operation -> operation.apply(live, clock));
    CalendarSnapshot snapshot = live.saveSnapshot();
    after.forEach(operation -> operation.apply(live, clock));
    List<BookingEvent> later = live.eventsFrom(snapshot.sequence() + 1);

    ManualClock restoredClock = ManualClock.of(clock.instant());
    BookingCalendar restored = calendar(restoredClock, InMemoryCalendarJournal.of(snapshot, later));

    assertThat(state(restored)).isEqualTo(state(live));
    next.apply(live, clock);
    next.apply(restored, restoredClock);
    assertThat(state(restored)).isEqualTo(state(live));
    assertThat(restored.eventsFrom(snapshot.sequence() + 1)).isEqualTo(live.eventsFrom(snapshot.sequence() + 1));
    for (Resource resource : VENUE.resources()) {
      List<Booking> holding = Invariants.holding(restored, resource.id());
      if (resource.sharing() == SharingMode.EXCLUSIVE) {
        assertThat(Invariants.noTwoOverlap(holding)).as("%s", resource.id()).isTrue();
      } else {
        assertThat(Invariants.peak(holding)).as("%s", resource.id()).isLessThanOrEqualTo(resource.bookableUnits());
      }
    }
  }

  /** A calendar restored from the snapshot of a journal that holds every event equals one that replays them all. */
  @Property(tries = 100)
  void restoringASnapshotEqualsReplayingEveryEvent(@ForAll("workloads") List<Operation> before,
      @ForAll("workloads") List<Operation> after) {
    ManualClock clock = clock();
    InMemoryCalendarJournal journal = new InMemoryCalendarJournal();
    BookingCalendar live = calendar(clock, journal);
    before.forEach(operation -> operation.apply(live, clock));
    live.saveSnapshot();
    after.forEach(operation -> operation.apply(live, clock));

    BookingCalendar restored = calendar(ManualClock.of(clock.instant()), journal);
    BookingCalendar replayed = calendar(ManualClock.of(clock.instant()), InMemoryCalendarJournal.of(live.events()));

    assertThat(state(restored)).isEqualTo(state(replayed));
    assertThat(restored.events()).isEqualTo(replayed.events());
  }

  private static BookingCalendar sample(ManualClock clock) {
    BookingCalendar calendar = calendar(clock, new InMemoryCalendarJournal());
    calendar.request(request(CAMILLE, ROOM, at(3, "10:00", "12:00")));
    calendar.request(request(YANN, KITCHEN, at(3, "10:00", "12:00")));
    calendar.requestSeries(SeriesRequest.builder().requester(YANN).addResources(PROJECTOR)
        .recurrence(coop.ess.booking.time.Recurrence.of(java.time.LocalDateTime.parse("2026-03-04T17:00"),
            Fixtures.PARIS, "FREQ=WEEKLY;COUNT=3"))
        .duration(Duration.ofHours(2)).build(), SeriesMode.SKIP_CONFLICTS);
    calendar.cancel(BookingId.of("b1"));
    return calendar;
  }

  @Test
  void aSnapshotHoldsEveryBookingEverySeriesAndTheCounters() {
    BookingCalendar calendar = sample(clock());

    CalendarSnapshot snapshot = calendar.snapshot();

    assertThat(snapshot.sequence()).isEqualTo(calendar.events().size()).isEqualTo(6);
    assertThat(snapshot.bookings()).isEqualTo(calendar.bookings()).hasSize(5);
    assertThat(snapshot.booking(BookingId.of("b1")).orElseThrow().state()).isEqualTo(BookingState.CANCELLED);
    assertThat(snapshot.series()).isEqualTo(calendar.allSeries()).hasSize(1);
    assertThat(snapshot.lastBookingId()).isEqualTo(5);
    assertThat(snapshot.lastSeriesId()).isEqualTo(1);
    assertThat(snapshot).hasToString("CalendarSnapshot[after event 6: 5 bookings, 1 series, last b5, last s1]");
  }

  @Test
  void saveSnapshotHandsTheSnapshotToTheJournal() {
    ManualClock clock = clock();
    InMemoryCalendarJournal journal = new InMemoryCalendarJournal();
    BookingCalendar calendar = calendar(clock, journal);
    calendar.request(request(CAMILLE, ROOM, at(3, "10:00", "12:00")));

    CalendarSnapshot saved = calendar.saveSnapshot();

    assertThat(journal.snapshot()).contains(saved);
    assertThat(journal.start()).isEqualTo(1);
    assertThat(calendar.events()).hasSize(1);
  }

  @Test
  void aRestoredCalendarContinuesTheIdentifiersAndTheSequence() {
    BookingCalendar live = sample(clock());
    CalendarSnapshot snapshot = live.snapshot();

    BookingCalendar restored = calendar(clock(), InMemoryCalendarJournal.of(snapshot, List.of()));
    BookingDecision decision = restored.request(request(CAMILLE, ROOM, at(5, "10:00", "11:00")));

    assertThat(decision.booking().id()).isEqualTo(BookingId.of("b6"));
    assertThat(restored.journal().size()).isEqualTo(7);
    assertThat(restored.eventsFrom(7)).singleElement().extracting(BookingEvent::sequence).isEqualTo(7L);
    assertThat(restored.journal().events()).hasSize(1);
  }

  @Test
  void theEventsBeforeTheSnapshotAreRefusedNamingIt() {
    CalendarSnapshot snapshot = sample(clock()).snapshot();
    BookingCalendar restored = calendar(clock(), InMemoryCalendarJournal.of(snapshot, List.of()));

    assertThatThrownBy(restored::events).isInstanceOf(EssStateException.class)
        .hasMessageContaining("snapshot of event 6");
    assertThatThrownBy(() -> restored.eventsFrom(3)).isInstanceOf(EssStateException.class)
        .hasMessageContaining("Event 3 is included in the calendar's snapshot of event 6");
    assertThat(restored.eventsFrom(7)).isEmpty();
    assertThatThrownBy(() -> restored.journal().get(6)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aCancellationOfABookingFromBeforeTheSnapshotIsDecidedAsBefore() {
    ManualClock clock = clock();
    BookingCalendar live = sample(clock);
    BookingCalendar restored = calendar(clock, InMemoryCalendarJournal.of(live.snapshot(), List.of()));

    clock.advance(Duration.ofDays(2));
    BookingDecision late = restored.cancel(BookingId.of("b3"));
    BookingDecision inTime = restored.cancel(BookingId.of("b4"));

    assertThat(late.violations()).extracting(Violation::code).containsExactly("rule.cancellationDeadline");
    assertThat(inTime.state()).isEqualTo(BookingState.CANCELLED);
    assertThat(restored.cancelFollowing(BookingId.of("b5")).get(0).state()).isEqualTo(BookingState.CANCELLED);
    assertThat(restored.series(SeriesId.of("s1")).orElseThrow().request().recurrence().exdates()).isEmpty();
  }

  @Test
  void aJournalWithoutSnapshotsRefusesToSaveOne() {
    CalendarJournal plain = new CalendarJournal() {
      private final InMemoryCalendarJournal events = new InMemoryCalendarJournal();

      @Override
      public void append(BookingEvent event) {
        events.append(event);
      }

      @Override
      public long size() {
        return events.size();
      }

      @Override
      public BookingEvent get(long sequence) {
        return events.get(sequence);
      }
    };
    BookingCalendar calendar = calendar(clock(), plain);
    calendar.request(request(CAMILLE, ROOM, at(3, "10:00", "12:00")));

    assertThat(plain.start()).isEqualTo(1);
    assertThat(plain.snapshot()).isEmpty();
    assertThat(plain.events()).hasSize(1);
    assertThatThrownBy(calendar::saveSnapshot).isInstanceOf(EssStateException.class)
        .hasMessageContaining("keeps no snapshots");
  }

  @Test
  void anInMemoryJournalRefusesASnapshotBeyondItsLastEvent() {
    BookingCalendar calendar = sample(clock());
    CalendarSnapshot ahead = CalendarSnapshot.builder().from(calendar.snapshot()).sequence(9).build();

    assertThatThrownBy(() -> calendar.journal().saveSnapshot(ahead)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after event 9");
  }

  /** A journal that holds no event, only a place in the sequence and perhaps a snapshot. */
  private static CalendarJournal emptyJournal(long start, long size, Optional<CalendarSnapshot> snapshot) {
    return new CalendarJournal() {
      @Override
      public void append(BookingEvent event) {
        throw new UnsupportedOperationException("read only");
      }

      @Override
      public long size() {
        return size;
      }

      @Override
      public long start() {
        return start;
      }

      @Override
      public BookingEvent get(long sequence) {
        throw new IndexOutOfBoundsException("No event " + sequence);
      }

      @Override
      public Optional<CalendarSnapshot> snapshot() {
        return snapshot;
      }
    };
  }

  @Test
  void aSnapshotBeyondTheJournalsLastEventIsRefusedOnRestore() {
    CalendarSnapshot snapshot = sample(clock()).snapshot();

    assertThatThrownBy(() -> calendar(clock(), emptyJournal(5, 4, Optional.of(snapshot))))
        .isInstanceOf(EssStateException.class).hasMessageContaining("snapshot of event 6: the journal ends at event 4");
  }

  @Test
  void aSnapshotThatDoesNotReachTheFirstEventHeldIsRefusedOnRestore() {
    CalendarSnapshot snapshot = CalendarSnapshot.builder().from(sample(clock()).snapshot()).sequence(2).build();

    assertThatThrownBy(() -> calendar(clock(), emptyJournal(5, 4, Optional.of(snapshot))))
        .isInstanceOf(EssStateException.class).hasMessageContaining("events 3 to 4 are lost");
  }

  @Test
  void aJournalThatStartsLaterWithoutASnapshotIsRefused() {
    assertThatThrownBy(() -> calendar(clock(), emptyJournal(3, 2, Optional.empty())))
        .isInstanceOf(EssStateException.class).hasMessageContaining("holds events from 3 on and no snapshot");
  }

  @Test
  void bookingsThatHoldAnExclusiveResourceTogetherAreRefusedOnRestore() {
    BookingCalendar calendar = sample(clock());
    Booking first = calendar.booking(BookingId.of("b2")).orElseThrow();
    Booking twin = Booking.builder().from(first).id(BookingId.of("b6")).build();
    CalendarSnapshot doubled = CalendarSnapshot.builder().from(calendar.snapshot()).addBookings(twin)
        .lastBookingId(6).build();

    assertThatThrownBy(() -> calendar(clock(), InMemoryCalendarJournal.of(doubled, List.of())))
        .isInstanceOf(EssStateException.class)
        .hasMessageContaining("snapshot of event 6: booking b6 with booking b2 holds more of kitchen");
  }

  @Test
  void aBookingOfAResourceTheVenueLacksIsRefusedOnRestore() {
    BookingCalendar calendar = sample(clock());
    Booking stranger = Booking.builder().from(calendar.booking(BookingId.of("b1")).orElseThrow())
        .id(BookingId.of("b6")).request(request(CAMILLE, ResourceId.of("garden"), at(3, "10:00", "11:00"))).build();
    CalendarSnapshot snapshot = CalendarSnapshot.builder().from(calendar.snapshot()).addBookings(stranger)
        .lastBookingId(6).build();

    assertThatThrownBy(() -> calendar(clock(), InMemoryCalendarJournal.of(snapshot, List.of())))
        .isInstanceOf(EssNotFoundException.class).hasMessageContaining("garden");
  }

  private static List<String> fields(Runnable build) {
    try {
      build.run();
    } catch (EssValidationException e) {
      return e.violations().stream().map(v -> v.code() + "@" + v.field()).toList();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aDuplicateBookingAndAnIdentifierAboveTheCounterNameTheirFields() {
    CalendarSnapshot snapshot = sample(clock()).snapshot();
    Booking first = snapshot.bookings().get(0);

    assertThat(fields(() -> CalendarSnapshot.builder().from(snapshot).addBookings(first).build()))
        .containsExactly("snapshot.duplicateBooking@bookings[5].id");
    assertThat(fields(() -> CalendarSnapshot.builder().from(snapshot).lastBookingId(4).lastSeriesId(0).build()))
        .containsExactly("snapshot.bookingAboveCounter@bookings[4].id", "snapshot.seriesAboveCounter@series[0].id");
  }

  @Test
  void seriesAndBookingsMustNameOneAnother() {
    CalendarSnapshot snapshot = sample(clock()).snapshot();
    List<Booking> withoutB5 = snapshot.bookings().subList(0, 4);

    assertThat(fields(() -> CalendarSnapshot.builder().from(snapshot).bookings(withoutB5).build()))
        .containsExactly("snapshot.seriesUnknownBooking@series[0].bookings[2]");
    assertThat(fields(() -> CalendarSnapshot.builder().from(snapshot).series(List.of()).build()))
        .containsExactly("snapshot.bookingUnknownSeries@bookings[2].series",
            "snapshot.bookingUnknownSeries@bookings[3].series", "snapshot.bookingUnknownSeries@bookings[4].series");
    BookingSeries claimsB1 = BookingSeries.builder().from(snapshot.series().get(0))
        .addBookings(BookingId.of("b1")).build();
    assertThat(fields(() -> CalendarSnapshot.builder().from(snapshot).series(List.of(claimsB1)).build()))
        .containsExactly("snapshot.seriesOtherBooking@series[0].bookings[3]");
  }

  @Test
  void negativeNumbersAreRefused() {
    assertThat(fields(() -> CalendarSnapshot.builder().sequence(-1).lastBookingId(-1).lastSeriesId(-2).build()))
        .containsExactly("snapshot.sequenceNegative@sequence", "snapshot.counterNegative@lastBookingId",
            "snapshot.counterNegative@lastSeriesId");
  }
}
