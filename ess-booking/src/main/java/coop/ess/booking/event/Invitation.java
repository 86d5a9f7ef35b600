package coop.ess.booking.event;

import coop.ess.core.MemberId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An invitation to an event by co-optation: a registered participant (the inviter) invites one named person (the
 * invitee), who registers with its {@link #id() identifier} as a token. Every invitation issued counts against the
 * inviter's cap, used or not, and stays in the registry for audit.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Invitation {

  Invitation() {}

  /**
   * A builder, for applications that rebuild invitations (from a file, say); the registry builds its own.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The token.
   *
   * @return the identifier, not null
   */
  public abstract InvitationId id();

  /**
   * The event.
   *
   * @return the event identifier, not null
   */
  public abstract EventId event();

  /**
   * Who invites.
   *
   * @return the inviter, not null
   */
  public abstract MemberId inviter();

  /**
   * Who is invited.
   *
   * @return the invitee, not null
   */
  public abstract MemberId invitee();

  /**
   * When the invitation was issued.
   *
   * @return the instant, not null
   */
  public abstract Instant issuedAt();

  /**
   * When the invitee registered with it.
   *
   * @return the instant, possibly empty (not used yet)
   */
  public abstract Optional<Instant> usedAt();

  /**
   * Whether the invitee registered with it.
   *
   * @return true once used
   */
  public final boolean used() {
    return usedAt().isPresent();
  }

  final Invitation usedOn(Instant at) {
    return ImmutableInvitation.builder().from(this).usedAt(at).build();
  }

  @Override
  public final String toString() {
    return id() + ": " + inviter() + " invites " + invitee();
  }

  /** Builds a {@link Invitation}; not thread-safe. */
  public static final class Builder extends ImmutableInvitation.Builder {
    Builder() {}
  }
}
