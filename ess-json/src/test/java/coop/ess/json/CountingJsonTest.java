package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.governance.counting.Ballot;
import coop.ess.core.governance.counting.CountResult;
import coop.ess.core.governance.counting.CountingMethod;
import coop.ess.core.governance.counting.Election;
import coop.ess.core.governance.counting.Project;
import coop.ess.core.governance.counting.Rational;
import coop.ess.core.governance.counting.Round;
import coop.ess.core.governance.counting.TieBreak;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON form of counting: elections, ballots, projects and count results, with exact fractions as strings. */
class CountingJsonTest {

  private static final EssJson JSON = EssJson.standard();
  private static final List<String> CANDIDATES = List.of("A", "B", "C", "D");
  private static final List<CountingMethod> RANKED = List.of(CountingMethod.PLURALITY, CountingMethod.BORDA,
      CountingMethod.IRV, CountingMethod.STV, CountingMethod.MEEK_STV, CountingMethod.SCHULZE,
      CountingMethod.RANKED_PAIRS, CountingMethod.COPELAND);

  /** Three seats by Scottish STV: surpluses, exclusions, fractions and the quota. */
  static Election stvElection() {
    return Election.builder().addCandidates("A", "B", "C", "D", "E").seats(2)
        .addBallots(Ballot.ranked(7, "A", "B", "C"), Ballot.ranked(4, "B", "A"), Ballot.ranked(3, "C", "D"),
            Ballot.ranked(2, "D", "C", "E"), Ballot.ranked(1, "E"))
        .seed(2026).build();
  }

  static Election budget() {
    return Election.builder().budget(100_000L)
        .addProjects(Project.of("jardin", 45_000), Project.of("atelier", 60_000), Project.of("cuisine", 30_000))
        .addBallots(Ballot.approving(12, "jardin", "cuisine"), Ballot.approving(9, "atelier"),
            Ballot.approving(4, "atelier", "cuisine"))
        .build();
  }

  @Test
  void aRankedBallotMatchesItsGoldenFile() {
    Golden.check("Ballot", Ballot.ranked(5, "A", "C", "B"), Ballot.class);
  }

  @Test
  void aProjectMatchesItsGoldenFile() {
    Golden.check("Project", Project.of("jardin", 45_000), Project.class);
  }

  @Test
  void anElectionMatchesItsGoldenFile() {
    Golden.check("Election", budget(), Election.class);
  }

  @Test
  void aTieBreakMatchesItsGoldenFile() {
    Golden.check("TieBreak", TieBreak.of(2, "exclusion", List.of("C", "D"), List.of("D", "C"), 2026),
        TieBreak.class);
  }

  @Test
  void aTieBrokenByAnEarlierRoundMatchesItsGoldenFile() {
    Golden.check("TieBreak-previous-rounds",
        TieBreak.byPreviousRound(3, "exclusion", List.of("B", "C"), List.of("C", "B"), 1, 0), TieBreak.class);
  }

  /** IRV with C and D tied for the first exclusion: the round of the draw carries it (rule, tied, seed). */
  @Test
  void anIrvCountWithADrawnExclusionMatchesItsGoldenFile() {
    Election election = Election.builder().addCandidates("A", "B", "C", "D").seed(7)
        .addBallots(Ballot.ranked(5, "A"), Ballot.ranked(3, "B"), Ballot.ranked(2, "C", "B"),
            Ballot.ranked(2, "D", "B"))
        .build();
    CountResult result = CountingMethod.IRV.count(election);

    Golden.check("CountResult-irv-drawn-exclusion", result, CountResult.class);
    assertThat(result.rounds().get(0).tieBreaks()).singleElement()
        .satisfies(tie -> assertThat(tie.rule()).isEqualTo(TieBreak.Rule.LOT));
  }

