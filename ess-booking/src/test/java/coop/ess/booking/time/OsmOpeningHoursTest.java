package coop.ess.booking.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OsmOpeningHoursTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void parsesWeekdaysTimesHolidaysAndDatedExceptions() {
    OpeningHours hours = OsmOpeningHours.parse(
        "Mo-Fr 09:00-12:30,13:30-18:00; Sa 10:00-13:00; PH off; 2026 May 01 10:00-16:00; 2026 Dec 24 off", PARIS);

    assertThat(hours.weekly().on(DayOfWeek.WEDNESDAY))
        .containsExactly(TimeWindow.parse("09:00-12:30"), TimeWindow.parse("13:30-18:00"));
    assertThat(hours.weekly().on(DayOfWeek.SATURDAY)).containsExactly(TimeWindow.parse("10:00-13:00"));
    assertThat(hours.weekly().on(DayOfWeek.SUNDAY)).isEmpty();
    assertThat(hours.closedOnPublicHolidays()).isTrue();
    assertThat(hours.windowsOn(LocalDate.of(2026, 5, 1), java.util.Set.of()))
        .containsExactly(TimeWindow.parse("10:00-16:00"));
    assertThat(hours.windowsOn(LocalDate.of(2026, 12, 24), java.util.Set.of())).isEmpty();
  }

  @Test
  void formatsGroupingConsecutiveDays() {
    OpeningHours hours = OpeningHours.builder().zone(PARIS)
        .weekly(WeeklyHours.builder().open(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), "09:00-18:00").open(DayOfWeek.SATURDAY, "10:00-13:00").build())
        .closedOnPublicHolidays(true)
        .putException(LocalDate.of(2026, 5, 1), List.of())
        .build();

    assertThat(OsmOpeningHours.format(hours)).isEqualTo("Mo-Fr 09:00-18:00; Sa 10:00-13:00; PH off; 2026 May 01 off");
  }

  @Test
  void twentyFourSevenIsOpenEveryDayAllDay() {
    OpeningHours hours = OsmOpeningHours.parse("24/7", PARIS);
    assertThat(OsmOpeningHours.format(hours)).isEqualTo("Mo-Su 00:00-24:00");
  }

  @Test
  void unsupportedRulesAreNamedWithTheirPosition() {
    assertThatThrownBy(() -> OsmOpeningHours.parse("Mo-Fr 09:00-18:00; sunrise-sunset; Sa 25:00-26:00", PARIS))
        .isInstanceOf(EssValidationException.class)
        .hasMessageContaining("rule[1]: The opening_hours rule \"sunrise-sunset\" (at character 20)")
        .hasMessageContaining("rule[2]").hasMessageContaining("timeWindow.syntax");
  }

  @Provide
  Arbitrary<String> windows() {
    return Arbitraries.integers().between(0, 22).flatMap(from -> Arbitraries.integers().between(from + 1, 24)
        .map(to -> String.format("%02d:00-%02d:00", from, to)));
  }

  @Property
  void formatThenParseGivesTheSameHours(@ForAll("windows") String monday, @ForAll("windows") String friday,
      @ForAll boolean holidays) {
    OpeningHours hours = OpeningHours.builder().zone(PARIS)
        .weekly(WeeklyHours.builder().open(DayOfWeek.MONDAY, monday).open(DayOfWeek.TUESDAY, monday)
            .open(DayOfWeek.FRIDAY, friday).build())
        .closedOnPublicHolidays(holidays).build();

    assertThat(OsmOpeningHours.parse(OsmOpeningHours.format(hours), PARIS)).isEqualTo(hours);
  }
}
