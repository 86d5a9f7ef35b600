package coop.ess.benchmarks;

import coop.ess.core.governance.counting.Ballot;
import coop.ess.core.governance.counting.CountingMethod;
import coop.ess.core.governance.counting.Election;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * Schulze on {@code ballots} ballots ranking {@code candidates} candidates (random full rankings with a mild bias,
 * fixed seed): the SDK's {@code CountingMethod.SCHULZE} (one pass per ballot to fill the pairwise matrix from
 * positions, Floyd–Warshall widest paths, tiers, report) against the baseline a plain implementation would write: for
 * each ordered pair of candidates, scan every ballot and compare {@code indexOf} positions, then the same widest-path
 * loop, then pick the candidates nobody beats. Both find the same winners (checked at set-up).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SchulzeBenchmark {

  @Param({"1000"})
  public int ballots;

  @Param({"20"})
  public int candidates;

  private Election election;
  private List<String> names;
  private List<List<String>> rankings;

  /** Builds the ballots and checks that both implementations agree. */
  @Setup
  public void setUp() {
    Random random = new Random(20_260_302L);
    names = new ArrayList<>();
    for (int i = 0; i < candidates; i++) {
      names.add("C" + i);
    }
    rankings = new ArrayList<>();
    Election.Builder builder = Election.builder().addAllCandidates(names);
    for (int b = 0; b < ballots; b++) {
      List<String> ranking = new ArrayList<>(names);
      Collections.shuffle(ranking, random);
      if (random.nextInt(3) == 0) { // a bias so that the count is not a pure tie
        ranking.remove("C3");
        ranking.add(0, "C3");
      }
      rankings.add(ranking);
      builder.addBallots(Ballot.builder().ranking(ranking).build());
    }
    election = builder.build();
    List<String> sdk = CountingMethod.SCHULZE.count(election).ranking().get(0);
    List<String> naive = naiveSchulze();
    if (!sdk.equals(naive)) {
      throw new IllegalStateException("Implementations disagree: " + sdk + " vs " + naive);
    }
  }

  /**
   * The SDK's count.
   *
   * @return the winners
   */
  @Benchmark
  public List<String> schulze() {
    return CountingMethod.SCHULZE.count(election).winners();
  }

  /**
   * The baseline.
   *
   * @return the unbeaten candidates
   */
  @Benchmark
  public List<String> naiveSchulze() {
    int n = names.size();
    long[][] d = new long[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j) {
          continue;
        }
        for (List<String> ranking : rankings) {
          int pi = ranking.indexOf(names.get(i));
          int pj = ranking.indexOf(names.get(j));
          if (pi >= 0 && (pj < 0 || pi < pj)) {
            d[i][j]++;
          }
        }
      }
    }
    long[][] p = new long[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        p[i][j] = i != j && d[i][j] > d[j][i] ? d[i][j] : 0;
      }
    }
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (i != j && i != k && j != k) {
            p[i][j] = Math.max(p[i][j], Math.min(p[i][k], p[k][j]));
          }
        }
      }
    }
    List<String> winners = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean beaten = false;
      for (int j = 0; j < n; j++) {
        beaten |= p[j][i] > p[i][j];
      }
      if (!beaten) {
        winners.add(names.get(i));
      }
    }
    return winners;
  }
}
