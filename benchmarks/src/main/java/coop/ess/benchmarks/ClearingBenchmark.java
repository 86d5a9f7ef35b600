package coop.ess.benchmarks;

import coop.ess.timebank.clearing.ArrayClearingResult;
import coop.ess.timebank.clearing.Clearing;
import coop.ess.timebank.clearing.ClearingMethod;
import coop.ess.timebank.clearing.ObligationArrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
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
 * Optimal multilateral clearing of a random obligation network ({@code obligations} distinct debtor–creditor pairs
 * among {@code obligations / 5} parties, amounts 1–1,000) by the SDK, against JGraphT's
 * {@link CapacityScalingMinimumCostFlow} on the same minimum-cost-flow problem (supplies = net positions, capacities
 * = amounts, unit costs). Both must leave the same remaining debt (checked at set-up). The SDK's fast method is
 * measured too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClearingBenchmark {

  @Param({"100000"})
  public int obligations;

  private ObligationArrays network;
  private MinimumCostFlowProblem<Integer, DefaultWeightedEdge> jgraphtProblem;

  @Setup
  public void setUp() {
    Random random = new Random(7);
    int parties = Math.max(2, obligations / 5);
    int[] debtors = new int[obligations];
    int[] creditors = new int[obligations];
    long[] amounts = new long[obligations];
    Set<Long> pairs = new HashSet<>();
    for (int i = 0; i < obligations; i++) {
      int debtor;
      int creditor;
      do {
        debtor = random.nextInt(parties);
        creditor = random.nextInt(parties);
      } while (debtor == creditor || !pairs.add((long) debtor * parties + creditor));
      debtors[i] = debtor;
      creditors[i] = creditor;
      amounts[i] = 1 + random.nextInt(1000);
    }
    network = ObligationArrays.of(parties, debtors, creditors, amounts);

    Graph<Integer, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < parties; v++) {
      graph.addVertex(v);
    }
    java.util.Map<DefaultWeightedEdge, Integer> capacity = new java.util.HashMap<>();
    for (int i = 0; i < obligations; i++) {
      DefaultWeightedEdge edge = graph.addEdge(debtors[i], creditors[i]);
      graph.setEdgeWeight(edge, 1.0);
      capacity.put(edge, (int) amounts[i]);
    }
    long[] net = network.netPositions();
    jgraphtProblem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
        graph, v -> (int) net[v], capacity::get);

    long sdkRemaining = sdkOptimal().remainingDebt();
    long jgraphtRemaining = Math.round(jgraphtMinimumCostFlow());
    if (sdkRemaining != jgraphtRemaining) {
      throw new IllegalStateException("SDK leaves " + sdkRemaining + ", JGraphT " + jgraphtRemaining);
    }
    System.out.printf("%n%d obligations: total %d, net internal %d, optimal cleared %d, fast cleared %d%n",
        obligations, network.totalDebt(), network.netInternalDebt(), sdkOptimal().cleared(), sdkFast().cleared());
  }

  /** The SDK's optimal method. */
  @Benchmark
  public ArrayClearingResult sdkOptimal() {
    return Clearing.clear(network, ClearingMethod.OPTIMAL);
  }

  /** The SDK's fast (cycle-cancelling) method. */
  @Benchmark
  public ArrayClearingResult sdkFast() {
    return Clearing.clear(network, ClearingMethod.FAST);
  }

  /** The baseline: JGraphT's capacity-scaling minimum-cost flow; its cost is the remaining debt. */
  @Benchmark
  public double jgraphtMinimumCostFlow() {
    return new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
        .getMinimumCostFlow(jgraphtProblem).getCost();
  }
}
