package coop.ess.timebank;

/** What a call to the {@link Ledger} did. */
public enum Outcome {
  /** The exchange posted: balances moved. */
  POSTED,
  /** The exchange is proposed and waits for the other side; its amount is held. */
  PENDING,
  /** The pending exchange was declined; its hold is released. */
  DECLINED,
  /** The same exchange was already recorded under this id: nothing changed. */
  DUPLICATE,
  /** Refused: nothing changed; the result lists every violation. */
  REJECTED;

  /**
   * Whether the call changed the ledger.
   *
   * @return true for {@link #POSTED}, {@link #PENDING} and {@link #DECLINED}
   */
  public boolean changed() {
    return this == POSTED || this == PENDING || this == DECLINED;
  }
}
