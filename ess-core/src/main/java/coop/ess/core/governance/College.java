package coop.ess.core.governance;

import coop.ess.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A college of a SCIC (<i>collège de vote</i>): a group of members (employees, users, supporters, public bodies…)
 * whose votes together carry a weight set by the statutes, in whole percent.
 *
 * <p>The range of the weight (10 % to 50 %) is checked by the {@link CollegeStatute}, which names the field.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class College {

  College() {}

  /**
   * A college.
   *
   * @param id the identifier, not null
   * @param name the name, not null, not blank
   * @param weightPercent the weight in percent of the votes
   * @return the college, not null
   * @throws coop.ess.core.EssValidationException if the name is blank
   */
  public static College of(CollegeId id, String name, int weightPercent) {
    return ImmutableCollege.builder().id(id).name(name).weightPercent(weightPercent).build();
  }

  /**
   * The identifier.
   *
   * @return the id, not null
   */
  public abstract CollegeId id();

  /**
   * The name, such as "Salariés".
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * The weight, in percent of all votes.
   *
   * @return the weight
   */
  public abstract int weightPercent();

  @Value.Check
  final void check() {
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "College " + id());
    checks.text("name", name(), 200);
    checks.throwIfInvalid();
  }
}
