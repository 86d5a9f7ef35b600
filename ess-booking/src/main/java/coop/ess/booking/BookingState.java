package coop.ess.booking;

/**
 * Where a booking stands.
 *
 * <p>{@link #CONFIRMED}, {@link #PENDING_APPROVAL} and {@link #OFFERED} bookings hold their resources (nobody else
 * can take the place while a manager or the requester decides); the others do not. Immutable and thread-safe.
 */
public enum BookingState {
  /** Received, not yet decided (a transient state: the calendar decides at once). */
  REQUESTED,
  /** Accepted by the rules, waiting for a manager's approval; holds the resources. */
  PENDING_APPROVAL,
  /** Confirmed; holds the resources. */
  CONFIRMED,
  /** The resources were full; waiting for a place to free up. */
  WAITLISTED,
  /**
   * A place freed up for this waitlisted request: the resources are held for it until the requester accepts the
   * offer or the offer expires (then the next waitlisted request gets it).
   */
  OFFERED,
  /** Cancelled by the requester or a manager. */
  CANCELLED,
  /** Refused by the rules or by a manager. */
  DECLINED;

  /**
   * Whether a booking in this state holds its resources.
   *
   * @return true for {@link #CONFIRMED}, {@link #PENDING_APPROVAL} and {@link #OFFERED}
   */
  public boolean holdsResources() {
    return this == CONFIRMED || this == PENDING_APPROVAL || this == OFFERED;
  }

  /**
   * Whether the booking may still change state.
   *
   * @return false for {@link #CANCELLED} and {@link #DECLINED}
   */
  public boolean isOpen() {
    return this != CANCELLED && this != DECLINED;
  }
}
