package coop.ess.core.governance.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Published worked examples, each with its source. */
class ReferenceCountsTest {

  /**
   * Wikipedia, "Tennessee capital" example (articles "Condorcet method", "Instant-runoff voting", "Borda count",
   * "Schulze method", "Ranked pairs", "Copeland's method"): 42 % Memphis > Nashville > Chattanooga > Knoxville,
   * 26 % Nashville > Chattanooga > Knoxville > Memphis, 15 % Chattanooga > Knoxville > Nashville > Memphis,
   * 17 % Knoxville > Chattanooga > Nashville > Memphis.
   */
  static Election tennessee() {
    return Election.builder()
        .addCandidates("Memphis", "Nashville", "Chattanooga", "Knoxville")
        .addBallots(Ballot.ranked(42, "Memphis", "Nashville", "Chattanooga", "Knoxville"))
        .addBallots(Ballot.ranked(26, "Nashville", "Chattanooga", "Knoxville", "Memphis"))
        .addBallots(Ballot.ranked(15, "Chattanooga", "Knoxville", "Nashville", "Memphis"))
        .addBallots(Ballot.ranked(17, "Knoxville", "Chattanooga", "Nashville", "Memphis"))
        .build();
  }

  @Test
  void tennesseePluralityElectsMemphis() {
    CountResult result = CountingMethod.PLURALITY.count(tennessee());

    assertThat(result.winners()).containsExactly("Memphis");
    assertThat(result.rounds().get(0).tallies()).containsEntry("Memphis", Rational.of(42))
        .containsEntry("Nashville", Rational.of(26)).containsEntry("Knoxville", Rational.of(17));
  }

  @Test
  void tennesseeInstantRunoffElectsKnoxville() {
    CountResult result = CountingMethod.IRV.count(tennessee());

    assertThat(result.winners()).containsExactly("Knoxville");
    assertThat(result.rounds()).extracting(Round::eliminated)
        .containsExactly(List.of("Chattanooga"), List.of("Nashville"), List.of());
    assertThat(result.rounds().get(2).tallies()).containsEntry("Knoxville", Rational.of(58))
        .containsEntry("Memphis", Rational.of(42));
    assertThat(result.ranking()).containsExactly(List.of("Knoxville"), List.of("Memphis"), List.of("Nashville"),
        List.of("Chattanooga"));
  }

  @Test
  void tennesseeBordaElectsNashvilleWithThePublishedPoints() {
    CountResult result = CountingMethod.BORDA.count(tennessee());

    assertThat(result.winners()).containsExactly("Nashville");
    assertThat(result.rounds().get(0).tallies()).containsEntry("Nashville", Rational.of(194))
        .containsEntry("Chattanooga", Rational.of(173)).containsEntry("Memphis", Rational.of(126))
        .containsEntry("Knoxville", Rational.of(107));
  }

  @Test
  void tennesseeCondorcetMethodsElectNashville() {
    List<List<String>> expected = List.of(List.of("Nashville"), List.of("Chattanooga"), List.of("Knoxville"),
        List.of("Memphis"));
    for (CountingMethod method : List.of(CountingMethod.SCHULZE, CountingMethod.RANKED_PAIRS,
        CountingMethod.COPELAND)) {
      CountResult result = method.count(tennessee());
      assertThat(result.winners()).as(method.id()).containsExactly("Nashville");
      assertThat(result.ranking()).as(method.id()).isEqualTo(expected);
      assertThat(result.tieBreaks()).as(method.id()).isEmpty();
    }
  }

  @Test
  void tennesseeCopelandScores() {
    CountResult result = CountingMethod.COPELAND.count(tennessee());

    assertThat(result.rounds().get(1).tallies()).containsEntry("Nashville", Rational.of(3))
        .containsEntry("Chattanooga", Rational.of(2)).containsEntry("Knoxville", Rational.ONE)
        .containsEntry("Memphis", Rational.ZERO);
  }

