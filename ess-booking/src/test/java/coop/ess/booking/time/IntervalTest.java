package coop.ess.booking.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class IntervalTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void anEndBeforeTheStartIsRefusedWithBothValues() {
    assertThatThrownBy(() -> Interval.of(Instant.parse("2026-03-02T10:00:00Z"), Instant.parse("2026-03-02T09:00:00Z")))
        .isInstanceOf(EssValidationException.class)
        .hasMessageContaining("interval.endNotAfterStart");
  }

  @Test
  void touchingIntervalsDoNotOverlap() {
    Interval morning = Interval.of(Instant.parse("2026-03-02T08:00:00Z"), Duration.ofHours(2));
    Interval next = Interval.of(morning.end(), Duration.ofHours(1));
    assertThat(morning.overlaps(next)).isFalse();
    assertThat(morning.overlaps(Interval.of(morning.end().minusSeconds(1), Duration.ofHours(1)))).isTrue();
  }

  @Test
  void aLocalStartInTheSpringGapStartsWhenTheGapEnds() {
    // 29 March 2026, Paris: 02:00 jumps to 03:00 (01:00 UTC).
    Interval interval = Interval.ofLocal(LocalDateTime.parse("2026-03-29T02:30"),
        LocalDateTime.parse("2026-03-29T04:00"), PARIS);
    assertThat(interval.start()).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
    assertThat(interval.duration()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void anIntervalOverTheAutumnOverlapCoversTheRepeatedHour() {
    // 25 October 2026, Paris: 03:00 goes back to 02:00; 02:00-03:00 happens twice.
    Interval interval = Interval.ofLocal(LocalDateTime.parse("2026-10-25T02:00"),
        LocalDateTime.parse("2026-10-25T03:00"), PARIS);
    assertThat(interval.start()).isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
    assertThat(interval.end()).isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
    assertThat(interval.duration()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void widenAddsBuffersOnEachSide() {
    Interval interval = Interval.of(Instant.parse("2026-03-02T10:00:00Z"), Duration.ofHours(1));
    Interval widened = interval.widen(Duration.ofMinutes(15), Duration.ofMinutes(30));
    assertThat(widened.start()).isEqualTo(Instant.parse("2026-03-02T09:45:00Z"));
    assertThat(widened.end()).isEqualTo(Instant.parse("2026-03-02T11:30:00Z"));
    assertThat(widened.encloses(interval)).isTrue();
  }
}
