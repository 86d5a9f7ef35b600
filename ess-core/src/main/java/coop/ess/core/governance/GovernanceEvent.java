package coop.ess.core.governance;

import coop.ess.core.MemberId;
import coop.ess.core.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step recorded by a {@link BallotBox}, {@link ConsentProcess} or {@link ElectionWithoutCandidates}: a state
 * change, a presence, a proxy given, revoked or used, a vote cast or changed, an objection, or a refusal with its
 * violations.
 *
 * <p>The events of a secret ballot never carry a choice: only the voter took part. Events are never changed or removed.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class GovernanceEvent {

  /** What happened. */
  public enum Kind {
    /** A proposal was drafted. */
    PROPOSAL_DRAFTED,
    /** A proposal was scheduled. */
    PROPOSAL_SCHEDULED,
    /** A proposal opened to votes. */
    PROPOSAL_OPENED,
    /** A proposal closed, explicitly or at its deadline. */
    PROPOSAL_CLOSED,
    /** A proposal was decided. */
    PROPOSAL_DECIDED,
    /** A proposal was withdrawn. */
    PROPOSAL_WITHDRAWN,
    /** A member was recorded present. */
    PRESENCE_RECORDED,
    /** A present member left the sitting. */
    DEPARTURE_RECORDED,
    /** A member gave a proxy. */
    PROXY_GIVEN,
    /** A member revoked a proxy. */
    PROXY_REVOKED,
    /** A proxy holder voted for the member who gave the proxy. */
    PROXY_USED,
    /** A member cast a vote. */
    VOTE_CAST,
    /** A member changed a vote (open ballots). */
    VOTE_CHANGED,
    /** A member's own vote replaced the vote cast by their proxy holder. */
    PROXY_VOTE_OVERRIDDEN,
    /** An objection was raised in a consent round. */
    OBJECTION_RAISED,
    /** An objection was answered. */
    OBJECTION_ANSWERED,
    /** An objection was lifted by its author. */
    OBJECTION_LIFTED,
    /** A new consent round started with an amended proposal. */
    ROUND_STARTED,
    /** Consent was reached. */
    CONSENT_REACHED,
    /** A nomination was made or changed in an election without candidates. */
    NOMINATION,
    /** The election moved to its next phase. */
    PHASE_CHANGED,
    /** A request was refused; the state is unchanged. */
    REFUSED
  }

  GovernanceEvent() {}

  static ImmutableGovernanceEvent.Builder builder() {
    return ImmutableGovernanceEvent.builder();
  }

  /**
   * The position in the journal, from 1.
   *
   * @return the sequence number
   */
  public abstract long sequence();

  /**
   * When, by the engine's clock.
   *
   * @return the instant, not null
   */
  public abstract Instant at();

  /**
   * What happened.
   *
   * @return the kind, not null
   */
  public abstract Kind kind();

  /**
   * The proposal concerned.
   *
   * @return the proposal, possibly empty
   */
  public abstract Optional<ProposalId> proposal();

  /**
   * Who acted (the voter, the proxy giver, the objector…).
   *
   * @return the member, possibly empty
   */
  public abstract Optional<MemberId> actor();

  /**
   * The other member concerned: the proxy holder of a proxy given, the member represented by a proxy used, the
   * nominee of a nomination.
   *
   * @return the member, possibly empty
   */
  public abstract Optional<MemberId> other();

  /**
   * The choice, for open ballots only (never recorded for a secret ballot).
   *
   * @return the choice, possibly empty
   */
  public abstract Optional<VoteChoice> choice();

  /**
   * The previous choice of a changed or overridden vote.
   *
   * @return the choice, possibly empty
   */
  public abstract Optional<VoteChoice> previousChoice();

  /**
   * A free text: a statement, a reason, an objection, an answer.
   *
   * @return the text, not null, possibly empty
   */
  @Value.Default
  public String detail() {
    return "";
  }

  /**
   * Why a request was refused.
   *
   * @return the violations, not null, empty unless {@link Kind#REFUSED}
   */
  public abstract List<Violation> violations();

  @Override
  public final String toString() {
    StringBuilder out = new StringBuilder().append('#').append(sequence()).append(' ').append(kind());
    proposal().ifPresent(p -> out.append(" proposal=").append(p));
    actor().ifPresent(a -> out.append(" actor=").append(a));
    other().ifPresent(o -> out.append(" other=").append(o));
    choice().ifPresent(c -> out.append(" choice=").append(c));
    previousChoice().ifPresent(c -> out.append(" previous=").append(c));
    if (!detail().isEmpty()) {
      out.append(" \"").append(detail()).append('"');
    }
    violations().forEach(v -> out.append(' ').append(v.code()));
    return out.toString();
  }
}
