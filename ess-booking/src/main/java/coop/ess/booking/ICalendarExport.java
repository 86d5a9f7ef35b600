package coop.ess.booking;

import coop.ess.core.PartyId;
import coop.ess.core.ResourceId;
import coop.ess.core.venue.Venue;
import coop.ess.booking.time.Recurrence;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Writes bookings as an iCalendar document (RFC 5545): one {@code VEVENT} per single booking that holds its
 * resources (confirmed, pending approval: {@code STATUS:TENTATIVE}, offered: {@code TENTATIVE}), with times in UTC.
 * Lines end with CRLF, are folded at 75 octets and text values are escaped.
 *
 * <p>A recurring series is one {@code VEVENT} (UID {@code s1@venue}) with {@code DTSTART;TZID=}, {@code DURATION},
 * {@code RRULE}, {@code RDATE} and {@code EXDATE}, and a {@code VTIMEZONE} of the venue's zone (its current
 * daylight-saving rules as yearly {@code RRULE}s). Occurrences that do not hold the resources (cancelled, refused and skipped, or cut away) are
 * {@code EXDATE}s; an occurrence that was moved, or is not yet confirmed, is an override {@code VEVENT} with the
 * same UID, its {@code RECURRENCE-ID} and its own times in UTC. An occurrence whose wall-clock time falls in a
 * spring-forward gap is written as an override too, since RFC 5545 resolves such a time differently (it keeps the
 * offset before the gap) from the SDK (the instant the gap ends). Example:
 *
 * <pre>{@code
 * String ics = ICalendarExport.ofResource(calendar, ResourceId.of("salle-reunion"));
 * }</pre>
 *
 * <p>Not instantiable; thread-safe.
 */
public final class ICalendarExport {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private ICalendarExport() {}

  /**
   * The bookings that hold a resource.
   *
   * @param calendar the calendar, not null
   * @param resource the resource, not null
   * @return the iCalendar document, not null
   * @throws coop.ess.core.EssNotFoundException if the venue has no such resource
   */
  public static String ofResource(BookingCalendar calendar, ResourceId resource) {
    calendar.venue().requireResource(resource);
    return write(calendar, booking -> booking.resources().contains(resource));
  }

  /**
   * The bookings of a member or an organisation that hold their resources.
   *
   * @param calendar the calendar, not null
   * @param requester the requester, not null
   * @return the iCalendar document, not null
   */
  public static String ofRequester(BookingCalendar calendar, PartyId requester) {
    Objects.requireNonNull(requester, "requester");
    return write(calendar, booking -> booking.requester().equals(requester));
  }

