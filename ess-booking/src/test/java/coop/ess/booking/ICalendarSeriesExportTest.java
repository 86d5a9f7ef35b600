package coop.ess.booking;

import static coop.ess.booking.Fixtures.CAMILLE;
import static coop.ess.booking.Fixtures.CLOCK;
import static coop.ess.booking.Fixtures.PARIS;
import static coop.ess.booking.Fixtures.ROOM;
import static coop.ess.booking.Fixtures.VENUE;
import static coop.ess.booking.Fixtures.YANN;
import static coop.ess.booking.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.booking.time.Interval;
import coop.ess.booking.time.Recurrence;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

/**
 * The iCalendar export of series, parsed back with ical4j: the occurrences ical4j computes from RRULE, RDATE,
 * EXDATE and the RECURRENCE-ID overrides must be exactly the intervals the calendar holds.
 */
class ICalendarSeriesExportTest {

  private final BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);

  private static SeriesRequest series(String start, String rule, Duration duration) {
    return SeriesRequest.builder().requester(YANN).addResources(ROOM)
        .recurrence(Recurrence.of(LocalDateTime.parse(start), PARIS, rule)).duration(duration)
        .purpose("Distribution alimentaire").build();
  }

  private static Instant instant(Temporal temporal) {
    return Instant.from(temporal);
  }

  private static Set<Interval> occurrences(String ics) throws Exception {
    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
    List<VEvent> events = parsed.getComponents().stream().filter(VEvent.class::isInstance).map(VEvent.class::cast)
        .toList();
    Map<String, Set<Instant>> overridden = new HashMap<>();
    List<Interval> found = new ArrayList<>();
    for (VEvent event : events) {
      String uid = event.getProperty(Property.UID).orElseThrow().getValue();
      var recurrenceId = event.getProperty(Property.RECURRENCE_ID);
      if (recurrenceId.isPresent()) {
        overridden.computeIfAbsent(uid, k -> new HashSet<>())
            .add(instant(((DateProperty<?>) recurrenceId.get()).getDate()));
      }
    }
    Period<ZonedDateTime> window = new Period<>(ZonedDateTime.parse("2025-01-01T00:00Z"),
        ZonedDateTime.parse("2028-01-01T00:00Z"));
    for (VEvent event : events) {
      String uid = event.getProperty(Property.UID).orElseThrow().getValue();
      boolean master = event.getProperty(Property.RECURRENCE_ID).isEmpty()
          && (event.getProperty(Property.RRULE).isPresent() || event.getProperty(Property.RDATE).isPresent());
      if (master) {
        Set<Period<Temporal>> set = event.calculateRecurrenceSet(window);
        for (Period<Temporal> period : set) {
          Instant start = instant(period.getStart());
          if (!overridden.getOrDefault(uid, Set.of()).contains(start)) {
            found.add(Interval.of(start, instant(period.getEnd())));
          }
        }
      } else {
        found.add(Interval.of(instant(event.getStartDate().orElseThrow().getDate()),
            instant(event.getEndDate().orElseThrow().getDate())));
      }
    }
    assertThat(found).doesNotHaveDuplicates();
    return new HashSet<>(found);
  }

  private Set<Interval> held() {
    Interval all = Interval.of(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"));
    Set<Interval> held = new HashSet<>();
    calendar.holding(ROOM, all).forEach(b -> held.add(b.interval()));
    return held;
  }

  @Test
  void aWeeklySeriesAcrossTheSpringChangeWithExceptionsParsesBackToTheSameOccurrences() throws Exception {
    Interval conflict = Interval.ofLocal(LocalDateTime.parse("2026-03-26T18:00"),
        LocalDateTime.parse("2026-03-26T20:00"), PARIS);
    calendar.request(request(CAMILLE, ROOM, conflict));                                   // skips 26 March
    SeriesRequest groceries = SeriesRequest.builder()
        .from(series("2026-03-17T17:00", "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10", Duration.ofHours(2)))
        .recurrence(Recurrence.builder().start(LocalDateTime.parse("2026-03-17T17:00")).zone(PARIS)
            .rule("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10").addExdates(LocalDateTime.parse("2026-03-19T17:00"))
            .addRdates(LocalDateTime.parse("2026-04-18T10:00")).build())
        .build();
    SeriesDecision decision = calendar.requestSeries(groceries, SeriesMode.SKIP_CONFLICTS);
    assertThat(decision.refused()).hasSize(1);
    List<BookingId> ids = decision.occurrences().stream().flatMap(o -> o.booking().stream()).toList();
    calendar.cancel(ids.get(2));                                                            // -> EXDATE
    calendar.move(ids.get(4), Interval.ofLocal(LocalDateTime.parse("2026-04-03T09:00"),
        LocalDateTime.parse("2026-04-03T11:00"), PARIS));                                  // -> RECURRENCE-ID

    String ics = ICalendarExport.ofResource(calendar, ROOM);

    assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:Europe/Paris", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10", "DTSTART;TZID=Europe/Paris:20260317T170000",
        "RDATE;TZID=Europe/Paris:20260418T100000", "RECURRENCE-ID;TZID=Europe/Paris:20260407T170000",
        "EXDATE;TZID=Europe/Paris:20260319T170000,20260326T170000,20260331T170000");
    assertThat(occurrences(ics)).isEqualTo(held()).hasSize(1 + 9 - 1);
  }

  @Test
  void anOccurrenceInTheSpringGapIsWrittenAtTheInstantTheCalendarHolds() throws Exception {
    calendar.requestSeries(series("2026-03-28T02:30", "FREQ=DAILY;COUNT=3", Duration.ofHours(1)),
        SeriesMode.REFUSE_WHOLE_SERIES);

    String ics = ICalendarExport.ofResource(calendar, ROOM);

    assertThat(ics).contains("RECURRENCE-ID;TZID=Europe/Paris:20260329T023000", "DTSTART:20260329T010000Z");
    assertThat(occurrences(ics)).isEqualTo(held()).hasSize(3);
  }

  @Test
  void aSplitSeriesAndACutSeriesParseBackToTheSameOccurrences() throws Exception {
    SeriesDecision first = calendar.requestSeries(series("2026-10-06T18:00", "FREQ=WEEKLY;UNTIL=20261201T000000Z",
        Duration.ofMinutes(90)), SeriesMode.REFUSE_WHOLE_SERIES);
    List<BookingId> ids = first.occurrences().stream().flatMap(o -> o.booking().stream()).toList();
    assertThat(ids).hasSize(8);
    assertThat(calendar.moveFollowing(ids.get(3), Duration.ofMinutes(30)).recorded()).isTrue();  // across autumn
    SeriesDecision second = calendar.requestSeries(series("2026-10-07T09:00", "FREQ=DAILY;COUNT=20",
        Duration.ofHours(1)), SeriesMode.REFUSE_WHOLE_SERIES);
    calendar.cancelFollowing(second.occurrences().get(12).booking().orElseThrow());

    String ics = ICalendarExport.ofResource(calendar, ROOM);

    assertThat(ics).contains("UID:s1@test-venue", "UID:s2@test-venue", "UID:s3@test-venue",
        "DTSTART;TZID=Europe/Paris:20261027T183000");
    assertThat(occurrences(ics)).isEqualTo(held()).hasSize(8 + 12);
  }

  /** A venue in New York: the VTIMEZONE carries the US rules (second Sunday of March, first Sunday of November). */
  @Test
  void aNewYorkSeriesAcrossBothChangesParsesBackToTheSameOccurrences() throws Exception {
    java.time.ZoneId newYork = java.time.ZoneId.of("America/New_York");
    coop.ess.core.venue.Venue venue = coop.ess.core.venue.Venue.builder().from(VENUE).zone(newYork).build();
    BookingCalendar nyCalendar = BookingCalendar.of(venue, CLOCK);
    SeriesDecision decision = nyCalendar.requestSeries(SeriesRequest.builder().requester(YANN).addResources(ROOM)
        .recurrence(Recurrence.of(LocalDateTime.parse("2026-03-02T09:00"), newYork, "FREQ=MONTHLY;BYDAY=1MO;COUNT=10"))
        .duration(Duration.ofHours(1)).build(), SeriesMode.REFUSE_WHOLE_SERIES);
    assertThat(decision.recorded()).isTrue();

    String ics = ICalendarExport.ofResource(nyCalendar, ROOM);

    assertThat(ics).contains("TZID:America/New_York", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETTO:-0400", "TZOFFSETTO:-0500");
    Interval all = Interval.of(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"));
    Set<Interval> held = new HashSet<>();
    nyCalendar.holding(ROOM, all).forEach(b -> held.add(b.interval()));
    assertThat(occurrences(ics)).isEqualTo(held).hasSize(10);
  }
}
