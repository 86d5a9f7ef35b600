package coop.ess.core.venue;

/**
 * Whether bookings of a {@link Resource} may overlap.
 *
 * <p>Immutable and thread-safe.
 */
public enum SharingMode {
  /** One booking at a time: a meeting room, a vehicle. */
  EXCLUSIVE,
  /**
   * Bookings may overlap as long as, at every instant, the units they hold fit in the resource's
   * {@link Resource#bookableUnits() bookable units}: desks of a coworking space.
   */
  SHARED
}
