package coop.ess.timebank.simulation;

/** What became of one exchange attempt: the ledger's answer, reduced to the limit that refused it. */
public enum Decision {
  /**
   * The exchange posted (or, with {@link SimulationSettings#confirmationDelayDays()}, was proposed and holds its
   * amount until confirmed).
   */
  ACCEPTED,
  /** Refused: the payer (who received the service) would go below its floor ({@code balance.belowFloor}). */
  BLOCKED_BY_FLOOR,
  /** Refused: the payee (who gave the service) would go above its ceiling ({@code balance.aboveCeiling}). */
  BLOCKED_BY_CEILING,
  /** Refused by both limits at once. */
  BLOCKED_BY_BOTH;

  /**
   * Whether the payer's floor refused the attempt.
   *
   * @return true for {@link #BLOCKED_BY_FLOOR} and {@link #BLOCKED_BY_BOTH}
   */
  public boolean byFloor() {
    return this == BLOCKED_BY_FLOOR || this == BLOCKED_BY_BOTH;
  }

  /**
   * Whether the payee's ceiling refused the attempt.
   *
   * @return true for {@link #BLOCKED_BY_CEILING} and {@link #BLOCKED_BY_BOTH}
   */
  public boolean byCeiling() {
    return this == BLOCKED_BY_CEILING || this == BLOCKED_BY_BOTH;
  }
}
