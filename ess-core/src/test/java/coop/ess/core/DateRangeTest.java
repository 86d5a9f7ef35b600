package coop.ess.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  private static final LocalDate BASE = LocalDate.of(2026, 1, 1);

  @Test
  void theEndIsExclusive() {
    DateRange range = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
    assertThat(range.contains(LocalDate.of(2026, 3, 1))).isTrue();
    assertThat(range.contains(LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(range.contains(LocalDate.of(2026, 4, 1))).isFalse();
    assertThat(range.contains(LocalDate.of(2026, 2, 28))).isFalse();
  }

  @Test
  void consecutiveRangesDoNotOverlap() {
    DateRange march = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
    DateRange fromApril = DateRange.from(LocalDate.of(2026, 4, 1));
    assertThat(march.overlaps(fromApril)).isFalse();
    assertThat(fromApril.overlaps(march)).isFalse();
    assertThat(fromApril.overlaps(DateRange.from(LocalDate.of(2030, 1, 1)))).isTrue();
  }

  @Test
  void anEndNotAfterTheStartIsRefused() {
    assertThatThrownBy(() -> DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)))
        .isInstanceOfSatisfying(EssValidationException.class,
            e -> assertThat(e.violations()).singleElement().satisfies(v -> {
              assertThat(v.code()).isEqualTo("dateRange.endNotAfterStart");
              assertThat(v.field()).isEqualTo("end");
            }));
  }

  @Property
  void overlapMeansSomeDayIsInBoth(@ForAll("ranges") DateRange a, @ForAll("ranges") DateRange b) {
    boolean sharedDay = false;
    for (LocalDate day = BASE; day.isBefore(BASE.plusDays(70)); day = day.plusDays(1)) {
      sharedDay |= a.contains(day) && b.contains(day);
    }
    assertThat(a.overlaps(b)).isEqualTo(sharedDay).isEqualTo(b.overlaps(a));
  }

  @Provide
  Arbitrary<DateRange> ranges() {
    Arbitrary<Integer> start = Arbitraries.integers().between(0, 30);
    Arbitrary<Optional<Integer>> length = Arbitraries.integers().between(1, 30).optional();
    return Combinators.combine(start, length).as((s, l) -> l
        .map(days -> DateRange.of(BASE.plusDays(s), BASE.plusDays(s + days)))
        .orElseGet(() -> DateRange.from(BASE.plusDays(s))));
  }
}
