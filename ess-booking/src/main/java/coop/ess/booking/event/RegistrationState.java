package coop.ess.booking.event;

/**
 * Where a registration stands.
 *
 * <p>{@link #REGISTERED} and {@link #OFFERED} registrations hold a seat; the others do not. Immutable and
 * thread-safe.
 */
public enum RegistrationState {
  /** A candidate of an event by diversity priority, waiting for the allocation. */
  APPLIED,
  /** Holds a seat. */
  REGISTERED,
  /** Waiting for a seat to free up. */
  WAITLISTED,
  /** A seat freed up and is held for this person until the offer expires. */
  OFFERED,
  /** Cancelled by the participant, or an offer that expired. */
  CANCELLED,
  /** Not selected by the allocation of an event without a waitlist. */
  DECLINED;

  /**
   * Whether a registration in this state holds a seat.
   *
   * @return true for {@link #REGISTERED} and {@link #OFFERED}
   */
  public boolean holdsSeat() {
    return this == REGISTERED || this == OFFERED;
  }

  /**
   * Whether the registration is still alive (the person cannot register again while it is).
   *
   * @return false for {@link #CANCELLED} and {@link #DECLINED}
   */
  public boolean isOpen() {
    return this != CANCELLED && this != DECLINED;
  }
}
