package coop.ess.core;

/** The kinds of {@link PartyId}. */
public enum PartyKind {
  /** A person, member of the community. */
  MEMBER,
  /** An organisation: association, cooperative, public body, collective. */
  ORGANISATION
}
