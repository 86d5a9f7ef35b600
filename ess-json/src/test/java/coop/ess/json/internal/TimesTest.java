package coop.ess.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TimesTest {

  @Property
  void formatWritesWhatTheIsoFormatterWrites(@ForAll("instants") Instant instant) {
    assertThat(Times.format(instant))
        .isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC)));
  }

  @Property
  void parseReadsWhatTheIsoParserReads(@ForAll("instants") Instant instant,
      @ForAll("offsets") int offsetSeconds) {
    String text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        instant.atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds)));

    assertThat(Times.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant()).isEqualTo(instant);
  }

  @Test
  void anImpossibleDateIsRefused() {
    assertThatThrownBy(() -> Times.parse("2026-02-30T10:00:00Z")).isInstanceOf(DateTimeException.class);
  }

  @Test
  void aDateTimeWithoutOffsetIsRefused() {
    assertThatThrownBy(() -> Times.parse("2026-03-02T10:00:00")).isInstanceOf(DateTimeException.class);
  }

  @Test
  void minutesWithoutSecondsAreRead() {
    assertThat(Times.parse("2026-03-02T10:00+01:00")).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-62_167_219_200L, 253_402_300_799L).flatMap(seconds -> Arbitraries.integers()
            .between(0, 999_999_999).map(nanos -> Instant.ofEpochSecond(seconds, nanos % 2 == 0 ? nanos : 0))),
        Arbitraries.of(Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-12-31T23:59:59.5Z"),
            Instant.EPOCH, Instant.parse("2026-03-02T08:30:00.120Z")));
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(-18 * 60, 18 * 60).map(minutes -> minutes * 60);
  }
}