  /** Files written before the rule and the rounds' tie-breaks existed still read: a lot, listed in its round. */
  @Test
  void aResultWrittenBeforeTieBreakRulesReadsWithEachDrawInItsRound() {
    String old = """
        {"schemaVersion": 1, "method": "irv", "winners": ["B"], "ranking": [["B"], ["A"], ["D"], ["C"]],
         "rounds": [{"number": 1, "description": "first preferences; exclusion of C",
                     "tallies": {"A": "5", "B": "3", "C": "2", "D": "2"}, "elected": [], "eliminated": ["C"],
                     "nonTransferable": "0"},
                    {"number": 2, "description": "after transfers", "tallies": {"A": "5", "B": "5", "C": "0", "D": "2"},
                     "elected": [], "eliminated": ["D"], "nonTransferable": "0"}],
         "tieBreaks": [{"round": 1, "purpose": "exclusion", "tied": ["C", "D"], "order": ["C", "D"], "seed": 7}],
         "validBallots": "12"}
        """;

    CountResult result = JSON.read(old, CountResult.class);

    assertThat(result.tieBreaks()).singleElement().satisfies(tie -> {
      assertThat(tie.rule()).isEqualTo(TieBreak.Rule.LOT);
      assertThat(tie.decidingRound()).isEmpty();
    });
    assertThat(result.rounds().get(0).tieBreaks()).isEqualTo(result.tieBreaks());
    assertThat(result.rounds().get(1).tieBreaks()).isEmpty();
  }

  @Test
  void aRoundMatchesItsGoldenFile() {
    Golden.check("Round", CountingMethod.STV.count(stvElection()).rounds().get(1), Round.class);
  }

  @Test
  void anStvResultMatchesItsGoldenFile() {
    Golden.check("CountResult", CountingMethod.STV.count(stvElection()), CountResult.class);
  }

  @Test
  void aBudgetResultMatchesItsGoldenFile() {
    Golden.check("CountResult-equal-shares", CountingMethod.EQUAL_SHARES.count(budget()), CountResult.class);
  }

  @Test
  void fractionsAreExactStrings() {
    assertThat(JSON.write(Rational.of(14, 24))).isEqualTo("\"7/12\"");
    assertThat(JSON.write(Rational.of(-6, 2))).isEqualTo("\"-3\"");
    assertThat(JSON.read("\"2/4\"", Rational.class)).isEqualTo(Rational.of(1, 2));
    assertThat(JSON.write(CountingMethod.MEEK_STV)).isEqualTo("\"meek-stv\"");
    assertThat(JSON.read("\"ranked-pairs\"", CountingMethod.class)).isEqualTo(CountingMethod.RANKED_PAIRS);
  }

  @Property
  void fractionsSurviveARoundTrip(@ForAll("fractions") Rational fraction) {
    assertThat(JSON.read(JSON.write(fraction), Rational.class)).isEqualTo(fraction);
  }

  @Property(tries = 100)
  void electionsAndTheirCountsSurviveARoundTrip(@ForAll("elections") Election election,
      @ForAll("rankedMethods") CountingMethod method) {
    assertThat(JSON.read(JSON.write(election), Election.class)).isEqualTo(election);
    CountResult result = method.count(election);

    assertThat(JSON.read(JSON.write(result), CountResult.class)).isEqualTo(result);
  }

  @Property(tries = 100)
  void budgetsAndTheirCountsSurviveARoundTrip(@ForAll("budgets") Election election) {
    assertThat(JSON.read(JSON.write(election), Election.class)).isEqualTo(election);
    for (CountingMethod method : List.of(CountingMethod.GREEDY_BUDGET, CountingMethod.EQUAL_SHARES)) {
      CountResult result = method.count(election);
      assertThat(JSON.read(JSON.write(result), CountResult.class)).isEqualTo(result);
    }
  }

  @Property(tries = 100)
  void scoredAndGradedBallotsSurviveARoundTrip(@ForAll("otherBallots") Ballot ballot) {
    assertThat(JSON.read(JSON.write(ballot), Ballot.class)).isEqualTo(ballot);
  }

