package coop.ess.booking.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.MemberId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DiversityAllocatorTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant T0 = Instant.parse("2026-02-20T09:00:00Z");
  private static final DiversityRule BY_TIME = DiversityRule.of("type", DiversityRule.TieBreak.APPLICATION_TIME, 42);
  private static final DiversityRule LOTTERY = DiversityRule.of("type", DiversityRule.TieBreak.LOTTERY, 42);

  private static Candidate candidate(String id, String type, int minute) {
    return Candidate.of(Applicant.builder().member(MemberId.of(id)).putAttribute("type", type).build(),
        T0.plusSeconds(60L * minute));
  }

  private static List<String> ranked(Allocation allocation) {
    return allocation.lines().stream().map(l -> l.candidate().applicant().member().value()).toList();
  }

  @Test
  void aValueWithFewerSeatsComesFirstWhateverTheApplicationOrder() {
    List<Candidate> candidates = List.of(candidate("a1", "association", 0), candidate("a2", "association", 1),
        candidate("a3", "association", 2), candidate("s1", "scic", 3), candidate("c1", "collective", 4));

    Allocation allocation = DiversityAllocator.allocate(candidates, 3, BY_TIME, PARIS);

    assertThat(ranked(allocation)).containsExactly("a1", "s1", "c1", "a2", "a3");
    assertThat(allocation.seatsByValue()).containsExactly(Map.entry("association", 1), Map.entry("collective", 1),
        Map.entry("scic", 1));
  }

  @Test
  void eachCandidateGetsAnExplanationInBothLanguages() {
    List<Candidate> candidates = List.of(candidate("a1", "association", 0), candidate("a2", "association", 1),
        candidate("s1", "scic", 3));

    List<AllocationLine> lines = DiversityAllocator.allocate(candidates, 2, BY_TIME, PARIS).lines();

    assertThat(lines).extracting(AllocationLine::reason).containsExactly(AllocationLine.Reason.EARLIEST,
        AllocationLine.Reason.FEWEST, AllocationLine.Reason.FEWEST);
    assertThat(lines.get(0).explanation().messageEn()).isEqualTo("Seat 1 of 2: type \"association\" shared the "
        + "fewest seats so far (0) with 1 other value(s); its candidate applied earliest (2026-02-20 10:00:00).");
    assertThat(lines.get(2).explanation().messageFr()).isEqualTo("Liste d'attente, position 1 (rang 3) : type "
        + "« association » avait le moins de places jusque-là (1), moins que toute autre valeur ayant encore des "
        + "candidat·es.");
  }

  @Test
  void simultaneousApplicationsAreOrderedByTheSeededDraw() {
    List<Candidate> candidates = List.of(candidate("x", "a", 0), candidate("y", "b", 0));

    List<AllocationLine> lines = DiversityAllocator.allocate(candidates, 1, BY_TIME, PARIS).lines();

    assertThat(lines.get(0).reason()).isEqualTo(AllocationLine.Reason.DRAW);
    boolean xFirst = Long.compareUnsigned(DiversityAllocator.draw(42, MemberId.of("x")),
        DiversityAllocator.draw(42, MemberId.of("y"))) < 0;
    assertThat(lines.get(0).candidate().applicant().member().value()).isEqualTo(xFirst ? "x" : "y");
  }

  @Test
  void aCandidateWithoutTheAttributeCountsAsItsOwnValue() {
    Candidate none = Candidate.of(Applicant.of(MemberId.of("n")), T0);

    Allocation allocation = DiversityAllocator.allocate(List.of(none), 1, BY_TIME, PARIS);

    assertThat(allocation.lines().get(0).value()).isEqualTo(DiversityAllocator.NO_VALUE);
  }

  @Test
  void aPersonAppliesOnce() {
    assertThatThrownBy(() -> DiversityAllocator.allocate(List.of(candidate("a", "x", 0), candidate("a", "y", 1)), 1,
        BY_TIME, PARIS)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Up to 8 candidates m0, m1… with one of 4 values and one of 4 application minutes (ties on purpose). */
  @Provide
  Arbitrary<List<Candidate>> candidates() {
    return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3))
        .as((value, minute) -> new int[] {value, minute}).list().ofMaxSize(8)
        .map(pairs -> {
          List<Candidate> list = new ArrayList<>();
          for (int i = 0; i < pairs.size(); i++) {
            list.add(candidate("m" + i, "v" + pairs.get(i)[0], pairs.get(i)[1]));
          }
          return list;
        });
  }

  @Property
  void theAllocationIsDeterministic(@ForAll("candidates") List<Candidate> candidates,
      @ForAll @IntRange(max = 8) int seats) {
    assertThat(DiversityAllocator.allocate(candidates, seats, BY_TIME, PARIS))
        .isEqualTo(DiversityAllocator.allocate(candidates, seats, BY_TIME, PARIS));
  }

  @Property
  void theOrderOfTheListDoesNotMatter(@ForAll("candidates") List<Candidate> candidates,
      @ForAll @IntRange(max = 8) int seats, @ForAll long shuffle) {
    List<Candidate> shuffled = new ArrayList<>(candidates);
    Collections.shuffle(shuffled, new Random(shuffle));

    assertThat(ranked(DiversityAllocator.allocate(shuffled, seats, BY_TIME, PARIS)))
        .isEqualTo(ranked(DiversityAllocator.allocate(candidates, seats, BY_TIME, PARIS)));
  }

  @Property
  void aLotteryIgnoresWhenCandidatesApplied(@ForAll("candidates") List<Candidate> candidates,
      @ForAll @IntRange(max = 8) int seats, @ForAll long shuffle) {
    Random random = new Random(shuffle);
    List<Candidate> retimed = new ArrayList<>();
    for (Candidate c : candidates) {
      retimed.add(Candidate.of(c.applicant(), T0.plusSeconds(random.nextInt(100_000))));
    }
    Collections.shuffle(retimed, random);

    assertThat(ranked(DiversityAllocator.allocate(retimed, seats, LOTTERY, PARIS)))
        .isEqualTo(ranked(DiversityAllocator.allocate(candidates, seats, LOTTERY, PARIS)));
  }

  @Property
  void everyCandidateIsRankedOnceAndTheFirstRanksGetTheSeats(@ForAll("candidates") List<Candidate> candidates,
      @ForAll @IntRange(max = 8) int seats) {
    Allocation allocation = DiversityAllocator.allocate(candidates, seats, BY_TIME, PARIS);

    assertThat(allocation.lines()).extracting(AllocationLine::rank)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, candidates.size()).boxed().toList());
    assertThat(allocation.selected()).hasSize(Math.min(seats, candidates.size()));
    assertThat(allocation.selected()).allMatch(l -> l.rank() <= seats);
  }

  @Property
  void theSeatCountsAreTheMostEvenPossibleComparedWithEveryChoice(@ForAll("candidates") List<Candidate> candidates,
      @ForAll @IntRange(max = 8) int wanted) {
    int seats = Math.min(wanted, candidates.size());
    Set<String> values = new TreeSet<>();
    candidates.forEach(c -> values.add(c.applicant().attribute("type").orElseThrow()));
    List<Candidate> chosen = DiversityAllocator.allocate(candidates, seats, BY_TIME, PARIS).selected().stream()
        .map(AllocationLine::candidate).toList();
    List<Integer> ours = sortedCounts(chosen, values);

    List<Integer> best = null;
    for (int mask = 0; mask < 1 << candidates.size(); mask++) {
      if (Integer.bitCount(mask) != seats) {
        continue;
      }
      List<Candidate> subset = new ArrayList<>();
      for (int i = 0; i < candidates.size(); i++) {
        if ((mask & 1 << i) != 0) {
          subset.add(candidates.get(i));
        }
      }
      List<Integer> counts = sortedCounts(subset, values);
      if (best == null || compare(counts, best) > 0) {
        best = counts;
      }
    }
    assertThat(ours).isEqualTo(best); // leximin-optimal, so also the most values represented
  }

  /** The seats of every value (zero included), sorted ascending. */
  private static List<Integer> sortedCounts(List<Candidate> chosen, Set<String> values) {
    Map<String, Integer> counts = new HashMap<>();
    values.forEach(v -> counts.put(v, 0));
    chosen.forEach(c -> counts.merge(c.applicant().attribute("type").orElseThrow(), 1, Integer::sum));
    return counts.values().stream().sorted().toList();
  }

  private static int compare(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
