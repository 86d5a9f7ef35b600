package coop.ess.timebank.simulation.internal;

/**
 * The random stream of a simulation: SplitMix64 (Steele, Lea and Flood 2014), written out here so that a seed gives
 * the same stream on every JDK. Not thread-safe.
 */
public final class SplitMix64 {

  private long state;

  /**
   * A stream.
   *
   * @param seed the seed
   */
  public SplitMix64(long seed) {
    this.state = seed;
  }

  /**
   * The next 64 random bits.
   *
   * @return any long
   */
  public long nextLong() {
    long z = state += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * A number below a bound, by multiply-and-shift of 32 random bits (bias below 2^-32 × bound, far under any
   * statistical effect of the model).
   *
   * @param bound at least 1
   * @return 0 to bound − 1
   */
  public int nextInt(int bound) {
    return (int) (((nextLong() >>> 32) * bound) >>> 32);
  }
}
