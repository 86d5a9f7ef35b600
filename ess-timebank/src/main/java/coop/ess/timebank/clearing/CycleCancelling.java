package coop.ess.timebank.clearing;

/**
 * The fast method: a depth-first search over the obligations that still have an amount; each time it closes a
 * directed cycle it cancels the cycle's smallest amount along it, then resumes from the first obligation that fell
 * to zero. Nodes whose search finished can no longer be on a cycle (amounts only decrease), so the search ends with
 * no directed cycle left. Each cancellation zeroes at least one obligation.
 */
final class CycleCancelling {

  private static final byte WHITE = 0;
  private static final byte GREY = 1;
  private static final byte BLACK = 2;

  private CycleCancelling() {}

  static long[] remaining(ObligationArrays network) {
    int n = network.partyCount();
    int m = network.size();
    long[] rest = network.amountsView().clone();
    // Outgoing obligations of each party, in compressed rows.
    int[] start = new int[n + 1];
    for (int i = 0; i < m; i++) {
      start[network.debtor(i) + 1]++;
    }
    for (int v = 0; v < n; v++) {
      start[v + 1] += start[v];
    }
    int[] out = new int[m];
    int[] fill = start.clone();
    for (int i = 0; i < m; i++) {
      out[fill[network.debtor(i)]++] = i;
    }
    byte[] state = new byte[n];
    int[] next = start.clone();           // next outgoing obligation to look at, per party
    int[] position = new int[n];          // depth of a grey party on the stack
    int[] stack = new int[n];             // parties on the path
    int[] via = new int[n];               // obligation from stack[k] to stack[k + 1]
    for (int root = 0; root < n; root++) {
      if (state[root] != WHITE) {
        continue;
      }
      int depth = 0;
      stack[0] = root;
      position[root] = 0;
      state[root] = GREY;
      while (depth >= 0) {
        int u = stack[depth];
        int edge = -1;
        while (next[u] < start[u + 1]) {
          int candidate = out[next[u]];
          if (rest[candidate] > 0 && state[network.creditor(candidate)] != BLACK) {
            edge = candidate;
            break;
          }
          next[u]++;
        }
        if (edge < 0) {
          state[u] = BLACK;
          depth--;
          continue;
        }
        int v = network.creditor(edge);
        if (state[v] == WHITE) {
          via[depth] = edge;
          depth++;
          stack[depth] = v;
          position[v] = depth;
          state[v] = GREY;
          continue;
        }
        // v is grey: the path from v to u plus this edge is a cycle.
        int from = position[v];
        long smallest = rest[edge];
        for (int k = from; k < depth; k++) {
          smallest = Math.min(smallest, rest[via[k]]);
        }
        rest[edge] -= smallest;
        int cut = -1;
        for (int k = from; k < depth; k++) {
          rest[via[k]] -= smallest;
          if (cut < 0 && rest[via[k]] == 0) {
            cut = k;
          }
        }
        if (cut >= 0) {
          // Parties above the first emptied obligation leave the path unfinished: they may be reached again.
          for (int k = cut + 1; k <= depth; k++) {
            state[stack[k]] = WHITE;
          }
          depth = cut;
        }
      }
    }
    return rest;
  }
}
