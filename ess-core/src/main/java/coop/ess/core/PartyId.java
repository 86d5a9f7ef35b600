package coop.ess.core;

/**
 * Identifies someone who can act in the SDK's engines: a member or an organisation (a booking requester, the holder
 * of a time-bank account, a voter).
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface PartyId permits MemberId, OrganisationId {

  /**
   * The identifier as text.
   *
   * @return the value, not null
   */
  String value();

  /**
   * Whether this identifies a member or an organisation.
   *
   * @return the kind, not null
   */
  default PartyKind kind() {
    return this instanceof MemberId ? PartyKind.MEMBER : PartyKind.ORGANISATION;
  }
}
