package coop.ess.core.community;

/**
 * The status of a {@link Member} from a given day on.
 *
 * <p>Immutable and thread-safe.
 */
public enum MemberStatus {
  /** A member in good standing: joined, or came back. */
  ACTIVE,
  /** Still a member, but may not use the venue or its engines for now (<i>suspendu·e</i>). */
  SUSPENDED,
  /** No longer a member. */
  LEFT;

  /**
   * Whether someone with this status is a member (active or suspended).
   *
   * @return false only for {@link #LEFT}
   */
  public boolean isMember() {
    return this != LEFT;
  }
}
