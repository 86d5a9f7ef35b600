package coop.ess.core.governance;

/**
 * A choice on a motion. Whether abstentions and blank votes count among the votes cast is a statute option of the
 * {@link ResolutionType}, never implicit.
 *
 * <p>Immutable and thread-safe.
 */
// The order of the constants is that of Tally.of(for, against, abstain, blank); the ballot box relies on it.
public enum VoteChoice {
  /** For the motion (<i>pour</i>). */
  FOR,
  /** Against the motion (<i>contre</i>). */
  AGAINST,
  /** An explicit abstention (<i>abstention</i>). */
  ABSTAIN,
  /** A blank vote (<i>vote blanc</i>). */
  BLANK
}
