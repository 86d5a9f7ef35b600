package coop.ess.booking.time;

import coop.ess.booking.internal.BookingMessages;
import coop.ess.core.internal.Checks;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stretch of wall-clock time within one day, {@code [from, to)}, such as 09:00–18:00. A window that closes at
 * midnight is written with {@code to} = {@code 00:00} and ends at the start of the next day.
 *
 * <p>Immutable and thread-safe.
 */
// An attribute named "from" replaces the builder's from(instance) copy method, on purpose.
@SuppressWarnings("immutables:from")
@Value.Immutable(copy = false)
public abstract class TimeWindow implements Comparable<TimeWindow> {

  TimeWindow() {}

  /**
   * The opening time, inclusive.
   *
   * @return the time, not null
   */
  @Value.Parameter
  public abstract LocalTime from();

  /**
   * The closing time, exclusive; {@code 00:00} means midnight at the end of the day.
   *
   * @return the time, not null
   */
  @Value.Parameter
  public abstract LocalTime to();

  /**
   * A window.
   *
   * @param from the opening time, not null
   * @param to the closing time, after {@code from} or {@code 00:00} for midnight, not null
   * @return the window, not null
   * @throws coop.ess.core.EssValidationException if the window is empty
   */
  public static TimeWindow of(LocalTime from, LocalTime to) {
    return ImmutableTimeWindow.of(from, to);
  }

  /**
   * Parses {@code HH:mm-HH:mm}, such as {@code 09:00-18:30}; {@code 24:00} is accepted for midnight.
   *
   * @param text the window, not null
   * @return the window, not null
   * @throws coop.ess.core.EssValidationException if the text is not a window
   */
  public static TimeWindow parse(String text) {
    String[] parts = text.trim().split("-", -1);
    Checks checks = Checks.of(BookingMessages.CATALOG, "TimeWindow");
    if (parts.length != 2) {
      checks.check(false, "timeWindow.syntax", "window", "text", text);
      checks.throwIfInvalid();
    }
    try {
      LocalTime from = LocalTime.parse(parts[0].trim());
      String end = parts[1].trim();
      LocalTime to = "24:00".equals(end) ? LocalTime.MIDNIGHT : LocalTime.parse(end);
      return of(from, to);
    } catch (java.time.format.DateTimeParseException e) {
      checks.check(false, "timeWindow.syntax", "window", "text", text);
      checks.throwIfInvalid();
      throw new AssertionError(e);
    }
  }

  /**
   * Whether this window ends at midnight at the end of its day.
   *
   * @return true if {@code to} is {@code 00:00}
   */
  public final boolean endsAtMidnight() {
    return to().equals(LocalTime.MIDNIGHT);
  }

  /**
   * The instants this window covers on a day in a zone, by the package's daylight-saving rule.
   *
   * @param day the day, not null
   * @param zone the zone, not null
   * @return the interval, or empty if the window lies wholly in a spring-forward gap
   */
  public final Optional<Interval> on(LocalDate day, ZoneId zone) {
    var end = endsAtMidnight() ? day.plusDays(1).atStartOfDay() : day.atTime(to());
    var start = Interval.startInstant(day.atTime(from()), zone);
    var stop = Interval.endInstant(end, zone);
    // A window lying wholly inside a spring-forward gap covers no instant: both ends fall on the gap's end.
    return stop.isAfter(start) ? Optional.of(Interval.of(start, stop)) : Optional.empty();
  }

  /**
   * Orders by opening time, then closing time (midnight last).
   *
   * @param other the other window, not null
   * @return a negative number, zero or a positive number
   */
  @Override
  public final int compareTo(TimeWindow other) {
    int byFrom = from().compareTo(other.from());
    if (byFrom != 0) {
      return byFrom;
    }
    return Long.compare(endNanos(), other.endNanos());
  }

  private long endNanos() {
    return endsAtMidnight() ? 86_400_000_000_000L : to().toNanoOfDay();
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(BookingMessages.CATALOG, "TimeWindow");
    checks.check(endsAtMidnight() || to().isAfter(from()), "timeWindow.endNotAfterStart", "to",
        "from", from(), "to", to());
    checks.throwIfInvalid();
  }

  @Override
  public final String toString() {
    return from() + "-" + (endsAtMidnight() ? "24:00" : to().toString());
  }
}
