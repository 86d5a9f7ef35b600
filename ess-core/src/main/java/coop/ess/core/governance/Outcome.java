package coop.ess.core.governance;

/**
 * What a count decided.
 *
 * <p>Immutable and thread-safe.
 */
public enum Outcome {
  /** The quorum was met and the threshold reached (<i>adoptée</i>). */
  ADOPTED,
  /** The quorum was met but the threshold was not reached (<i>rejetée</i>). */
  REJECTED,
  /** The quorum was not met: the sitting could not decide; a second convocation may. */
  NO_QUORUM
}
