package coop.ess.core.governance;

import coop.ess.core.MemberId;
import coop.ess.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One member's nomination in an {@link ElectionWithoutCandidates}: whom they name for the role, and why. Nominations
 * are open: they are read aloud in the circle.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Nomination {

  Nomination() {}

  /**
   * A nomination.
   *
   * @param voter who nominates, not null
   * @param nominee who is nominated, not null
   * @param reason why, not null, not blank
   * @param changed whether it was changed during the change round
   * @return the nomination, not null
   * @throws coop.ess.core.EssValidationException if the reason is blank
   */
  public static Nomination of(MemberId voter, MemberId nominee, String reason, boolean changed) {
    return ImmutableNomination.builder().voter(voter).nominee(nominee).reason(reason).changed(changed).build();
  }

  /**
   * Who nominates.
   *
   * @return the member, not null
   */
  public abstract MemberId voter();

  /**
   * Who is nominated (oneself is allowed).
   *
   * @return the member, not null
   */
  public abstract MemberId nominee();

  /**
   * Why.
   *
   * @return the reason, not null, not blank
   */
  public abstract String reason();

  /**
   * Whether it was changed during the change round.
   *
   * @return true if changed
   */
  public abstract boolean changed();

  @Value.Check
  final void check() {
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "Nomination by " + voter());
    checks.check(!reason().isBlank(), "election.reasonBlank", "reason");
    checks.throwIfInvalid();
  }
}
