package coop.ess.timebank;

/** Where an exchange stands in its workflow. */
public enum ExchangeStatus {
  /** Proposed by one side, waiting for the other; its amount is held against the limits of both. */
  PENDING,
  /** Posted: the balances moved. Final (a correction is a reversal, a new exchange). */
  POSTED,
  /** Declined by one side before it was confirmed. Final. */
  DECLINED,
  /** Not confirmed before its deadline. Final. */
  EXPIRED
}
