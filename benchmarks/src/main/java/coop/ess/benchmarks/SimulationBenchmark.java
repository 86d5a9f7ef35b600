package coop.ess.benchmarks;

import coop.ess.timebank.Limits;
import coop.ess.timebank.simulation.Simulation;
import coop.ess.timebank.simulation.SimulationSettings;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Simulation throughput in exchange attempts at one million members, per attempt:
 *
 * <ul>
 *   <li>{@code simulateMonth}: one month of the simulator with ten needs per member (10 million attempts), its monthly
 *       metrics included (a sort of a million balances, the Gini, the shares); no churn, so every month has exactly
 *       ten million needs;
 *   <li>{@code rawArrays}: the baseline, the same loop written flat over raw arrays: a uniform payer, a category and a
 *       duration from small tables, a uniform provider from that category's list, the floor and ceiling test, the
 *       two balance updates; no batching, no metrics, no observer, no churn.
 * </ul>
 *
 * <p>Memory per member is {@link Simulation#footprintBytes()} over the members, printed at set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SimulationBenchmark {

  private static final int ATTEMPTS = 10_000_000;

  @Param({"1000000"})
  public int members;

  private Simulation simulation;

  private long[] balances;
  private int[][] providers;
  private long[] durations;
  private int[] categoryOf;
  private long state = 1;
  private long floor;
  private long ceiling;

  @Setup(Level.Trial)
  public void setUp() {
    SimulationSettings settings = SimulationSettings.builder().members(members).months(1200).seed(1)
        .needsPerMemberPerMonth(ATTEMPTS / (double) members).joinRatePerMonth(0).leaveRatePerMonth(0).build();
    simulation = Simulation.of(settings);
    simulation.step();
    System.out.println("footprint: " + simulation.footprintBytes() / simulation.memberCount() + " bytes per member");

    Limits limits = settings.limits();
    floor = limits.floor();
    ceiling = limits.ceiling();
    balances = new long[members];
    durations = settings.durationWeights().entrySet().stream()
        .flatMapToLong(e -> java.util.stream.LongStream.generate(e::getKey).limit(e.getValue())).toArray();
    int categories = settings.categoryWeights().size();
    categoryOf = new int[settings.categoryWeights().values().stream().mapToInt(Integer::intValue).sum()];
    int index = 0;
    for (int category = 0; category < categories; category++) {
      int weight = settings.categoryWeights().values().stream().skip(category).findFirst().orElse(1);
      for (int k = 0; k < weight; k++) {
        categoryOf[index++] = category;
      }
    }
    providers = new int[categories][];
    for (int category = 0; category < categories; category++) {
      int size = members * settings.skillsPerMember() / categories;
      providers[category] = new int[size];
      for (int i = 0; i < size; i++) {
        providers[category][i] = (int) Math.floorMod(next(), (long) members);
      }
    }
  }

  private long next() {
    long z = state += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private int below(int bound) {
    return (int) (((next() >>> 32) * bound) >>> 32);
  }

  @Benchmark
  @OperationsPerInvocation(ATTEMPTS)
  public long simulateMonth() {
    if (simulation.isFinished()) {
      throw new IllegalStateException("Ran out of months");
    }
    return simulation.step().exchanges();
  }

  @Benchmark
  @OperationsPerInvocation(ATTEMPTS)
  public long rawArrays() {
    long exchanged = 0;
    for (int i = 0; i < ATTEMPTS; i++) {
      int payer = below(members);
      int category = categoryOf[below(categoryOf.length)];
      long minutes = durations[below(durations.length)];
      int[] list = providers[category];
      int payee = list[below(list.length)];
      if (payee == payer) {
        continue;
      }
      if (balances[payer] - minutes >= floor && balances[payee] + minutes <= ceiling) {
        balances[payer] -= minutes;
        balances[payee] += minutes;
        exchanged++;
      }
    }
    return exchanged;
  }
}
