package coop.ess.timebank.clearing;

import java.util.Arrays;

/**
 * The optimal method, as a minimum-cost flow over primitive arrays.
 *
 * <p>Model: a super source feeds every net debtor its net debt, every net creditor drains its net credit to a super
 * sink, and each obligation is an arc of capacity its amount and cost 1. A flow of value equal to the net internal
 * debt always exists (the obligations themselves are one), every feasible flow is a set of remaining obligations that
 * keeps each party's net position and never exceeds an original amount, and its cost is the total remaining debt. So
 * a minimum-cost flow leaves the least debt possible, and clears the most.
 *
 * <p>Algorithm: primal-dual. Shortest distances from the source with reduced costs (Dijkstra, node potentials keep
 * reduced costs non-negative), then a maximum flow (Dinic's blocking flows) over the arcs of zero reduced cost; repeat
 * until the sources are exhausted. With unit costs the number of rounds is at most the length of the longest shortest
 * path, so large networks clear in a few rounds.
 */
final class MinCostFlowClearing {

  private static final long INFINITE = Long.MAX_VALUE / 4;

  private final ObligationArrays network;
  private final int nodes;
  private final int source;
  private final int sink;
  // Arcs are stored in pairs: arc a and its residual twin a ^ 1.
  private final int[] head;
  private final long[] capacity;
  private final int[] cost;
  private final int[] firstArc;
  private final int[] arcsOf;
  private final long[] potential;
  private final long[] distance;
  private final int[] level;
  private final int[] cursor;
  private final int[] path;
  private int arcCount;
  private long required;

  MinCostFlowClearing(ObligationArrays network) {
    this.network = network;
    int parties = network.partyCount();
    this.nodes = parties + 2;
    this.source = parties;
    this.sink = parties + 1;
    long[] net = network.netPositions();
    int terminals = 0;
    for (long position : net) {
      if (position != 0) {
        terminals++;
      }
    }
    int arcs = 2 * (network.size() + terminals);
    head = new int[arcs];
    capacity = new long[arcs];
    cost = new int[arcs];
    int[] tail = new int[arcs];
    for (int i = 0; i < network.size(); i++) {
      addArc(tail, network.debtor(i), network.creditor(i), network.amount(i), 1);
    }
    for (int v = 0; v < parties; v++) {
      if (net[v] > 0) {
        addArc(tail, source, v, net[v], 0);
        required += net[v];
      } else if (net[v] < 0) {
        addArc(tail, v, sink, -net[v], 0);
      }
    }
    // Arcs of each node, in compressed rows.
    firstArc = new int[nodes + 1];
    for (int a = 0; a < arcCount; a++) {
      firstArc[tail[a] + 1]++;
    }
    for (int v = 0; v < nodes; v++) {
      firstArc[v + 1] += firstArc[v];
    }
    arcsOf = new int[arcCount];
    int[] fill = firstArc.clone();
    for (int a = 0; a < arcCount; a++) {
      arcsOf[fill[tail[a]]++] = a;
    }
    potential = new long[nodes];
    distance = new long[nodes];
    level = new int[nodes];
    cursor = new int[nodes];
    path = new int[nodes];
  }

  private void addArc(int[] tail, int from, int to, long amount, int unitCost) {
    tail[arcCount] = from;
    head[arcCount] = to;
    capacity[arcCount] = amount;
    cost[arcCount] = unitCost;
    arcCount++;
    tail[arcCount] = to;
    head[arcCount] = from;
    capacity[arcCount] = 0;
    cost[arcCount] = -unitCost;
    arcCount++;
  }

  /** Runs the algorithm and returns the flow on each obligation's arc: its remaining amount. */
  long[] remaining() {
    long flow = 0;
    while (flow < required) {
      if (!shortestDistances()) {
        throw new IllegalStateException("Clearing found no path for the remaining net debt: " + (required - flow));
      }
      long limit = distance[sink];
      for (int v = 0; v < nodes; v++) {
        potential[v] += Math.min(distance[v], limit);
      }
      flow += blockingFlows();
    }
    long[] remaining = new long[network.size()];
    for (int i = 0; i < network.size(); i++) {
      remaining[i] = capacity[2 * i + 1];
    }
    return remaining;
  }

