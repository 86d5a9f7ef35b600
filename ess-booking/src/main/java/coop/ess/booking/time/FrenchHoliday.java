package coop.ess.booking.time;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The public holidays of France (<i>jours fériés</i>, Code du travail L3133-1), computed for any year from 1583 on:
 * eight fixed dates and three that follow Easter (Easter Monday, Ascension Thursday 39 days after Easter, Whit
 * Monday 50 days after). Alsace and Moselle add Good Friday and 26 December (Saint Stephen's day).
 *
 * <p>Example: {@code FrenchHoliday.EASTER_MONDAY.dateIn(2026)} is 6 April 2026; {@code FrenchHoliday.isHoliday(day, false)}
 * tells whether a day is off.
 * Immutable and thread-safe.
 */
public enum FrenchHoliday {
  /** 1 January, <i>Jour de l'an</i>. */
  NEW_YEARS_DAY("Jour de l'an", MonthDay.of(1, 1), 0, false),
  /** Good Friday, two days before Easter, <i>Vendredi saint</i>: Alsace-Moselle only. */
  GOOD_FRIDAY("Vendredi saint", null, -2, true),
  /** The Monday after Easter, <i>Lundi de Pâques</i>. */
  EASTER_MONDAY("Lundi de Pâques", null, 1, false),
  /** 1 May, <i>Fête du Travail</i>. */
  LABOUR_DAY("Fête du Travail", MonthDay.of(5, 1), 0, false),
  /** 8 May, <i>Victoire 1945</i>. */
  VICTORY_IN_EUROPE_DAY("Victoire 1945", MonthDay.of(5, 8), 0, false),
  /** Ascension Thursday, 39 days after Easter, <i>Ascension</i>. */
  ASCENSION_DAY("Ascension", null, 39, false),
  /** Whit Monday, 50 days after Easter, <i>Lundi de Pentecôte</i>. */
  WHIT_MONDAY("Lundi de Pentecôte", null, 50, false),
  /** 14 July, <i>Fête nationale</i>. */
  BASTILLE_DAY("Fête nationale", MonthDay.of(7, 14), 0, false),
  /** 15 August, <i>Assomption</i>. */
  ASSUMPTION_DAY("Assomption", MonthDay.of(8, 15), 0, false),
  /** 1 November, <i>Toussaint</i>. */
  ALL_SAINTS_DAY("Toussaint", MonthDay.of(11, 1), 0, false),
  /** 11 November, <i>Armistice 1918</i>. */
  ARMISTICE_DAY("Armistice 1918", MonthDay.of(11, 11), 0, false),
  /** 25 December, <i>Noël</i>. */
  CHRISTMAS_DAY("Noël", MonthDay.of(12, 25), 0, false),
  /** 26 December, <i>Saint-Étienne</i>: Alsace-Moselle only. */
  SAINT_STEPHENS_DAY("Saint-Étienne", MonthDay.of(12, 26), 0, true);

  private final String frenchName;
  private final @Nullable MonthDay fixed;
  private final int daysAfterEaster;
  private final boolean alsaceMoselleOnly;

  FrenchHoliday(String frenchName, @Nullable MonthDay fixed, int daysAfterEaster, boolean alsaceMoselleOnly) {
    this.frenchName = frenchName;
    this.fixed = fixed;
    this.daysAfterEaster = daysAfterEaster;
    this.alsaceMoselleOnly = alsaceMoselleOnly;
  }

  /**
   * The French name, such as {@code Lundi de Pâques}.
   *
   * @return the name, not null
   */
  public String frenchName() {
    return frenchName;
  }

  /**
   * Whether only Alsace and Moselle (departments 57, 67 and 68) observe this holiday.
   *
   * @return true for Good Friday and 26 December
   */
  public boolean isAlsaceMoselleOnly() {
    return alsaceMoselleOnly;
  }

  /**
   * The date of this holiday in a year.
   *
   * @param year the year, 1583 or later
   * @return the date, not null
   * @throws IllegalArgumentException if the year is before the Gregorian reform
   */
  public LocalDate dateIn(int year) {
    MonthDay date = fixed;
    return date != null ? date.atYear(year) : easterSunday(year).plusDays(daysAfterEaster);
  }

  /**
   * Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
   *
   * @param year the year, 1583 or later
   * @return Easter Sunday, not null
   * @throws IllegalArgumentException if the year is before 1583
   */
  public static LocalDate easterSunday(int year) {
    if (year < 1583) {
      throw new IllegalArgumentException("Easter is computed for Gregorian years from 1583, not " + year);
    }
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /**
   * The holidays of a year with their dates, in the order of this enum. Two holidays may fall on the same day
   * (Ascension on 1 May in 2008).
   *
   * @param year the year, 1583 or later
   * @param alsaceMoselle whether to add the two holidays of Alsace and Moselle
   * @return the dates by holiday, unmodifiable, not null
   * @throws IllegalArgumentException if the year is before 1583
   */
  public static Map<FrenchHoliday, LocalDate> in(int year, boolean alsaceMoselle) {
    Map<FrenchHoliday, LocalDate> holidays = new EnumMap<>(FrenchHoliday.class);
    for (FrenchHoliday holiday : values()) {
      if (alsaceMoselle || !holiday.alsaceMoselleOnly) {
        holidays.put(holiday, holiday.dateIn(year));
      }
    }
    return Collections.unmodifiableMap(holidays);
  }

  /**
   * The days off of a year.
   *
   * @param year the year, 1583 or later
   * @param alsaceMoselle whether to add the two holidays of Alsace and Moselle
   * @return the dates, sorted, unmodifiable, not null
   * @throws IllegalArgumentException if the year is before 1583
   */
  public static SortedSet<LocalDate> datesIn(int year, boolean alsaceMoselle) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(in(year, alsaceMoselle).values()));
  }

  /**
   * The holidays that fall on a day.
   *
   * @param day the day, not null
   * @param alsaceMoselle whether the two holidays of Alsace and Moselle count
   * @return the holidays, usually none or one, not null
   */
  public static List<FrenchHoliday> on(LocalDate day, boolean alsaceMoselle) {
    Objects.requireNonNull(day, "day");
    if (day.getYear() < 1583) {
      return List.of();
    }
    List<FrenchHoliday> found = new ArrayList<>(1);
    in(day.getYear(), alsaceMoselle).forEach((holiday, date) -> {
      if (date.equals(day)) {
        found.add(holiday);
      }
    });
    return List.copyOf(found);
  }

  /**
   * Whether a day is a public holiday.
   *
   * @param day the day, not null
   * @param alsaceMoselle whether the two holidays of Alsace and Moselle count
   * @return true on a holiday
   */
  public static boolean isHoliday(LocalDate day, boolean alsaceMoselle) {
    return !on(day, alsaceMoselle).isEmpty();
  }
}
