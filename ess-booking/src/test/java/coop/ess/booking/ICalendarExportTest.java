package coop.ess.booking;

import static coop.ess.booking.Fixtures.CAMILLE;
import static coop.ess.booking.Fixtures.CLOCK;
import static coop.ess.booking.Fixtures.DESKS;
import static coop.ess.booking.Fixtures.ROOM;
import static coop.ess.booking.Fixtures.VENUE;
import static coop.ess.booking.Fixtures.YANN;
import static coop.ess.booking.Fixtures.at;
import static coop.ess.booking.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.booking.time.Interval;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The iCalendar export, checked by parsing it back with ical4j. */
class ICalendarExportTest {

  private final BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);

  private static List<VEvent> parse(String ics) throws Exception {
    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
    return parsed.getComponents().stream().filter(VEvent.class::isInstance).map(VEvent.class::cast).toList();
  }

  private static String value(VEvent event, String name) {
    return event.getProperties().stream().map(Property.class::cast).filter(p -> p.getName().equals(name))
        .findFirst().orElseThrow().getValue();
  }

  private static Interval interval(VEvent event) {
    Temporal start = event.getStartDate().orElseThrow().getDate();
    Temporal end = event.getEndDate().orElseThrow().getDate();
    return Interval.of(Instant.from(start), Instant.from(end));
  }

  @Test
  void aResourcesBookingsParseBackToTheSameIntervals() throws Exception {
    calendar.request(BookingRequest.builder().requester(CAMILLE).addResources(ROOM).interval(at(3, "14:00", "16:00"))
        .purpose("Réunion du bureau; ordre du jour, budget").build());
    calendar.request(request(YANN, ROOM, at(29, "01:30", "03:30")));   // across the spring-forward night
    calendar.request(request(YANN, ROOM, at(3, "15:00", "16:00")));    // declined: not exported
    calendar.request(request(YANN, DESKS, at(4, "09:00", "12:00")));   // another resource

    List<VEvent> events = parse(ICalendarExport.ofResource(calendar, ROOM));

    assertThat(events).extracting(ICalendarExportTest::interval)
        .containsExactly(at(3, "14:00", "16:00"), at(29, "01:30", "03:30"));
    assertThat(value(events.get(0), "SUMMARY")).isEqualTo("Réunion du bureau; ordre du jour, budget (Meeting room)");
    assertThat(value(events.get(0), "UID")).isEqualTo("b1@test-venue");
    assertThat(value(events.get(1), "STATUS")).isEqualTo("CONFIRMED");
  }

  @Test
  void aRequestersBookingsAcrossResources() throws Exception {
    calendar.request(request(YANN, ROOM, at(3, "10:00", "11:00")));
    calendar.request(request(YANN, DESKS, at(4, "09:00", "12:00")));
    calendar.request(request(CAMILLE, DESKS, at(4, "09:00", "12:00")));

    assertThat(parse(ICalendarExport.ofRequester(calendar, YANN))).extracting(ICalendarExportTest::interval)
        .containsExactly(at(3, "10:00", "11:00"), at(4, "09:00", "12:00"));
  }

  @Test
  void longLinesAreFoldedAt75Octets() {
    calendar.request(BookingRequest.builder().requester(CAMILLE).addResources(ROOM).interval(at(3, "14:00", "16:00"))
        .purpose("Assemblée générale de l'épicerie gratuite étudiante et de ses bénévoles, avec un repas partagé")
        .build());

    String ics = ICalendarExport.ofResource(calendar, ROOM);

    assertThat(ics.split("\r\n")).allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
    assertThat(ics).contains("\r\n ");
  }
}
