package coop.ess.core.governance;

import coop.ess.core.EssValidationException;
import coop.ess.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Who took part in a sitting, each member counted once: the size of the electorate, the members present (in the
 * room or online, and of them how many online), the members who voted by correspondence, and the members
 * represented by a proxy held by someone present. Presence, correspondence and representation are kept apart:
 * {@code present + byCorrespondence + represented} never exceeds the electorate, and {@code online} is a part of
 * {@code present}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Turnout {

  Turnout() {}

  /**
   * A turnout without votes by correspondence, nobody counted online.
   *
   * @param electorate the size of the electorate, 0 or more
   * @param present members present, 0 or more
   * @param represented absent members represented by a proxy, 0 or more
   * @return the turnout, not null
   * @throws EssValidationException if a count is negative or present + represented exceeds the electorate
   */
  public static Turnout of(long electorate, long present, long represented) {
    return builder().electorate(electorate).present(present).represented(represented).build();
  }

  /**
   * A builder; {@link #online()} and {@link #byCorrespondence()} default to 0.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
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
   * Of the members {@link #present()}, those present online.
   *
   * @return 0 or more, at most {@link #present()}; 0 by default
   */
  @Value.Default
  public long online() {
    return 0;
  }

  /**
   * Members who are not present but voted by correspondence (<i>vote par correspondance</i>,
   * {@link Attendance#BY_CORRESPONDENCE}).
   *
   * @return 0 or more; 0 by default
   */
  @Value.Default
  public long byCorrespondence() {
    return 0;
  }

  /**
   * Members neither present nor voting by correspondence, represented by a proxy holder who is present.
   *
   * @return 0 or more
   */
  public abstract long represented();

  /**
   * The count that a quorum looks at: the members present, plus the members represented if its base says so, plus
   * the members who voted by correspondence unless its {@link Quorum#correspondence()} says not.
   *
   * @param quorum the quorum, not null
   * @return the members counted toward {@code quorum}, 0 or more
   */
  public final long counted(Quorum quorum) {
    return counted(quorum.base())
        - (quorum.correspondence() == Quorum.Correspondence.COUNTED ? 0 : byCorrespondence());
  }

  /**
   * The count that a quorum of the given base looks at, with votes by correspondence counted (the default of
   * {@link Quorum.Correspondence}).
   *
   * @param base the quorum base, not null
   * @return present + by correspondence, plus represented for {@link Quorum.Base#PRESENT_AND_REPRESENTED}
   */
  public final long counted(Quorum.Base base) {
    return present() + byCorrespondence() + (base == Quorum.Base.PRESENT ? 0 : represented());
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "Turnout");
    checks.check(present() >= 0, "value.negative", "present", "field", "present", "value", present());
    checks.check(online() >= 0, "value.negative", "online", "field", "online", "value", online());
    checks.check(byCorrespondence() >= 0, "value.negative", "byCorrespondence", "field", "byCorrespondence",
        "value", byCorrespondence());
    checks.check(represented() >= 0, "value.negative", "represented", "field", "represented", "value", represented());
    checks.check(online() <= present(), "turnout.onlineExceedsPresent", "online", "online", online(),
        "present", present());
    checks.check(present() + byCorrespondence() + represented() <= electorate(), "turnout.exceedsElectorate",
        "present", "present", present(), "byCorrespondence", byCorrespondence(), "represented", represented(),
        "electorate", electorate());
    checks.throwIfInvalid();
  }

  @Override
  public final String toString() {
    return "present " + present() + " (" + online() + " online), by correspondence " + byCorrespondence()
        + ", represented " + represented() + ", of " + electorate();
  }

  /** Builds a {@link Turnout}; not thread-safe. */
  public static final class Builder extends ImmutableTurnout.Builder {
    Builder() {}
  }
}
