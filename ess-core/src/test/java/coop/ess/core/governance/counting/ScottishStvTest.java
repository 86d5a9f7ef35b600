package coop.ess.core.governance.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scottish STV (Scottish Local Government Elections Order 2011, SSI 2011/399, schedule 1, rules 46 to 53) on small
 * counts worked out by hand in the comments.
 */
class ScottishStvTest {

  /**
   * 120 ballots, 2 seats: quota = floor(120 / 3) + 1 = 41. Stage 1: A 60 (elected), B 26, C 20, D 14. Stage 2:
   * A's surplus 19 over 60 ballots, transfer value 19/60 = 0.316666… truncated to 0.31666; B receives
   * 60 × 0.31666 = 18.9996 and reaches 44.9996 (elected); 0.0004 is lost to truncation.
   */
  @Test
  void aSurplusIsTransferredAtATruncatedValue() {
    Election election = Election.builder().addCandidates("A", "B", "C", "D").seats(2)
        .addBallots(Ballot.ranked(60, "A", "B", "C"), Ballot.ranked(26, "B"), Ballot.ranked(20, "C", "D"),
            Ballot.ranked(14, "D", "C"))
        .build();

    CountResult result = CountingMethod.STV.count(election);

    assertThat(result.quota()).contains(Rational.of(41));
    assertThat(result.winners()).containsExactly("A", "B");
    Round second = result.rounds().get(1);
    assertThat(second.tallies()).containsEntry("A", Rational.of(41))
        .containsEntry("B", Rational.of(449_996, 10_000));
    assertThat(second.nonTransferable()).isEqualTo(Rational.of(4, 10_000));
    assertThat(second.elected()).containsExactly("B");
  }

  /**
   * 100 ballots, 2 seats: quota 34. Stage 1: A 50 (elected), C 21, D 15, E 14, B 0. Stage 2: A's surplus 16 over
   * 50 ballots, value 0.32: B 12.8, C 24.2. Stage 3: B excluded, its 40 ballots (A B) have no further preference:
   * 12.8 non-transferable. Stage 4: E excluded, D 29. Stage 5: C excluded (24.2): 3.2 + 21 non-transferable; D is
   * the only continuing candidate for the last seat and is elected with 29.
   */
  @Test
  void exclusionsPassBallotsOnAtTheirValue() {
    Election election = Election.builder().addCandidates("A", "B", "C", "D", "E").seats(2)
        .addBallots(Ballot.ranked(40, "A", "B"), Ballot.ranked(10, "A", "C"), Ballot.ranked(21, "C", "B"),
            Ballot.ranked(15, "D", "C"), Ballot.ranked(14, "E", "D"))
        .build();

    CountResult result = CountingMethod.STV.count(election);

    assertThat(result.quota()).contains(Rational.of(34));
    assertThat(result.winners()).containsExactly("A", "D");
    assertThat(result.rounds()).extracting(Round::eliminated)
        .containsExactly(List.of(), List.of(), List.of("B"), List.of("E"), List.of("C"));
    assertThat(result.rounds().get(1).tallies()).containsEntry("B", Rational.of(128, 10))
        .containsEntry("C", Rational.of(242, 10));
    Round last = result.rounds().get(4);
    assertThat(last.tallies()).containsEntry("D", Rational.of(29)).containsEntry("A", Rational.of(34));
    assertThat(last.nonTransferable()).isEqualTo(Rational.of(37));
    assertThat(result.tieBreaks()).isEmpty();
  }

  /**
   * A surplus arising from a transfer moves every ballot the candidate holds, not only the last parcel received
   * (SSI 2011/399, schedule 1, rule 49(1) and (3)): 3 seats, quota 26. A (40) is elected; its surplus 14 moves at
   * 14/40 = 0.35, so B reaches 20 + 40 × 0.35 = 34 and is elected with a surplus of 8 over the 34 votes credited to
   * it. B's own 20 ballots (value 1) move to D at 8/34 = 0.23529 (truncated), the 40 ballots received from A (value
   * 0.35) move to C at 8 × 0.35 / 34 = 0.08235: D 15 + 4.7058 = 19.7058, C 25 + 3.294 = 28.294 (elected), 0.0002
   * lost to truncation. Under a "last parcel" rule C would have received all 8 and D nothing.
   */
  @Test
  void aLaterSurplusMovesEveryBallotTheCandidateHolds() {
    Election election = Election.builder().addCandidates("A", "B", "C", "D").seats(3)
        .addBallots(Ballot.ranked(40, "A", "B", "C"), Ballot.ranked(20, "B", "D"), Ballot.ranked(25, "C"),
            Ballot.ranked(15, "D"))
        .build();

    CountResult result = CountingMethod.STV.count(election);

    assertThat(result.quota()).contains(Rational.of(26));
    Round third = result.rounds().get(2);
    assertThat(third.description()).startsWith("surplus of B");
    assertThat(third.tallies()).containsEntry("C", Rational.of(28_294, 1_000))
        .containsEntry("D", Rational.of(197_058, 10_000)).containsEntry("B", Rational.of(26));
    assertThat(third.nonTransferable()).isEqualTo(Rational.of(2, 10_000));
    assertThat(third.elected()).containsExactly("C");
    assertThat(result.winners()).containsExactly("A", "B", "C");
  }

