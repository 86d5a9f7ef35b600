package coop.ess.core.governance.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CountingPropertiesTest {

  private static final List<String> NAMES = List.of("C0", "C1", "C2", "C3", "C4", "C5");
  private static final List<CountingMethod> NOT_BUDGETS = List.of(CountingMethod.PLURALITY, CountingMethod.APPROVAL,
      CountingMethod.BORDA, CountingMethod.IRV, CountingMethod.STV, CountingMethod.MEEK_STV, CountingMethod.SCHULZE,
      CountingMethod.RANKED_PAIRS, CountingMethod.COPELAND);

  @Provide
  Arbitrary<Election> elections() {
    Arbitrary<Integer> candidates = Arbitraries.integers().between(2, 6);
    return candidates.flatMap(n -> {
      List<String> names = NAMES.subList(0, n);
      Arbitrary<Ballot> ballot = Combinators.combine(
              Arbitraries.shuffle(names), Arbitraries.integers().between(1, n), Arbitraries.longs().between(1, 20),
              Arbitraries.integers().between(1, n))
          .as((order, length, count, approved) -> Ballot.builder().count(count).ranking(order.subList(0, length))
              .approve(order.subList(0, Math.min(approved, length))).build());
      return Combinators.combine(ballot.list().ofMinSize(1).ofMaxSize(10), Arbitraries.integers().between(1, n),
              Arbitraries.longs().between(0, 5))
          .as((ballots, seats, seed) -> {
            Election.Builder election = Election.builder().addAllCandidates(names).seats(seats).ballots(ballots)
                .seed(seed).budget(60L);
            for (int i = 0; i < n; i++) {
              election.addProjects(Project.of(names.get(i), 10L * (i + 1)));
            }
            return election.build();
          });
    });
  }

  /**
   * An IRV exclusion is marked as a draw in its round exactly when several continuing candidates shared the lowest
   * tally; and in every method, each round lists exactly the result's tie-breaks of its number.
   */
  @Property(tries = 100)
  void everyDrawnIrvExclusionIsMarkedInItsRound(@ForAll("elections") Election election) {
    CountResult result = CountingMethod.IRV.count(election);
    java.util.Set<String> continuing = new java.util.LinkedHashSet<>(election.candidates());
    for (Round round : result.rounds()) {
      if (!round.eliminated().isEmpty()) {
        Map<String, Rational> tallies = round.tallies();
        Rational lowest = continuing.stream().map(c -> tallies.getOrDefault(c, Rational.ZERO))
            .min(Rational::compareTo).orElseThrow();
        List<String> tied = continuing.stream()
            .filter(c -> tallies.getOrDefault(c, Rational.ZERO).equals(lowest)).toList();
        if (tied.size() > 1) {
          assertThat(round.tieBreaks()).singleElement().satisfies(tie -> {
            assertThat(tie.rule()).isEqualTo(TieBreak.Rule.LOT);
            assertThat(tie.tied()).containsExactlyElementsOf(tied);
            assertThat(tie.order().get(0)).isEqualTo(round.eliminated().get(0));
          });
        } else {
          assertThat(round.tieBreaks()).isEmpty();
        }
        continuing.removeAll(round.eliminated());
      }
    }
    for (CountingMethod method : CountingMethod.values()) {
      if (method == CountingMethod.MAJORITY || method == CountingMethod.MAJORITY_JUDGMENT) {
        continue;
      }
      CountResult any = method.count(election);
      for (Round round : any.rounds()) {
        assertThat(round.tieBreaks()).as(method.id())
            .containsExactlyElementsOf(any.tieBreaks().stream().filter(t -> t.round() == round.number()).toList());
      }
    }
  }

  @Property
  void votesAreConservedInEveryStvRound(@ForAll("elections") Election election) {
    for (CountingMethod method : List.of(CountingMethod.STV, CountingMethod.MEEK_STV)) {
      CountResult result = method.count(election);
      for (Round round : result.rounds()) {
        Rational sum = round.nonTransferable();
        for (Rational tally : round.tallies().values()) {
          sum = sum.plus(tally);
        }
        assertThat(sum).as("%s round %d", method.id(), round.number()).isEqualTo(result.validBallots());
      }
      assertThat(result.winners()).as(method.id()).hasSize(election.seats()).doesNotHaveDuplicates();
    }
  }

  @Property
  void aCondorcetWinnerWinsUnderSchulzeRankedPairsAndCopeland(@ForAll("elections") Election election) {
    String winner = condorcetWinner(election);
    Assume.that(winner != null);
    Election single = Election.builder().from(election).seats(1).build();
    for (CountingMethod method : List.of(CountingMethod.SCHULZE, CountingMethod.RANKED_PAIRS,
        CountingMethod.COPELAND)) {
      CountResult result = method.count(single);
      assertThat(result.winners()).as(method.id()).containsExactly(winner);
      assertThat(result.ranking().get(0)).as(method.id()).containsExactly(winner);
    }
  }

  @Property
  void permutingBallotsNeverChangesAResult(@ForAll("elections") Election election, @ForAll long shuffleSeed) {
    List<Ballot> shuffled = new ArrayList<>(election.ballots());
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    Election permuted = Election.builder().from(election).ballots(shuffled).build();
    for (CountingMethod method : all()) {
      assertThat(method.count(permuted)).as(method.id()).isEqualTo(method.count(election));
    }
  }

  @Property
  void mergingIdenticalBallotsIntoCountsNeverChangesAResult(@ForAll("elections") Election election) {
    List<Ballot> split = new ArrayList<>();
    for (Ballot ballot : election.ballots()) {
      for (long i = 0; i < ballot.count(); i++) {
        split.add(Ballot.builder().from(ballot).count(1).build());
      }
    }
    Election oneByOne = Election.builder().from(election).ballots(split).build();
    for (CountingMethod method : all()) {
      assertThat(method.count(oneByOne)).as(method.id()).isEqualTo(method.count(election));
    }
  }

  private static List<CountingMethod> all() {
    List<CountingMethod> methods = new ArrayList<>(NOT_BUDGETS);
    methods.add(CountingMethod.GREEDY_BUDGET);
    methods.add(CountingMethod.EQUAL_SHARES);
    return methods;
  }

  /** The candidate who beats every other one head to head, computed directly from the ballots. */
  private static @org.jspecify.annotations.Nullable String condorcetWinner(Election election) {
    for (String x : election.candidates()) {
      boolean beatsAll = true;
      for (String y : election.candidates()) {
        if (!x.equals(y)) {
          beatsAll &= prefer(election, x, y) > prefer(election, y, x);
        }
      }
      if (beatsAll) {
        return x;
      }
    }
    return null;
  }

  private static long prefer(Election election, String x, String y) {
    long total = 0;
    for (Ballot ballot : election.ballots()) {
      int ix = ballot.ranking().indexOf(x);
      int iy = ballot.ranking().indexOf(y);
      if (ix >= 0 && (iy < 0 || ix < iy)) {
        total += ballot.count();
      }
    }
    return total;
  }
}
