package coop.ess.core.governance;

import coop.ess.core.Violation;
import java.util.List;
import org.immutables.value.Value;

/**
 * The answer to a request made to a governance engine: accepted, or refused with its violations. Either way the
 * {@link #event()} is the one recorded in the journal. A refusal leaves the engine unchanged.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Receipt {

  Receipt() {}

  /**
   * The receipt of a recorded event, to read it back from storage; the engines hand out their own.
   *
   * @param event the event, not null
   * @return the receipt, not null
   */
  public static Receipt of(GovernanceEvent event) {
    return ImmutableReceipt.builder().event(event).build();
  }

  /**
   * The event recorded for this request.
   *
   * @return the event, not null
   */
  public abstract GovernanceEvent event();

  /**
   * Whether the request was accepted.
   *
   * @return false if refused
   */
  public final boolean accepted() {
    return event().kind() != GovernanceEvent.Kind.REFUSED;
  }

  /**
   * Why the request was refused.
   *
   * @return the violations, empty if accepted, not null
   */
  public final List<Violation> violations() {
    return event().violations();
  }
}
