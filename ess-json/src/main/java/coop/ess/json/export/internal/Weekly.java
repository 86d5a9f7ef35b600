package coop.ess.json.export.internal;

import coop.ess.booking.time.TimeWindow;
import coop.ess.booking.time.WeeklyHours;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Weekly hours regrouped by window: the days that share a window, as the exported formats write them. */
public final class Weekly {

  /**
   * A window and the days on which it applies.
   *
   * @param window the window, not null
   * @param days the days, Monday first, not empty
   */
  public record Group(TimeWindow window, Set<DayOfWeek> days) {}

  private Weekly() {}

  /**
   * The windows of a week, each with its days, in the order of their first day and then of their start.
   *
   * @param hours the weekly hours, not null
   * @return the groups, possibly empty, not null
   */
  public static List<Group> groups(WeeklyHours hours) {
    Map<TimeWindow, Set<DayOfWeek>> days = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      for (TimeWindow window : hours.on(day)) {
        days.computeIfAbsent(window, w -> EnumSet.noneOf(DayOfWeek.class)).add(day);
      }
    }
    List<Group> groups = new ArrayList<>();
    days.forEach((window, on) -> groups.add(new Group(window, on)));
    return groups;
  }

  /**
   * The two-letter iCalendar code of a day ({@code MO} … {@code SU}).
   *
   * @param day the day, not null
   * @return the code, not null
   */
  public static String ical(DayOfWeek day) {
    return day.name().substring(0, 2);
  }

  /**
   * A time of a window as {@code HH:MM}.
   *
   * @param time the time, not null
   * @return the text, not null
   */
  public static String hhmm(java.time.LocalTime time) {
    return String.format(java.util.Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
  }
}