  @Test
  void anExclusionTieLooksBackThenUsesTheSeededLot() {
    Election election = Election.builder().addCandidates("A", "B", "C").seats(1).seed(7)
        .addBallots(Ballot.ranked(4, "A"), Ballot.ranked(2, "B", "A"), Ballot.ranked(2, "C", "A"))
        .build();

    CountResult result = CountingMethod.STV.count(election);

    assertThat(result.winners()).containsExactly("A");
    assertThat(result.tieBreaks()).singleElement().satisfies(tie -> {
      assertThat(tie.purpose()).isEqualTo("exclusion");
      assertThat(tie.tied()).containsExactly("B", "C");
      assertThat(tie.seed()).isEqualTo(7);
    });
  }

  @Test
  void meekElectsTheSameWinnersOnASimpleSurplus() {
    Election election = Election.builder().addCandidates("A", "B", "C", "D").seats(2)
        .addBallots(Ballot.ranked(60, "A", "B", "C"), Ballot.ranked(26, "B"), Ballot.ranked(20, "C", "D"),
            Ballot.ranked(14, "D", "C"))
        .build();

    CountResult result = CountingMethod.MEEK_STV.count(election);

    assertThat(result.winners()).containsExactly("A", "B");
    assertThat(result.quota()).contains(Rational.of(40));
  }

  /**
   * Meek's method differs from the Scottish rules when an elected candidate appears as a later preference: 2 seats,
   * 90 ballots. A is elected at once with 40 (quota 30); under Meek, the 20 ballots C A B also keep their share for
   * A, so A's keep factor falls to 1/2 and B collects 20 + 10 + 10 = 40... and is elected.
   */
  @Test
  void meekKeepsFactorsForElectedLaterPreferences() {
    Election election = Election.builder().addCandidates("A", "B", "C").seats(2)
        .addBallots(Ballot.ranked(40, "A", "B"), Ballot.ranked(20, "C", "A", "B"), Ballot.ranked(30, "B"))
        .build();

    CountResult result = CountingMethod.MEEK_STV.count(election);

    assertThat(result.winners()).containsExactly("A", "B");
  }

  /**
   * Wikipedia, "Single transferable vote", example (food for a party, 20 voters, 3 seats, Droop quota 6): Chocolate
   * is elected with 12 and its surplus of 6 moves at 0.5 (Strawberries 5, Hamburgers 3); Pears is excluded and
   * Oranges reaches 6; Hamburgers is excluded and Strawberries takes the last seat.
   */
  @Test
  void wikipediaFoodExample() {
    Election election = Election.builder()
        .addCandidates("Oranges", "Pears", "Chocolate", "Strawberries", "Hamburgers").seats(3)
        .addBallots(Ballot.ranked(4, "Oranges"), Ballot.ranked(2, "Pears", "Oranges"),
            Ballot.ranked(8, "Chocolate", "Strawberries"), Ballot.ranked(4, "Chocolate", "Hamburgers"),
            Ballot.ranked(1, "Strawberries"), Ballot.ranked(1, "Hamburgers"))
        .build();

    CountResult scottish = CountingMethod.STV.count(election);

    assertThat(scottish.quota()).contains(Rational.of(6));
    assertThat(scottish.winners()).containsExactly("Chocolate", "Oranges", "Strawberries");
    assertThat(scottish.rounds().get(1).tallies()).containsEntry("Strawberries", Rational.of(5))
        .containsEntry("Hamburgers", Rational.of(3));
    assertThat(CountingMethod.MEEK_STV.count(election).winners())
        .containsExactlyInAnyOrder("Chocolate", "Oranges", "Strawberries");
  }
}
