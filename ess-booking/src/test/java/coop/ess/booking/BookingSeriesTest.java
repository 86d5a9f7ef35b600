package coop.ess.booking;

import static coop.ess.booking.Fixtures.CAMILLE;
import static coop.ess.booking.Fixtures.CLOCK;
import static coop.ess.booking.Fixtures.DESKS;
import static coop.ess.booking.Fixtures.PARIS;
import static coop.ess.booking.Fixtures.ROOM;
import static coop.ess.booking.Fixtures.VENUE;
import static coop.ess.booking.Fixtures.YANN;
import static coop.ess.booking.Fixtures.at;
import static coop.ess.booking.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.booking.rules.Quota;
import coop.ess.booking.rules.ResourcePolicy;
import coop.ess.booking.time.Interval;
import coop.ess.booking.time.Recurrence;
import coop.ess.core.EssStateException;
import coop.ess.core.EssValidationException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BookingSeriesTest {

  /** Tuesdays and Thursdays at 17:00 for two weeks from 3 March 2026: 3, 5, 10, 12 March. */
  private static SeriesRequest groceries(String rule) {
    return SeriesRequest.builder().requester(YANN).addResources(ROOM)
        .recurrence(Recurrence.of(LocalDateTime.parse("2026-03-03T17:00"), PARIS, rule))
        .duration(Duration.ofHours(2)).purpose("Distribution alimentaire").build();
  }

  private static final String TWO_WEEKS = "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4";

  @Test
  void everyOccurrenceIsBookedAndReported() {
    BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);
    SeriesDecision decision = calendar.requestSeries(groceries(TWO_WEEKS), SeriesMode.REFUSE_WHOLE_SERIES);
    assertThat(decision.recorded()).isTrue();
    assertThat(decision.occurrences()).extracting(o -> o.recurrenceId().toString())
        .containsExactly("2026-03-03T17:00", "2026-03-05T17:00", "2026-03-10T17:00", "2026-03-12T17:00");
    assertThat(decision.occurrences()).allSatisfy(o -> assertThat(o.booking()).isPresent());
    assertThat(calendar.holding(ROOM, at(10, "17:00", "19:00"))).singleElement()
        .satisfies(b -> assertThat(b.series()).isEqualTo(decision.series()));
    assertThat(calendar.events()).hasSize(4).allSatisfy(e -> assertThat(e.cause()).isEqualTo("series s1"));
  }

  @Test
  void oneConflictRefusesTheWholeSeriesAndRecordsNothing() {
    BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);
    calendar.request(request(CAMILLE, ROOM, at(10, "18:00", "19:30")));
    List<Booking> before = calendar.bookings();
    int events = calendar.events().size();
    SeriesDecision decision = calendar.requestSeries(groceries(TWO_WEEKS), SeriesMode.REFUSE_WHOLE_SERIES);
    assertThat(decision.recorded()).isFalse();
    assertThat(decision.refused()).singleElement().satisfies(o -> {
      assertThat(o.recurrenceId()).isEqualTo(LocalDateTime.parse("2026-03-10T17:00"));
      assertThat(o.violations()).extracting(v -> v.code()).containsExactly("booking.overlap");
    });
    assertThat(decision.occurrences()).filteredOn(OccurrenceReport::accepted).hasSize(3)
        .allSatisfy(o -> assertThat(o.booking()).isEmpty());
    assertThat(calendar.bookings()).isEqualTo(before);
    assertThat(calendar.events()).hasSize(events);
    assertThat(calendar.allSeries()).isEmpty();
    assertThat(calendar.request(request(CAMILLE, ROOM, at(12, "09:00", "10:00"))).booking().id().value())
        .isEqualTo("b2");
  }

  @Test
  void skippingConflictsBooksTheOtherDates() {
    BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);
    calendar.request(request(CAMILLE, ROOM, at(10, "18:00", "19:30")));
    SeriesDecision decision = calendar.requestSeries(groceries(TWO_WEEKS), SeriesMode.SKIP_CONFLICTS);
    assertThat(decision.recorded()).isTrue();
    assertThat(decision.occurrences()).extracting(OccurrenceReport::accepted).containsExactly(true, true, false, true);
    assertThat(calendar.series(decision.series().orElseThrow()).orElseThrow().bookings()).hasSize(3);
  }

  @Test
  void laterOccurrencesCountTheEarlierOnesOfTheSameSeries() {
    ResourcePolicy quota = ResourcePolicy.builder().addQuotas(Quota.of(Quota.Measure.HOURS, Quota.Period.WEEK, 2))
        .build();
    BookingCalendar calendar = new BookingCalendar(VENUE, Map.of(ROOM, quota), CLOCK);
    SeriesDecision decision = calendar.requestSeries(groceries(TWO_WEEKS), SeriesMode.SKIP_CONFLICTS);
    assertThat(decision.occurrences()).extracting(OccurrenceReport::accepted).containsExactly(true, false, true, false);
    assertThat(decision.refused().get(0).violations()).extracting(v -> v.code()).containsExactly("rule.quota");
  }

  @Test
  void anHourlySeriesLongerThanItsStepCannotOverlapItself() {
    BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);
    SeriesRequest overlapping = SeriesRequest.builder().from(groceries("FREQ=HOURLY;COUNT=3"))
        .duration(Duration.ofMinutes(90)).build();
    SeriesDecision decision = calendar.requestSeries(overlapping, SeriesMode.SKIP_CONFLICTS);
    assertThat(decision.occurrences()).extracting(OccurrenceReport::accepted).containsExactly(true, false, true);
  }

  @Test
  void sharedDesksAcceptASeriesWhilePeakOccupancyFits() {
    BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);
    calendar.request(BookingRequest.builder().requester(CAMILLE).addResources(DESKS).interval(at(5, "17:00", "18:00"))
        .units(2).build());
    SeriesRequest desks = SeriesRequest.builder().from(groceries(TWO_WEEKS)).resources(List.of(DESKS)).units(2)
        .build();
    assertThat(calendar.requestSeries(desks, SeriesMode.SKIP_CONFLICTS).refused()).singleElement()
        .satisfies(o -> assertThat(o.violations().get(0).code()).isEqualTo("booking.full"));
  }

  @Test
  void movingOneOccurrenceKeepsItsRecurrenceIdAndFreesTheOldTime() {
    BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);
    SeriesDecision decision = calendar.requestSeries(groceries(TWO_WEEKS), SeriesMode.REFUSE_WHOLE_SERIES);
    BookingId second = decision.occurrences().get(1).booking().orElseThrow();
    BookingDecision moved = calendar.move(second, at(6, "17:00", "19:00"));
    assertThat(moved.accepted()).isTrue();
    assertThat(moved.booking().recurrenceId()).contains(LocalDateTime.parse("2026-03-05T17:00"));
    assertThat(calendar.holding(ROOM, at(5, "17:00", "19:00"))).isEmpty();
    assertThat(calendar.events().get(calendar.events().size() - 1).cause()).isEqualTo("moved");
  }

  @Test
  void aMoveOntoAnotherBookingIsRefusedAndChangesNothing() {
    BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);
    BookingId other = calendar.request(request(CAMILLE, ROOM, at(6, "17:00", "18:00"))).booking().id();
    SeriesDecision decision = calendar.requestSeries(groceries(TWO_WEEKS), SeriesMode.REFUSE_WHOLE_SERIES);
    BookingId second = decision.occurrences().get(1).booking().orElseThrow();
    BookingDecision moved = calendar.move(second, at(6, "17:00", "19:00"));
    assertThat(moved.codes()).containsExactly("booking.overlap");
    assertThat(calendar.booking(second).orElseThrow().interval()).isEqualTo(at(5, "17:00", "19:00"));
    assertThat(calendar.holding(ROOM, at(5, "17:00", "19:00"))).extracting(Booking::id).containsExactly(second);
    assertThat(other.value()).isEqualTo("b1");
  }

  @Test
  void cancellingThisAndFollowingCutsTheSeries() {
    BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);
    SeriesDecision decision = calendar.requestSeries(groceries(TWO_WEEKS), SeriesMode.REFUSE_WHOLE_SERIES);
    BookingId third = decision.occurrences().get(2).booking().orElseThrow();
    List<BookingDecision> cancelled = calendar.cancelFollowing(third);
    assertThat(cancelled).hasSize(2).allSatisfy(d -> assertThat(d.state()).isEqualTo(BookingState.CANCELLED));
    BookingSeries cut = calendar.series(decision.series().orElseThrow()).orElseThrow();
    assertThat(cut.request().recurrence().occurrences()).extracting(z -> z.toLocalDateTime().toString())
        .containsExactly("2026-03-03T17:00", "2026-03-05T17:00");
    assertThat(calendar.holding(ROOM, Interval.ofLocal(LocalDateTime.parse("2026-03-09T00:00"),
        LocalDateTime.parse("2026-03-14T00:00"), PARIS))).isEmpty();
  }

  @Test
  void cancellingThisAndFollowingPastADeadlineCancelsNothing() {
    ResourcePolicy deadline = ResourcePolicy.builder().cancellationDeadline(Duration.ofDays(3)).build();
    BookingCalendar calendar = new BookingCalendar(VENUE, Map.of(ROOM, deadline), CLOCK);
    SeriesDecision decision = calendar.requestSeries(groceries(TWO_WEEKS), SeriesMode.REFUSE_WHOLE_SERIES);
    List<BookingDecision> refused = calendar.cancelFollowing(decision.occurrences().get(0).booking().orElseThrow());
    assertThat(refused).singleElement().satisfies(d -> assertThat(d.codes())
        .containsExactly("rule.cancellationDeadline"));
    assertThat(calendar.bookings()).allSatisfy(b -> assertThat(b.state()).isEqualTo(BookingState.CONFIRMED));
  }

  @Test
  void movingThisAndFollowingSplitsTheSeries() {
    BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);
    SeriesDecision decision = calendar.requestSeries(groceries(TWO_WEEKS), SeriesMode.REFUSE_WHOLE_SERIES);
    BookingId third = decision.occurrences().get(2).booking().orElseThrow();
    SeriesDecision split = calendar.moveFollowing(third, Duration.ofHours(-1));
    assertThat(split.recorded()).isTrue();
    BookingSeries later = calendar.series(split.series().orElseThrow()).orElseThrow();
    assertThat(later.splitFrom()).isEqualTo(decision.series());
    assertThat(later.request().recurrence().rule()).contains("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=2");
    assertThat(later.request().recurrence().start()).isEqualTo(LocalDateTime.parse("2026-03-10T16:00"));
    assertThat(later.bookings()).containsExactly(third, decision.occurrences().get(3).booking().orElseThrow());
    assertThat(calendar.booking(third).orElseThrow().interval()).isEqualTo(at(10, "16:00", "18:00"));
    BookingSeries earlier = calendar.series(decision.series().orElseThrow()).orElseThrow();
    assertThat(earlier.bookings()).hasSize(2);
    assertThat(earlier.request().recurrence().occurrences()).hasSize(2);
  }

  @Test
  void movingThisAndFollowingOntoABookingChangesNothing() {
    BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);
    SeriesDecision decision = calendar.requestSeries(groceries(TWO_WEEKS), SeriesMode.REFUSE_WHOLE_SERIES);
    calendar.request(request(CAMILLE, ROOM, at(12, "15:00", "16:30")));
    List<Booking> before = calendar.bookings();
    SeriesDecision split = calendar.moveFollowing(decision.occurrences().get(2).booking().orElseThrow(),
        Duration.ofHours(-1));
    assertThat(split.recorded()).isFalse();
    assertThat(split.refused()).singleElement()
        .satisfies(o -> assertThat(o.recurrenceId()).isEqualTo(LocalDateTime.parse("2026-03-12T16:00")));
    assertThat(calendar.bookings()).isEqualTo(before);
    assertThat(calendar.allSeries()).hasSize(1);
    assertThat(calendar.holding(ROOM, at(10, "17:00", "19:00"))).hasSize(1);
  }

  @Test
  void aSeriesOnTheSpringForwardNightStartsWhenTheGapEnds() {
    BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);
    SeriesRequest night = SeriesRequest.builder().requester(YANN).addResources(ROOM)
        .recurrence(Recurrence.of(LocalDateTime.parse("2026-03-28T02:30"), PARIS, "FREQ=DAILY;COUNT=3"))
        .duration(Duration.ofHours(1)).build();
    SeriesDecision decision = calendar.requestSeries(night, SeriesMode.REFUSE_WHOLE_SERIES);
    assertThat(decision.occurrences()).extracting(o -> o.interval().start().toString())
        .containsExactly("2026-03-28T01:30:00Z", "2026-03-29T01:00:00Z", "2026-03-30T00:30:00Z");
    assertThat(decision.occurrences()).allSatisfy(o -> assertThat(o.interval().duration()).hasHours(1));
  }

  @Test
  void badSeriesRequestsAreRefusedAtConstructionOrCall() {
    assertThatThrownBy(() -> groceries("FREQ=WEEKLY")).isInstanceOf(EssValidationException.class)
        .hasMessageContaining("COUNT nor UNTIL");
    assertThatThrownBy(() -> groceries("FREQ=MINUTELY;COUNT=5000")).isInstanceOf(EssValidationException.class)
        .hasMessageContaining("at most 1000");
    SeriesRequest newYork = SeriesRequest.builder().from(groceries(TWO_WEEKS)).recurrence(Recurrence.of(
        LocalDateTime.parse("2026-03-03T17:00"), ZoneId.of("America/New_York"), TWO_WEEKS)).build();
    BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);
    assertThatThrownBy(() -> calendar.requestSeries(newYork, SeriesMode.SKIP_CONFLICTS))
        .isInstanceOf(EssValidationException.class).hasMessageContaining("America/New_York");
    BookingId single = calendar.request(request(CAMILLE, ROOM, at(3, "09:00", "10:00"))).booking().id();
    assertThatThrownBy(() -> calendar.cancelFollowing(single)).isInstanceOf(EssStateException.class);
  }

  @Test
  void threadsRequestingOverlappingSeriesNeverDoubleBook() throws Exception {
    BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);
    int threads = 4;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<List<SeriesDecision>>> done = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        start.await();
        List<SeriesDecision> mine = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
          String hour = String.format("2026-03-%02dT%02d:00", 2 + (thread + i) % 5, 9 + (thread * 3 + i) % 8);
          mine.add(calendar.requestSeries(SeriesRequest.builder().requester(YANN).addResources(ROOM)
              .recurrence(Recurrence.of(LocalDateTime.parse(hour), PARIS, "FREQ=DAILY;INTERVAL=2;COUNT=6"))
              .duration(Duration.ofMinutes(90)).build(), i % 2 == 0 ? SeriesMode.SKIP_CONFLICTS
              : SeriesMode.REFUSE_WHOLE_SERIES));
        }
        return mine;
      }));
    }
    start.countDown();
    int booked = 0;
    for (var future : done) {
      for (SeriesDecision decision : future.get()) {
        booked += (int) decision.occurrences().stream().filter(o -> o.booking().isPresent()).count();
      }
    }
    pool.shutdown();
    Interval all = Interval.ofLocal(LocalDateTime.parse("2026-03-01T00:00"), LocalDateTime.parse("2026-04-01T00:00"),
        PARIS);
    List<Booking> held = calendar.holding(ROOM, all);
    assertThat(Invariants.noTwoOverlap(held)).isTrue();
    assertThat(held).hasSize(booked);
    assertThat(calendar.events()).hasSize(booked);
  }
}
