package coop.ess.core.governance.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Participatory budgets, worked out by hand following the definitions of equalshares.net ("Explanation of the Method
 * of Equal Shares": equal shares of the budget, effective vote count = cost / maximal payment, completion by adding
 * one unit to every share then greedy).
 */
class BudgetMethodsTest {

  /**
   * 11 voters, budget 110 (share 10), four projects of cost 30: A1 approved by 8 voters, A2 by 7, A3 by 6 (a block of
   * 6 voters approves all three A), B by 3 other voters. Greedy takes A1, A2, A3 and skips B. Equal shares: A1
   * (each supporter pays 3.75), A2 (30/7 each), then A3 is no longer affordable by its 6 supporters (6 × 55/28 &lt;
   * 30) and B is bought by its 3 supporters (10 each).
   */
  static Election blocks() {
    return Election.builder().budget(110L)
        .addProjects(Project.of("A1", 30), Project.of("A2", 30), Project.of("A3", 30), Project.of("B", 30))
        .addBallots(Ballot.approving(6, "A1", "A2", "A3"), Ballot.approving(1, "A1", "A2"),
            Ballot.approving(1, "A1"), Ballot.approving(3, "B"))
        .build();
  }

  @Test
  void greedySelectsByApprovalsAndSkipsWhatNoLongerFits() {
    CountResult result = CountingMethod.GREEDY_BUDGET.count(blocks());

    assertThat(result.winners()).containsExactly("A1", "A2", "A3");
    assertThat(result.rounds()).last().satisfies(round -> {
      assertThat(round.eliminated()).containsExactly("B");
      assertThat(round.tallies()).containsEntry("remaining", Rational.of(20));
    });
    assertThat(result.tieBreaks()).isEmpty();
  }

  @Test
  void equalSharesGivesTheMinorityItsProject() {
    CountResult result = CountingMethod.EQUAL_SHARES.count(blocks());

    assertThat(result.winners()).containsExactly("A1", "A2", "B");
    assertThat(result.rounds().get(0).description()).contains("15/4");
    assertThat(result.rounds().get(1).description()).contains("30/7");
    assertThat(result.rounds().get(2).tallies()).containsOnlyKeys("B");
  }

  /**
   * 10 voters, budget 100: p3 (cost 30) approved by all, p1 (60) by voters 1-6, p2 (40) by voters 7-10. With shares
   * of 10, p3 is bought and nothing else is affordable; shares of 11 and 12 change nothing; shares of 13 would buy
   * all three (130 &gt; 100), so the outcome for a virtual budget of 120 is kept, and the greedy completion adds p1.
   */
  @Test
  void equalSharesIsCompleted() {
    Election election = Election.builder().budget(100L)
        .addProjects(Project.of("p1", 60), Project.of("p2", 40), Project.of("p3", 30))
        .addBallots(Ballot.approving(6, "p1", "p3"), Ballot.approving(4, "p2", "p3"))
        .build();

    CountResult result = CountingMethod.EQUAL_SHARES.count(election);

    assertThat(result.winners()).containsExactly("p3", "p1");
    assertThat(result.rounds()).anySatisfy(round -> assertThat(round.description()).contains("virtual budget of 120"));
  }

  @Test
  void aBudgetMethodNeedsABudget() {
    Election election = Election.builder().addProjects(Project.of("p1", 60)).build();

    assertThatThrownBy(() -> CountingMethod.EQUAL_SHARES.count(election))
        .isInstanceOf(EssValidationException.class)
        .satisfies(e -> assertThat(((EssValidationException) e).violations())
            .extracting(v -> v.code() + "@" + v.field()).containsExactly("count.noBudget@budget"));
  }

  @Test
  void equalApprovalsAreOrderedByTheRecordedTieBreaker() {
    Election election = Election.builder().budget(50L).seed(3)
        .addProjects(Project.of("x", 30), Project.of("y", 30))
        .addBallots(Ballot.approving(2, "x", "y"))
        .build();

    CountResult result = CountingMethod.GREEDY_BUDGET.count(election);

    assertThat(result.winners()).hasSize(1);
    assertThat(result.tieBreaks()).singleElement().satisfies(tie -> {
      assertThat(tie.tied()).containsExactly("x", "y");
      assertThat(tie.order().get(0)).isEqualTo(result.winners().get(0));
      assertThat(tie.seed()).isEqualTo(3);
    });
  }

  /** Only a project some voter approved can be funded (docs/governance-counting.md): "unloved" fits but stays out. */
  @Test
  void theCompletionOfEqualSharesNeverFundsAProjectNobodyApproved() {
    Election election = Election.builder().budget(100L)
        .addProjects(Project.of("liked", 40), Project.of("unloved", 10))
        .addBallots(Ballot.approving(5, "liked"))
        .build();

    CountResult result = CountingMethod.EQUAL_SHARES.count(election);

    assertThat(result.winners()).containsExactly("liked");
  }

