package coop.ess.timebank.clearing;

/**
 * How {@link Clearing} looks for debt to cancel.
 *
 * <p>Immutable and thread-safe.
 */
public enum ClearingMethod {
  /**
   * The largest amount that can be cancelled: the remaining obligations are a minimum-cost flow that routes every net
   * debtor's net debt to the net creditors over the existing obligations, each at most its original amount, at unit
   * cost per unit of debt per obligation. Exact; a primal-dual algorithm (shortest paths with potentials, then
   * blocking flows on the admissible arcs).
   */
  OPTIMAL,
  /**
   * A greedy depth-first search that cancels each directed cycle it meets by its smallest obligation until no cycle
   * remains. Never cancels more than {@link #OPTIMAL}, often as much; faster and simpler to explain.
   */
  FAST
}
