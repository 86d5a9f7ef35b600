package coop.ess.core.governance.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountingMethodTest {

  private static List<String> problems(Throwable e) {
    return ((EssValidationException) e).violations().stream().map(v -> v.code() + "@" + v.field()).toList();
  }

  @Test
  void everyMethodIsFoundByItsId() {
    for (CountingMethod method : CountingMethod.values()) {
      assertThat(CountingMethod.fromId(method.id())).isEqualTo(method);
    }
    assertThat(CountingMethod.fromId("meek-stv")).isEqualTo(CountingMethod.MEEK_STV);
  }

  @Test
  void anUnknownMethodListsTheKnownOnes() {
    assertThatThrownBy(() -> CountingMethod.fromId("dhondt"))
        .isInstanceOf(EssValidationException.class)
        .hasMessageContaining("dhondt").hasMessageContaining("ranked-pairs");
  }

  @Test
  void anUnknownCandidateInARankingNamesItsPath() {
    assertThatThrownBy(() -> Election.builder().addCandidates("A", "B")
        .addBallots(Ballot.ranked(1, "A", "B"), Ballot.ranked(2, "B"), Ballot.ranked(1, "A"),
            Ballot.ranked(3, "B", "Z"))
        .build())
        .isInstanceOf(EssValidationException.class)
        .satisfies(e -> assertThat(problems(e)).containsExactly("election.unknownCandidate@ballots[3].ranking[1]"));
  }

  @Test
  void unknownNamesInEveryKindOfBallotAreAllReported() {
    assertThatThrownBy(() -> Election.builder().addCandidates("A", "B").addGrades("Bad", "Good")
        .addBallots(Ballot.approving(1, "A", "X"))
        .addBallots(Ballot.builder().putScore("Y", 3L).build())
        .addBallots(Ballot.builder().putGrade("A", "Great").putGrade("W", "Good").build())
        .build())
        .isInstanceOf(EssValidationException.class)
        .satisfies(e -> assertThat(problems(e)).containsExactly("election.unknownCandidate@ballots[0].approve[1]",
            "election.unknownCandidate@ballots[1].scores.Y", "election.unknownGrade@ballots[2].grades.A",
            "election.unknownCandidate@ballots[2].grades.W"));
  }

  @Test
  void aCandidateRankedTwiceIsRefused() {
    assertThatThrownBy(() -> Ballot.ranked(1, "A", "B", "A"))
        .isInstanceOf(EssValidationException.class)
        .satisfies(e -> assertThat(problems(e)).containsExactly("ballot.repeated@ranking[2]"));
  }

  @Test
  void yesWinsAMajorityOfTheVotesCast() {
    Election election = Election.builder()
        .addBallots(Ballot.choosing(10, "yes"), Ballot.choosing(9, "no"), Ballot.choosing(30, "abstain"),
            Ballot.choosing(2, "blank"))
        .build();

    CountResult result = CountingMethod.MAJORITY.count(election);

    assertThat(result.winners()).containsExactly("yes");
    assertThat(result.ranking()).containsExactly(List.of("yes"), List.of("no"));
    assertThat(result.rounds().get(0).tallies()).containsEntry("abstain", Rational.of(30))
        .containsEntry("blank", Rational.of(2));
  }

  @Test
  void equalYesAndNoIsAReportedTieWithoutWinner() {
    Election election = Election.builder()
        .addBallots(Ballot.choosing(4, "yes"), Ballot.choosing(4, "no"))
        .build();

    CountResult result = CountingMethod.MAJORITY.count(election);

    assertThat(result.winners()).isEmpty();
    assertThat(result.ranking()).containsExactly(List.of("yes", "no"));
  }

  @Test
  void aMajorityBallotWithAnotherChoiceNamesItsPath() {
    Election election = Election.builder().addBallots(Ballot.choosing(1, "yes"), Ballot.choosing(1, "maybe")).build();

    assertThatThrownBy(() -> CountingMethod.MAJORITY.count(election))
        .isInstanceOf(EssValidationException.class)
        .satisfies(e -> assertThat(problems(e)).containsExactly("count.badChoice@ballots[1].choice"));
  }

  @Test
  void approvalCountsEachApprovalOnce() {
    Election election = Election.builder().addCandidates("A", "B", "C").seats(2)
        .addBallots(Ballot.approving(3, "A", "B"), Ballot.approving(1, "B", "C"), Ballot.approving(1, "C"))
        .build();

    CountResult result = CountingMethod.APPROVAL.count(election);

    assertThat(result.rounds().get(0).tallies()).containsEntry("A", Rational.of(3)).containsEntry("B", Rational.of(4))
        .containsEntry("C", Rational.of(2));
    assertThat(result.winners()).containsExactly("B", "A");
  }

  @Test
  void aTieAcrossTheLastSeatIsBrokenBySeedAndRecorded() {
    Election election = Election.builder().addCandidates("A", "B", "C").seats(2).seed(42)
        .addBallots(Ballot.approving(3, "A", "B"), Ballot.approving(2, "B", "C"), Ballot.approving(1, "A"))
        .build();

    CountResult result = CountingMethod.APPROVAL.count(election);

    // A 4, B 5, C 2: no tie for two seats
    assertThat(result.winners()).containsExactly("B", "A");
    Election tied = Election.builder().from(election).ballots(List.of(Ballot.approving(2, "A", "B", "C"))).build();
    CountResult again = CountingMethod.APPROVAL.count(tied);
    assertThat(again.ranking()).containsExactly(List.of("A", "B", "C"));
    assertThat(again.tieBreaks()).singleElement().satisfies(tie -> {
      assertThat(tie.purpose()).isEqualTo("seat");
      assertThat(tie.seed()).isEqualTo(42);
      assertThat(again.winners()).containsExactlyElementsOf(tie.order().subList(0, 2));
    });
    assertThat(CountingMethod.APPROVAL.count(tied).winners()).isEqualTo(again.winners());
  }

  @Test
  void scoreAddsTheScoresAndMissingScoresCountZero() {
    Election election = Election.builder().addCandidates("A", "B")
        .addBallots(Ballot.builder().count(2).putScore("A", 5L).putScore("B", 1L).build())
        .addBallots(Ballot.builder().count(3).putScore("B", 4L).build())
        .build();

    CountResult result = CountingMethod.SCORE.count(election);

    assertThat(result.rounds().get(0).tallies()).containsEntry("A", Rational.of(10)).containsEntry("B", Rational.of(14));
    assertThat(result.winners()).containsExactly("B");
  }

  @Test
  void bordaGivesUnlistedCandidatesZero() {
    Election election = Election.builder().addCandidates("A", "B", "C", "D")
        .addBallots(Ballot.ranked(1, "A"), Ballot.ranked(1, "B", "C"))
        .build();

    CountResult result = CountingMethod.BORDA.count(election);

    assertThat(result.rounds().get(0).tallies()).containsEntry("A", Rational.of(3)).containsEntry("B", Rational.of(3))
        .containsEntry("C", Rational.of(2)).containsEntry("D", Rational.ZERO);
    assertThat(result.ranking()).containsExactly(List.of("A", "B"), List.of("C"), List.of("D"));
    assertThat(result.tieBreaks()).hasSize(1);
  }

  @Test
  void aCondorcetCycleIsResolvedBySchulzeAndRankedPairs() {
    // A>B 6:3, B>C 7:2, C>A 5:4: a cycle; the weakest defeat (C>A) is dropped: A wins
    Election election = Election.builder().addCandidates("A", "B", "C")
        .addBallots(Ballot.ranked(4, "A", "B", "C"), Ballot.ranked(3, "B", "C", "A"), Ballot.ranked(2, "C", "A", "B"))
        .build();

    assertThat(CountingMethod.SCHULZE.count(election).winners()).containsExactly("A");
    CountResult pairs = CountingMethod.RANKED_PAIRS.count(election);
    assertThat(pairs.winners()).containsExactly("A");
    assertThat(pairs.ranking()).containsExactly(List.of("A"), List.of("B"), List.of("C"));
    assertThat(pairs.rounds().get(1).description()).contains("skipped [C>A]");
  }

  @Test
  void copelandReportsATieOfACycle() {
    Election election = Election.builder().addCandidates("A", "B", "C")
        .addBallots(Ballot.ranked(1, "A", "B", "C"), Ballot.ranked(1, "B", "C", "A"), Ballot.ranked(1, "C", "A", "B"))
        .build();

    CountResult result = CountingMethod.COPELAND.count(election);

    assertThat(result.ranking()).containsExactly(List.of("A", "B", "C"));
    assertThat(result.tieBreaks()).singleElement().satisfies(tie -> assertThat(tie.purpose()).isEqualTo("winner"));
  }

  /**
   * IRV, A 5, B 3, C 2 (then B), D 2 (then B): C and D tie for the first exclusion, which the seeded lot decides; the
   * second exclusion (the other of C and D, 2 against B's 5) and B's win (7 of 12) are strict. The round of the
   * drawn exclusion says so, with the rule and the seed; the other rounds carry no tie-break.
   */
  @Test
  void anIrvExclusionDrawnByLotSaysSoInItsRound() {
    Election election = Election.builder().addCandidates("A", "B", "C", "D").seed(7)
        .addBallots(Ballot.ranked(5, "A"), Ballot.ranked(3, "B"), Ballot.ranked(2, "C", "B"),
            Ballot.ranked(2, "D", "B"))
        .build();

    CountResult result = CountingMethod.IRV.count(election);

    assertThat(result.winners()).containsExactly("B");
    Round first = result.rounds().get(0);
    assertThat(first.tieBreaks()).singleElement().satisfies(tie -> {
      assertThat(tie.purpose()).isEqualTo("exclusion");
      assertThat(tie.rule()).isEqualTo(TieBreak.Rule.LOT);
      assertThat(tie.tied()).containsExactly("C", "D");
      assertThat(tie.seed()).isEqualTo(7);
      assertThat(first.eliminated()).containsExactly(tie.order().get(0));
    });
    assertThat(first.description()).endsWith("exclusion of C; exclusion tie among C, D drawn by lot (seed 7)");
    assertThat(result.rounds().subList(1, result.rounds().size())).allSatisfy(round -> {
      assertThat(round.tieBreaks()).isEmpty();
      assertThat(round.description()).doesNotContain("lot");
    });
    assertThat(result.tieBreaks()).containsExactlyElementsOf(first.tieBreaks());
  }

  /**
   * Scottish STV, 2 seats, A 10 (then C), B 4, C 2, D 5: 21 valid, quota 8. A's surplus of 2 moves at 2/10 = 0.2 to C,
   * who reaches B's 4. B and C tie for exclusion at stage 3; at stage 1 B had 4 and C 2, so C is excluded, decided
   * by the earlier round (SSI 2011/399, the look-back of rule 51), not by lot, and the result says so.
   */
  @Test
  void anStvExclusionDecidedByAnEarlierRoundSaysWhichRound() {
    Election election = Election.builder().addCandidates("A", "B", "C", "D").seats(2).seed(1)
        .addBallots(Ballot.ranked(10, "A", "C"), Ballot.ranked(4, "B"), Ballot.ranked(2, "C"), Ballot.ranked(5, "D"))
        .build();

    CountResult result = CountingMethod.STV.count(election);

    Round third = result.rounds().get(2);
    assertThat(third.eliminated()).containsExactly("C");
    assertThat(third.tieBreaks()).singleElement().satisfies(tie -> {
      assertThat(tie.rule()).isEqualTo(TieBreak.Rule.PREVIOUS_ROUNDS);
      assertThat(tie.decidingRound()).contains(1);
      assertThat(tie.round()).isEqualTo(3);
      assertThat(tie.tied()).containsExactly("B", "C");
      assertThat(tie.order()).containsExactly("C", "B");
    });
    assertThat(third.description()).isEqualTo("exclusion of C; exclusion tie among B, C broken by round 1");
    assertThat(result.winners()).containsExactly("A", "D");
  }

  @Test
  void rationalsAreNormalisedAndExact() {
    assertThat(Rational.of(2, -4)).isEqualTo(Rational.of(-1, 2)).hasToString("-1/2");
    assertThat(Rational.of(19, 60).truncate(5)).isEqualTo(Rational.of(31_666, 100_000));
    assertThat(Rational.of(1, 3).roundUp(2)).isEqualTo(Rational.of(34, 100));
    assertThat(Rational.of(1, 3).plus(Rational.of(1, 6))).isEqualTo(Rational.of(1, 2));
    assertThat(Rational.of(-7, 2).floor()).isEqualTo(java.math.BigInteger.valueOf(-4));
  }

  /**
   * Issue 5: "Ties are reported, never broken silently; when a winner must be chosen, a documented deterministic
   * tie-breaker with an explicit seed is applied and recorded." A perfectly symmetric profile (2 A &gt; B, 2 B &gt; A)
   * under every ranked method: one winner, chosen by a recorded draw carrying the seed, the same on every count; the
   * methods that rank by score put both candidates in one tier (IRV ranks by order of exclusion, so its ranking shows
   * the drawn exclusion, which the recorded tie-break explains).
   */
  @Test
  void aPerfectTieIsReportedAndDrawnBySeedUnderEveryRankedMethod() {
    Election election = Election.builder().addCandidates("A", "B").seats(1).seed(2_026)
        .addBallots(Ballot.ranked(2, "A", "B"), Ballot.ranked(2, "B", "A"))
        .build();

    for (CountingMethod method : List.of(CountingMethod.PLURALITY, CountingMethod.BORDA, CountingMethod.IRV,
        CountingMethod.STV, CountingMethod.MEEK_STV, CountingMethod.SCHULZE, CountingMethod.RANKED_PAIRS,
        CountingMethod.COPELAND)) {
      CountResult result = method.count(election);

      assertThat(result.winners()).as(method.id()).hasSize(1);
      assertThat(result.tieBreaks()).as(method.id()).isNotEmpty().allSatisfy(tie -> {
        assertThat(tie.seed()).isEqualTo(2_026);
        assertThat(tie.tied()).containsExactlyInAnyOrder("A", "B");
      });
      if (method != CountingMethod.IRV) {
        assertThat(result.ranking()).as(method.id()).allSatisfy(tier -> assertThat(tier).hasSize(2));
      }
      assertThat(method.count(election)).as(method.id()).isEqualTo(result);
    }
  }
}
