package coop.ess.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssValidationException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MotionCountTest {

  private static final Quorum QUARTER = Quorum.of(1, 4, Boundary.AT_LEAST, Quorum.Base.PRESENT_AND_REPRESENTED);

  private static ResolutionType type(Threshold threshold) {
    return ResolutionType.builder().name("ordinary").threshold(threshold).quorum(QUARTER).build();
  }

  private static final CollegeId SAL = CollegeId.of("salaries");
  private static final CollegeId USA = CollegeId.of("usagers");
  private static final CollegeId SOU = CollegeId.of("soutiens");

  @Test
  void aSimpleMajorityNeedsMoreForThanAgainst() {
    Turnout turnout = Turnout.of(20, 10, 0);

    assertThat(MotionCount.count(type(Threshold.simpleMajority()), 1, turnout, Tally.of(5, 4, 1, 0)).outcome())
        .isEqualTo(Outcome.ADOPTED);
    assertThat(MotionCount.count(type(Threshold.simpleMajority()), 1, turnout, Tally.of(5, 5, 0, 0)).outcome())
        .isEqualTo(Outcome.REJECTED);
  }

  @Test
  void abstentionsCountedAsCastWeighLikeVotesAgainst() {
    Tally tally = Tally.of(5, 4, 2, 0);
    ResolutionType excluded = type(Threshold.simpleMajority());
    ResolutionType counted = ResolutionType.builder().from(excluded).abstentions(Treatment.COUNTED_AS_CAST).build();

    MotionResult left = MotionCount.count(excluded, 1, Turnout.of(20, 11, 0), tally);
    MotionResult in = MotionCount.count(counted, 1, Turnout.of(20, 11, 0), tally);

    assertThat(left.share()).isEqualTo("5/9");
    assertThat(left.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(in.share()).isEqualTo("5/11");
    assertThat(in.outcome()).isEqualTo(Outcome.REJECTED);
  }

  @Test
  void blankVotesAreTreatedByTheirOwnOption() {
    Tally tally = Tally.of(4, 3, 0, 2);
    ResolutionType blanksCount = ResolutionType.builder().from(type(Threshold.simpleMajority()))
        .blankVotes(Treatment.COUNTED_AS_CAST).build();

    assertThat(MotionCount.count(blanksCount, 1, Turnout.of(9, 9, 0), tally).share()).isEqualTo("4/9");
    assertThat(MotionCount.count(type(Threshold.simpleMajority()), 1, Turnout.of(9, 9, 0), tally).share())
        .isEqualTo("4/7");
  }

  @Test
  void twoThirdsIsMetExactlyAtTwoThirds() {
    assertThat(MotionCount.count(type(Threshold.twoThirds()), 1, Turnout.of(9, 9, 0), Tally.of(6, 3, 0, 0))
        .thresholdMet()).isTrue();
    assertThat(MotionCount.count(type(Threshold.twoThirds()), 1, Turnout.of(9, 9, 0), Tally.of(5, 3, 1, 0))
        .thresholdMet()).isFalse();
    assertThat(MotionCount.count(type(Threshold.threeQuarters()), 1, Turnout.of(8, 8, 0), Tally.of(6, 2, 0, 0))
        .thresholdMet()).isTrue();
  }

  @Test
  void anAbsoluteMajorityIsTakenOfTheWholeElectorate() {
    MotionResult result = MotionCount.count(type(Threshold.absoluteMajority()), 1, Turnout.of(20, 12, 0),
        Tally.of(10, 2, 0, 0));

    assertThat(result.share()).isEqualTo("1/2");
    assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
  }

  @Test
  void unanimityIsBrokenByOneVoteAgainstButNotByAnAbstention() {
    ResolutionType unanimity = type(Threshold.unanimity());

    assertThat(MotionCount.count(unanimity, 1, Turnout.of(5, 5, 0), Tally.of(4, 0, 1, 0)).outcome())
        .isEqualTo(Outcome.ADOPTED);
    assertThat(MotionCount.count(unanimity, 1, Turnout.of(5, 5, 0), Tally.of(4, 1, 0, 0)).outcome())
        .isEqualTo(Outcome.REJECTED);
  }

  @Test
  void nothingCastMeetsNoThreshold() {
    MotionResult result = MotionCount.count(type(Threshold.unanimity()), 1, Turnout.of(5, 5, 0), Tally.of(0, 0, 3, 0));

    assertThat(result.share()).isEqualTo("0");
    assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
  }

  @Test
  void withoutQuorumTheSittingCannotDecideButASecondConvocationCan() {
    ResolutionType type = type(Threshold.simpleMajority());
    Turnout fewPresent = Turnout.of(40, 6, 3);

    assertThat(MotionCount.count(type, 1, fewPresent, Tally.of(7, 2, 0, 0)).outcome()).isEqualTo(Outcome.NO_QUORUM);
    assertThat(MotionCount.count(type, 2, fewPresent, Tally.of(7, 2, 0, 0)).outcome()).isEqualTo(Outcome.ADOPTED);
  }

  @Test
  void representedMembersCountOnlyForAQuorumOfPresentAndRepresented() {
    Turnout turnout = Turnout.of(40, 8, 2);
    ResolutionType presentOnly = ResolutionType.builder().from(type(Threshold.simpleMajority()))
        .quorum(Quorum.of(1, 4, Boundary.AT_LEAST, Quorum.Base.PRESENT)).build();

    assertThat(MotionCount.count(type(Threshold.simpleMajority()), 1, turnout, Tally.of(6, 4, 0, 0)).quorumMet())
        .isTrue();
    assertThat(MotionCount.count(presentOnly, 1, turnout, Tally.of(6, 4, 0, 0)).quorumMet()).isFalse();
  }

  @Test
  void aFractionOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> Threshold.of("too-much", 4, 3, Boundary.AT_LEAST, Threshold.Base.VOTES_CAST))
        .isInstanceOfSatisfying(EssValidationException.class, e ->
            assertThat(e.violations().get(0).code()).isEqualTo("fraction.range"));
    assertThatThrownBy(() -> Quorum.of(1, 0, Boundary.AT_LEAST, Quorum.Base.PRESENT))
        .isInstanceOf(EssValidationException.class);
  }

  @Test
  void thresholdsAndQuorumsDescribeThemselves() {
    assertThat(Threshold.twoThirds()).hasToString("two-thirds (>= 2/3 of votes cast)");
    assertThat(Quorum.of(1, 3, Boundary.MORE_THAN, Quorum.Base.PRESENT))
        .hasToString("> 1/3 of the electorate present");
    assertThat(Quorum.none()).hasToString("no quorum");
  }

  @Test
  void moreBallotsThanVotersIsAnError() {
    assertThatThrownBy(() -> MotionCount.count(type(Threshold.simpleMajority()), 1, Turnout.of(3, 3, 0),
        Tally.of(3, 1, 0, 0))).isInstanceOf(EssValidationException.class).hasMessageContaining("tally");
  }

  @Test
  void proportionalReadingWeighsEachCollegesShareOfFor() {
    // Salariés 40 %: 3 for of 4; usagers 35 %: 1 of 4; soutiens 25 %: 2 of 2.
    // 40/100*3/4 + 35/100*1/4 + 25/100*1 = 120/400 + 35/400 + 100/400 = 255/400 = 51/80.
    MotionResult result = colleges(CollegeStatute.Reading.PROPORTIONAL, CollegeStatute.EmptyCollege.REDISTRIBUTE,
        Tally.of(3, 1, 0, 0), Tally.of(1, 3, 0, 0), Tally.of(2, 0, 0, 0));

    assertThat(result.share()).isEqualTo("51/80");
    assertThat(result.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(result.tally()).isEqualTo(Tally.of(6, 4, 0, 0));
    assertThat(result.collegeTallies()).containsOnlyKeys(SAL, USA, SOU);
  }

  @Test
  void blocReadingGivesEachCollegesWholeWeightToItsMajority() {
    // Salariés for (40), usagers against (35), soutiens tied 1-1, so against (25): 40/100.
    MotionResult result = colleges(CollegeStatute.Reading.BLOC, CollegeStatute.EmptyCollege.REDISTRIBUTE,
        Tally.of(3, 1, 0, 0), Tally.of(1, 3, 0, 0), Tally.of(1, 1, 0, 0));

    assertThat(result.share()).isEqualTo("2/5");
    assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
  }

  @Test
  void theTwoReadingsCanDisagree() {
    // A large minority for in every college: proportionally 45 %; in blocs, the salariés carry 40 %... and the
    // usagers' narrow majority carries 35 %: 75 %.
    Tally sal = Tally.of(3, 2, 0, 0);
    Tally usa = Tally.of(3, 2, 0, 0);
    Tally sou = Tally.of(0, 5, 0, 0);

    assertThat(colleges(CollegeStatute.Reading.PROPORTIONAL, CollegeStatute.EmptyCollege.REDISTRIBUTE, sal, usa, sou)
        .outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(colleges(CollegeStatute.Reading.BLOC, CollegeStatute.EmptyCollege.REDISTRIBUTE, sal, usa, sou)
        .outcome()).isEqualTo(Outcome.ADOPTED);
  }

  @Test
  void anEmptyCollegeIsRedistributedOrCountedAgainstAsTheStatutesSay() {
    Tally sal = Tally.of(4, 0, 0, 0);
    Tally usa = Tally.of(1, 1, 0, 0);
    Tally empty = Tally.of(0, 0, 1, 0);

    MotionResult redistributed = colleges(CollegeStatute.Reading.PROPORTIONAL,
        CollegeStatute.EmptyCollege.REDISTRIBUTE, sal, usa, empty);
    MotionResult against = colleges(CollegeStatute.Reading.PROPORTIONAL,
        CollegeStatute.EmptyCollege.COUNT_AS_AGAINST, sal, usa, empty);

    // (40*1 + 35*1/2) / 75 = 57.5/75 = 23/30 ; against: 57.5/100 = 23/40.
    assertThat(redistributed.share()).isEqualTo("23/30");
    assertThat(against.share()).isEqualTo("23/40");
  }

  private static MotionResult colleges(CollegeStatute.Reading reading, CollegeStatute.EmptyCollege empty,
      Tally sal, Tally usa, Tally sou) {
    Map<CollegeId, Tally> tallies = Map.of(SAL, sal, USA, usa, SOU, sou);
    Map<CollegeId, Long> sizes = Map.of(SAL, 10L, USA, 10L, SOU, 10L);
    return MotionCount.count(type(Threshold.simpleMajority()), 1, Turnout.of(30, 20, 0),
        CollegeStatuteTest.scic(reading, empty), tallies, sizes);
  }

  // ---- properties ----

  @Property
  void aThresholdIsMetExactlyWhenTheRationalComparisonSaysSo(@ForAll @IntRange(min = 0, max = 1000) int votesFor,
      @ForAll @IntRange(min = 0, max = 1000) int others, @ForAll @IntRange(min = 1, max = 12) int denominator,
      @ForAll @IntRange(min = 1, max = 12) int numeratorSeed, @ForAll boolean strict) {
    int numerator = 1 + (numeratorSeed - 1) % denominator;
    Boundary boundary = strict ? Boundary.MORE_THAN : Boundary.AT_LEAST;
    Threshold threshold = Threshold.of("t", numerator, denominator, boundary, Threshold.Base.VOTES_CAST);
    long base = (long) votesFor + others;

    int comparison = BigInteger.valueOf(votesFor).multiply(BigInteger.valueOf(denominator))
        .compareTo(BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(base)));
    boolean expected = base > 0 && (strict ? comparison > 0 : comparison >= 0);

    assertThat(threshold.isMet(votesFor, base)).isEqualTo(expected);
  }

  @Property
  void aQuorumIsMetExactlyWhenTheRationalComparisonSaysSo(@ForAll @IntRange(min = 1, max = 5000) int electorate,
      @ForAll @IntRange(min = 0, max = 5000) int countedSeed, @ForAll @IntRange(min = 1, max = 20) int denominator,
      @ForAll @IntRange(min = 0, max = 20) int numeratorSeed, @ForAll boolean strict) {
    int counted = countedSeed % (electorate + 1);
    int numerator = numeratorSeed % (denominator + 1);
    Boundary boundary = strict ? Boundary.MORE_THAN : Boundary.AT_LEAST;
    Quorum quorum = Quorum.of(numerator, denominator, boundary, Quorum.Base.PRESENT);

    long left = (long) counted * denominator;
    long right = (long) numerator * electorate;
    assertThat(quorum.isMet(counted, electorate)).isEqualTo(strict ? left > right : left >= right);
  }

  @Property
  void theOutcomeOfAMotionWithoutCollegesIsTheRationalComparison(@ForAll("tallies") Tally tally,
      @ForAll boolean abstentionsCount) {
    ResolutionType type = ResolutionType.builder().from(type(Threshold.twoThirds()))
        .abstentions(abstentionsCount ? Treatment.COUNTED_AS_CAST : Treatment.EXCLUDED).build();
    MotionResult result = MotionCount.count(type, 1, Turnout.of(tally.ballots(), tally.ballots(), 0), tally);

    long base = tally.votesFor() + tally.against() + (abstentionsCount ? tally.abstain() : 0);
    boolean expected = base > 0 && 3 * tally.votesFor() >= 2 * base;
    assertThat(result.thresholdMet()).isEqualTo(expected);
    assertThat(result.tally().ballots()).isEqualTo(tally.ballots());
  }

  @Property
  void votesAreConservedPerCollegeAndOverall(@ForAll("tallies") Tally sal, @ForAll("tallies") Tally usa,
      @ForAll("tallies") Tally sou, @ForAll boolean bloc) {
    Map<CollegeId, Tally> tallies = new LinkedHashMap<>();
    tallies.put(SAL, sal);
    tallies.put(USA, usa);
    tallies.put(SOU, sou);
    Map<CollegeId, Long> sizes = Map.of(SAL, sal.ballots(), USA, usa.ballots(), SOU, sou.ballots());
    long electorate = sal.ballots() + usa.ballots() + sou.ballots();
    MotionResult result = MotionCount.count(type(Threshold.simpleMajority()), 1,
        Turnout.of(electorate, electorate, 0),
        CollegeStatuteTest.scic(bloc ? CollegeStatute.Reading.BLOC : CollegeStatute.Reading.PROPORTIONAL,
            CollegeStatute.EmptyCollege.REDISTRIBUTE), tallies, sizes);

    for (CollegeId college : List.of(SAL, USA, SOU)) {
      Tally counted = Objects.requireNonNull(result.collegeTallies().get(college), "college tally");
      assertThat(counted.votesFor() + counted.against() + counted.abstain() + counted.blank())
          .isEqualTo(Objects.requireNonNull(tallies.get(college)).ballots());
    }
    assertThat(result.tally().ballots()).isEqualTo(electorate);
  }

  @Property
  void aMotionEveryCollegeSupportsUnanimouslyPassesUnderBothReadings(@ForAll @IntRange(min = 1, max = 50) int a,
      @ForAll @IntRange(min = 1, max = 50) int b, @ForAll @IntRange(min = 1, max = 50) int c, @ForAll boolean bloc) {
    Map<CollegeId, Tally> tallies = Map.of(SAL, Tally.of(a, 0, 0, 0), USA, Tally.of(b, 0, 0, 0),
        SOU, Tally.of(c, 0, 0, 0));
    Map<CollegeId, Long> sizes = Map.of(SAL, (long) a, USA, (long) b, SOU, (long) c);
    MotionResult result = MotionCount.count(type(Threshold.unanimity()), 1, Turnout.of(a + b + c, a + b + c, 0),
        CollegeStatuteTest.scic(bloc ? CollegeStatute.Reading.BLOC : CollegeStatute.Reading.PROPORTIONAL,
            CollegeStatute.EmptyCollege.COUNT_AS_AGAINST), tallies, sizes);

    assertThat(result.share()).isEqualTo("1");
    assertThat(result.outcome()).isEqualTo(Outcome.ADOPTED);
  }

  @Property
  void theProportionalDecisionIsTheRationalComparisonOfTheWeightedShare(@ForAll("tallies") Tally sal,
      @ForAll("tallies") Tally usa, @ForAll("tallies") Tally sou) {
    Map<CollegeId, Tally> tallies = Map.of(SAL, sal, USA, usa, SOU, sou);
    Map<CollegeId, Long> sizes = Map.of(SAL, sal.ballots(), USA, usa.ballots(), SOU, sou.ballots());
    long electorate = sal.ballots() + usa.ballots() + sou.ballots();
    MotionResult result = MotionCount.count(type(Threshold.simpleMajority()), 1,
        Turnout.of(electorate, electorate, 0),
        CollegeStatuteTest.scic(CollegeStatute.Reading.PROPORTIONAL, CollegeStatute.EmptyCollege.REDISTRIBUTE),
        tallies, sizes);

    // Independently: sum of w·for/cast over non-empty colleges > 1/2 of their weights, cleared of denominators.
    long[][] colleges = {{40, sal.votesFor(), sal.votesFor() + sal.against()},
        {35, usa.votesFor(), usa.votesFor() + usa.against()}, {25, sou.votesFor(), sou.votesFor() + sou.against()}};
    BigInteger common = BigInteger.ONE;
    for (long[] c : colleges) {
      if (c[2] > 0) {
        common = common.multiply(BigInteger.valueOf(c[2]));
      }
    }
    BigInteger weightedFor = BigInteger.ZERO;
    BigInteger weights = BigInteger.ZERO;
    for (long[] c : colleges) {
      if (c[2] > 0) {
        weightedFor = weightedFor.add(BigInteger.valueOf(c[0] * c[1]).multiply(common)
            .divide(BigInteger.valueOf(c[2])));
        weights = weights.add(BigInteger.valueOf(c[0]).multiply(common));
      }
    }
    boolean expected = weights.signum() > 0 && weightedFor.shiftLeft(1).compareTo(weights) > 0;
    assertThat(result.thresholdMet()).isEqualTo(expected);
  }

  @Provide
  Arbitrary<Tally> tallies() {
    Arbitrary<Integer> count = Arbitraries.integers().between(0, 60);
    return Combinators.combine(count, count, count, count).as(Tally::of);
  }
}
