package coop.ess.booking.event;

/**
 * How people get a seat at an {@link Event}. Immutable and thread-safe.
 */
public enum RegistrationMode {
  /** First come, first served; when the seats are taken, the waitlist. */
  OPEN,
  /**
   * By invitation (co-optation): the event's seed participants register directly; a registered participant may
   * invite up to {@link Event#invitationsPerParticipant()} people, each through an {@link Invitation}.
   */
  INVITATION,
  /**
   * By diversity priority: candidates apply during the {@link Event#registrationWindow() window}; then
   * {@link EventRegistry#allocate(EventId)} gives the seats by the {@link DiversityRule}, the others join the
   * waitlist in the order of the same rule.
   */
  DIVERSITY
}