  private long reducedCost(int from, int arc) {
    return cost[arc] + potential[from] - potential[head[arc]];
  }

  /** Dijkstra from the source on reduced costs, stopped once the sink is settled; true if it is reachable. */
  private boolean shortestDistances() {
    Arrays.fill(distance, INFINITE);
    distance[source] = 0;
    LongHeap heap = new LongHeap(nodes);
    heap.push(0, source);
    while (!heap.isEmpty()) {
      long top = heap.pop();
      int u = (int) (top & 0xFFFF_FFFFL);
      long d = top >>> 32;
      if (d > distance[u]) {
        continue;
      }
      if (u == sink) {
        // Nodes not settled yet are at least as far as the sink: their potential rises by the sink's distance.
        break;
      }
      for (int k = firstArc[u]; k < firstArc[u + 1]; k++) {
        int arc = arcsOf[k];
        if (capacity[arc] > 0) {
          int v = head[arc];
          long candidate = d + reducedCost(u, arc);
          if (candidate < distance[v]) {
            distance[v] = candidate;
            heap.push(candidate, v);
          }
        }
      }
    }
    return distance[sink] < INFINITE;
  }

  /** Dinic's algorithm restricted to arcs of zero reduced cost. */
  private long blockingFlows() {
    long total = 0;
    int[] queue = new int[nodes];
    while (true) {
      Arrays.fill(level, -1);
      level[source] = 0;
      int read = 0;
      int write = 0;
      queue[write++] = source;
      while (read < write) {
        int u = queue[read++];
        for (int k = firstArc[u]; k < firstArc[u + 1]; k++) {
          int arc = arcsOf[k];
          int v = head[arc];
          if (capacity[arc] > 0 && level[v] < 0 && reducedCost(u, arc) == 0) {
            level[v] = level[u] + 1;
            queue[write++] = v;
          }
        }
      }
      if (level[sink] < 0) {
        return total;
      }
      System.arraycopy(firstArc, 0, cursor, 0, nodes);
      long pushed;
      while ((pushed = augment()) > 0) {
        total += pushed;
      }
    }
  }

  /** Finds one augmenting path in the level graph without recursion and pushes its bottleneck. */
  private long augment() {
    int depth = 0;
    int u = source;
    while (true) {
      if (u == sink) {
        long bottleneck = INFINITE;
        for (int k = 0; k < depth; k++) {
          bottleneck = Math.min(bottleneck, capacity[path[k]]);
        }
        for (int k = 0; k < depth; k++) {
          capacity[path[k]] -= bottleneck;
          capacity[path[k] ^ 1] += bottleneck;
        }
        return bottleneck;
      }
      boolean advanced = false;
      while (cursor[u] < firstArc[u + 1]) {
        int arc = arcsOf[cursor[u]];
        int v = head[arc];
        if (capacity[arc] > 0 && level[v] == level[u] + 1 && reducedCost(u, arc) == 0) {
          path[depth++] = arc;
          u = v;
          advanced = true;
          break;
        }
        cursor[u]++;
      }
      if (!advanced) {
        if (depth == 0) {
          return 0;
        }
        level[u] = -1;                      // a dead end: never enter it again in this phase
        depth--;
        u = head[path[depth] ^ 1];
        cursor[u]++;
      }
    }
  }

  /** A binary min-heap of (distance, node) pairs packed into longs. */
  private static final class LongHeap {
    private long[] items;
    private int size;

    LongHeap(int capacity) {
      items = new long[Math.max(16, capacity)];
    }

    boolean isEmpty() {
      return size == 0;
    }

    void push(long priority, int node) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      long item = (priority << 32) | node;
      int i = size++;
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (items[parent] <= item) {
          break;
        }
        items[i] = items[parent];
        i = parent;
      }
      items[i] = item;
    }

    long pop() {
      long top = items[0];
      long last = items[--size];
      int i = 0;
      while (true) {
        int child = 2 * i + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && items[child + 1] < items[child]) {
          child++;
        }
        if (items[child] >= last) {
          break;
        }
        items[i] = items[child];
        i = child;
      }
      items[i] = last;
      return top;
    }
  }
}