  static Stream<Arguments> badInput() {
    return Stream.of(
        bad(Ballot.class, "{\"count\":2,\"ranking\":[\"A\",\"B\",\"A\"]}", "/ranking/2"),
        bad(Ballot.class, "{\"count\":1,\"scores\":{\"A\":-1}}", "/scores/A"),
        bad(Project.class, "{\"id\":\"jardin\",\"cost\":0}", "/cost"),
        bad(Election.class, "{\"candidates\":[\"A\",\"B\"],\"ballots\":[{\"count\":1,\"ranking\":[\"A\",\"Z\"]}]}",
            "/ballots/0/ranking/1"),
        bad(Round.class, "{\"number\":1,\"description\":\"first\",\"tallies\":{\"A\":\"1.5\"}}", "/tallies/A"),
        bad(TieBreak.class, "{\"round\":1,\"purpose\":\"winner\",\"tied\":[\"A\",\"B\"],\"order\":[\"A\",\"C\"],"
            + "\"seed\":0}", "/order"),
        bad(TieBreak.class, "{\"round\":2,\"purpose\":\"exclusion\",\"tied\":[\"A\",\"B\"],\"order\":[\"A\",\"B\"],"
            + "\"seed\":0,\"rule\":\"previous-rounds\"}", "/decidingRound"),
        bad(TieBreak.class, "{\"round\":2,\"purpose\":\"exclusion\",\"tied\":[\"A\",\"B\"],\"order\":[\"A\",\"B\"],"
            + "\"seed\":0,\"rule\":\"previous-rounds\",\"decidingRound\":2}", "/decidingRound"),
        bad(TieBreak.class, "{\"round\":2,\"purpose\":\"exclusion\",\"tied\":[\"A\",\"B\"],\"order\":[\"A\",\"B\"],"
            + "\"seed\":0,\"rule\":\"coin\"}", "/rule"),
        bad(CountResult.class, "{\"method\":\"borda\",\"winners\":[\"A\"],\"validBallots\":\"1/0\"}",
            "/validBallots"),
        bad(CountResult.class, "{\"method\":\"condorcet\",\"validBallots\":\"1\"}", "/method"),
        bad(Rational.class, "\"0.5\"", ""));
  }

  private static Arguments bad(Class<?> type, String json, String pointer) {
    return Arguments.of(Named.of(type.getSimpleName() + " at \"" + pointer + "\"", type), json, pointer);
  }

  @ParameterizedTest
  @MethodSource("badInput")
  void badInputIsRefusedAtItsPointer(Class<?> type, String json, String pointer) {
    assertThatThrownBy(() -> JSON.read(json, type)).isInstanceOf(EssJsonException.class)
        .satisfies(e -> assertThat(((EssJsonException) e).pointer()).isEqualTo(pointer));
  }

  @Provide
  Arbitrary<Rational> fractions() {
    Arbitrary<BigInteger> big = Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(),
        BigInteger.TEN.pow(30));
    return Combinators.combine(big, big.filter(d -> d.signum() != 0)).as(Rational::of);
  }

  @Provide
  Arbitrary<CountingMethod> rankedMethods() {
    return Arbitraries.of(RANKED);
  }

  @Provide
  Arbitrary<Election> elections() {
    Arbitrary<Ballot> ballot = Combinators.combine(Arbitraries.longs().between(1, 20),
        Arbitraries.shuffle(CANDIDATES), Arbitraries.integers().between(1, CANDIDATES.size()))
        .as((count, order, length) -> Ballot.ranked(count, order.subList(0, length).toArray(String[]::new)));
    return Combinators.combine(ballot.list().ofMinSize(1).ofMaxSize(8), Arbitraries.integers().between(1, 2),
        Arbitraries.longs()).as((ballots, seats, seed) -> Election.builder().addAllCandidates(CANDIDATES)
            .seats(seats).addAllBallots(ballots).seed(seed).build());
  }

  @Provide
  Arbitrary<Election> budgets() {
    Arbitrary<List<Project>> projects = Arbitraries.longs().between(1, 100).list().ofSize(CANDIDATES.size())
        .map(costs -> java.util.stream.IntStream.range(0, costs.size())
            .mapToObj(i -> Project.of("p" + i, costs.get(i))).toList());
    Arbitrary<Ballot> ballot = Combinators.combine(Arbitraries.longs().between(1, 20),
        Arbitraries.subsetOf("p0", "p1", "p2", "p3").ofMinSize(1))
        .as((count, approved) -> Ballot.approving(count, approved.toArray(String[]::new)));
    return Combinators.combine(projects, ballot.list().ofMinSize(1).ofMaxSize(8), Arbitraries.longs().between(0, 250))
        .as((list, ballots, money) -> Election.builder().addAllProjects(list).addAllBallots(ballots).budget(money)
            .build());
  }

  @Provide
  Arbitrary<Ballot> otherBallots() {
    Arbitrary<String> candidate = Arbitraries.of(CANDIDATES);
    return Combinators.combine(Arbitraries.longs().between(1, 1000),
        Arbitraries.maps(candidate, Arbitraries.longs().between(0, 10)).ofMaxSize(4),
        Arbitraries.maps(candidate, Arbitraries.of("Bad", "Fair", "Good")).ofMaxSize(4),
        Arbitraries.of("yes", "no", "abstain", "blank", "A").optional())
        .as((count, scores, grades, choice) -> Ballot.builder().count(count).scores(scores).grades(grades)
            .choice(choice).build());
  }
}
