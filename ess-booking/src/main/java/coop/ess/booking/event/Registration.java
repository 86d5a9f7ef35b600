package coop.ess.booking.event;

import coop.ess.booking.internal.EventMessages;
import coop.ess.core.MemberId;
import coop.ess.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A person's registration for an event as the {@link EventRegistry} records it. A cancelled registration stays with
 * its state until the person registers again, which makes a new one (the journal keeps the whole history).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Registration {

  Registration() {}

  /**
   * A builder, for applications that rebuild registrations (from a file, say); the registry builds its own.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The event.
   *
   * @return the event identifier, not null
   */
  public abstract EventId event();

  /**
   * Who registered, with the attributes given.
   *
   * @return the applicant, not null
   */
  public abstract Applicant applicant();

  /**
   * The current state.
   *
   * @return the state, not null
   */
  public abstract RegistrationState state();

  /**
   * The registry's sequence number of the request: the place in the waitlist of the open and invitation modes.
   *
   * @return the number, at least 1
   */
  public abstract long number();

  /**
   * When the request reached the registry.
   *
   * @return the instant, not null
   */
  public abstract Instant requestedAt();

  /**
   * The invitation this registration came through.
   *
   * @return the invitation, possibly empty
   */
  public abstract Optional<InvitationId> invitation();

  /**
   * The rank the allocation by diversity priority gave (1 = first seat); it orders that event's waitlist.
   *
   * @return the rank, possibly empty
   */
  public abstract OptionalInt rank();

  /**
   * Until when an {@link RegistrationState#OFFERED offered} seat is held; empty in every other state.
   *
   * @return the expiry, possibly empty
   */
  public abstract Optional<Instant> offerExpiresAt();

  /**
   * The person.
   *
   * @return {@code applicant().member()}
   */
  public final MemberId member() {
    return applicant().member();
  }

  final Registration inState(RegistrationState state) {
    return ImmutableRegistration.builder().from(this).state(state).offerExpiresAt(Optional.empty()).build();
  }

  final Registration offered(Instant expiresAt) {
    return ImmutableRegistration.builder().from(this).state(RegistrationState.OFFERED).offerExpiresAt(expiresAt)
        .build();
  }

  final Registration ranked(int rank, RegistrationState state) {
    return ImmutableRegistration.builder().from(this).state(state).rank(rank).build();
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(EventMessages.CATALOG, "Registration");
    checks.check(number() >= 1, "registration.numberNotPositive", "number", "number", number());
    boolean offered = state() == RegistrationState.OFFERED;
    checks.check(!offered || offerExpiresAt().isPresent(), "registration.offerWithoutExpiry", "offerExpiresAt",
        "member", member());
    checks.check(offered || offerExpiresAt().isEmpty(), "registration.expiryWithoutOffer", "offerExpiresAt",
        "member", member(), "state", state());
    checks.throwIfInvalid();
  }

  @Override
  public final String toString() {
    return member() + " " + state() + " at " + event();
  }
  /** Builds a {@link Registration}; not thread-safe. */
  public static final class Builder extends ImmutableRegistration.Builder {
    Builder() {}
  }
}
