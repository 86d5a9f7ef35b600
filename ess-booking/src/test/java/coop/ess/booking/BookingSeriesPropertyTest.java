package coop.ess.booking;

import static coop.ess.booking.Fixtures.CLOCK;
import static coop.ess.booking.Fixtures.PARIS;
import static coop.ess.booking.Fixtures.ROOM;
import static coop.ess.booking.Fixtures.VENUE;
import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.booking.time.Interval;
import coop.ess.booking.time.Recurrence;
import coop.ess.core.MemberId;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BookingSeriesPropertyTest {

  /** A series in the fortnight from Monday 2 March 2026: a rule, a start hour, a length and how to treat refusals. */
  record Series(String rule, int day, int hour, int quarters, boolean skip) {
    SeriesRequest request(int who) {
      return SeriesRequest.builder().requester(MemberId.of("m" + who)).addResources(ROOM)
          .recurrence(Recurrence.of(LocalDateTime.of(2026, 3, 2 + day, hour, 0), PARIS, rule))
          .duration(Duration.ofMinutes(15L * quarters)).build();
    }

    SeriesMode mode() {
      return skip ? SeriesMode.SKIP_CONFLICTS : SeriesMode.REFUSE_WHOLE_SERIES;
    }
  }

  @Provide
  Arbitrary<Series> series() {
    return Combinators.combine(
        Arbitraries.of("FREQ=DAILY;COUNT=5", "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=4", "FREQ=DAILY;INTERVAL=2;COUNT=4",
            "FREQ=HOURLY;INTERVAL=2;COUNT=3", "FREQ=WEEKLY;COUNT=2"),
        Arbitraries.integers().between(0, 6), Arbitraries.integers().between(8, 18),
        Arbitraries.integers().between(1, 12), Arbitraries.of(true, false))
        .as(Series::new);
  }

  @Provide
  Arbitrary<List<Series>> workloads() {
    return series().list().ofMaxSize(8);
  }

  private static Set<String> holding(BookingCalendar calendar) {
    Interval all = Interval.of(LocalDateTime.of(2026, 3, 1, 0, 0).atZone(PARIS).toInstant(), Duration.ofDays(30));
    return calendar.holding(ROOM, all).stream().map(b -> b.id() + " " + b.interval()).collect(Collectors.toSet());
  }

  @Property(tries = 100)
  void noTwoConfirmedOccurrencesOverlapOnAnExclusiveResource(@ForAll("workloads") List<Series> workload) {
    BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);
    for (int i = 0; i < workload.size(); i++) {
      calendar.requestSeries(workload.get(i).request(i), workload.get(i).mode());
    }
    Interval all = Interval.of(LocalDateTime.of(2026, 3, 1, 0, 0).atZone(PARIS).toInstant(), Duration.ofDays(30));
    assertThat(Invariants.noTwoOverlap(calendar.holding(ROOM, all))).isTrue();
  }

  @Property(tries = 100)
  void aSeriesRefusedAsAWholeLeavesTheCalendarUnchanged(@ForAll("workloads") List<Series> workload,
      @ForAll("series") Series last) {
    BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);
    for (int i = 0; i < workload.size(); i++) {
      calendar.requestSeries(workload.get(i).request(i), workload.get(i).mode());
    }
    List<Booking> bookings = calendar.bookings();
    List<BookingEvent> events = calendar.events();
    List<BookingSeries> series = calendar.allSeries();
    SeriesDecision decision = calendar.requestSeries(last.request(99), SeriesMode.REFUSE_WHOLE_SERIES);
    if (!decision.refused().isEmpty()) {
      assertThat(decision.recorded()).isFalse();
      assertThat(calendar.bookings()).isEqualTo(bookings);
      assertThat(calendar.events()).isEqualTo(events);
      assertThat(calendar.allSeries()).isEqualTo(series);
    } else {
      assertThat(calendar.bookings()).hasSize(bookings.size() + decision.occurrences().size());
    }
  }

  @Property(tries = 100)
  void cancellingASeriesRestoresWhatIsHeld(@ForAll("workloads") List<Series> workload,
      @ForAll("series") Series last) {
    BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);
    for (int i = 0; i < workload.size(); i++) {
      calendar.requestSeries(workload.get(i).request(i), workload.get(i).mode());
    }
    Set<String> before = holding(calendar);
    SeriesDecision decision = calendar.requestSeries(last.request(99), SeriesMode.SKIP_CONFLICTS);
    if (decision.recorded()) {
      BookingId first = decision.occurrences().stream().flatMap(o -> o.booking().stream()).findFirst().orElseThrow();
      calendar.cancelFollowing(first);
    }
    assertThat(holding(calendar)).isEqualTo(before);
  }
}
