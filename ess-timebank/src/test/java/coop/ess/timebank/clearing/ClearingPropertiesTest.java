package coop.ess.timebank.clearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of both clearing methods on random obligation networks. */
class ClearingPropertiesTest {

  @Property
  void theOptimalMethodClearsAsMuchAsABruteForceSearch(@ForAll("smallNetworks") ObligationArrays network) {
    ArrayClearingResult result = Clearing.clear(network, ClearingMethod.OPTIMAL);
    assertThat(result.remainingDebt()).isEqualTo(bruteForceLeastRemaining(network));
  }

  @Property
  void bothMethodsKeepNetPositionsAndNeverIncreaseAnObligation(@ForAll("networks") ObligationArrays network) {
    for (ClearingMethod method : ClearingMethod.values()) {
      ArrayClearingResult result = Clearing.clear(network, method);
      long[] before = network.netPositions();
      long[] after = new long[network.partyCount()];
      for (int i = 0; i < network.size(); i++) {
        long left = result.remaining(i);
        assertThat(left).as("obligation %d", i).isBetween(0L, network.amount(i));
        after[network.debtor(i)] += left;
        after[network.creditor(i)] -= left;
      }
      assertThat(after).as(method.name()).isEqualTo(before);
      assertThat(result.remainingDebt()).isGreaterThanOrEqualTo(result.netInternalDebt());
      assertThat(result.cleared()).isEqualTo(result.totalDebt() - result.remainingDebt());
    }
  }

  @Property
  void theFastMethodNeverBeatsTheOptimalOneAndLeavesNoCycle(@ForAll("networks") ObligationArrays network) {
    ArrayClearingResult fast = Clearing.clear(network, ClearingMethod.FAST);
    ArrayClearingResult optimal = Clearing.clear(network, ClearingMethod.OPTIMAL);
    assertThat(fast.cleared()).isLessThanOrEqualTo(optimal.cleared());
    assertThat(hasCycle(network, fast)).isFalse();
    assertThat(hasCycle(network, optimal)).isFalse();
  }

  /** Tries every vector of remaining amounts that keeps the net positions. */
  private static long bruteForceLeastRemaining(ObligationArrays network) {
    long[] target = network.netPositions();
    long[] remaining = new long[network.size()];
    long[] best = {Long.MAX_VALUE};
    search(network, 0, remaining, target, best);
    return best[0];
  }

  private static void search(ObligationArrays network, int index, long[] remaining, long[] target, long[] best) {
    if (index == network.size()) {
      long[] net = new long[network.partyCount()];
      long sum = 0;
      for (int i = 0; i < network.size(); i++) {
        net[network.debtor(i)] += remaining[i];
        net[network.creditor(i)] -= remaining[i];
        sum += remaining[i];
      }
      if (Arrays.equals(net, target)) {
        best[0] = Math.min(best[0], sum);
      }
      return;
    }
    for (long amount = 0; amount <= network.amount(index); amount++) {
      remaining[index] = amount;
      search(network, index + 1, remaining, target, best);
    }
  }

  private static boolean hasCycle(ObligationArrays network, ArrayClearingResult result) {
    int n = network.partyCount();
    int[] indegree = new int[n];
    List<List<Integer>> out = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      out.add(new ArrayList<>());
    }
    for (int i = 0; i < network.size(); i++) {
      if (result.remaining(i) > 0) {
        out.get(network.debtor(i)).add(network.creditor(i));
        indegree[network.creditor(i)]++;
      }
    }
    List<Integer> ready = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (indegree[v] == 0) {
        ready.add(v);
      }
    }
    int seen = 0;
    while (!ready.isEmpty()) {
      int v = ready.remove(ready.size() - 1);
      seen++;
      for (int w : out.get(v)) {
        if (--indegree[w] == 0) {
          ready.add(w);
        }
      }
    }
    return seen < n;
  }

  @Provide
  Arbitrary<ObligationArrays> smallNetworks() {
    return networks(4, 6, 3);
  }

  @Provide
  Arbitrary<ObligationArrays> networks() {
    return networks(12, 40, 1_000);
  }

  private static Arbitrary<ObligationArrays> networks(int maxParties, int maxObligations, int maxAmount) {
    return Arbitraries.integers().between(2, maxParties).flatMap(parties -> {
      Arbitrary<int[]> pair = Combinators.combine(
          Arbitraries.integers().between(0, parties - 1), Arbitraries.integers().between(1, parties - 1))
          .as((debtor, shift) -> new int[] {debtor, (debtor + shift) % parties});
      Arbitrary<Long> amount = Arbitraries.longs().between(1, maxAmount);
      return Combinators.combine(pair, amount).as((p, a) -> new long[] {p[0], p[1], a})
          .list().ofMaxSize(maxObligations)
          .map(rows -> {
            int[] debtors = new int[rows.size()];
            int[] creditors = new int[rows.size()];
            long[] amounts = new long[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
              debtors[i] = (int) rows.get(i)[0];
              creditors[i] = (int) rows.get(i)[1];
              amounts[i] = rows.get(i)[2];
            }
            return ObligationArrays.of(parties, debtors, creditors, amounts);
          });
    });
  }
}
