package coop.ess.timebank.internal;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.timebank.ExchangeId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IdIndexTest {

  @Provide
  Arbitrary<List<String>> ids() {
    Arbitrary<String> dense = Arbitraries.integers().between(0, 3000).map(String::valueOf);
    Arbitrary<String> sparse = Arbitraries.longs().between(0, 999_999_999_999_999_999L).map(String::valueOf);
    Arbitrary<String> strided = Arbitraries.integers().between(0, 500).map(i -> String.valueOf(i * 65_536L));
    Arbitrary<String> text = Arbitraries.strings().withChars("x0123456789").ofMinLength(1).ofMaxLength(6);
    return Arbitraries.oneOf(dense, sparse, strided, text).list().ofMaxSize(3000);
  }

  @Property(tries = 100)
  void theIndexAnswersLikeAMap(@ForAll("ids") List<String> ids) {
    IdIndex index = new IdIndex();
    Map<String, Integer> expected = new HashMap<>();
    for (String id : ids) {
      ExchangeId key = ExchangeId.of(id);
      assertThat(index.get(key)).isEqualTo(expected.getOrDefault(id, IdIndex.ABSENT));
      if (!expected.containsKey(id)) {
        expected.put(id, expected.size());
        index.put(key, expected.get(id));
      }
    }
    for (Map.Entry<String, Integer> entry : expected.entrySet()) {
      assertThat(index.get(ExchangeId.of(entry.getKey()))).isEqualTo(entry.getValue());
    }
  }

  /**
   * Numeric ids over several pages of the direct table: runs of consecutive ids from a random start, with gaps, with
   * ids far beyond that go to the hashed table, and with ids of a page made after them.
   */
  @Property(tries = 40)
  void numericIdsAcrossPagesAnswerLikeAMap(@ForAll long seed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    IdIndex index = new IdIndex();
    Map<Long, Integer> expected = new HashMap<>();
    long next = random.nextInt(3) == 0 ? 0 : random.nextLong(3 * IdIndex.PAGE);
    int count = random.nextInt(80_000);
    for (int k = 0; k < count; k++) {
      int dice = random.nextInt(100);
      long id = dice < 2 ? random.nextLong(1L << 40) : dice < 5 ? next + random.nextInt(5 * IdIndex.PAGE) : next++;
      assertThat(index.get(id)).isEqualTo(expected.getOrDefault(id, IdIndex.ABSENT));
      if (!expected.containsKey(id)) {
        expected.put(id, expected.size());
        index.put(id, expected.get(id));
      }
    }
    for (Map.Entry<Long, Integer> entry : expected.entrySet()) {
      assertThat(index.get(entry.getKey())).isEqualTo(entry.getValue());
    }
    for (int k = 0; k < 1_000; k++) {
      long id = random.nextLong(next + 2 * IdIndex.PAGE);
      assertThat(index.get(id)).isEqualTo(expected.getOrDefault(id, IdIndex.ABSENT));
    }
  }

  @Test
  void onlyCanonicalDecimalTextIsNumeric() {
    assertThat(IdIndex.numeric("0")).isZero();
    assertThat(IdIndex.numeric("42")).isEqualTo(42);
    assertThat(IdIndex.numeric("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
    assertThat(IdIndex.numeric("042")).isEqualTo(-1);
    assertThat(IdIndex.numeric("x42")).isEqualTo(-1);
    assertThat(IdIndex.numeric("4-2")).isEqualTo(-1);
    assertThat(IdIndex.numeric("1000000000000000000")).isEqualTo(-1);
  }
}
