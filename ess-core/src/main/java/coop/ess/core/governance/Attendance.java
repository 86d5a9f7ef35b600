package coop.ess.core.governance;

/**
 * How a member attends a sitting. Representation by a proxy is recorded apart, never as an attendance.
 *
 * <p>Immutable and thread-safe.
 */
public enum Attendance {
  /** Present in the room (<i>présent·e</i>). */
  IN_ROOM,
  /** Present online (visio-conference, as the statutes allow). */
  ONLINE
}
