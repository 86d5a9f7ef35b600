package coop.ess.core.governance;

/**
 * Where a proposal is in its life: {@code DRAFT → SCHEDULED → OPEN → CLOSED → DECIDED}, or {@code WITHDRAWN} from
 * any state before closing.
 *
 * <p>Immutable and thread-safe.
 */
public enum ProposalState {
  /** Being written; nobody can vote. */
  DRAFT,
  /** Its voting period is set; nobody can vote yet. */
  SCHEDULED,
  /** Votes are accepted and may be changed. */
  OPEN,
  /** Votes are no longer accepted; the count is final. */
  CLOSED,
  /** Counted, with an outcome statement. */
  DECIDED,
  /** Withdrawn by its authors before closing. */
  WITHDRAWN
}
