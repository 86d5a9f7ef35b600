package coop.ess.examples.cli;

import coop.ess.booking.BookingCalendar;
import coop.ess.booking.BookingDecision;
import coop.ess.booking.BookingRequest;
import coop.ess.booking.ICalendarExport;
import coop.ess.booking.OccurrenceReport;
import coop.ess.booking.SeriesDecision;
import coop.ess.booking.SeriesMode;
import coop.ess.booking.SeriesRequest;
import coop.ess.booking.rules.ResourcePolicy;
import coop.ess.booking.time.Interval;
import coop.ess.booking.time.OpeningHours;
import coop.ess.booking.time.Recurrence;
import coop.ess.booking.time.WeeklyHours;
import coop.ess.core.MemberId;
import coop.ess.core.PartyId;
import coop.ess.core.ResourceId;
import coop.ess.core.Violation;
import coop.ess.core.community.MemberCategory;
import coop.ess.examples.cargo.EssCargo;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The booking section of {@code ess demo}: a week of bookings at ESS CARGO, with a fixed clock. */
final class BookingDemo {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);
  private static final DateTimeFormatter OCCURRENCE = DateTimeFormatter.ofPattern("EEE d MMM HH:mmxxx",
      Locale.ENGLISH);
  private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
      DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

  private BookingDemo() {}

  static void print(PrintWriter out) {
    LocalDate monday = EssCargo.DEMO_DAY;
    Clock clock = Clock.fixed(monday.minusDays(1).atTime(18, 0).atZone(EssCargo.ZONE).toInstant(), EssCargo.ZONE);
    OpeningHours coworkingHours = OpeningHours.builder().zone(EssCargo.ZONE)
        .weekly(WeeklyHours.builder().open(WEEKDAYS, "09:00-18:00").build())
        .putHoursByCategory(MemberCategory.PROJECT_CARRIER, WeeklyHours.builder().open(WEEKDAYS, "18:00-21:00").build())
        .closedOnPublicHolidays(true).build();
    BookingCalendar calendar = new BookingCalendar(EssCargo.venue(), Map.of(
        EssCargo.COWORKING_1, ResourcePolicy.builder().openingHours(coworkingHours).build(),
        EssCargo.GROCERY, ResourcePolicy.builder().displacementNotice(Duration.ofHours(24)).build(),
        EssCargo.KITCHEN, ResourcePolicy.builder().bufferAfter(Duration.ofMinutes(30)).build()),
        clock, Duration.ofHours(2));

    out.printf("%nA week of bookings at ESS CARGO (%s to %s, %s, clock at %s)%n", monday, monday.plusDays(6),
        EssCargo.ZONE, clock.instant().atZone(EssCargo.ZONE).toLocalDateTime());

    // A repair café already holds the grocery space on Thursday 19 March: the series skips that date.
    calendar.request(request(EssCargo.DIGITAL_HELP, EssCargo.GROCERY, slot(monday.plusDays(17), "17:30", "19:30"))
        .purpose("Café réparation").build());
    String rule = "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=12";
    SeriesDecision series = calendar.requestSeries(SeriesRequest.builder().requester(EssCargo.GROCERY_ASSOCIATION)
        .addResources(EssCargo.GROCERY).recurrence(Recurrence.of(monday.plusDays(1).atTime(17, 0), EssCargo.ZONE, rule))
        .duration(Duration.ofHours(2)).purpose("Distribution alimentaire").attendees(12).priority(10).build(),
        SeriesMode.SKIP_CONFLICTS);
    StringBuilder distributions = new StringBuilder();
    for (OccurrenceReport occurrence : series.occurrences()) {
      if (occurrence.recurrenceId().toLocalDate().isBefore(monday.plusDays(7))) {
        distributions.append(distributions.length() == 0 ? "" : ", ")
            .append(occurrence.recurrenceId().format(DAY)).append(" 17:00-19:00 ")
            .append(occurrence.accepted() ? "confirmed" : "refused");
      }
    }
    out.println("  Weekly grocery distributions (priority 10): " + distributions);
    out.printf("  ... as series %s, RRULE %s, skipping conflicts; date by date:%n",
        series.series().map(Object::toString).orElse("-"), rule);
    StringBuilder report = new StringBuilder();
    for (int i = 0; i < series.occurrences().size(); i++) {
      OccurrenceReport occurrence = series.occurrences().get(i);
      report.append(i % 4 == 0 ? "    " : "  ")
          .append(occurrence.interval().start().atZone(EssCargo.ZONE).format(OCCURRENCE)).append(' ')
          .append(occurrence.booking().map(Object::toString).orElse("refused")).append(i % 4 == 3 ? "\n" : "");
    }
    out.print(report);
    for (OccurrenceReport refused : series.refused()) {
      out.printf("    %s refused: %s%n", refused.recurrenceId().format(DAY),
          refused.violations().get(0).messageEn());
    }
    String ics = ICalendarExport.ofResource(calendar, EssCargo.GROCERY);
    out.printf("  iCalendar export of the grocery space: %s, %s%n", ics.lines().filter(l -> l.startsWith("RRULE"))
        .reduce((first, last) -> last).orElse("-"), ics.lines().filter(l -> l.startsWith("EXDATE")).findFirst().orElse("-"));

    String[] people = {"camille", "maryam", "louis", "yanis", "ines"};
    int[][] desks = {{9, 13}, {10, 17}, {11, 18}, {9, 12}, {12, 16}};
    for (int d = 0; d < 5; d++) {
      LocalDate date = monday.plusDays(d);
      for (int p = 0; p < Math.min(people.length, 1 + d); p++) {
        int shift = (p + d) % 3;
        calendar.request(request(MemberId.of(people[p]), EssCargo.COWORKING_1,
            slot(date, time(desks[p][0] + shift % 2), time(desks[p][1]))).build());
      }
    }
    StringBuilder occupancy = new StringBuilder();
    for (int d = 0; d < 5; d++) {
      LocalDate date = monday.plusDays(d);
      occupancy.append(d == 0 ? "" : ", ").append(date.format(DAY)).append(' ')
          .append(calendar.peakOccupancy(EssCargo.COWORKING_1, slot(date, "00:00", "23:59"))).append("/8");
    }
    out.println("  Coworking 1, peak desks taken: " + occupancy);
    BookingDecision yanis = calendar.request(request(MemberId.of("yanis"), EssCargo.COWORKING_1,
        slot(monday, "18:00", "21:00")).addCategories(MemberCategory.PROJECT_CARRIER).build());
    BookingDecision camille = calendar.request(request(MemberId.of("camille"), EssCargo.COWORKING_1,
        slot(monday, "18:00", "21:00")).addCategories(MemberCategory.STUDENT).build());
    out.printf("  Coworking 1 on Monday 18:00-21:00: Yanis (project carrier) %s, Camille (student) %s%n",
        label(yanis), label(camille));

    BookingDecision board = calendar.request(request(EssCargo.GROCERY_ASSOCIATION, EssCargo.MEETING_ROOM,
        slot(monday.plusDays(1), "14:00", "16:00")).purpose("Conseil d'administration").attendees(9).build());
    BookingDecision clash = calendar.request(request(MemberId.of("maryam"), EssCargo.MEETING_ROOM,
        slot(monday.plusDays(1), "15:00", "17:00")).purpose("Atelier numérique").waitlistIfFull(true).build());
    out.printf("  Salle de réunion Tue 14:00-16:00 for the grocery's board: %s%n", label(board));
    out.printf("  Maryam asks for Tue 15:00-17:00: %s%n", label(clash));
    for (Violation violation : clash.violations()) {
      out.printf("    [%s]%n      en: %s%n      fr: %s%n", violation.code(), violation.messageEn(),
          violation.messageFr());
    }
    calendar.cancel(board.booking().id());
    var offered = calendar.booking(clash.booking().id()).orElseThrow();
    out.printf("  The board cancels: Maryam's request is %s until %s; she accepts: %s%n",
        offered.state().name().toLowerCase(Locale.ROOT),
        offered.offerExpiresAt().orElseThrow().atZone(EssCargo.ZONE).toLocalTime(),
        label(calendar.acceptOffer(clash.booking().id())));

    BookingDecision cooking = calendar.request(request(MemberId.of("louis"), EssCargo.KITCHEN,
        slot(monday.plusDays(2), "10:00", "12:00")).build());
    BookingDecision tooSoon = calendar.request(request(MemberId.of("camille"), EssCargo.KITCHEN,
        slot(monday.plusDays(2), "12:00", "13:00")).build());
    out.printf("  Kitchen Wed 10:00-12:00 %s; 12:00-13:00 %s (30 min of cleaning after each use)%n",
        label(cooking), label(tooSoon));
    out.printf("  Journal: %d events for %d requests%n", calendar.events().size(), calendar.bookings().size());
  }

  private static String label(BookingDecision decision) {
    String state = decision.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return decision.violations().isEmpty() ? state
        : state + " " + decision.violations().stream().map(v -> "[" + v.code() + "]").distinct()
            .collect(java.util.stream.Collectors.joining(" "));
  }

  private static BookingRequest.Builder request(PartyId who, ResourceId resource, Interval interval) {
    return BookingRequest.builder().requester(who).addResources(resource).interval(interval);
  }

  private static String time(int hour) {
    return String.format(Locale.ROOT, "%02d:00", hour);
  }

  private static Interval slot(LocalDate date, String from, String to) {
    return Interval.ofLocal(date.atTime(LocalTime.parse(from)), date.atTime(LocalTime.parse(to)), EssCargo.ZONE);
  }
}
