package coop.ess.benchmarks;

import coop.ess.booking.event.Allocation;
import coop.ess.booking.event.Applicant;
import coop.ess.booking.event.Candidate;
import coop.ess.booking.event.DiversityAllocator;
import coop.ess.booking.event.DiversityRule;
import coop.ess.core.MemberId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The allocation by diversity priority of {@link DiversityAllocator} for {@code candidates} candidates spread over
 * {@code values} values of the attribute (skewed: value {@code k} is drawn with weight {@code 1/(k+1)}), 1,000
 * seats, against a naive implementation of the same rule: for each rank, scan every candidate left for the one whose
 * value has the fewest ranks, then the earliest application, draw and identifier. Both rank every candidate the same
 * way (checked at setup); the allocator also writes each candidate's explanation in two languages, the naive one
 * does not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DiversityAllocationBenchmark {

  private static final Instant START = Instant.parse("2026-02-16T08:00:00Z");
  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final DiversityRule RULE =
      DiversityRule.of("territory", DiversityRule.TieBreak.APPLICATION_TIME, 2026);
  private static final int SEATS = 1000;

  @Param({"10000"})
  public int candidates;

  @Param({"6", "100"})
  public int values;

  private List<Candidate> list;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    double[] weights = new double[values];
    double total = 0;
    for (int k = 0; k < values; k++) {
      weights[k] = 1.0 / (k + 1);
      total += weights[k];
    }
    list = new ArrayList<>(candidates);
    for (int i = 0; i < candidates; i++) {
      double r = random.nextDouble() * total;
      int k = 0;
      while (k < values - 1 && r >= weights[k]) {
        r -= weights[k];
        k++;
      }
      list.add(Candidate.of(Applicant.builder().member(MemberId.of("c" + i)).putAttribute("territory", "t" + k)
          .build(), START.plusSeconds(random.nextInt(7 * 24 * 3600 / 60) * 60L)));
    }
    List<MemberId> fast = allocator().lines().stream().map(l -> l.candidate().applicant().member()).toList();
    if (!fast.equals(naive())) {
      throw new IllegalStateException("The allocator and the naive scan rank differently");
    }
  }

  @Benchmark
  public Allocation allocator() {
    return DiversityAllocator.allocate(list, SEATS, RULE, ZONE);
  }

  /** The rule applied by scanning every candidate left for each rank: {@code O(n²)}. */
  @Benchmark
  public List<MemberId> naive() {
    int n = list.size();
    String[] value = new String[n];
    long[] draw = new long[n];
    for (int i = 0; i < n; i++) {
      value[i] = list.get(i).applicant().attribute(RULE.attribute()).orElse(DiversityAllocator.NO_VALUE);
      draw[i] = DiversityAllocator.draw(RULE.seed(), list.get(i).applicant().member());
    }
    boolean[] taken = new boolean[n];
    Map<String, Integer> ranks = new HashMap<>();
    List<MemberId> order = new ArrayList<>(n);
    for (int rank = 0; rank < n; rank++) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (!taken[i] && (best < 0 || before(i, best, value, draw, ranks))) {
          best = i;
        }
      }
      taken[best] = true;
      ranks.merge(value[best], 1, Integer::sum);
      order.add(list.get(best).applicant().member());
    }
    return order;
  }

  private boolean before(int a, int b, String[] value, long[] draw, Map<String, Integer> ranks) {
    int c = Integer.compare(ranks.getOrDefault(value[a], 0), ranks.getOrDefault(value[b], 0));
    if (c == 0) {
      c = list.get(a).appliedAt().compareTo(list.get(b).appliedAt());
    }
    if (c == 0) {
      c = Long.compareUnsigned(draw[a], draw[b]);
    }
    if (c == 0) {
      c = list.get(a).applicant().member().compareTo(list.get(b).applicant().member());
    }
    return c < 0;
  }
}
