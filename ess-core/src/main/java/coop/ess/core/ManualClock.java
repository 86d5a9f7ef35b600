package coop.ess.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that stands still until it is moved: for tests, demos and simulations that drive the SDK's
 * engines (ledger, booking calendar, ballot box) through time by hand.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.of(Instant.parse("2026-03-02T08:00:00Z"), ZoneId.of("Europe/Paris"));
 * BookingCalendar calendar = new BookingCalendar(venue, policies, clock);
 * clock.advance(Duration.ofHours(2));          // the calendar now sees 10:00 UTC
 * }</pre>
 *
 * <p>Clocks obtained through {@link #withZone(ZoneId)} share the same instant: moving one moves them all. Thread-safe.
 */
public final class ManualClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * A clock at {@code start}, in UTC.
   *
   * @param start the first instant, not null
   * @return the clock, not null
   */
  public static ManualClock of(Instant start) {
    return of(start, ZoneOffset.UTC);
  }

  /**
   * A clock at {@code start}, in {@code zone}.
   *
   * @param start the first instant, not null
   * @param zone the zone, not null
   * @return the clock, not null
   */
  public static ManualClock of(Instant start, ZoneId zone) {
    return new ManualClock(new AtomicReference<>(Objects.requireNonNull(start, "start")),
        Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Moves the clock by a duration (backwards if it is negative).
   *
   * @param duration how far, not null
   * @return the new instant, not null
   */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    return now.updateAndGet(instant -> instant.plus(duration));
  }

  /**
   * Sets the clock to an instant, earlier or later.
   *
   * @param instant the new instant, not null
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  /**
   * Moves the clock to an instant if it is later, never backwards: for replaying dated events in order.
   *
   * @param instant the instant, not null
   * @return the clock's instant afterwards, not null
   */
  public Instant moveForwardTo(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return now.accumulateAndGet(instant, (current, proposed) -> proposed.isAfter(current) ? proposed : current);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * This clock seen in another zone; both keep sharing one instant.
   *
   * @param zone the zone, not null
   * @return a clock that moves with this one, not null
   */
  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(this.zone) ? this : new ManualClock(now, Objects.requireNonNull(zone, "zone"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public String toString() {
    return "ManualClock[" + now.get() + ", " + zone + "]";
  }
}
