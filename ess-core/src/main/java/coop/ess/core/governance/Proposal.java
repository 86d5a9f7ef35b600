package coop.ess.core.governance;

import coop.ess.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A motion put to the vote: its text, its {@link ResolutionType}, whether the ballot is secret, its voting period
 * and its {@link ProposalState}; once decided, its {@link Outcome} and outcome statement.
 *
 * <p>The {@link BallotBox} moves a proposal through its states; each state is a new value. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Proposal {

  Proposal() {}

  /**
   * A builder for a draft; the state defaults to {@link ProposalState#DRAFT}.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The identifier.
   *
   * @return the id, not null
   */
  public abstract ProposalId id();

  /**
   * The title.
   *
   * @return the title, not null, not blank
   */
  public abstract String title();

  /**
   * The text of the motion.
   *
   * @return the text, not null, possibly empty
   */
  @Value.Default
  public String text() {
    return "";
  }

  /**
   * The resolution type, which carries the threshold and the quorum.
   *
   * @return the type, not null
   */
  public abstract ResolutionType type();

  /**
   * Whether the ballot is secret: choices are then stored without the voter's identity.
   *
   * @return true for a secret ballot
   */
  @Value.Default
  public boolean secret() {
    return false;
  }

  /**
   * The state.
   *
   * @return the state, not null
   */
  @Value.Default
  public ProposalState state() {
    return ProposalState.DRAFT;
  }

  /**
   * When voting opens, once scheduled.
   *
   * @return the instant, possibly empty
   */
  public abstract Optional<Instant> opensAt();

  /**
   * The deadline: votes are refused from this instant on.
   *
   * @return the instant, possibly empty (then the proposal closes only when closed explicitly)
   */
  public abstract Optional<Instant> closesAt();

  /**
   * The outcome, once decided.
   *
   * @return the outcome, possibly empty
   */
  public abstract Optional<Outcome> outcome();

  /**
   * The outcome statement written at decision (or the reason of a withdrawal).
   *
   * @return the statement, possibly empty
   */
  public abstract Optional<String> statement();

  /**
   * This proposal in another state.
   *
   * @param state the new state, not null
   * @return a new value, not null
   */
  final Proposal in(ProposalState state) {
    return builder().from(this).state(state).build();
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "Proposal " + id());
    checks.text("title", title(), 300);
    if (opensAt().isPresent() && closesAt().isPresent()) {
      checks.check(opensAt().get().isBefore(closesAt().get()), "proposal.deadlineOrder", "closesAt",
          "opensAt", opensAt().get(), "closesAt", closesAt().get());
    }
    checks.throwIfInvalid();
  }

  /** Builds a {@link Proposal}; not thread-safe. */
  public static final class Builder extends ImmutableProposal.Builder {
    Builder() {}
  }
}
