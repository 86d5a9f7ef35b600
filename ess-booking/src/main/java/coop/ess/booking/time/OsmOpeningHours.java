package coop.ess.booking.time;

import coop.ess.booking.internal.BookingMessages;
import coop.ess.core.internal.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes {@link OpeningHours} in the OpenStreetMap {@code opening_hours} syntax, which French open-data
 * standards use. The subset supported: rules separated by {@code ;}, each either weekdays with times
 * ({@code Mo-Fr 09:00-12:30,13:30-18:00}, {@code Sa 10:00-13:00}, {@code Su off}), {@code PH off} (closed on public
 * holidays), {@code 24/7}, or a dated exception ({@code 2026 May 01 10:00-16:00}, {@code 2026 Dec 24 off}).
 * Hours by member category and blackout periods have no equivalent and are not written. Example:
 *
 * <pre>{@code
 * OpeningHours hours = OsmOpeningHours.parse("Mo-Fr 09:00-18:00; Sa 10:00-13:00; PH off", ZoneId.of("Europe/Paris"));
 * OsmOpeningHours.format(hours); // "Mo-Fr 09:00-18:00; Sa 10:00-13:00; PH off"
 * }</pre>
 *
 * <p>Not instantiable; thread-safe.
 */
public final class OsmOpeningHours {

  private static final String[] DAYS = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
      "Nov", "Dec"};
  private static final Pattern DAY_RULE = Pattern.compile(
      "((?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*)"
          + "\\s+(off|closed|\\d\\d:\\d\\d-\\d\\d:\\d\\d(?:,\\d\\d:\\d\\d-\\d\\d:\\d\\d)*)");
  private static final Pattern DATE_RULE = Pattern.compile(
      "(\\d{4})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s+(\\d\\d)"
          + "\\s+(off|closed|\\d\\d:\\d\\d-\\d\\d:\\d\\d(?:,\\d\\d:\\d\\d-\\d\\d:\\d\\d)*)");

  private OsmOpeningHours() {}

  /**
   * Parses opening hours.
   *
   * @param text the {@code opening_hours} value, not null
   * @param zone the zone of the venue, not null
   * @return the opening hours, not null
   * @throws coop.ess.core.EssValidationException naming each rule that is not in the supported subset, with its
   *     position
   */
  public static OpeningHours parse(String text, ZoneId zone) {
    Checks checks = Checks.of(BookingMessages.CATALOG, "opening_hours");
    OpeningHours.Builder hours = OpeningHours.builder().zone(zone);
    WeeklyHours.Builder weekly = WeeklyHours.builder();
    String[] rules = text.split(";", -1);
    int position = 0;
    for (int i = 0; i < rules.length; i++) {
      String rule = rules[i].trim();
      String field = "rule[" + i + "]";
      int at = position + (rules[i].length() - rules[i].stripLeading().length()) + 1;
      position += rules[i].length() + 1;
      if (rule.isEmpty()) {
        continue;
      }
      Matcher day = DAY_RULE.matcher(rule);
      Matcher date = DATE_RULE.matcher(rule);
      if (rule.equals("24/7")) {
        for (DayOfWeek d : DayOfWeek.values()) {
          weekly.open(d, "00:00-24:00");
        }
      } else if (rule.equals("PH off") || rule.equals("PH closed")) {
        hours.closedOnPublicHolidays(true);
      } else if (day.matches()) {
        List<TimeWindow> windows = windows(day.group(2), checks, field);
        for (DayOfWeek d : days(day.group(1))) {
          windows.forEach(w -> weekly.open(d, w));
        }
      } else if (date.matches()) {
        try {
          LocalDate dayOfYear = LocalDate.of(Integer.parseInt(date.group(1)),
              Month.of(indexOf(MONTHS, date.group(2)) + 1), Integer.parseInt(date.group(3)));
          hours.putException(dayOfYear, windows(date.group(4), checks, field));
        } catch (java.time.DateTimeException e) {
          checks.check(false, "osm.syntax", field, "rule", rule, "position", at);
        }
      } else {
        checks.check(false, "osm.syntax", field, "rule", rule, "position", at);
      }
    }
    checks.throwIfInvalid();
    return hours.weekly(weekly.build()).build();
  }

  /**
   * Writes opening hours in the supported subset: consecutive days with the same windows are grouped
   * ({@code Mo-Fr}), then {@code PH off} and the dated exceptions in date order.
   *
   * @param hours the hours, not null
   * @return the {@code opening_hours} value, empty if never open, not null
   */
  public static String format(OpeningHours hours) {
    List<String> rules = new ArrayList<>();
    DayOfWeek[] week = DayOfWeek.values();
    int i = 0;
    while (i < week.length) {
      List<TimeWindow> windows = hours.weekly().on(week[i]);
      int j = i;
      while (j + 1 < week.length && hours.weekly().on(week[j + 1]).equals(windows)) {
        j++;
      }
      if (!windows.isEmpty()) {
        rules.add(DAYS[i] + (j > i ? "-" + DAYS[j] : "") + " " + join(windows));
      }
      i = j + 1;
    }
    if (hours.closedOnPublicHolidays()) {
      rules.add("PH off");
    }
    hours.exceptions().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
      LocalDate day = entry.getKey();
      rules.add(String.format(Locale.ROOT, "%04d %s %02d %s", day.getYear(), MONTHS[day.getMonthValue() - 1],
          day.getDayOfMonth(), entry.getValue().isEmpty() ? "off" : join(entry.getValue())));
    });
    return String.join("; ", rules);
  }

  private static String join(List<TimeWindow> windows) {
    return String.join(",", windows.stream().sorted().map(TimeWindow::toString).toList());
  }

  private static List<TimeWindow> windows(String text, Checks checks, String field) {
    List<TimeWindow> windows = new ArrayList<>();
    if (text.equals("off") || text.equals("closed")) {
      return windows;
    }
    for (String window : text.split(",")) {
      try {
        windows.add(TimeWindow.parse(window));
      } catch (coop.ess.core.EssValidationException | DateTimeParseException e) {
        checks.check(false, "timeWindow.syntax", field, "text", window);
      }
    }
    return windows;
  }

  private static List<DayOfWeek> days(String text) {
    List<DayOfWeek> days = new ArrayList<>();
    for (String part : text.split(",")) {
      String[] range = part.split("-");
      int from = indexOf(DAYS, range[0]);
      int to = range.length > 1 ? indexOf(DAYS, range[1]) : from;
      for (int d = from; ; d = (d + 1) % 7) {
        days.add(DayOfWeek.of(d + 1));
        if (d == to) {
          break;
        }
      }
    }
    return days;
  }

  private static int indexOf(String[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name);
  }
}
