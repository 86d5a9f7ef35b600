package coop.ess.booking.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssStateException;
import coop.ess.core.EssValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static EssValidationException invalid(String rule) {
    try {
      Recurrence.of(LocalDateTime.parse("2026-03-02T18:00"), PARIS, rule);
    } catch (EssValidationException e) {
      return e;
    }
    throw new AssertionError("accepted: " + rule);
  }

  @Test
  void aMisspelledFrequencyNamesThePartAndItsPosition() {
    EssValidationException e = invalid("FREQ=WEEKLY;BYDAY=MO;COUNT=1O");
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("recurrence.rulePartValue");
      assertThat(v.field()).isEqualTo("rule");
      assertThat(v.messageEn()).contains("Part 3", "'COUNT=1O'", "character 22", "COUNT");
      assertThat(v.messageFr()).contains("Partie 3", "caractère 22");
    });
  }

  @Test
  void anUnknownPartIsRefused() {
    assertThat(invalid("FREQ=DAILY;BYDAYS=MO").violations().get(0).code()).isEqualTo("recurrence.rulePartUnknown");
    assertThat(invalid("FREQ=DAILY;BYDAYS=MO").getMessage()).contains("character 12", "BYDAYS");
  }

  @Test
  void aPartWithoutValueIsRefused() {
    assertThat(invalid("FREQ=DAILY;;COUNT=2").violations().get(0).code()).isEqualTo("recurrence.rulePartSyntax");
    assertThat(invalid("FREQ=DAILY;COUNT").violations().get(0).messageEn()).contains("Part 2", "character 12");
  }

  @Test
  void aBadValueOfAKnownPartIsRefused() {
    assertThat(invalid("FREQ=FORTNIGHTLY").violations().get(0).messageEn()).contains("Part 1", "FREQ");
    assertThat(invalid("FREQ=MONTHLY;BYDAY=XX").violations().get(0).messageEn()).contains("Part 2", "BYDAY");
    assertThat(invalid("FREQ=YEARLY;BYMONTH=13").violations().get(0).messageEn()).contains("BYMONTH");
    assertThat(invalid("FREQ=DAILY;INTERVAL=0").violations().get(0).messageEn()).contains("INTERVAL");
    assertThat(invalid("FREQ=DAILY;UNTIL=2026-12-31").violations().get(0).messageEn()).contains("UNTIL");
  }

  @Test
  void aRuleWithoutFrequencyOrWithCountAndUntilIsRefused() {
    assertThat(invalid("COUNT=3").violations().get(0).code()).isEqualTo("recurrence.ruleNoFreq");
    assertThat(invalid("FREQ=DAILY;COUNT=3;UNTIL=20261231T000000Z").violations().get(0).code())
        .isEqualTo("recurrence.ruleCountAndUntil");
    assertThat(invalid("FREQ=DAILY;COUNT=3;COUNT=4").violations().get(0).code())
        .isEqualTo("recurrence.rulePartTwice");
    assertThat(invalid(" ").violations().get(0).code()).isEqualTo("recurrence.ruleBlank");
  }

  @Test
  void exdatesRemoveAndRdatesAddOccurrences() {
    Recurrence weekly = Recurrence.builder().start(LocalDateTime.parse("2026-03-02T18:00")).zone(PARIS)
        .rule("FREQ=WEEKLY;COUNT=4").addExdates(LocalDateTime.parse("2026-03-09T18:00"))
        .addRdates(LocalDateTime.parse("2026-03-12T10:00")).build();
    assertThat(weekly.localOccurrences(10)).extracting(LocalDateTime::toString)
        .containsExactly("2026-03-02T18:00", "2026-03-12T10:00", "2026-03-16T18:00", "2026-03-23T18:00");
  }

  @Test
  void withoutRuleTheStartAndRdatesAreTheOccurrences() {
    Recurrence dates = Recurrence.builder().start(LocalDateTime.parse("2026-03-02T18:00")).zone(PARIS)
        .addRdates(LocalDateTime.parse("2026-03-01T18:00")).build();
    assertThat(dates.isBounded()).isTrue();
    assertThat(dates.occurrences()).hasSize(2);
  }

  @Test
  void anUnboundedRuleNeedsALimit() {
    Recurrence forever = Recurrence.of(LocalDateTime.parse("2026-03-02T18:00"), PARIS, "FREQ=WEEKLY");
    assertThat(forever.isBounded()).isFalse();
    assertThat(forever.occurrences(1000)).hasSize(1000);
    assertThatThrownBy(forever::occurrences).isInstanceOf(EssStateException.class);
  }

  /** A weekly 02:30 series on Sundays of March and October, 2024-2030: the DST nights of Paris. */
  @Test
  void parisSpringGapsStartWhenTheGapEndsAndAutumnOverlapsTakeTheFirstPass() {
    for (int year = 2024; year <= 2030; year++) {
      LocalDate spring = LocalDate.of(year, 3, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
      LocalDate autumn = LocalDate.of(year, 10, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
      Recurrence r = Recurrence.builder().start(spring.minusWeeks(1).atTime(2, 30)).zone(PARIS)
          .rule("FREQ=WEEKLY;COUNT=3").addRdates(autumn.atTime(2, 30)).build();
      List<ZonedDateTime> all = r.occurrences();
      assertThat(all).extracting(ZonedDateTime::toOffsetDateTime).containsExactly(
          OffsetDateTime.of(spring.minusWeeks(1).atTime(2, 30), ZoneOffset.ofHours(1)),
          OffsetDateTime.of(spring.atTime(3, 0), ZoneOffset.ofHours(2)),      // 02:30 does not exist: 03:00 CEST
          OffsetDateTime.of(spring.plusWeeks(1).atTime(2, 30), ZoneOffset.ofHours(2)),
          OffsetDateTime.of(autumn.atTime(2, 30), ZoneOffset.ofHours(2)));    // twice: the first, CEST
    }
  }

  @Test
  void aDailyEveningSeriesKeepsItsWallClockTimeAcrossParisChanges() {
    for (int year = 2024; year <= 2030; year++) {
      LocalDate spring = LocalDate.of(year, 3, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
      List<ZonedDateTime> days = Recurrence.of(spring.minusDays(2).atTime(18, 0), PARIS, "FREQ=DAILY;COUNT=5")
          .occurrences();
      assertThat(days).allSatisfy(d -> assertThat(d.getHour()).isEqualTo(18));
      assertThat(Duration.between(days.get(1), days.get(2))).isEqualTo(Duration.ofHours(23));
      assertThat(Duration.between(days.get(2), days.get(3))).isEqualTo(Duration.ofHours(24));
    }
  }

  @Property
  void occurrencesAreSortedDistinctAndFreeOfExdates(@ForAll @IntRange(min = 1, max = 60) int count,
      @ForAll @IntRange(min = 0, max = 5) int skip, @ForAll @IntRange(min = 1, max = 3) int interval) {
    LocalDateTime start = LocalDateTime.parse("2026-01-05T18:00");
    Recurrence base = Recurrence.of(start, PARIS, "FREQ=DAILY;INTERVAL=" + interval + ";COUNT=" + count);
    LocalDateTime excluded = start.plusDays((long) skip * interval);
    Recurrence r = Recurrence.builder().from(base).addExdates(excluded).build();
    List<LocalDateTime> all = r.localOccurrences(1000);
    assertThat(all).isSorted().doesNotHaveDuplicates().doesNotContain(excluded);
    assertThat(all).hasSize(skip < count ? count - 1 : count);
    assertThat(r.occurrences(1000)).extracting(ZonedDateTime::toLocalDateTime).containsExactlyElementsOf(all);
  }
}
