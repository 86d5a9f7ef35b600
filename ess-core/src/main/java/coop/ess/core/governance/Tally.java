package coop.ess.core.governance;

import coop.ess.core.EssValidationException;
import coop.ess.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The counted ballots of a motion (or of one college): for, against, abstain, blank.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Tally {

  Tally() {}

  /**
   * A tally.
   *
   * @param votesFor ballots for, 0 or more
   * @param against ballots against, 0 or more
   * @param abstain abstentions, 0 or more
   * @param blank blank ballots, 0 or more
   * @return the tally, not null
   * @throws EssValidationException if a count is negative
   */
  public static Tally of(long votesFor, long against, long abstain, long blank) {
    return ImmutableTally.builder().votesFor(votesFor).against(against).abstain(abstain).blank(blank).build();
  }

  /**
   * The empty tally.
   *
   * @return 0 of everything, not null
   */
  public static Tally empty() {
    return of(0, 0, 0, 0);
  }

  /**
   * Ballots for.
   *
   * @return 0 or more
   */
  public abstract long votesFor();

  /**
   * Ballots against.
   *
   * @return 0 or more
   */
  public abstract long against();

  /**
   * Abstentions.
   *
   * @return 0 or more
   */
  public abstract long abstain();

  /**
   * Blank ballots.
   *
   * @return 0 or more
   */
  public abstract long blank();

  /**
   * Every ballot counted: for + against + abstain + blank.
   *
   * @return 0 or more
   */
  public final long ballots() {
    return votesFor() + against() + abstain() + blank();
  }

  /**
   * The count of one choice.
   *
   * @param choice the choice, not null
   * @return 0 or more
   */
  public final long count(VoteChoice choice) {
    return switch (choice) {
      case FOR -> votesFor();
      case AGAINST -> against();
      case ABSTAIN -> abstain();
      case BLANK -> blank();
    };
  }

  /**
   * This tally with one more ballot.
   *
   * @param choice the ballot's choice, not null
   * @return a new tally, not null
   */
  public final Tally plus(VoteChoice choice) {
    return of(votesFor() + (choice == VoteChoice.FOR ? 1 : 0), against() + (choice == VoteChoice.AGAINST ? 1 : 0),
        abstain() + (choice == VoteChoice.ABSTAIN ? 1 : 0), blank() + (choice == VoteChoice.BLANK ? 1 : 0));
  }

  /**
   * The sum of two tallies.
   *
   * @param other the other tally, not null
   * @return a new tally, not null
   */
  public final Tally plus(Tally other) {
    return of(votesFor() + other.votesFor(), against() + other.against(), abstain() + other.abstain(),
        blank() + other.blank());
  }

  /**
   * The votes cast under a resolution type's treatment of abstentions and blank votes.
   *
   * @param type the resolution type, not null
   * @return for + against, plus abstentions and blank votes when counted as cast
   */
  public final long cast(ResolutionType type) {
    return votesFor() + against()
        + (type.abstentions() == Treatment.COUNTED_AS_CAST ? abstain() : 0)
        + (type.blankVotes() == Treatment.COUNTED_AS_CAST ? blank() : 0);
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "Tally");
    checks.check(votesFor() >= 0, "value.negative", "votesFor", "field", "votesFor", "value", votesFor());
    checks.check(against() >= 0, "value.negative", "against", "field", "against", "value", against());
    checks.check(abstain() >= 0, "value.negative", "abstain", "field", "abstain", "value", abstain());
    checks.check(blank() >= 0, "value.negative", "blank", "field", "blank", "value", blank());
    checks.throwIfInvalid();
  }

  @Override
  public final String toString() {
    return "for " + votesFor() + ", against " + against() + ", abstain " + abstain() + ", blank " + blank();
  }
}
