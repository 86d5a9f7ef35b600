package coop.ess.timebank;

import coop.ess.core.Violation;
import java.util.List;
import org.immutables.value.Value;

/**
 * The answer of the {@link Ledger} to a post, proposal, confirmation, decline or reversal: what happened and every
 * violation found. A refusal is a result with {@link Outcome#REJECTED} and at least one error, never an exception;
 * an accepted exchange may carry warnings (a soft limit crossed).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class PostResult {

  PostResult() {}

  /**
   * A result.
   *
   * @param id the exchange concerned, not null
   * @param outcome what happened, not null
   * @param violations the errors (when rejected) and warnings, not null, possibly empty
   * @return the result, not null
   */
  public static PostResult of(ExchangeId id, Outcome outcome, List<Violation> violations) {
    return ImmutablePostResult.of(id, outcome, violations);
  }

  /**
   * The exchange concerned.
   *
   * @return its identifier, not null
   */
  @Value.Parameter
  public abstract ExchangeId id();

  /**
   * What happened.
   *
   * @return the outcome, not null
   */
  @Value.Parameter
  public abstract Outcome outcome();

  /**
   * Every violation found, errors first as the rules ran, then warnings.
   *
   * @return the violations, not null, possibly empty
   */
  @Value.Parameter
  public abstract List<Violation> violations();

  /**
   * Whether the call was refused.
   *
   * @return true if {@link #outcome()} is {@link Outcome#REJECTED}
   */
  public final boolean isRejected() {
    return outcome() == Outcome.REJECTED;
  }

  /**
   * The codes of the violations, for tests and logs.
   *
   * @return the codes in order, not null
   */
  public final List<String> codes() {
    return violations().stream().map(Violation::code).toList();
  }
}