  /**
   * Markus Schulze, "A new monotonic, clone-independent, reversal symmetric, and Condorcet-consistent single-winner
   * election method", Social Choice and Welfare 36 (2011), section 3.1, example 1 (45 voters, 5 candidates; also the
   * example of the Wikipedia article "Schulze method"): the strongest paths give E > A > C > B > D.
   */
  @Test
  void schulzePaperExample1() {
    Election election = Election.builder().addCandidates("A", "B", "C", "D", "E")
        .addBallots(Ballot.ranked(5, "A", "C", "B", "E", "D"), Ballot.ranked(5, "A", "D", "E", "C", "B"),
            Ballot.ranked(8, "B", "E", "D", "A", "C"), Ballot.ranked(3, "C", "A", "B", "E", "D"),
            Ballot.ranked(7, "C", "A", "E", "B", "D"), Ballot.ranked(2, "C", "B", "A", "D", "E"),
            Ballot.ranked(7, "D", "C", "E", "B", "A"), Ballot.ranked(8, "E", "B", "A", "D", "C"))
        .build();

    CountResult result = CountingMethod.SCHULZE.count(election);

    assertThat(result.winners()).containsExactly("E");
    assertThat(result.ranking()).containsExactly(List.of("E"), List.of("A"), List.of("C"), List.of("B"),
        List.of("D"));
    // published matrices: d[A,B] = 20, d[E,D] = 31; p[A,B] = 28, p[E,A] = 25, p[A,E] = 24
    assertThat(result.rounds().get(0).tallies()).containsEntry("A>B", Rational.of(20))
        .containsEntry("E>D", Rational.of(31));
    assertThat(result.rounds().get(1).tallies()).containsEntry("A>B", Rational.of(28))
        .containsEntry("E>A", Rational.of(25)).containsEntry("A>E", Rational.of(24));
  }

  /**
   * Schulze (2011), section 3.2, example 2 (30 voters, 4 candidates): D > A > C > B.
   */
  @Test
  void schulzePaperExample2() {
    Election election = Election.builder().addCandidates("A", "B", "C", "D")
        .addBallots(Ballot.ranked(5, "A", "C", "B", "D"), Ballot.ranked(2, "A", "C", "D", "B"),
            Ballot.ranked(3, "A", "D", "C", "B"), Ballot.ranked(4, "B", "A", "C", "D"),
            Ballot.ranked(3, "C", "B", "D", "A"), Ballot.ranked(3, "C", "D", "B", "A"),
            Ballot.ranked(1, "D", "A", "C", "B"), Ballot.ranked(5, "D", "B", "A", "C"),
            Ballot.ranked(4, "D", "C", "B", "A"))
        .build();

    CountResult result = CountingMethod.SCHULZE.count(election);

    assertThat(result.winners()).containsExactly("D");
    assertThat(result.ranking()).containsExactly(List.of("D"), List.of("A"), List.of("C"), List.of("B"));
  }

  /**
   * Majority-judgment test cases shared by the MieuxVoter libraries
   * (github.com/MieuxVoter/majority-judgment-library-java, src/test/resources/assertions.json, "Few judgments", and
   * MajorityJudgmentDeliberatorTest): tallies per proposal (counts per grade, worst first) and expected ranks.
   */
  @Test
  void mieuxVoterFewJudgments() {
    CountResult result = CountingMethod.MAJORITY_JUDGMENT.count(fromTallies(List.of("g0", "g1", "g2"), 0,
        new long[][] {{1, 1, 1}, {1, 0, 2}, {3, 0, 0}, {2, 0, 1}, {0, 3, 0}}));

    assertThat(ranks(result, 5)).containsExactly(3, 1, 5, 4, 2);
  }

  @Test
  void mieuxVoterReadmeDemo() {
    CountResult result = CountingMethod.MAJORITY_JUDGMENT.count(fromTallies(
        List.of("g0", "g1", "g2", "g3", "g4", "g5", "g6"), 0,
        new long[][] {{4, 5, 2, 1, 3, 1, 2}, {3, 6, 2, 1, 3, 1, 2}}));

    assertThat(ranks(result, 2)).containsExactly(2, 1);
  }

