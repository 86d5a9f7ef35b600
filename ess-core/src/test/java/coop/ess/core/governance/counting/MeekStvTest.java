package coop.ess.core.governance.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Meek's method (keep factors, quota recomputed as the non-transferable votes grow) on published counts, each with
 * its source. The text of Hill, Wichmann and Woodall's "Algorithm 123" (Computer Journal 30(3), 1987) is reproduced
 * on accuratedemocracy.com (archive/stv/meekm.htm), but we found no worked election with stage figures in the parts
 * we could read, so its algorithm is followed (keep factors, quota recomputed) without a count of its own here.
 */
class MeekStvTest {

  private static BigDecimal decimal(@Nullable Rational value) {
    assertThat(value).isNotNull();
    return Objects.requireNonNull(value).toBigDecimal(3);
  }

  /**
   * election-methods mailing list (electorama.com), 12 September 2004, answer to James Armytage-Green's question
   * "What would happen in Meek if C and D's votes were more evenly distributed": 61 A, 60 A &gt; B, 30 C &gt; D,
   * 29 D &gt; C, 2 seats. The published iterations: A's keep value 60/121 = 0.496 at stage 2 (30.744 non-transferable
   * votes, 0.504 of the 61 A ballots), the quota falls to (180 − 30.744) / 3 = 49.752, the keep value to 0.412
   * (35.868 non-transferable), the quota to 48.044, the keep value to 0.398, and so on: the keep value k falls
   * toward the point where A's votes 121·k equal the quota (180 − 61·(1 − k)) / 3, that is k = 119/302 = 0.39404,
   * A = quota = 47.679 and 61·(1 − k) = 36.964 non-transferable. Nobody else reaches it (B 36.358, C 30, D 29), D
   * is excluded and C is elected with 59.
   */
  @Test
  void theKeepValueConvergesAsPublishedAndCTakesTheSecondSeat() {
    Election election = Election.builder().addCandidates("A", "B", "C", "D").seats(2)
        .addBallots(Ballot.ranked(61, "A"), Ballot.ranked(60, "A", "B"), Ballot.ranked(30, "C", "D"),
            Ballot.ranked(29, "D", "C"))
        .build();

    CountResult result = CountingMethod.MEEK_STV.count(election);

    assertThat(result.winners()).containsExactly("A", "C");
    assertThat(result.rounds()).extracting(Round::elected).containsExactly(List.of("A"), List.of(), List.of("C"));
    Round converged = result.rounds().get(1);
    assertThat(converged.eliminated()).containsExactly("D");
    assertThat(converged.description()).contains("A=0.394039736");
    assertThat(decimal(converged.tallies().get("A"))).isEqualByComparingTo("47.679");
    assertThat(decimal(converged.tallies().get("B"))).isEqualByComparingTo("36.358");
    assertThat(decimal(converged.nonTransferable())).isEqualByComparingTo("36.964");
    assertThat(result.rounds().get(2).tallies()).containsEntry("C", Rational.of(59));
  }

  /**
   * OpaVote blog, "Meek STV explained" (April 2017), the example election: 3 seats, 60 ballots, 28 Alice &gt; Bob &gt;
   * Chris, 26 Bob &gt; Alice &gt; Chris, 3 Chris, 2 Don, 1 Eric. Alice and Bob pass the quota (60 / 4 = 15) at once
   * and their keep factors fall below 1; every Alice and Bob ballot ends with Chris, so once each of them keeps about
   * a quota Chris holds about 60 − 2 × 15 − 3 = 27 and is elected in the next round.
   */
  @Test
  void opaVoteExampleElectsAliceBobThenChris() {
    Election election = Election.builder().addCandidates("Alice", "Bob", "Chris", "Don", "Eric").seats(3)
        .addBallots(Ballot.ranked(28, "Alice", "Bob", "Chris"), Ballot.ranked(26, "Bob", "Alice", "Chris"),
            Ballot.ranked(3, "Chris"), Ballot.ranked(2, "Don"), Ballot.ranked(1, "Eric"))
        .build();

    CountResult result = CountingMethod.MEEK_STV.count(election);

    assertThat(result.winners()).containsExactly("Alice", "Bob", "Chris");
    assertThat(result.rounds()).extracting(Round::elected)
        .containsExactly(List.of("Alice", "Bob"), List.of("Chris"));
    assertThat(result.rounds().get(0).tallies()).containsEntry("Alice", Rational.of(28))
        .containsEntry("Bob", Rational.of(26));
  }

  /**
   * B. A. Wichmann, "The computational accuracy using the Meek algorithm", Voting matters 12 (November 2000), the
   * example with 3 seats: 333 each of AX, AY, AZ, BX, BY, BZ; 667 each of X, Y, Z; 1 ABX, 1 ABY, 2 BAX. Published
   * facts: 4,003 votes, initial quota 1,000.75; A and B have 1,001 first preferences each and are elected, leaving a
   * surplus of a quarter of a vote each, so their weights are roughly 1 − 1/4000; X's lead over Y comes from
   * fractions of the order of 1/16,000,000 of a vote; and Z must be the one eliminated. With exact arithmetic the lead
   * is seen (X − Y about 1.25 × 10⁻⁷ when Z goes); after Z's ballots leave, X reaches the lowered quota.
   */
  @Test
  void wichmannsPrecisionExampleEliminatesZ() {
    Election election = Election.builder().addCandidates("A", "B", "X", "Y", "Z").seats(3)
        .addBallots(Ballot.ranked(333, "A", "X"), Ballot.ranked(333, "A", "Y"), Ballot.ranked(333, "A", "Z"),
            Ballot.ranked(333, "B", "X"), Ballot.ranked(333, "B", "Y"), Ballot.ranked(333, "B", "Z"),
            Ballot.ranked(667, "X"), Ballot.ranked(667, "Y"), Ballot.ranked(667, "Z"),
            Ballot.ranked(1, "A", "B", "X"), Ballot.ranked(1, "A", "B", "Y"), Ballot.ranked(2, "B", "A", "X"))
        .build();

    CountResult result = CountingMethod.MEEK_STV.count(election);

    assertThat(result.validBallots()).isEqualTo(Rational.of(4_003));
    assertThat(Rational.of(4_003, 4)).isEqualTo(Rational.of(100_075, 100));
    Round first = result.rounds().get(0);
    assertThat(first.tallies()).containsEntry("A", Rational.of(1_001)).containsEntry("B", Rational.of(1_001))
        .containsEntry("X", Rational.of(667)).containsEntry("Y", Rational.of(667)).containsEntry("Z", Rational.of(667));
    assertThat(first.elected()).containsExactly("A", "B");
    Round exclusion = result.rounds().get(1);
    assertThat(exclusion.eliminated()).containsExactly("Z");
    assertThat(exclusion.description()).contains("A=0.99974975", "B=0.99974975");
    Rational lead = Objects.requireNonNull(exclusion.tallies().get("X")).minus(
        Objects.requireNonNull(exclusion.tallies().get("Y")));
    assertThat(lead.signum()).isPositive();
    assertThat(lead.compareTo(Rational.of(1, 1_000_000))).isNegative();
    assertThat(result.winners()).containsExactly("A", "B", "X");
    assertThat(result.tieBreaks()).isEmpty();
  }
}
