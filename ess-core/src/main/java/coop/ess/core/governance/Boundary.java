package coop.ess.core.governance;

/**
 * How a share is compared with a required fraction: "at least" (≥) or "more than" (&gt;). Statutes differ, so the
 * boundary is always explicit.
 *
 * <p>Immutable and thread-safe.
 */
public enum Boundary {
  /** The share must be at least the fraction (≥), as in "at least two thirds". */
  AT_LEAST,
  /** The share must exceed the fraction (&gt;), as in "more than half". */
  MORE_THAN;

  /**
   * Whether a comparison result satisfies this boundary.
   *
   * @param comparison the sign of {@code share - fraction}
   * @return true if the share passes
   */
  boolean holds(int comparison) {
    return this == AT_LEAST ? comparison >= 0 : comparison > 0;
  }
}