  @Test
  void mieuxVoterBillionsOfParticipants() {
    CountResult result = CountingMethod.MAJORITY_JUDGMENT.count(fromTallies(List.of("g0", "g1", "g2", "g3"), 0,
        new long[][] {{11312415004L, 21153652410L, 24101523299L, 18758623562L},
            {11312415004L, 21153652400L, 24101523299L, 18758623572L}}));

    assertThat(ranks(result, 2)).containsExactly(2, 1);
  }

  @Test
  void mieuxVoterCollectedTally() {
    CountResult result = CountingMethod.MAJORITY_JUDGMENT.count(fromTallies(
        List.of("Reject", "Passable", "Good", "Excellent"), 0,
        new long[][] {{2, 3, 0, 3}, {2, 0, 4, 2}, {2, 1, 3, 2}}));

    assertThat(ranks(result, 3)).containsExactly(3, 1, 2);
  }

  @Test
  void mieuxVoterStaticDefaultGrade() {
    // proposal 0 has a single judgment (grade 2) among 3 participants; the 2 missing ones take the default grade 0
    Election election = Election.builder().addCandidates("P0", "P1").addGrades("g0", "g1", "g2").defaultGrade("g0")
        .addBallots(Ballot.builder().putGrade("P0", "g2").putGrade("P1", "g1").build())
        .addBallots(Ballot.builder().count(2).putGrade("P1", "g1").build())
        .build();

    CountResult result = CountingMethod.MAJORITY_JUDGMENT.count(election);

    assertThat(ranks(result, 2)).containsExactly(2, 1);
  }

  @Test
  void mieuxVoterThousandsOfEqualProposalsAreOneTier() {
    long[][] tallies = new long[1337][];
    for (int i = 0; i < tallies.length; i++) {
      tallies[i] = new long[] {0, 2, 1};
    }
    CountResult result = CountingMethod.MAJORITY_JUDGMENT.count(fromTallies(List.of("g0", "g1", "g2"), 0, tallies));

    assertThat(result.ranking()).hasSize(1);
    assertThat(result.ranking().get(0)).hasSize(1337);
    assertThat(result.tieBreaks()).singleElement().satisfies(tie -> assertThat(tie.tied()).hasSize(1337));
  }

  /** Builds voters so that proposal i (named Pi) receives exactly the given counts per grade. */
  static Election fromTallies(List<String> grades, long seed, long[][] tallies) {
    long voters = 0;
    for (long count : tallies[0]) {
      voters += count;
    }
    Election.Builder election = Election.builder().addAllGrades(grades).seed(seed);
    for (int p = 0; p < tallies.length; p++) {
      election.addCandidates("P" + p);
    }
    // voter groups: walk all proposals' sorted judgments together, cutting where any proposal changes grade
    int[] grade = new int[tallies.length];
    long[] left = new long[tallies.length];
    for (int p = 0; p < tallies.length; p++) {
      left[p] = tallies[p][0];
    }
    long placed = 0;
    while (placed < voters) {
      long step = Long.MAX_VALUE;
      for (int p = 0; p < tallies.length; p++) {
        while (left[p] == 0) {
          grade[p]++;
          left[p] = tallies[p][grade[p]];
        }
        step = Math.min(step, left[p]);
      }
      Ballot.Builder ballot = Ballot.builder().count(step);
      for (int p = 0; p < tallies.length; p++) {
        ballot.putGrade("P" + p, grades.get(grade[p]));
        left[p] -= step;
      }
      election.addBallots(ballot.build());
      placed += step;
    }
    return election.build();
  }

  /** The rank of each candidate Pi: 1 + the number of candidates in better tiers. */
  static List<Integer> ranks(CountResult result, int candidates) {
    Integer[] ranks = new Integer[candidates];
    int better = 0;
    for (List<String> tier : result.ranking()) {
      for (String candidate : tier) {
        ranks[Integer.parseInt(candidate.substring(1))] = better + 1;
      }
      better += tier.size();
    }
    return new ArrayList<>(List.of(ranks));
  }
}