  @Test
  void greedyNeverFundsAProjectNobodyApproved() {
    Election election = Election.builder().budget(100L)
        .addProjects(Project.of("liked", 40), Project.of("unloved", 10))
        .addBallots(Ballot.approving(5, "liked"), Ballot.approving(2))
        .build();

    CountResult result = CountingMethod.GREEDY_BUDGET.count(election);

    assertThat(result.winners()).containsExactly("liked");
    assertThat(result.rounds()).last().satisfies(round -> {
      assertThat(round.eliminated()).containsExactly("unloved");
      assertThat(round.description()).contains("nobody approved");
    });
  }

  @Property(tries = 150)
  void aBudgetMethodFundsOnlyApprovedProjectsWithinTheBudget(@ForAll("budgets") Election election) {
    Map<String, Long> approvals = new java.util.HashMap<>();
    for (Ballot ballot : election.ballots()) {
      ballot.approve().forEach(id -> approvals.merge(id, ballot.count(), Long::sum));
    }
    for (CountingMethod method : List.of(CountingMethod.GREEDY_BUDGET, CountingMethod.EQUAL_SHARES)) {
      CountResult result = method.count(election);
      long spent = 0;
      for (String id : result.winners()) {
        assertThat(approvals.getOrDefault(id, 0L)).as("%s funds %s", method.id(), id).isPositive();
        spent += election.projects().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().cost();
      }
      assertThat(spent).as(method.id()).isLessThanOrEqualTo(election.budget().orElseThrow());
      assertThat(result.winners()).as(method.id()).doesNotHaveDuplicates();
    }
  }

  /** Up to 5 projects, some approved by nobody, a budget that may leave room for them, approval ballots. */
  @Provide
  Arbitrary<Election> budgets() {
    List<String> ids = List.of("p0", "p1", "p2", "p3", "p4");
    Arbitrary<Ballot> ballot = Combinators.combine(Arbitraries.longs().between(1, 9),
            Arbitraries.subsetOf(ids.subList(0, 3)))
        .as((count, approved) -> Ballot.approving(count, approved.stream().sorted().toArray(String[]::new)));
    return Combinators.combine(Arbitraries.integers().between(1, 5),
            Arbitraries.longs().between(1, 60).list().ofSize(5), Arbitraries.longs().between(0, 200),
            ballot.list().ofMaxSize(8), Arbitraries.longs().between(0, 3))
        .as((n, costs, budget, ballots, seed) -> {
          List<Project> projects = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            projects.add(Project.of(ids.get(i), costs.get(i)));
          }
          List<Ballot> known = ballots.stream().filter(b -> b.approve().stream()
              .allMatch(id -> Integer.parseInt(id.substring(1)) < n)).toList();
          return Election.builder().budget(budget).projects(projects).ballots(known).seed(seed).build();
        });
  }
  /**
   * Wikipedia and electowiki, "Method of Equal Shares", section Motivation: 51 % of the
   * voters support 10 red projects, 49 % 10 blue projects, and the budget pays for 10: the usual greedy rule
   * funds the 10 red projects, the method of equal shares 5 red and 5 blue. Here 100 voters, a budget of 1,000,000
   * and projects of 100,000 (shares of 10,000): the red voters can pay for 5 projects and the blue ones for 4; the
   * completion raises the shares one unit at a time until the blue voters can pay for a fifth (49 × 10,205 ≥
   * 500,000), a virtual budget of 1,020,500 that spends exactly the real one.
   */
  @Test
  void publishedFiftyOneFortyNineExampleSplitsTheBudgetFiveAndFive() {
    Election.Builder election = Election.builder().budget(1_000_000L);
    String[] red = new String[10];
    String[] blue = new String[10];
    for (int i = 0; i < 10; i++) {
      red[i] = "red" + (i + 1);
      blue[i] = "blue" + (i + 1);
      election.addProjects(Project.of(red[i], 100_000), Project.of(blue[i], 100_000));
    }
    election.addBallots(Ballot.approving(51, red), Ballot.approving(49, blue));

    CountResult shares = CountingMethod.EQUAL_SHARES.count(election.build());
    CountResult greedy = CountingMethod.GREEDY_BUDGET.count(election.build());

    assertThat(shares.winners()).hasSize(10).filteredOn(id -> id.startsWith("red")).hasSize(5);
    assertThat(shares.rounds()).last().extracting(Round::description).asString().contains("1020500");
    assertThat(greedy.winners()).containsExactlyInAnyOrder(red);
  }
}
