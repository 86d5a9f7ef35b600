package coop.ess.booking.time;

import coop.ess.booking.internal.BookingMessages;
import coop.ess.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.immutables.value.Value;

/**
 * A half-open interval of instants {@code [start, end)}: the time a booking holds a resource, or a stretch of
 * opening hours.
 *
 * <p>The end is exclusive, so a booking that ends at 14:30 and another that starts at 14:30 do not overlap. An
 * interval is never empty: its end is after its start. Built from local date-times with
 * {@link #ofLocal(LocalDateTime, LocalDateTime, ZoneId)}, which applies the package's daylight-saving rule.
 * Immutable and thread-safe.
 */
@Value.Immutable(copy = false)
public abstract class Interval implements Comparable<Interval> {

  Interval() {}

  /**
   * The first instant, inclusive.
   *
   * @return the start, not null
   */
  @Value.Parameter
  public abstract Instant start();

  /**
   * The instant just after the interval, exclusive.
   *
   * @return the end, after the start, not null
   */
  @Value.Parameter
  public abstract Instant end();

  /**
   * An interval of instants.
   *
   * @param start the first instant, not null
   * @param end the exclusive end, not null
   * @return the interval, not null
   * @throws coop.ess.core.EssValidationException if {@code end} is not after {@code start}
   */
  public static Interval of(Instant start, Instant end) {
    return ImmutableInterval.of(start, end);
  }

  /**
   * An interval of a given length.
   *
   * @param start the first instant, not null
   * @param length the length, positive, not null
   * @return the interval, not null
   * @throws coop.ess.core.EssValidationException if {@code length} is not positive
   */
  public static Interval of(Instant start, Duration length) {
    return ImmutableInterval.of(start, start.plus(length));
  }

  /**
   * The interval between two wall-clock date-times of a zone. A start in a spring-forward gap becomes the instant
   * the gap ends; a start in an autumn overlap takes the earlier offset, an end in an overlap the later one; an end
   * in a gap becomes the instant the gap ends. The interval thus covers every instant whose wall-clock time lies
   * between the two.
   *
   * @param start the local start, not null
   * @param end the local end, not null
   * @param zone the zone, not null
   * @return the interval, not null
   * @throws coop.ess.core.EssValidationException if the end is not after the start once resolved
   */
  public static Interval ofLocal(LocalDateTime start, LocalDateTime end, ZoneId zone) {
    return of(startInstant(start, zone), endInstant(end, zone));
  }

  /**
   * The instant a window starting at a wall-clock time begins: the earlier offset in an overlap, the end of the gap
   * in a gap.
   *
   * @param local the wall-clock time, not null
   * @param zone the zone, not null
   * @return the instant, not null
   */
  public static Instant startInstant(LocalDateTime local, ZoneId zone) {
    return resolve(local, zone, true);
  }

  /**
   * The instant a window ending at a wall-clock time ends: the later offset in an overlap, the end of the gap in a
   * gap.
   *
   * @param local the wall-clock time, not null
   * @param zone the zone, not null
   * @return the instant, not null
   */
  public static Instant endInstant(LocalDateTime local, ZoneId zone) {
    return resolve(local, zone, false);
  }

  private static Instant resolve(LocalDateTime local, ZoneId zone, boolean earlier) {
    var rules = zone.getRules();
    var transition = rules.getTransition(local);
    if (transition != null && transition.isGap()) {
      return transition.getInstant();
    }
    ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
    return (earlier ? zoned.withEarlierOffsetAtOverlap() : zoned.withLaterOffsetAtOverlap()).toInstant();
  }

  /**
   * The length of this interval.
   *
   * @return the duration, positive, not null
   */
  public final Duration duration() {
    return Duration.between(start(), end());
  }

  /**
   * Whether the two intervals share at least one instant.
   *
   * @param other the other interval, not null
   * @return true if {@code start < other.end && other.start < end}
   */
  public final boolean overlaps(Interval other) {
    return start().isBefore(other.end()) && other.start().isBefore(end());
  }

  /**
   * Whether {@code other} lies entirely within this interval.
   *
   * @param other the other interval, not null
   * @return true if this interval encloses the other
   */
  public final boolean encloses(Interval other) {
    return !other.start().isBefore(start()) && !other.end().isAfter(end());
  }

  /**
   * Whether an instant lies in this interval.
   *
   * @param instant the instant, not null
   * @return true if {@code start <= instant < end}
   */
  public final boolean contains(Instant instant) {
    return !instant.isBefore(start()) && instant.isBefore(end());
  }

  /**
   * This interval widened by a margin on each side (buffers before and after a booking).
   *
   * @param before the margin before the start, not negative, not null
   * @param after the margin after the end, not negative, not null
   * @return the widened interval, not null
   */
  public final Interval widen(Duration before, Duration after) {
    if (before.isZero() && after.isZero()) {
      return this;
    }
    return of(start().minus(before), end().plus(after));
  }

  /**
   * Orders by start, then by end.
   *
   * @param other the other interval, not null
   * @return a negative number, zero or a positive number
   */
  @Override
  public final int compareTo(Interval other) {
    int byStart = start().compareTo(other.start());
    return byStart != 0 ? byStart : end().compareTo(other.end());
  }

  @Value.Check
  final void check() {
    if (!end().isAfter(start())) {
      Checks checks = Checks.of(BookingMessages.CATALOG, "Interval");
      checks.check(false, "interval.endNotAfterStart", "end", "start", start(), "end", end());
      checks.throwIfInvalid();
    }
  }

  @Override
  public final String toString() {
    return "[" + start() + ", " + end() + ")";
  }
}
