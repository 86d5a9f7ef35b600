package coop.ess.timebank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MinutesTest {

  @Test
  void hoursAndMinutesShowAsHours() {
    assertThat(Minutes.format(90)).isEqualTo("1 h 30");
    assertThat(Minutes.format(65)).isEqualTo("1 h 05");
  }

  @Test
  void wholeHoursShowWithoutMinutes() {
    assertThat(Minutes.format(-1200)).isEqualTo("-20 h");
    assertThat(Minutes.format(2400)).isEqualTo("40 h");
  }

  @Test
  void lessThanAnHourShowsAsMinutes() {
    assertThat(Minutes.format(45)).isEqualTo("45 min");
    assertThat(Minutes.format(-45)).isEqualTo("-45 min");
  }

  @Test
  void zeroAndNegativeMixedAmountsShow() {
    assertThat(Minutes.format(0)).isEqualTo("0 h");
    assertThat(Minutes.format(-90)).isEqualTo("-1 h 30");
  }

  @Test
  void theExtremesDoNotOverflow() {
    assertThat(Minutes.format(Long.MIN_VALUE)).startsWith("-153722867280912930 h");
  }

  @Test
  void hoursConvertToMinutes() {
    assertThat(Minutes.ofHours(-20)).isEqualTo(-1200);
    assertThat(Minutes.ofHours(1, 30)).isEqualTo(90);
  }

  @Test
  void minutesBeyondAnHourAreRefused() {
    assertThatThrownBy(() -> Minutes.ofHours(1, 60)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 h 60");
  }
}
