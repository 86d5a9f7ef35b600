package coop.ess.core.governance;

/**
 * How a member takes part in a sitting. Representation by a proxy is recorded apart, never as an attendance.
 *
 * <p>{@link #IN_ROOM} and {@link #ONLINE} are <em>present</em>: they may hold proxies and vote for their givers.
 * {@link #BY_CORRESPONDENCE} is a member who is not present but whose voting form (<i>formulaire de vote par
 * correspondance</i>, on paper or online before the sitting) was received: they vote for themselves only, and count
 * toward a quorum as {@link Quorum#correspondence()} says.
 *
 * <p>Immutable and thread-safe.
 */
public enum Attendance {
  /** Present in the room (<i>présent·e</i>). */
  IN_ROOM,
  /** Present online (visio-conference, as the statutes allow). */
  ONLINE,
  /**
   * Not present, voting by correspondence (<i>vote par correspondance</i>): a postal or electronic voting form
   * received before the sitting. Such a member votes for themselves, cannot hold a proxy, and counts toward a quorum
   * unless the statutes say otherwise ({@link Quorum.Correspondence}).
   */
  BY_CORRESPONDENCE;

  /**
   * Whether this attendance is a presence at the sitting (in the room or online), which lets the member hold and use
   * proxies.
   *
   * @return true for {@link #IN_ROOM} and {@link #ONLINE}, false for {@link #BY_CORRESPONDENCE}
   */
  public boolean present() {
    return this != BY_CORRESPONDENCE;
  }
}
