package coop.ess.booking.event;

import coop.ess.booking.internal.EventMessages;
import coop.ess.core.MemberId;
import coop.ess.core.internal.Checks;
import coop.ess.core.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One change recorded by an {@link EventRegistry}, in its append-only journal: an event scheduled, a registration,
 * an application, an invitation issued or used, a refusal, a cancellation, an offer, a promotion, an allocation.
 *
 * <p>Causes: {@code scheduled}, {@code registered}, {@code applied}, {@code waitlisted}, {@code refused},
 * {@code invited}, {@code invitation refused}, {@code cancelled}, {@code offered}, {@code promoted},
 * {@code offer accepted}, {@code offer expired}, {@code selected}, {@code not selected}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RegistrationEvent {

  RegistrationEvent() {}

  /**
   * A builder, for applications that rebuild the events of a registry (from a file, say); the registry builds its own.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The place of this change in the journal, from 1.
   *
   * @return the sequence number
   */
  public abstract long sequence();

  /**
   * When the change happened, by the registry's clock.
   *
   * @return the instant, not null
   */
  public abstract Instant at();

  /**
   * The event concerned.
   *
   * @return the event identifier, not null
   */
  public abstract EventId event();

  /**
   * The person concerned (the inviter for an invitation); empty for {@code scheduled}.
   *
   * @return the member, possibly empty
   */
  public abstract Optional<MemberId> member();

  /**
   * The state before the change.
   *
   * @return the state, possibly empty (a new registration, or no registration concerned)
   */
  public abstract Optional<RegistrationState> before();

  /**
   * The state after the change.
   *
   * @return the state, possibly empty (a refusal, or no registration concerned)
   */
  public abstract Optional<RegistrationState> after();

  /**
   * The invitation issued, used or refused.
   *
   * @return the invitation, possibly empty
   */
  public abstract Optional<InvitationId> invitation();

  /**
   * Why the change happened, such as {@code registered} or {@code offer expired}.
   *
   * @return the cause, not null
   */
  public abstract String cause();

  /**
   * The violations of a refusal, or the explanation of an allocation ({@link coop.ess.core.Severity#INFO}).
   *
   * @return the violations, possibly empty, not null
   */
  public abstract List<Violation> violations();

  @Override
  public final String toString() {
    return "#" + sequence() + " " + at() + " " + event() + " " + member().map(MemberId::value).orElse("-") + " "
        + cause() + " " + before().map(Enum::name).orElse("-") + "->" + after().map(Enum::name).orElse("-");
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(EventMessages.CATALOG, "RegistrationEvent");
    checks.check(sequence() >= 1, "registrationEvent.sequenceNotPositive", "sequence", "sequence", sequence());
    checks.throwIfInvalid();
  }

  /** Builds a {@link RegistrationEvent}; not thread-safe. */
  public static final class Builder extends ImmutableRegistrationEvent.Builder {
    Builder() {}
  }
}
