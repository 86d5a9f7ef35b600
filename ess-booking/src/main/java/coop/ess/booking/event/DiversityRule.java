package coop.ess.booking.event;

import coop.ess.booking.internal.EventMessages;
import coop.ess.core.internal.Checks;
import org.immutables.value.Value;

/**
 * What an allocation by diversity priority diversifies and how it breaks ties; see {@link DiversityAllocator} for the
 * rule itself. Example: {@code DiversityRule.of("territory", TieBreak.APPLICATION_TIME, 2026)}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DiversityRule {

  /** How candidates whose values have as many seats are ordered. */
  public enum TieBreak {
    /** The earliest application first, then the seeded draw (first come, first served among equals). */
    APPLICATION_TIME,
    /**
     * The seeded draw alone: when, within the window, a candidate applied does not matter, so the allocation is the
     * same for any order of the applications.
     */
    LOTTERY
  }

  DiversityRule() {}

  /**
   * Creates a rule.
   *
   * @param attribute the attribute of the {@link Applicant}s to diversify, such as {@code organisationType},
   *     {@code territory} or {@code role}, not blank
   * @param tieBreak how ties are broken, not null
   * @param seed the seed of the draw, so that a draw can be reproduced and audited
   * @return the rule, not null
   * @throws coop.ess.core.EssValidationException if the attribute is blank
   */
  public static DiversityRule of(String attribute, TieBreak tieBreak, long seed) {
    return ImmutableDiversityRule.builder().attribute(attribute).tieBreak(tieBreak).seed(seed).build();
  }

  /**
   * The attribute diversified.
   *
   * @return the attribute name, not blank, not null
   */
  public abstract String attribute();

  /**
   * How ties are broken.
   *
   * @return the tie break, not null
   */
  public abstract TieBreak tieBreak();

  /**
   * The seed of the draw.
   *
   * @return the seed
   */
  public abstract long seed();

  @Value.Check
  final void check() {
    Checks checks = Checks.of(EventMessages.CATALOG, "DiversityRule");
    checks.check(!attribute().isBlank(), "diversity.blankAttribute", "attribute");
    checks.throwIfInvalid();
  }
}
