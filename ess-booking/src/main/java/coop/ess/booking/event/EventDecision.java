package coop.ess.booking.event;

import coop.ess.core.Violation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of an {@link EventRegistry} to a registration, an invitation, a cancellation or the acceptance of an
 * offer: the registration or invitation as it now stands and every violation found. A refusal (registration closed,
 * full, not invited, invitation cap reached, already registered…) is a decision with violations, never an exception.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EventDecision {

  EventDecision() {}

  /**
   * The registration after the operation; empty when a registration was refused outright.
   *
   * @return the registration, possibly empty
   */
  public abstract Optional<Registration> registration();

  /**
   * The invitation issued, for {@link EventRegistry#invite}.
   *
   * @return the invitation, possibly empty
   */
  public abstract Optional<Invitation> invitation();

  /**
   * Every rule the operation broke.
   *
   * @return the violations, possibly empty, not null
   */
  public abstract List<Violation> violations();

  /**
   * Whether the operation did what was asked.
   *
   * @return true if no error-level violation was found
   */
  public final boolean accepted() {
    return violations().stream().noneMatch(Violation::isError);
  }

  /**
   * The state the registration reached.
   *
   * @return the state, possibly empty when nothing was recorded
   */
  public final Optional<RegistrationState> state() {
    return registration().map(Registration::state);
  }

  /**
   * The codes of the violations, for quick tests and logs.
   *
   * @return the codes in order, not null
   */
  public final List<String> codes() {
    return violations().stream().map(Violation::code).toList();
  }

  /**
   * A decision, for applications that rebuild decisions (from a file, say).
   *
   * @param registration the registration after the decision, possibly empty, not null
   * @param invitation the invitation issued or used, possibly empty, not null
   * @param violations the violations, possibly empty, not null
   * @return the decision, not null
   */
  public static EventDecision of(Optional<Registration> registration, Optional<Invitation> invitation,
      List<Violation> violations) {
    return ImmutableEventDecision.builder().registration(registration).invitation(invitation).violations(violations)
        .build();
  }
}
