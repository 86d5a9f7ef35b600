package coop.ess.booking.time;

import coop.ess.core.DateRange;
import coop.ess.core.community.MemberCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * When a venue or a resource is open, reckoned in its time zone: weekly hours, longer weekly hours for some member
 * categories, dated exceptions, blackout periods and French public holidays.
 *
 * <p>The hours of a day are decided in this order, the first that applies wins:
 *
 * <ol>
 *   <li>a {@link #blackouts() blackout period} covering the day: closed for everybody;
 *   <li>a {@link #exceptions() dated exception}: its windows (none = closed) for everybody, whatever the weekday or
 *       a holiday, so a special opening on a holiday is possible;
 *   <li>a French public holiday when {@link #closedOnPublicHolidays()}: closed;
 *   <li>the {@link #weekly() weekly hours}, plus, for a member with a category that has
 *       {@link #hoursByCategory() hours of its own}, those windows too (the union: categories extend, never shorten).
 * </ol>
 *
 * <p>Daylight saving: each window is turned into instants by {@link TimeWindow#on(LocalDate, ZoneId)}; a venue open
 * 01:00–05:00 is open 3 hours of real time on the spring-forward night and 5 on the autumn night, exactly the
 * instants at which its wall clock shows a time inside the window. Example:
 *
 * <pre>{@code
 * OpeningHours hours = OpeningHours.builder()
 *     .zone(ZoneId.of("Europe/Paris"))
 *     .weekly(WeeklyHours.builder().open(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), "09:00-18:00").build())
 *     .putHoursByCategory(MemberCategory.PROJECT_CARRIER, WeeklyHours.builder().open(MONDAY, "18:00-22:00").build())
 *     .closedOnPublicHolidays(true)
 *     .build();
 * hours.isOpen(interval, Set.of(MemberCategory.PROJECT_CARRIER));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpeningHours {

  OpeningHours() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Hours that never close, in a zone: for resources without opening hours.
   *
   * @param zone the zone, not null
   * @return hours open every day 00:00–24:00, not null
   */
  public static OpeningHours always(ZoneId zone) {
    WeeklyHours.Builder weekly = WeeklyHours.builder();
    for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
      weekly.open(day, "00:00-24:00");
    }
    return builder().zone(zone).weekly(weekly.build()).build();
  }

  /**
   * The zone in which the windows are reckoned (the venue's).
   *
   * @return the zone, not null
   */
  public abstract ZoneId zone();

  /**
   * The hours of an ordinary week, for everybody.
   *
   * @return the weekly hours, not null
   */
  public abstract WeeklyHours weekly();

  /**
   * Extra weekly hours for members of some categories (coworking open longer to project carriers).
   *
   * @return the extra hours by category, not null, possibly empty
   */
  public abstract Map<MemberCategory, WeeklyHours> hoursByCategory();

  /**
   * Days whose hours differ from the week's: an empty list closes the day, windows replace the day's hours.
   *
   * @return the exceptions by day, not null, possibly empty
   */
  public abstract Map<LocalDate, List<TimeWindow>> exceptions();

  /**
   * Periods of whole days during which everything is closed (works, summer closure).
   *
   * @return the periods, not null, possibly empty
   */
  public abstract List<DateRange> blackouts();

  /**
   * Whether the venue closes on French public holidays.
   *
   * @return false by default
   */
  @Value.Default
  public boolean closedOnPublicHolidays() {
    return false;
  }

  /**
   * Whether Good Friday and 26 December count as holidays (venues in Alsace and Moselle).
   *
   * @return false by default
   */
  @Value.Default
  public boolean alsaceMoselle() {
    return false;
  }

  /**
   * The blackout period covering a day, if any.
   *
   * @param day the day, not null
   * @return the period, or empty
   */
  public final Optional<DateRange> blackoutOn(LocalDate day) {
    return blackouts().stream().filter(period -> period.contains(day)).findFirst();
  }

  /**
   * The wall-clock windows of a day for a member of the given categories.
   *
   * @param day the day, not null
   * @param categories the member's categories, possibly empty, not null
   * @return the windows, sorted, possibly empty (closed), not null
   */
  public final List<TimeWindow> windowsOn(LocalDate day, Set<MemberCategory> categories) {
    if (blackoutOn(day).isPresent()) {
      return List.of();
    }
    List<TimeWindow> exception = exceptions().get(day);
    if (exception != null) {
      return exception.stream().sorted().toList();
    }
    if (closedOnPublicHolidays() && FrenchHoliday.isHoliday(day, alsaceMoselle())) {
      return List.of();
    }
    TreeSet<TimeWindow> windows = new TreeSet<>(weekly().on(day.getDayOfWeek()));
    for (MemberCategory category : categories) {
      WeeklyHours extra = hoursByCategory().get(category);
      if (extra != null) {
        windows.addAll(extra.on(day.getDayOfWeek()));
      }
    }
    return List.copyOf(windows);
  }

  /**
   * The instants during which the venue is open within a range, as disjoint intervals in order (touching or
   * overlapping windows are merged, so a window to midnight and one from midnight make one stretch).
   *
   * @param range the range of interest, not null
   * @param categories the member's categories, possibly empty, not null
   * @return the open intervals clipped to the range, sorted, possibly empty, not null
   */
  public final List<Interval> openIntervals(Interval range, Set<MemberCategory> categories) {
    LocalDate first = range.start().atZone(zone()).toLocalDate().minusDays(1);
    LocalDate last = range.end().atZone(zone()).toLocalDate();
    List<Interval> merged = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      for (TimeWindow window : windowsOn(day, categories)) {
        Optional<Interval> open = window.on(day, zone());
        if (open.isEmpty() || !open.get().overlaps(range)) {
          continue;
        }
        Instant start = max(open.get().start(), range.start());
        Instant end = min(open.get().end(), range.end());
        int lastIndex = merged.size() - 1;
        if (lastIndex >= 0 && !start.isAfter(merged.get(lastIndex).end())) {
          Interval previous = merged.get(lastIndex);
          merged.set(lastIndex, Interval.of(previous.start(), max(previous.end(), end)));
        } else {
          merged.add(Interval.of(start, end));
        }
      }
    }
    return List.copyOf(merged);
  }

  /**
   * Whether the venue is open during the whole of an interval for a member of the given categories.
   *
   * @param interval the interval, not null
   * @param categories the member's categories, possibly empty, not null
   * @return true if one open stretch encloses the interval
   */
  public final boolean isOpen(Interval interval, Set<MemberCategory> categories) {
    List<Interval> open = openIntervals(interval, categories);
    return open.size() == 1 && open.get(0).equals(interval);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** Builds {@link OpeningHours}; not thread-safe. */
  public static final class Builder extends ImmutableOpeningHours.Builder {
    Builder() {}
  }
}
