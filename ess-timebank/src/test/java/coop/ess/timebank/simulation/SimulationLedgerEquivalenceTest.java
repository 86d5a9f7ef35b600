package coop.ess.timebank.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.timebank.Category;
import coop.ess.timebank.Limits;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The simulator decides as the real ledger does: every attempt of a run, replayed through a {@link
 * coop.ess.timebank.Ledger} built from the same settings, gets the same decision (posted, or refused by the floor, the
 * ceiling or both) and leaves the same balances; at each month's end every balance, floor and the community account
 * agree after the ledger's own demurrage. With pending holds the replay proposes and confirms through the ledger, and
 * the held amounts agree too.
 */
class SimulationLedgerEquivalenceTest {

  /** Tight limits, a dynamic floor, demurrage and churn: every kind of decision happens. */
  private static final SimulationSettings EVERYTHING = SimulationSettings.builder()
      .members(60).months(8).seed(42).needsPerMemberPerMonth(6)
      .limits(Limits.of(-180, 240))
      .floorGrowth(FloorGrowth.of(20, -360))
      .demurrage(Demurrage.of(2, 25))
      .joinRatePerMonth(0.1).leaveRatePerMonth(0.05)
      .build();

  @Test
  void aRunWithEveryRuleDecidesAsTheLedger() {
    LedgerReplay replay = LedgerReplay.run(EVERYTHING);

    assertThat(replay.differences).isEmpty();
    assertThat(replay.decisions).contains(Decision.ACCEPTED, Decision.BLOCKED_BY_FLOOR,
        Decision.BLOCKED_BY_CEILING);
    assertThat(replay.ledger.balance(LedgerReplay.POT)).isPositive();
  }

  @Test
  void theNearestFloorPolicyDecidesAsTheLedger() {
    LedgerReplay replay = LedgerReplay.run(SimulationSettings.builder().from(EVERYTHING)
        .matching(MatchingPolicy.NEAREST_FLOOR).seed(7).build());

    assertThat(replay.differences).isEmpty();
    assertThat(replay.decisions).contains(Decision.ACCEPTED, Decision.BLOCKED_BY_FLOOR);
  }

  @Test
  void bothLimitsCanRefuseOneAttempt() {
    // Ceilings as tight as floors: a payer at its floor meets a payee at its ceiling.
    LedgerReplay replay = LedgerReplay.run(SimulationSettings.builder().members(6).months(6).seed(3)
        .needsPerMemberPerMonth(20).limits(Limits.of(-60, 60)).putDurationWeight(60L, 1)
        .putCategoryWeight(Category.DIY, 1).skillsPerMember(1).joinRatePerMonth(0).leaveRatePerMonth(0).build());

    assertThat(replay.differences).isEmpty();
    assertThat(replay.decisions).contains(Decision.BLOCKED_BY_BOTH);
  }

  @Test
  void heldExchangesDecideAsTheLedgerProposingAndConfirming() {
    LedgerReplay replay = LedgerReplay.run(SimulationSettings.builder().from(EVERYTHING).confirmationDelayDays(7)
        .build());

    assertThat(replay.differences).isEmpty();
    assertThat(replay.proposed).isNotEmpty().containsOnly(Decision.ACCEPTED);
    assertThat(replay.confirmations()).isEqualTo(replay.proposed.size());
    assertThat(replay.decisions).contains(Decision.BLOCKED_BY_FLOOR, Decision.BLOCKED_BY_CEILING);
  }

  @Test
  void holdsRefuseWhatThePostedBalancesAloneWouldAccept() {
    LedgerReplay replay = LedgerReplay.run(SimulationSettings.builder().from(EVERYTHING).seed(9)
        .confirmationDelayDays(20).build());

    assertThat(replay.differences).isEmpty();
    assertThat(replay.refusedByHolds()).isPositive();
  }

  @Test
  void withoutHoldsNothingIsProposed() {
    LedgerReplay replay = LedgerReplay.run(EVERYTHING);

    assertThat(replay.proposed).isEmpty();
    assertThat(replay.confirmations()).isZero();
    assertThat(replay.refusedByHolds()).isZero();
  }

  @Property(tries = 60)
  void anySmallRunDecidesAsTheLedger(@ForAll("settings") SimulationSettings settings) {
    LedgerReplay replay = LedgerReplay.run(settings);

    assertThat(replay.differences).isEmpty();
  }

  @Provide
  Arbitrary<SimulationSettings> settings() {
    Arbitrary<Map<Long, Integer>> durations = Arbitraries.maps(Arbitraries.longs().between(1, 300),
        Arbitraries.integers().between(1, 5)).ofMinSize(1).ofMaxSize(4).map(LinkedHashMap::new);
    return Builders.withBuilder(SimulationSettings::builder)
        .use(Arbitraries.integers().between(2, 30)).in((b, n) -> b.members(n))
        .use(Arbitraries.integers().between(1, 5)).in((b, n) -> b.months(n))
        .use(Arbitraries.longs()).in((b, seed) -> b.seed(seed))
        .use(Arbitraries.doubles().between(0, 8).ofScale(2)).in((b, rate) -> b.needsPerMemberPerMonth(rate))
        .use(Arbitraries.longs().between(-600, 0)).in((b, floor) -> b.limits(Limits.of(floor, -floor / 2 + 30)))
        .use(Arbitraries.longs().between(-600, 0)).withProbability(0.3).in((b, floor) -> b.limits(
            // Soft limits only warn in the ledger: they must change no decision.
            Limits.of(floor, -floor / 2 + 30).withSoft(floor / 2, (-floor / 2 + 30) / 2)))
        .use(durations).in((b, map) -> b.durationWeights(map))
        .use(Arbitraries.of(MatchingPolicy.class)).in((b, policy) -> b.matching(policy))
        .use(Arbitraries.integers().between(1, 6)).in((b, k) -> b.candidates(k))
        .use(Arbitraries.doubles().between(0, 0.3).ofScale(2)).in((b, rate) -> b.joinRatePerMonth(rate))
        .use(Arbitraries.doubles().between(0, 0.3).ofScale(2)).in((b, rate) -> b.leaveRatePerMonth(rate))
        .use(Arbitraries.longs().between(1, 60).optional()).in((b, growth) -> b.floorGrowth(
            growth.map(perHour -> FloorGrowth.of(perHour, -900))))
        .use(Arbitraries.integers().between(1, 3).optional()).in((b, idle) -> b.demurrage(
            idle.map(months -> Demurrage.of(months, 1 + months * 20))))
        .use(Arbitraries.integers().between(1, 30)).withProbability(0.5).in((b, days) -> b.confirmationDelayDays(days))
        .build(SimulationSettings.Builder::build);
  }

  @Test
  void unlimitedLimitsNeverRefuse() {
    LedgerReplay replay = LedgerReplay.run(SimulationSettings.builder().members(20).months(3).seed(5)
        .limits(Limits.UNLIMITED).demurrage(Optional.of(Demurrage.of(1, 50))).build());

    assertThat(replay.differences).isEmpty();
    assertThat(replay.decisions).containsOnly(Decision.ACCEPTED);
  }
}
