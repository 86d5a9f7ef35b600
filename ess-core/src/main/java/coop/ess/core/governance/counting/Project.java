package coop.ess.core.governance.counting;

import coop.ess.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A project of a participatory budget: its identifier (also used in approval ballots) and its cost in whole currency
 * units.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Project {

  Project() {}

  /**
   * A project.
   *
   * @param id the identifier, not null
   * @param cost the cost, at least one
   * @return the project, not null
   * @throws coop.ess.core.EssValidationException if the identifier or the cost is wrong
   */
  public static Project of(String id, long cost) {
    return ImmutableProject.builder().id(id).cost(cost).build();
  }

  /**
   * The identifier.
   *
   * @return the identifier, not null
   */
  public abstract String id();

  /**
   * The cost.
   *
   * @return the cost, at least one
   */
  public abstract long cost();

  @Value.Check
  final void check() {
    Checks checks = Checks.of(CountingMessages.CATALOG, "Project");
    checks.identifier("id", id());
    checks.positive("cost", cost());
    checks.throwIfInvalid();
  }
}
