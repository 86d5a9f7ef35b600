package coop.ess.core.governance;

import coop.ess.core.MemberId;
import coop.ess.core.Violation;
import coop.ess.core.internal.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step recorded by a {@link BallotBox}, {@link ConsentProcess} or {@link ElectionWithoutCandidates}: a state
 * change, a presence, a proxy given, revoked or used, a vote cast or changed, an objection, or a refusal with its
 * violations.
 *
 * <p>The events of a secret ballot never carry a choice: only the voter took part; the anonymous {@link #tally()} of
 * the ballot is recorded when it closes. Events are never changed or removed. The journal of a {@link BallotBox}
 * holds everything needed to {@link BallotBox#replay rebuild} it: the proposal as drafted, the voting period, the
 * convocation and outcome of a decision.
 *
 * <p>The engines record events; {@link #builder()} is for reading them back from storage. Immutable and
 * thread-safe.
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
    /** A member's attendance was recorded: present in the room or online, or voting by correspondence (the detail). */
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

  /**
   * A builder, to read events back from storage; the engines record their own.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
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

  /**
   * The proposal as it was drafted, on {@link Kind#PROPOSAL_DRAFTED}.
   *
   * @return the draft, possibly empty
   */
  public abstract Optional<Proposal> drafted();

  /**
   * When voting opens, on {@link Kind#PROPOSAL_SCHEDULED}.
   *
   * @return the instant, possibly empty
   */
  public abstract Optional<Instant> opensAt();

  /**
   * The deadline, on {@link Kind#PROPOSAL_SCHEDULED}.
   *
   * @return the instant, possibly empty
   */
  public abstract Optional<Instant> closesAt();

  /**
   * The convocation counted (1 or 2), on {@link Kind#PROPOSAL_DECIDED}.
   *
   * @return the convocation, possibly empty
   */
  public abstract Optional<Integer> convocation();

  /**
   * The outcome, on {@link Kind#PROPOSAL_DECIDED}; the {@link #detail()} is then {@code OUTCOME: statement}.
   *
   * @return the outcome, possibly empty
   */
  public abstract Optional<Outcome> outcome();

  /**
   * The anonymous tally of a secret ballot, recorded when it closes (never before: a tally taken between two votes
   * would reveal a choice).
   *
   * @return the tally, possibly empty
   */
  public abstract Optional<Tally> tally();

  /**
   * The anonymous tally of each college of a secret ballot whose voters sit in colleges, recorded when it closes.
   *
   * @return the tallies, in the order of the colleges' identifiers, not null, possibly empty
   */
  public abstract Map<CollegeId, Tally> collegeTallies();

  /**
   * The statement of a decision ({@link #detail()} without its outcome), or the detail of another event.
   *
   * @return the statement, not null, possibly empty
   */
  public final String statement() {
    String prefix = outcome().map(o -> o.name() + ": ").orElse("");
    return detail().startsWith(prefix) ? detail().substring(prefix.length()) : detail();
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "GovernanceEvent #" + sequence());
    checks.check(sequence() >= 1, "value.notPositive", "sequence", "field", "sequence", "value", sequence());
    checks.check((kind() == Kind.REFUSED) != violations().isEmpty(), "event.refusal", "violations",
        "kind", kind(), "count", violations().size());
    convocation().ifPresent(c -> checks.check(c == 1 || c == 2, "event.convocation", "convocation",
        "convocation", c));
    checks.throwIfInvalid();
  }

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
    tally().ifPresent(t -> out.append(" tally=(").append(t).append(')'));
    violations().forEach(v -> out.append(' ').append(v.code()));
    return out.toString();
  }

  /** Builds a {@link GovernanceEvent}; not thread-safe. */
  public static final class Builder extends ImmutableGovernanceEvent.Builder {
    Builder() {}
  }
}
