package coop.ess.booking;

/**
 * Where a booking stands.
 *
 * <p>{@link #CONFIRMED} and {@link #PENDING_APPROVAL} bookings hold their resources (nobody else can take the
 * place while a manager decides); the others do not. Immutable and thread-safe.
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
  /** Cancelled by the requester or a manager. */
  CANCELLED,
  /** Refused by the rules or by a manager. */
  DECLINED;

  /**
   * Whether a booking in this state holds its resources.
   *
   * @return true for {@link #CONFIRMED} and {@link #PENDING_APPROVAL}
   */
  public boolean holdsResources() {
    return this == CONFIRMED || this == PENDING_APPROVAL;
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
