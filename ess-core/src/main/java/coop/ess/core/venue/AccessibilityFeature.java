package coop.ess.core.venue;

/**
 * An accessibility feature of a space, as listed in accessibility registers (<i>registre d'accessibilité</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum AccessibilityFeature {
  /** Reachable without steps, by wheelchair (<i>accès de plain-pied</i>). */
  STEP_FREE_ACCESS,
  /** A lift serves the space. */
  LIFT,
  /** A toilet accessible to wheelchair users nearby. */
  ACCESSIBLE_TOILET,
  /** A hearing loop (<i>boucle magnétique</i>). */
  HEARING_LOOP,
  /** Reserved parking for disabled people nearby. */
  ACCESSIBLE_PARKING,
  /** Signage in large print or braille. */
  ADAPTED_SIGNAGE,
  /** A quiet room or corner for people who need calm. */
  QUIET_AREA
}
