package coop.ess.booking.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssValidationException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeWindowTest {

  @Test
  void parsesHoursAndMinutes() {
    assertThat(TimeWindow.parse("09:00-18:30")).isEqualTo(TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(18, 30)));
  }

  @Test
  void midnightClosesTheDay() {
    TimeWindow evening = TimeWindow.parse("18:00-24:00");
    assertThat(evening.endsAtMidnight()).isTrue();
    assertThat(evening.toString()).isEqualTo("18:00-24:00");
    assertThat(evening.on(LocalDate.of(2026, 3, 2), ZoneId.of("UTC")).orElseThrow().duration())
        .isEqualTo(Duration.ofHours(6));
  }

  @Test
  void aWindowClosingBeforeItOpensIsRefused() {
    assertThatThrownBy(() -> TimeWindow.parse("18:00-09:00")).isInstanceOf(EssValidationException.class)
        .hasMessageContaining("timeWindow.endNotAfterStart");
  }

  @Test
  void malformedTextIsRefusedAndQuoted() {
    assertThatThrownBy(() -> TimeWindow.parse("9h-18h")).isInstanceOf(EssValidationException.class)
        .hasMessageContaining("timeWindow.syntax").hasMessageContaining("9h-18h");
  }

  @Test
  void aWindowWhollyInTheSpringGapCoversNothing() {
    assertThat(TimeWindow.parse("02:00-03:00").on(LocalDate.of(2026, 3, 29), ZoneId.of("Europe/Paris"))).isEmpty();
  }
}
