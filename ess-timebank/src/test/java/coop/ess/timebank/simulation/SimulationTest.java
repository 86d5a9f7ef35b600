package coop.ess.timebank.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssStateException;
import coop.ess.core.EssValidationException;
import coop.ess.core.Violation;
import coop.ess.timebank.Limits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SimulationTest {

  private static final SimulationSettings SMALL = SimulationSettings.builder().members(400).months(6).seed(11)
      .limits(Limits.of(-240, 360)).demurrage(Demurrage.of(2, 10)).floorGrowth(FloorGrowth.of(10, -600))
      .joinRatePerMonth(0.05).leaveRatePerMonth(0.03).build();

  @Test
  void theSameSeedGivesTheSameRun() {
    Simulation first = Simulation.of(SMALL);
    Simulation second = Simulation.of(SMALL);

    assertThat(first.runToEnd()).isEqualTo(second.runToEnd());
    assertThat(first.currentBalances()).isEqualTo(second.currentBalances());
  }

  @Test
  void anotherSeedGivesAnotherRun() {
    SimulationSettings other = SimulationSettings.builder().from(SMALL).seed(12).build();

    assertThat(Simulation.of(SMALL).runToEnd()).isNotEqualTo(Simulation.of(other).runToEnd());
  }

  @Test
  void oneAndTwoThreadsGiveTheSameRun() {
    // More members than three reduction chunks, so that two threads really share them.
    SimulationSettings settings = SimulationSettings.builder().members(50_000).months(3).seed(5)
        .needsPerMemberPerMonth(1).build();
    Simulation one = Simulation.of(settings, 1, SimulationObserver.NONE);
    Simulation two = Simulation.of(settings, 2, SimulationObserver.NONE);

    List<PeriodMetrics> expected = one.runToEnd();

    assertThat(two.runToEnd()).isEqualTo(expected);
    assertThat(two.currentBalances()).isEqualTo(one.currentBalances());
  }

  @Test
  void oneAndTwoThreadsGiveTheSameRunWithHolds() {
    SimulationSettings settings = SimulationSettings.builder().members(50_000).months(2).seed(5)
        .needsPerMemberPerMonth(1).limits(Limits.of(-120, 180)).confirmationDelayDays(10).build();
    Simulation one = Simulation.of(settings, 1, SimulationObserver.NONE);
    Simulation two = Simulation.of(settings, 2, SimulationObserver.NONE);

    List<PeriodMetrics> expected = one.runToEnd();

    assertThat(two.runToEnd()).isEqualTo(expected);
    assertThat(two.currentBalances()).isEqualTo(one.currentBalances());
  }

  @Test
  void holdsRefuseMoreThanPostingAtOnce() {
    SimulationSettings atOnce = SimulationSettings.builder().from(SMALL).limits(Limits.of(-120, 180)).build();
    long refusedAtOnce = refusals(Simulation.of(atOnce).runToEnd());
    long refusedHeld = refusals(Simulation.of(SimulationSettings.builder().from(atOnce).confirmationDelayDays(15)
        .build()).runToEnd());

    assertThat(refusedHeld).isGreaterThan(refusedAtOnce);
  }

  private static long refusals(List<PeriodMetrics> months) {
    return months.stream().mapToLong(m -> m.attempts() - m.exchanges()).sum();
  }

  @Test
  void noHoldIsLeftBetweenMonths() {
    Simulation simulation = Simulation.of(SimulationSettings.builder().from(SMALL).confirmationDelayDays(30).build());
    simulation.step();

    for (int member = 0; member < simulation.memberCount(); member++) {
      assertThat(simulation.heldDebits(member)).isZero();
      assertThat(simulation.heldCredits(member)).isZero();
    }
  }

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    SimulationSettings defaults = SimulationSettings.builder().build();

    assertThat(defaults.members()).isEqualTo(1_000);
    assertThat(defaults.months()).isEqualTo(12);
    assertThat(defaults.seed()).isEqualTo(1);
    assertThat(defaults.needsPerMemberPerMonth()).isEqualTo(2.0);
    assertThat(defaults.categoryWeights()).hasSize(6);
    assertThat(defaults.durationWeights()).containsEntry(60L, 4).hasSize(6);
    assertThat(defaults.limits()).isEqualTo(Limits.of(-1200, 2400));
    assertThat(defaults.floorGrowth()).isEmpty();
    assertThat(defaults.demurrage()).isEmpty();
    assertThat(defaults.matching()).isEqualTo(MatchingPolicy.RANDOM);
    assertThat(defaults.confirmationDelayDays()).isZero();
    assertThat(defaults.limitPolicy().defaults()).isEqualTo(defaults.limits());
  }

  @Test
  void invalidSettingsReportEveryProblem() {
    assertThatThrownBy(() -> SimulationSettings.builder().members(1).months(0).needsPerMemberPerMonth(Double.NaN)
        .leaveRatePerMonth(2).confirmationDelayDays(31).build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field)
            .containsExactly("members", "months", "needsPerMemberPerMonth", "leaveRatePerMonth",
                "confirmationDelayDays"));
  }

  @Test
  void aFinishedSimulationRefusesAnotherMonth() {
    Simulation simulation = Simulation.of(SimulationSettings.builder().members(10).months(1).build());
    simulation.step();

    assertThat(simulation.isFinished()).isTrue();
    assertThatThrownBy(simulation::step).isInstanceOf(EssStateException.class);
  }

  @Test
  void churnFollowsTheRates() {
    Simulation simulation = Simulation.of(SimulationSettings.builder().members(1000).months(2)
        .joinRatePerMonth(0.1).leaveRatePerMonth(0.05).build());

    PeriodMetrics first = simulation.step();
    PeriodMetrics second = simulation.step();

    assertThat(first.joined()).isZero();
    assertThat(first.left()).isEqualTo(50);
    assertThat(first.members()).isEqualTo(950);
    assertThat(second.joined()).isEqualTo(95);
    assertThat(second.left()).isEqualTo(52);
    assertThat(second.members()).isEqualTo(993);
    assertThat(simulation.memberCount()).isEqualTo(1095);
  }

  @Test
  void demurrageMovesIdleCreditToTheCommunity() {
    Simulation simulation = Simulation.of(SimulationSettings.builder().from(SMALL)
        .needsPerMemberPerMonth(0.3).demurrage(Demurrage.of(1, 50)).build());

    List<PeriodMetrics> months = simulation.runToEnd();

    long expired = months.stream().mapToLong(PeriodMetrics::demurrageMinutes).sum();
    assertThat(expired).isPositive().isEqualTo(simulation.communityBalance());
  }

  @Test
  void theMetricsAgreeWithARecomputationFromTheRawBalances() {
    long[] decided = new long[4];
    Simulation simulation = Simulation.of(SMALL, 1, new SimulationObserver() {
      @Override
      public void attempted(int month, int payer, int payee, int category, long minutes, Decision decision) {
        decided[decision.ordinal()]++;
      }
    });
    long shortest = SMALL.durationWeights().keySet().stream().mapToLong(Long::longValue).min().orElseThrow();
    while (!simulation.isFinished()) {
      Arrays.fill(decided, 0);
      PeriodMetrics metrics = simulation.step();

      List<Long> spending = new ArrayList<>();
      long positive = 0;
      int atFloor = 0;
      int atCeiling = 0;
      int active = 0;
      int traded = 0;
      int both = 0;
      for (int member = 0; member < simulation.memberCount(); member++) {
        if (!simulation.isCurrent(member)) {
          continue;
        }
        long balance = simulation.balance(member);
        spending.add(balance - (-600)); // the lowest floor the dynamic floor can reach
        positive += Math.max(0, balance);
        atFloor += balance - shortest < simulation.floor(member) ? 1 : 0;
        atCeiling += balance + shortest > SMALL.limits().ceiling() ? 1 : 0;
        active += simulation.wasActiveThisMonth(member) ? 1 : 0;
        traded += simulation.roles(member) != 0 ? 1 : 0;
        both += simulation.roles(member) == 3 ? 1 : 0;
      }
      int n = spending.size();
      assertThat(metrics.members()).isEqualTo(n);
      assertThat(metrics.attempts()).isEqualTo(decided[0] + decided[1] + decided[2] + decided[3]);
      assertThat(metrics.exchanges()).isEqualTo(decided[Decision.ACCEPTED.ordinal()]);
      assertThat(metrics.blockedByFloor()).isEqualTo(decided[1] + decided[3]);
      assertThat(metrics.blockedByCeiling()).isEqualTo(decided[2] + decided[3]);
      assertThat(metrics.needs()).isEqualTo(metrics.attempts() + metrics.unmatched());
      assertThat(metrics.gini()).isCloseTo(meanDifferenceGini(spending), org.assertj.core.data.Offset.offset(1e-9));
      assertThat(metrics.atFloorShare()).isEqualTo((double) atFloor / n);
      assertThat(metrics.atCeilingShare()).isEqualTo((double) atCeiling / n);
      assertThat(metrics.activeShare()).isEqualTo((double) active / n);
      assertThat(metrics.reciprocity()).isEqualTo(traded == 0 ? 0 : (double) both / traded);
      assertThat(metrics.velocity()).isEqualTo(positive == 0 ? 0 : (double) metrics.minutesExchanged() / positive);
    }
  }

  /** The textbook definition: the mean absolute difference over all pairs, over twice the mean. */
  private static double meanDifferenceGini(List<Long> values) {
    double differences = 0;
    double sum = 0;
    for (long a : values) {
      sum += a;
      for (long b : values) {
        differences += Math.abs(a - b);
      }
    }
    return sum == 0 ? 0 : differences / (2.0 * values.size() * sum);
  }

  @Property(tries = 50)
  void theLedgerInvariantsHoldAtTheEndOfEveryMonth(@ForAll long seed, @ForAll @IntRange(min = 2, max = 300) int members) {
    Simulation simulation = Simulation.of(SimulationSettings.builder().from(SMALL).seed(seed).members(members)
        .build());
    while (!simulation.isFinished()) {
      simulation.step();
      long sum = simulation.communityBalance();
      for (int member = 0; member < simulation.memberCount(); member++) {
        long balance = simulation.balance(member);
        sum += balance;
        assertThat(balance).isBetween(simulation.floor(member), SMALL.limits().ceiling());
      }
      assertThat(sum).isZero();
    }
  }

  @Test
  void theFootprintStaysCompact() {
    Simulation simulation = Simulation.of(SimulationSettings.builder().members(100_000).months(1)
        .needsPerMemberPerMonth(0.1).build());
    simulation.step();

    assertThat(simulation.footprintBytes() / simulation.memberCount()).isLessThan(48);
  }
}
