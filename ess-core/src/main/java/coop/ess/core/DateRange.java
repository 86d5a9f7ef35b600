package coop.ess.core;

import coop.ess.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period of days: from a first day, inclusive, to an optional end day, exclusive ({@code [start, end)}); an
 * absent end means "still going on".
 *
 * <p>The end is exclusive so that consecutive periods meet without overlapping: a membership that ends on 1 March
 * and another that starts on 1 March do not both hold on that day. Immutable and thread-safe.
 */
@Value.Immutable(copy = false)
public abstract class DateRange {

  DateRange() {}

  /**
   * The first day of the period, inclusive.
   *
   * @return the start, not null
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * The day after the last day of the period (exclusive end); empty while the period goes on.
   *
   * @return the end, not null, possibly empty
   */
  @Value.Parameter
  public abstract Optional<LocalDate> end();

  /**
   * A period that starts on {@code start} and has not ended.
   *
   * @param start the first day, not null
   * @return the period, not null
   */
  public static DateRange from(LocalDate start) {
    return ImmutableDateRange.of(start, Optional.empty());
  }

  /**
   * A period from {@code start}, inclusive, to {@code end}, exclusive.
   *
   * @param start the first day, not null
   * @param end the day after the last day, not null
   * @return the period, not null
   * @throws EssValidationException if {@code end} is not after {@code start}
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return ImmutableDateRange.of(start, Optional.of(end));
  }

  /**
   * Whether {@code day} falls within this period.
   *
   * @param day the day, not null
   * @return true if {@code start <= day < end}
   */
  public final boolean contains(LocalDate day) {
    return !day.isBefore(start()) && end().map(day::isBefore).orElse(true);
  }

  /**
   * Whether this period and {@code other} share at least one day.
   *
   * @param other the other period, not null
   * @return true if they overlap
   */
  public final boolean overlaps(DateRange other) {
    boolean startsBeforeOtherEnds = other.end().map(start()::isBefore).orElse(true);
    boolean otherStartsBeforeThisEnds = end().map(other.start()::isBefore).orElse(true);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /**
   * Whether the period has no end.
   *
   * @return true if {@link #end()} is empty
   */
  public final boolean isOpenEnded() {
    return end().isEmpty();
  }

  /**
   * This period ended on {@code end} (exclusive).
   *
   * @param end the day after the last day, not null
   * @return a new period with the same start, not null
   * @throws EssValidationException if {@code end} is not after the start
   */
  public final DateRange endingOn(LocalDate end) {
    return of(start(), end);
  }

  @Value.Check
  final void check() {
    if (end().isPresent()) {
      Checks checks = Checks.of("DateRange");
      checks.check(end().get().isAfter(start()), "dateRange.endNotAfterStart", "end",
          "start", start(), "end", end().get());
      checks.throwIfInvalid();
    }
  }

  @Override
  public final String toString() {
    return "[" + start() + ", " + end().map(LocalDate::toString).orElse("…") + ")";
  }
}
