package coop.ess.booking.time;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.DateRange;
import coop.ess.core.community.MemberCategory;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final List<DayOfWeek> WEEKDAYS = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
  private static final Set<MemberCategory> NOBODY_SPECIAL = Set.of();
  private static final Set<MemberCategory> CARRIER = Set.of(MemberCategory.PROJECT_CARRIER);

  private static final OpeningHours COWORKING = OpeningHours.builder()
      .zone(PARIS)
      .weekly(WeeklyHours.builder().open(WEEKDAYS, "09:00-12:30", "13:30-18:00").open(SATURDAY, "10:00-13:00")
          .build())
      .putHoursByCategory(MemberCategory.PROJECT_CARRIER,
          WeeklyHours.builder().open(WEEKDAYS, "08:00-09:00", "12:30-13:30", "18:00-22:00").build())
      .putException(LocalDate.of(2026, 3, 6), List.of(TimeWindow.parse("09:00-12:00")))
      .putException(LocalDate.of(2026, 5, 1), List.of(TimeWindow.parse("10:00-16:00")))
      .addBlackouts(DateRange.of(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 24)))
      .closedOnPublicHolidays(true)
      .build();

  private static Interval paris(String start, String end) {
    return Interval.ofLocal(LocalDateTime.parse(start), LocalDateTime.parse(end), PARIS);
  }

  @Test
  void weeklyHoursOpenOnWeekdays() {
    assertThat(COWORKING.windowsOn(LocalDate.of(2026, 3, 2), NOBODY_SPECIAL))
        .containsExactly(TimeWindow.parse("09:00-12:30"), TimeWindow.parse("13:30-18:00"));
    assertThat(COWORKING.windowsOn(LocalDate.of(2026, 3, 8), NOBODY_SPECIAL)).isEmpty();
  }

  @Test
  void aBookingInsideAWindowIsOpenAndOneOverLunchIsNot() {
    assertThat(COWORKING.isOpen(paris("2026-03-02T09:00", "2026-03-02T12:30"), NOBODY_SPECIAL)).isTrue();
    assertThat(COWORKING.isOpen(paris("2026-03-02T11:00", "2026-03-02T14:00"), NOBODY_SPECIAL)).isFalse();
  }

  @Test
  void projectCarriersGetLongerHours() {
    Interval evening = paris("2026-03-02T17:00", "2026-03-02T21:00");
    assertThat(COWORKING.isOpen(evening, NOBODY_SPECIAL)).isFalse();
    assertThat(COWORKING.isOpen(evening, CARRIER)).isTrue();
    // The union of windows merges into one stretch from 08:00 to 22:00.
    assertThat(COWORKING.openIntervals(paris("2026-03-02T00:00", "2026-03-03T00:00"), CARRIER))
        .containsExactly(paris("2026-03-02T08:00", "2026-03-02T22:00"));
  }

  @Test
  void aDatedExceptionReplacesTheDaysHours() {
    assertThat(COWORKING.windowsOn(LocalDate.of(2026, 3, 6), CARRIER)).containsExactly(TimeWindow.parse("09:00-12:00"));
  }

  @Test
  void publicHolidaysCloseUnlessAnExceptionOpens() {
    assertThat(COWORKING.windowsOn(LocalDate.of(2026, 4, 6), CARRIER)).isEmpty(); // Easter Monday
    assertThat(COWORKING.windowsOn(LocalDate.of(2026, 5, 1), NOBODY_SPECIAL))
        .containsExactly(TimeWindow.parse("10:00-16:00"));
  }

  @Test
  void aBlackoutClosesEveryDayOfItsPeriod() {
    assertThat(COWORKING.windowsOn(LocalDate.of(2026, 8, 10), CARRIER)).isEmpty();
    assertThat(COWORKING.blackoutOn(LocalDate.of(2026, 8, 23))).isPresent();
    assertThat(COWORKING.windowsOn(LocalDate.of(2026, 8, 24), NOBODY_SPECIAL)).hasSize(2);
  }

  @Test
  void windowsToAndFromMidnightJoinOvernight() {
    OpeningHours nightly = OpeningHours.builder().zone(PARIS)
        .weekly(WeeklyHours.builder().open(FRIDAY, "20:00-24:00").open(SATURDAY, "00:00-02:00").build()).build();
    assertThat(nightly.isOpen(paris("2026-03-06T22:00", "2026-03-07T01:30"), NOBODY_SPECIAL)).isTrue();
    assertThat(nightly.isOpen(paris("2026-03-06T22:00", "2026-03-07T02:30"), NOBODY_SPECIAL)).isFalse();
  }

  @Test
  void alwaysIsOpenAcrossDaysAndDstChanges() {
    OpeningHours always = OpeningHours.always(PARIS);
    assertThat(always.isOpen(paris("2026-03-28T12:00", "2026-03-30T12:00"), NOBODY_SPECIAL)).isTrue();
  }

  @Test
  void theSpringForwardNightHasOneHourLessOfOpening() {
    // Paris, 29 March 2026: a window 01:00-05:00 covers 3 hours of real time.
    assertThat(nightOpening(LocalDate.of(2026, 3, 29))).isEqualTo(Duration.ofHours(3));
  }

  @Test
  void theFallBackNightHasOneHourMoreOfOpening() {
    // Paris, 25 October 2026: a window 01:00-05:00 covers 5 hours of real time.
    assertThat(nightOpening(LocalDate.of(2026, 10, 25))).isEqualTo(Duration.ofHours(5));
  }

  @Test
  void aBookingOverTheSpringGapFitsTheWindowItIsInside() {
    OpeningHours night = nightHours();
    // 01:30 to 03:30 wall-clock on 29 March 2026 is one hour of real time and lies inside 01:00-05:00.
    Interval booking = paris("2026-03-29T01:30", "2026-03-29T03:30");
    assertThat(booking.duration()).isEqualTo(Duration.ofHours(1));
    assertThat(night.isOpen(booking, NOBODY_SPECIAL)).isTrue();
  }

  @Property
  void dstNightsInParisGainOrLoseExactlyOneHour(@ForAll @IntRange(min = 1996, max = 2037) int year) {
    LocalDate spring = LocalDate.of(year, Month.MARCH, 31).with(TemporalAdjusters.lastInMonth(SUNDAY));
    LocalDate autumn = LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.lastInMonth(SUNDAY));
    assertThat(nightOpening(spring)).isEqualTo(Duration.ofHours(3));
    assertThat(nightOpening(autumn)).isEqualTo(Duration.ofHours(5));
    assertThat(nightOpening(spring.plusDays(1))).isEqualTo(Duration.ofHours(4));
    assertThat(nightOpening(autumn.minusDays(1))).isEqualTo(Duration.ofHours(4));
  }

  private static OpeningHours nightHours() {
    WeeklyHours.Builder weekly = WeeklyHours.builder();
    for (DayOfWeek day : DayOfWeek.values()) {
      weekly.open(day, "01:00-05:00");
    }
    return OpeningHours.builder().zone(PARIS).weekly(weekly.build()).build();
  }

  private static Duration nightOpening(LocalDate day) {
    Interval wholeDay = Interval.ofLocal(day.atStartOfDay(), day.plusDays(1).atStartOfDay(), PARIS);
    return nightHours().openIntervals(wholeDay, NOBODY_SPECIAL).stream()
        .map(Interval::duration).reduce(Duration.ZERO, Duration::plus);
  }
}
