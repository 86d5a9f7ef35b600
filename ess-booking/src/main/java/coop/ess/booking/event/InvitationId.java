package coop.ess.booking.event;

import coop.ess.core.Identifier;
import org.immutables.value.Value;

/**
 * Identifies an invitation: the token an invitee registers with. The registry numbers them {@code inv1},
 * {@code inv2}…; a token is bound to its invitee, so it needs no secrecy (an application may still send it in an
 * unguessable link).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class InvitationId extends Identifier<InvitationId> {

  InvitationId() {}

  /**
   * Creates the identifier.
   *
   * @param value the identifier as text, not null
   * @return the identifier, not null
   * @throws coop.ess.core.EssValidationException if {@code value} is not a valid identifier
   */
  public static InvitationId of(String value) {
    return ImmutableInvitationId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    checkSyntax("invitationId");
  }
}
