package coop.ess.core.governance;

import coop.ess.core.EssValidationException;
import coop.ess.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Who took part in a sitting: the size of the electorate, the members present (in the room or online) and the
 * members represented by a proxy held by someone present. Presence and representation are kept apart.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Turnout {

  Turnout() {}

  /**
   * A turnout.
   *
   * @param electorate the size of the electorate, 0 or more
   * @param present members present, 0 or more
   * @param represented absent members represented by a proxy, 0 or more
   * @return the turnout, not null
   * @throws EssValidationException if a count is negative or present + represented exceeds the electorate
   */
  public static Turnout of(long electorate, long present, long represented) {
    return ImmutableTurnout.builder().electorate(electorate).present(present).represented(represented).build();
  }

  /**
   * The size of the electorate.
   *
   * @return 0 or more
   */
  public abstract long electorate();

  /**
   * Members present, in the room or online.
   *
   * @return 0 or more
   */
  public abstract long present();

  /**
   * Absent members represented by a proxy holder who is present.
   *
   * @return 0 or more
   */
  public abstract long represented();

  /**
   * The count that a quorum of the given base looks at.
   *
   * @param base the quorum base, not null
   * @return present, or present + represented
   */
  public final long counted(Quorum.Base base) {
    return base == Quorum.Base.PRESENT ? present() : present() + represented();
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "Turnout");
    checks.check(present() >= 0, "value.negative", "present", "field", "present", "value", present());
    checks.check(represented() >= 0, "value.negative", "represented", "field", "represented", "value", represented());
    checks.check(present() + represented() <= electorate(), "turnout.exceedsElectorate", "present",
        "present", present(), "represented", represented(), "electorate", electorate());
    checks.throwIfInvalid();
  }
}
