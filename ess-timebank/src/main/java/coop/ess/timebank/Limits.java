package coop.ess.timebank;

import coop.ess.core.internal.Checks;
import coop.ess.timebank.internal.TimebankMessages;
import org.immutables.value.Value;

/**
 * The floor and ceiling of an account's balance, in minutes: hard limits that refuse an exchange, and optional soft
 * limits inside them that let it post with a warning.
 *
 * <p>Example: {@code Limits.of(Minutes.ofHours(-20), Minutes.ofHours(40)).withSoft(Minutes.ofHours(-15),
 * Minutes.ofHours(35))}. The hard limits must hold 0 (a new account starts at 0). Pending exchanges count against
 * the hard limits while they wait. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Limits {

  /** No limits at all: the usual setting of the community account. */
  public static final Limits UNLIMITED = of(Long.MIN_VALUE, Long.MAX_VALUE);

  Limits() {}

  /**
   * Hard limits, with soft limits equal to them (no warnings).
   *
   * @param floorMinutes the lowest balance allowed, at most 0
   * @param ceilingMinutes the highest balance allowed, at least 0
   * @return the limits, not null
   * @throws coop.ess.core.EssValidationException if the floor is above 0 or the ceiling below 0
   */
  public static Limits of(long floorMinutes, long ceilingMinutes) {
    return builder().floor(floorMinutes).ceiling(ceilingMinutes).build();
  }

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The lowest balance allowed, in minutes (for example -1200 for -20 h).
   *
   * @return the hard floor, at most 0
   */
  public abstract long floor();

  /**
   * The highest balance allowed, in minutes.
   *
   * @return the hard ceiling, at least 0
   */
  public abstract long ceiling();

  /**
   * Below this balance an exchange still posts, with a warning.
   *
   * @return the soft floor, between the floor and 0; the hard floor by default
   */
  @Value.Default
  public long softFloor() {
    return floor();
  }

  /**
   * Above this balance an exchange still posts, with a warning.
   *
   * @return the soft ceiling, between 0 and the ceiling; the hard ceiling by default
   */
  @Value.Default
  public long softCeiling() {
    return ceiling();
  }

  /**
   * These hard limits with soft limits.
   *
   * @param softFloorMinutes the soft floor, between the floor and 0
   * @param softCeilingMinutes the soft ceiling, between 0 and the ceiling
   * @return new limits, not null
   * @throws coop.ess.core.EssValidationException if a soft limit is outside the hard ones
   */
  public final Limits withSoft(long softFloorMinutes, long softCeilingMinutes) {
    return builder().from(this).softFloor(softFloorMinutes).softCeiling(softCeilingMinutes).build();
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(TimebankMessages.CATALOG, "Limits");
    checks.check(floor() <= 0, "limits.floorAboveZero", "floor", "floor", Minutes.format(floor()));
    checks.check(ceiling() >= 0, "limits.ceilingBelowZero", "ceiling", "ceiling", Minutes.format(ceiling()));
    checks.check(softFloor() >= floor() && softFloor() <= 0, "limits.softFloorOutside", "softFloor",
        "softFloor", Minutes.format(softFloor()), "floor", Minutes.format(floor()));
    checks.check(softCeiling() <= ceiling() && softCeiling() >= 0, "limits.softCeilingOutside", "softCeiling",
        "softCeiling", Minutes.format(softCeiling()), "ceiling", Minutes.format(ceiling()));
    checks.throwIfInvalid();
  }

  @Override
  public final String toString() {
    return "Limits[" + show(floor()) + " to " + show(ceiling()) + ", soft " + show(softFloor()) + " to "
        + show(softCeiling()) + "]";
  }

  private static String show(long minutes) {
    return minutes == Long.MIN_VALUE ? "-∞" : minutes == Long.MAX_VALUE ? "+∞" : Minutes.format(minutes);
  }

  /** Builds {@link Limits}; not thread-safe. */
  public static final class Builder extends ImmutableLimits.Builder {
    Builder() {}
  }
}
