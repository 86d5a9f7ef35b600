package coop.ess.timebank.simulation;

import coop.ess.core.internal.Checks;
import coop.ess.timebank.simulation.internal.SimulationMessages;
import org.immutables.value.Value;

/**
 * The ledger's dynamic floor (see {@link coop.ess.timebank.Ledger.Builder#floorGrowth}): every hour a member has
 * given lowers its hard floor by {@link #minutesPerHourGiven()}, down to {@link #lowestFloor()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class FloorGrowth {

  FloorGrowth() {}

  /**
   * A dynamic floor.
   *
   * @param minutesPerHourGiven how far the floor moves per hour given, at least 1
   * @param lowestFloor the floor never goes below this, in minutes, at most 0
   * @return the growth, not null
   * @throws coop.ess.core.EssValidationException if an argument is out of range
   */
  public static FloorGrowth of(long minutesPerHourGiven, long lowestFloor) {
    return ImmutableFloorGrowth.of(minutesPerHourGiven, lowestFloor);
  }

  /**
   * How far the floor moves per hour given.
   *
   * @return minutes, at least 1
   */
  @Value.Parameter
  public abstract long minutesPerHourGiven();

  /**
   * The lowest floor.
   *
   * @return minutes, at most 0
   */
  @Value.Parameter
  public abstract long lowestFloor();

  @Value.Check
  final void check() {
    Checks checks = Checks.of(SimulationMessages.CATALOG, "FloorGrowth");
    checks.check(minutesPerHourGiven() >= 1, "floorGrowth.perHour", "minutesPerHourGiven",
        "value", minutesPerHourGiven());
    checks.check(lowestFloor() <= 0, "floorGrowth.lowestFloor", "lowestFloor", "value", lowestFloor());
    checks.throwIfInvalid();
  }
}
