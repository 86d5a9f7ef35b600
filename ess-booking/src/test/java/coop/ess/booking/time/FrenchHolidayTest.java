package coop.ess.booking.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FrenchHolidayTest {

  @Test
  void easterSundayMatchesKnownDates() {
    assertThat(FrenchHoliday.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(FrenchHoliday.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(FrenchHoliday.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(FrenchHoliday.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    assertThat(FrenchHoliday.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
    assertThat(FrenchHoliday.easterSunday(1818)).isEqualTo(LocalDate.of(1818, 3, 22));
  }

  @Test
  void the2026HolidaysAreTheElevenOfTheCodeDuTravail() {
    assertThat(FrenchHoliday.datesIn(2026, false)).containsExactly(
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 8),
        LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 7, 14), LocalDate.of(2026, 8, 15),
        LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11), LocalDate.of(2026, 12, 25));
  }

  @Test
  void alsaceMoselleAddsGoodFridayAndSaintStephen() {
    assertThat(FrenchHoliday.datesIn(2026, true)).hasSize(13)
        .contains(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 12, 26));
    assertThat(FrenchHoliday.isHoliday(LocalDate.of(2026, 4, 3), false)).isFalse();
    assertThat(FrenchHoliday.on(LocalDate.of(2026, 12, 26), true)).containsExactly(FrenchHoliday.SAINT_STEPHENS_DAY);
  }

  @Test
  void twoHolidaysCanFallOnTheSameDay() {
    // 2008: Easter on 23 March, so Ascension on 1 May, Labour Day.
    assertThat(FrenchHoliday.on(LocalDate.of(2008, 5, 1), false))
        .containsExactly(FrenchHoliday.LABOUR_DAY, FrenchHoliday.ASCENSION_DAY);
    assertThat(FrenchHoliday.datesIn(2008, false)).hasSize(10);
  }

  @Test
  void anOrdinaryDayIsNoHoliday() {
    assertThat(FrenchHoliday.on(LocalDate.of(2026, 3, 2), true)).isEmpty();
  }

  @Test
  void yearsBeforeTheGregorianReformAreRefused() {
    assertThatThrownBy(() -> FrenchHoliday.easterSunday(1500)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1500");
  }

  @Property
  void easterIsASundayBetween22MarchAnd25April(@ForAll @IntRange(min = 1583, max = 9999) int year) {
    LocalDate easter = FrenchHoliday.easterSunday(year);
    assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(easter).isBetween(LocalDate.of(year, Month.MARCH, 22), LocalDate.of(year, Month.APRIL, 25));
  }

  @Property
  void movableHolidaysFallOnTheirWeekday(@ForAll @IntRange(min = 1583, max = 9999) int year) {
    assertThat(FrenchHoliday.EASTER_MONDAY.dateIn(year).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(FrenchHoliday.ASCENSION_DAY.dateIn(year).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(FrenchHoliday.WHIT_MONDAY.dateIn(year).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(FrenchHoliday.GOOD_FRIDAY.dateIn(year).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(FrenchHoliday.in(year, false)).hasSize(11);
    assertThat(FrenchHoliday.in(year, true)).hasSize(13);
  }
}
