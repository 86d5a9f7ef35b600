package coop.ess.timebank.simulation;

/**
 * Watches a {@link Simulation} as it runs: for tracing small runs, replaying them elsewhere (a real ledger, a
 * visualisation) or showing progress. Each method is called on the thread that drives the simulation, after the
 * state it reports has changed. Every method does nothing by default.
 *
 * <p>Months are numbered from 1; members are numbered from 0 in the order they joined.
 */
public interface SimulationObserver {

  /** An observer that does nothing. */
  SimulationObserver NONE = new SimulationObserver() {};

  /**
   * A member joined (the initial members join in month 1).
   *
   * @param month the month
   * @param member the member's number
   */
  default void joined(int month, int member) {}

  /**
   * A need found a provider and the exchange was decided (and, if accepted, posted, or proposed and held when
   * {@link SimulationSettings#confirmationDelayDays()} is above 0).
   *
   * @param month the month
   * @param payer who received the service and pays
   * @param payee who gave the service and earns
   * @param category the category's index in {@link SimulationSettings#categoryWeights()}
   * @param minutes the duration
   * @param decision the decision, not null
   */
  default void attempted(int month, int payer, int payee, int category, long minutes, Decision decision) {}

  /**
   * A day of the month started, before the exchanges due that day are confirmed and that day's needs arrive. Called
   * only when exchanges are held ({@link SimulationSettings#confirmationDelayDays()} above 0), for day 0 then each day
   * on which a need arrives.
   *
   * @param month the month
   * @param day the day, 0 to 29
   */
  default void dayStarted(int month, int day) {}

  /**
   * A pending exchange was confirmed and posted (only when {@link SimulationSettings#confirmationDelayDays()} is above
   * 0): its holds are released and the balances moved. Pending exchanges are confirmed in the order they were
   * proposed (accepted).
   *
   * @param month the month
   * @param day the day of confirmation, 0 to 29, or 30 for the month's end (after the last need, before churn)
   * @param payer who received the service and pays
   * @param payee who gave the service and earns
   * @param minutes the duration
   */
  default void confirmed(int month, int day, int payer, int payee, long minutes) {}

  /**
   * A member left; its account stays, with its balance.
   *
   * @param month the month
   * @param member the member's number
   */
  default void left(int month, int member) {}

  /**
   * A month ended, after churn and demurrage.
   *
   * @param metrics its metrics, not null
   */
  default void monthEnded(PeriodMetrics metrics) {}
}