  private static String write(BookingCalendar calendar, Predicate<Booking> selected) {
    Venue venue = calendar.venue();
    StringBuilder out = new StringBuilder(512);
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//ESS SDK//ess-booking//EN");
    line(out, "CALSCALE:GREGORIAN");
    List<Booking> all = calendar.bookings();
    Map<BookingId, Booking> byId = new HashMap<>();
    all.forEach(b -> byId.put(b.id(), b));
    List<BookingSeries> series = new ArrayList<>();
    for (BookingSeries one : calendar.allSeries()) {
      if (one.bookings().stream().map(byId::get).anyMatch(b -> b != null && b.state().holdsResources()
          && selected.test(b))) {
        series.add(one);
      }
    }
    if (!series.isEmpty()) {
      timeZone(out, venue.zone(), series);
    }
    for (BookingSeries one : series) {
      series(out, venue, one, byId);
    }
    for (Booking booking : all) {
      if (!booking.state().holdsResources() || !selected.test(booking) || booking.series().isPresent()) {
        continue;
      }
      String resources = booking.resources().stream().map(id -> venue.requireResource(id).name())
          .collect(Collectors.joining(", "));
      String purpose = booking.request().purpose();
      line(out, "BEGIN:VEVENT");
      line(out, "UID:" + booking.id() + "@" + venue.id());
      line(out, "DTSTAMP:" + UTC.format(booking.requestedAt()));
      line(out, "DTSTART:" + UTC.format(booking.interval().start()));
      line(out, "DTEND:" + UTC.format(booking.interval().end()));
      line(out, "SUMMARY:" + text(purpose.isEmpty() ? resources : purpose + " (" + resources + ")"));
      line(out, "LOCATION:" + text(venue.name() + ", " + resources));
      line(out, "STATUS:" + (booking.state() == BookingState.CONFIRMED ? "CONFIRMED" : "TENTATIVE"));
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  private static void series(StringBuilder out, Venue venue, BookingSeries series, Map<BookingId, Booking> byId) {
    SeriesRequest request = series.request();
    Recurrence recurrence = request.recurrence();
    ZoneId zone = recurrence.zone();
    String tzid = ";TZID=" + zone.getId() + ":";
    Map<LocalDateTime, Booking> held = new HashMap<>();
    Instant stamp = Instant.EPOCH;
    for (BookingId id : series.bookings()) {
      Booking booking = Objects.requireNonNull(byId.get(id));
      stamp = booking.requestedAt().isAfter(stamp) ? booking.requestedAt() : stamp;
      if (booking.state().holdsResources()) {
        held.put(booking.recurrenceId().orElseThrow(), booking);
      }
    }
    List<LocalDateTime> dates = recurrence.localOccurrences(SeriesRequest.MAX_OCCURRENCES);
    List<LocalDateTime> exdates = new ArrayList<>(recurrence.exdates());
    List<Booking> overrides = new ArrayList<>();
    for (LocalDateTime date : dates) {
      Booking booking = held.get(date);
      if (booking == null) {
        exdates.add(date);
      } else if (booking.state() != BookingState.CONFIRMED
          || !booking.interval().start().equals(ZonedDateTime.of(date, zone).toInstant())
          || !booking.interval().duration().equals(request.duration())) {
        overrides.add(booking);
      }
    }
    exdates.sort(null);
    String uid = "UID:" + series.id() + "@" + venue.id();
    String resources = request.resources().stream().map(id -> venue.requireResource(id).name())
        .collect(Collectors.joining(", "));
    String summary = "SUMMARY:" + text(request.purpose().isEmpty() ? resources
        : request.purpose() + " (" + resources + ")");
    line(out, "BEGIN:VEVENT");
    line(out, uid);
    line(out, "DTSTAMP:" + UTC.format(stamp));
    line(out, "DTSTART" + tzid + LOCAL.format(recurrence.start()));
    line(out, "DURATION:" + request.duration());
    recurrence.rule().ifPresent(rule -> line(out, "RRULE:" + rule));
    if (!recurrence.rdates().isEmpty()) {
      line(out, "RDATE" + tzid + recurrence.rdates().stream().map(LOCAL::format).collect(Collectors.joining(",")));
    }
    if (!exdates.isEmpty()) {
      line(out, "EXDATE" + tzid + exdates.stream().map(LOCAL::format).collect(Collectors.joining(",")));
    }
    line(out, summary);
    line(out, "LOCATION:" + text(venue.name() + ", " + resources));
    line(out, "STATUS:CONFIRMED");
    line(out, "END:VEVENT");
    for (Booking booking : overrides) {
      line(out, "BEGIN:VEVENT");
      line(out, uid);
      line(out, "DTSTAMP:" + UTC.format(booking.requestedAt()));
      line(out, "RECURRENCE-ID" + tzid + LOCAL.format(booking.recurrenceId().orElseThrow()));
      line(out, "DTSTART:" + UTC.format(booking.interval().start()));
      line(out, "DTEND:" + UTC.format(booking.interval().end()));
      line(out, summary);
      line(out, "LOCATION:" + text(venue.name() + ", " + resources));
      line(out, "STATUS:" + (booking.state() == BookingState.CONFIRMED ? "CONFIRMED" : "TENTATIVE"));
      line(out, "END:VEVENT");
    }
  }

  /**
   * A {@code VTIMEZONE} of the zone's current rules: a {@code DAYLIGHT} and a {@code STANDARD} part with yearly
   * {@code RRULE}s from the zone's transition rules, starting the year before the earliest series, or one
   * {@code STANDARD} part for a zone without daylight-saving time.
   */
  private static void timeZone(StringBuilder out, ZoneId zone, List<BookingSeries> series) {
    int first = Integer.MAX_VALUE;
    for (BookingSeries one : series) {
      first = Math.min(first, one.request().recurrence().start().getYear());
    }
    ZoneRules rules = zone.getRules();
    line(out, "BEGIN:VTIMEZONE");
    line(out, "TZID:" + zone.getId());
    if (rules.getTransitionRules().isEmpty()) {
      ZoneOffset fixed = rules.getOffset(LocalDateTime.of(first, 1, 1, 0, 0).toInstant(ZoneOffset.UTC));
      line(out, "BEGIN:STANDARD");
      line(out, "DTSTART:19700101T000000");
      line(out, "TZOFFSETFROM:" + offset(fixed));
      line(out, "TZOFFSETTO:" + offset(fixed));
      line(out, "END:STANDARD");
    }
    for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
      ZoneOffsetTransition transition = rule.createTransition(first - 1);
      String kind = transition.isGap() ? "DAYLIGHT" : "STANDARD";
      line(out, "BEGIN:" + kind);
      line(out, "DTSTART:" + LOCAL.format(transition.getDateTimeBefore()));
      line(out, "RRULE:FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + byDay(rule));
      line(out, "TZOFFSETFROM:" + offset(rule.getOffsetBefore()));
      line(out, "TZOFFSETTO:" + offset(rule.getOffsetAfter()));
      line(out, "END:" + kind);
    }
    line(out, "END:VTIMEZONE");
  }

  /** The day part of a yearly rule: {@code ;BYDAY=-1SU}, {@code ;BYDAY=2SU}, or days of the month. */
  private static String byDay(ZoneOffsetTransitionRule rule) {
    int day = rule.getDayOfMonthIndicator();
    java.time.DayOfWeek weekday = rule.getDayOfWeek();
    if (weekday == null) {
      return ";BYMONTHDAY=" + day;
    }
    String name = weekday.name().substring(0, 2);
    if (day == -1 || (day == rule.getMonth().maxLength() - 6 && rule.getMonth() != java.time.Month.FEBRUARY)) {
      return ";BYDAY=-1" + name;
    }
    if (day > 0 && (day - 1) % 7 == 0) {
      return ";BYDAY=" + ((day - 1) / 7 + 1) + name;
    }
    int from = day > 0 ? day : rule.getMonth().maxLength() + day - 6;
    StringBuilder days = new StringBuilder(";BYMONTHDAY=");
    for (int d = from; d < from + 7; d++) {
      days.append(d).append(d < from + 6 ? "," : "");
    }
    return days.append(";BYDAY=").append(name).toString();
  }

  /** An offset as RFC 5545 writes it: {@code +0100}, or {@code +013015} with seconds. */
  private static String offset(ZoneOffset offset) {
    int total = offset.getTotalSeconds();
    int abs = Math.abs(total);
    String text = String.format(Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
    return abs % 60 == 0 ? text : text + String.format(Locale.ROOT, "%02d", abs % 60);
  }

  /** Escapes a TEXT value (RFC 5545 section 3.3.11). */
  private static String text(String value) {
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
        .replace("\n", "\\n");
  }

  /** Appends a content line folded at 75 octets without splitting a UTF-8 character. */
  private static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 1;
        limit = 75;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append("\r\n");
  }
}
