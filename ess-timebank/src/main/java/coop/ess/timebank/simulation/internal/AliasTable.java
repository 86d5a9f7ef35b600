package coop.ess.timebank.simulation.internal;

import java.util.Arrays;

/**
 * Draws an index with given integer weights in constant time (Vose's alias method), one random draw per sample.
 * Built with integer arithmetic so that the table, hence every run, is the same on every machine. Immutable after
 * construction; sampling is thread-safe given one stream per thread.
 */
public final class AliasTable {

  private static final double TWO_TO_32 = 4294967296.0;

  private final int size;
  private final long[] threshold;
  private final int[] alias;

  /**
   * A table.
   *
   * @param weights the weights, each at least 1, at least one
   */
  public AliasTable(long[] weights) {
    size = weights.length;
    threshold = new long[size];
    alias = new int[size];
    long total = 0;
    for (long weight : weights) {
      total += weight;
    }
    long[] scaled = new long[size];
    int[] small = new int[size];
    int[] large = new int[size];
    int smallCount = 0;
    int largeCount = 0;
    for (int i = 0; i < size; i++) {
      scaled[i] = weights[i] * size;
      if (scaled[i] < total) {
        small[smallCount++] = i;
      } else {
        large[largeCount++] = i;
      }
    }
    Arrays.fill(alias, -1);
    while (smallCount > 0 && largeCount > 0) {
      int less = small[--smallCount];
      int more = large[--largeCount];
      threshold[less] = toFraction(scaled[less], total);
      alias[less] = more;
      scaled[more] -= total - scaled[less];
      if (scaled[more] < total) {
        small[smallCount++] = more;
      } else {
        large[largeCount++] = more;
      }
    }
    for (int i = 0; i < size; i++) {
      if (alias[i] < 0) {
        threshold[i] = 1L << 32;
        alias[i] = i;
      }
    }
  }

  private static long toFraction(long part, long total) {
    return (long) ((double) part / total * TWO_TO_32);
  }

  /**
   * Draws an index.
   *
   * @param random the stream
   * @return 0 to size − 1
   */
  public int sample(SplitMix64 random) {
    long bits = random.nextLong();
    int column = (int) (((bits >>> 32) * size) >>> 32);
    return (bits & 0xFFFFFFFFL) < threshold[column] ? column : alias[column];
  }

  /**
   * The number of outcomes.
   *
   * @return at least 1
   */
  public int size() {
    return size;
  }
}
