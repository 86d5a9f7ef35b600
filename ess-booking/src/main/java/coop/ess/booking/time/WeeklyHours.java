package coop.ess.booking.time;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Opening hours for each day of the week: Monday 09:00–12:00 and 14:00–18:00, say. A day without windows is
 * closed. Example:
 *
 * <pre>{@code
 * WeeklyHours hours = WeeklyHours.builder()
 *     .open(DayOfWeek.MONDAY, "09:00-12:00", "14:00-18:00")
 *     .open(DayOfWeek.SATURDAY, "10:00-13:00")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WeeklyHours {

  WeeklyHours() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The windows of each open day, sorted; a day absent from the map is closed.
   *
   * @return the windows by day, not null
   */
  public abstract Map<DayOfWeek, List<TimeWindow>> days();

  /**
   * The windows of one day.
   *
   * @param day the day of the week, not null
   * @return the windows, sorted, possibly empty, not null
   */
  public final List<TimeWindow> on(DayOfWeek day) {
    return days().getOrDefault(day, List.of());
  }

  @Value.Check
  final WeeklyHours normalize() {
    boolean sorted = days().values().stream().allMatch(windows -> isSorted(windows) && !windows.isEmpty());
    if (sorted) {
      return this;
    }
    Builder builder = new Builder();
    days().forEach((day, windows) -> {
      if (!windows.isEmpty()) {
        builder.putDay(day, windows.stream().sorted().toList());
      }
    });
    return builder.build();
  }

  private static boolean isSorted(List<TimeWindow> windows) {
    for (int i = 1; i < windows.size(); i++) {
      if (windows.get(i - 1).compareTo(windows.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  /** Builds {@link WeeklyHours}; not thread-safe. */
  public static final class Builder extends ImmutableWeeklyHours.Builder {
    Builder() {}

    /**
     * Opens a day during windows written {@code HH:mm-HH:mm}, added to any windows already given for that day.
     *
     * @param day the day, not null
     * @param windows the windows, such as {@code 09:00-12:00}, not null
     * @return this builder
     * @throws coop.ess.core.EssValidationException if a window is malformed
     */
    public Builder open(DayOfWeek day, String... windows) {
      for (String window : windows) {
        open(day, TimeWindow.parse(window));
      }
      return this;
    }

    /**
     * Opens several days during the same windows.
     *
     * @param days the days, not null
     * @param windows the windows, not null
     * @return this builder
     * @throws coop.ess.core.EssValidationException if a window is malformed
     */
    public Builder open(List<DayOfWeek> days, String... windows) {
      for (DayOfWeek day : days) {
        open(day, windows);
      }
      return this;
    }

    private final java.util.EnumMap<DayOfWeek, java.util.List<TimeWindow>> pending =
        new java.util.EnumMap<>(DayOfWeek.class);

    /**
     * Opens a day during one more window.
     *
     * @param day the day, not null
     * @param window the window, not null
     * @return this builder
     */
    public Builder open(DayOfWeek day, TimeWindow window) {
      java.util.List<TimeWindow> windows = pending.computeIfAbsent(day, d -> new java.util.ArrayList<>());
      windows.add(window);
      putDay(day, List.copyOf(windows));
      return this;
    }
  }
}
