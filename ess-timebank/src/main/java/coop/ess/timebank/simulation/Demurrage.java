package coop.ess.timebank.simulation;

import coop.ess.core.internal.Checks;
import coop.ess.timebank.simulation.internal.SimulationMessages;
import org.immutables.value.Value;

/**
 * The ledger's demurrage (see {@link coop.ess.timebank.Ledger#expireIdleCredit}), applied at the end of every
 * period: every account whose positive balance has not moved for {@link #idleMonths()} periods gives
 * {@link #percent()} % of it (rounded down) to the community account.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Demurrage {

  Demurrage() {}

  /**
   * A demurrage.
   *
   * @param idleMonths how many periods a balance must stay unmoved, at least 1
   * @param percent the share that expires, 1 to 100
   * @return the demurrage, not null
   * @throws coop.ess.core.EssValidationException if an argument is out of range
   */
  public static Demurrage of(int idleMonths, int percent) {
    return ImmutableDemurrage.of(idleMonths, percent);
  }

  /**
   * How many periods a balance must stay unmoved before part of it expires.
   *
   * @return at least 1
   */
  @Value.Parameter
  public abstract int idleMonths();

  /**
   * The share of an idle positive balance that expires.
   *
   * @return 1 to 100
   */
  @Value.Parameter
  public abstract int percent();

  @Value.Check
  final void check() {
    Checks checks = Checks.of(SimulationMessages.CATALOG, "Demurrage");
    checks.check(idleMonths() >= 1 && idleMonths() <= 1200, "demurrage.idleMonths", "idleMonths",
        "value", idleMonths());
    checks.check(percent() >= 1 && percent() <= 100, "demurrage.percent", "percent", "value", percent());
    checks.throwIfInvalid();
  }
}
