package coop.ess.booking;

import coop.ess.core.PartyId;
import coop.ess.core.ResourceId;
import coop.ess.core.venue.Venue;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Writes bookings as an iCalendar document (RFC 5545): one {@code VEVENT} per booking that holds its resources
 * (confirmed, pending approval: {@code STATUS:TENTATIVE}, offered: {@code TENTATIVE}), with times in UTC so that no
 * {@code VTIMEZONE} is needed and every calendar application places them at the same instants. Lines end with CRLF,
 * are folded at 75 octets and text values are escaped. Example:
 *
 * <pre>{@code
 * String ics = ICalendarExport.ofResource(calendar, ResourceId.of("salle-reunion"));
 * }</pre>
 *
 * <p>Recurring series are not written as {@code RRULE}s: the SDK has no series yet. Not instantiable; thread-safe.
 */
public final class ICalendarExport {

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
    for (Booking booking : calendar.bookings()) {
      if (!booking.state().holdsResources() || !selected.test(booking)) {
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
