package coop.ess.timebank.simulation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AliasTableTest {

  @Test
  void splitMix64GivesTheReferenceStream() {
    // The first outputs of SplitMix64 seeded with 0 (Steele, Lea and Flood; Vigna's reference C code).
    SplitMix64 random = new SplitMix64(0);
    assertThat(random.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
    assertThat(random.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
  }

  @Test
  void aSingleOutcomeIsAlwaysDrawn() {
    AliasTable table = new AliasTable(new long[] {7});
    SplitMix64 random = new SplitMix64(3);
    for (int i = 0; i < 100; i++) {
      assertThat(table.sample(random)).isZero();
    }
  }

  @Property(tries = 30)
  void drawsFollowTheWeights(@ForAll @Size(min = 1, max = 8) java.util.List<@IntRange(min = 1, max = 20) Integer> weights,
      @ForAll long seed) {
    long[] w = weights.stream().mapToLong(Integer::longValue).toArray();
    long total = java.util.Arrays.stream(w).sum();
    AliasTable table = new AliasTable(w);
    SplitMix64 random = new SplitMix64(seed);
    int draws = 200_000;
    long[] counts = new long[w.length];
    for (int i = 0; i < draws; i++) {
      counts[table.sample(random)]++;
    }
    for (int i = 0; i < w.length; i++) {
      assertThat((double) counts[i] / draws).isCloseTo((double) w[i] / total, within(0.01));
    }
  }

  @Test
  void nextIntStaysBelowItsBound() {
    SplitMix64 random = new SplitMix64(9);
    for (int i = 0; i < 10_000; i++) {
      assertThat(random.nextInt(7)).isBetween(0, 6);
    }
  }
}
