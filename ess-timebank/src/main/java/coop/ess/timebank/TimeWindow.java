package coop.ess.timebank;

import coop.ess.core.internal.Checks;
import coop.ess.timebank.internal.TimebankMessages;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A half-open window of time {@code [start, end)}: when an offer or a request is possible. Immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class TimeWindow {

  TimeWindow() {}

  /**
   * A window.
   *
   * @param start the start, inclusive, not null
   * @param end the end, exclusive, after the start, not null
   * @return the window, not null
   * @throws coop.ess.core.EssValidationException if the end is not after the start
   */
  public static TimeWindow of(Instant start, Instant end) {
    return ImmutableTimeWindow.of(start, end);
  }

  /**
   * The start.
   *
   * @return the start, inclusive, not null
   */
  @Value.Parameter
  public abstract Instant start();

  /**
   * The end.
   *
   * @return the end, exclusive, not null
   */
  @Value.Parameter
  public abstract Instant end();

  /**
   * How many seconds this window shares with another.
   *
   * @param other the other window, not null
   * @return the overlap in seconds, 0 if none
   */
  public final long overlapSeconds(TimeWindow other) {
    Instant from = start().isAfter(other.start()) ? start() : other.start();
    Instant to = end().isBefore(other.end()) ? end() : other.end();
    return to.isAfter(from) ? to.getEpochSecond() - from.getEpochSecond() : 0;
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(TimebankMessages.CATALOG, "TimeWindow");
    checks.check(end().isAfter(start()), "listing.windowOrder", "end", "start", start(), "end", end());
    checks.throwIfInvalid();
  }
}
