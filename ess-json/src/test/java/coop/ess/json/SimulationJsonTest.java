package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.json.schema.EssSchemas;
import coop.ess.timebank.Category;
import coop.ess.timebank.Limits;
import coop.ess.timebank.simulation.Decision;
import coop.ess.timebank.simulation.Demurrage;
import coop.ess.timebank.simulation.FloorGrowth;
import coop.ess.timebank.simulation.MatchingPolicy;
import coop.ess.timebank.simulation.PeriodMetrics;
import coop.ess.timebank.simulation.Simulation;
import coop.ess.timebank.simulation.SimulationSettings;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

/** The JSON form of the simulator's settings, metrics, demurrage and dynamic floor. */
class SimulationJsonTest {

  private static final EssJson JSON = EssJson.standard();
  private static final EssJson TEXT =
      EssJson.with(EssJacksonModule.standard().with(EssJsonFeature.WRITE_AMOUNTS_AS_TEXT, true));

  static SimulationSettings settings() {
    return SimulationSettings.builder().members(500).months(6).seed(7).needsPerMemberPerMonth(1.5)
        .putCategoryWeight(Category.DIY, 3).putCategoryWeight(Category.COOKING, 1).skillsPerMember(1)
        .putDurationWeight(60, 2).putDurationWeight(90, 1).limits(Limits.of(-600, 1200).withSoft(-300, 1200))
        .floorGrowth(FloorGrowth.of(10, -1200)).demurrage(Demurrage.of(3, 10)).joinRatePerMonth(0.05)
        .leaveRatePerMonth(0.0).matching(MatchingPolicy.NEAREST_FLOOR).candidates(8).confirmationDelayDays(3)
        .build();
  }

  static PeriodMetrics metrics() {
    return PeriodMetrics.builder().month(2).members(49).joined(1).left(1).needs(100).unmatched(3).attempts(97)
        .exchanges(90).blockedByFloor(5).blockedByCeiling(2).minutesExchanged(9780).demurrageMinutes(45)
        .gini(0.1638673780804285).atFloorShare(0.0625).atCeilingShare(0.0).reciprocity(0.9387755102040817)
        .activeShare(1.0).velocity(1.4051724137931034).build();
  }

  @Test
  void settingsMatchTheirGoldenFile() {
    Golden.check("SimulationSettings", settings(), SimulationSettings.class);
  }

  @Test
  void theMetricsOfAPeriodMatchTheirGoldenFile() {
    Golden.check("PeriodMetrics", metrics(), PeriodMetrics.class);
  }

  @Test
  void aDemurrageMatchesItsGoldenFile() {
    Golden.check("Demurrage", Demurrage.of(3, 10), Demurrage.class);
  }

  @Test
  void aDynamicFloorMatchesItsGoldenFile() {
    Golden.check("FloorGrowth", FloorGrowth.of(15, -2400), FloorGrowth.class);
  }

  @Test
  void settingsWithoutSoftLimitsAreADocumentOfEssSimulate() {
    SimulationSettings settings = SimulationSettings.builder().from(settings()).limits(Limits.of(-600, 1200)).build();

    assertThat(EssSchemas.standard().validate("simulation-settings", JSON.mapper().readTree(JSON.write(settings))))
        .isEmpty();
  }

  @Test
  void theMetricsOfARunSurviveARoundTrip() {
    List<PeriodMetrics> run = Simulation.of(SimulationSettings.builder().members(50).months(2).seed(3)
        .demurrage(Demurrage.of(1, 10)).build()).runToEnd();

    assertThat(JSON.read(JSON.write(run), new TypeReference<List<PeriodMetrics>>() {})).isEqualTo(run);
  }

  @Test
  void anEmptyDocumentIsTheDefaultSettings() {
    assertThat(JSON.read("{}", SimulationSettings.class)).isEqualTo(SimulationSettings.builder().build());
  }

  @Test
  void theSampleSettingsFileOfEssSimulateReads() {
    SimulationSettings read = JSON.read(Path.of("src/test/resources/samples/simulation-settings.json"),
        SimulationSettings.class);

    assertThat(read).isEqualTo(SimulationSettings.builder().members(500).months(6).seed(7)
        .limits(Limits.of(-1200, 2400)).matching(MatchingPolicy.NEAREST_FLOOR).build());
  }

  @Test
  void theWeightsKeepTheirOrder() {
    SimulationSettings read = JSON.read(JSON.write(settings()), SimulationSettings.class);

    assertThat(read.categoryWeights().keySet()).containsExactly(Category.DIY, Category.COOKING);
    assertThat(read.durationWeights().keySet()).containsExactly(60L, 90L);
  }

  @Test
  void enumsAreTheirLowerCaseNames() {
    assertThat(JSON.write(Decision.BLOCKED_BY_BOTH)).isEqualTo("\"blocked-by-both\"");
    assertThat(JSON.read("\"nearest-floor\"", MatchingPolicy.class)).isEqualTo(MatchingPolicy.NEAREST_FLOOR);
  }

  @Test
  void aWeightBelowOneIsRefusedAtItsCategory() {
    String json = "{\"categoryWeights\":{\"diy\":3,\"cooking\":0}}";

    assertThatThrownBy(() -> JSON.read(json, SimulationSettings.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/categoryWeights/cooking"));
  }

  @Test
  void aDurationThatIsNotANumberIsRefusedAtItsKey() {
    String json = "{\"durationWeights\":{\"1h\":3}}";

    assertThatThrownBy(() -> JSON.read(json, SimulationSettings.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/durationWeights/1h"));
  }

  @Test
  void anotherDocumentTypeIsRefused() {
    assertThatThrownBy(() -> JSON.read("{\"type\":\"venue\"}", SimulationSettings.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/type"));
  }

  @Test
  void aDemurrageOfMoreThanAllIsRefusedAtItsPercent() {
    assertThatThrownBy(() -> JSON.read("{\"demurrage\":{\"idleMonths\":1,\"percent\":101}}",
        SimulationSettings.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/demurrage/percent"));
  }

  @Test
  void metricsWithoutTheirVelocityAreRefused() {
    String json = JSON.write(metrics()).replaceFirst(",\"velocity\":[^}]*", "");

    assertThatThrownBy(() -> JSON.read(json, PeriodMetrics.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> {
          assertThat(e.pointer()).isEmpty();
          assertThat(e.reason()).isEqualTo("missing field \"velocity\"");
        });
  }

  @Test
  void aShareThatIsNotANumberIsRefusedAtItsPointer() {
    String json = JSON.write(metrics()).replace("\"gini\":0.1638673780804285", "\"gini\":\"low\"");

    assertThatThrownBy(() -> JSON.read(json, PeriodMetrics.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/gini"));
  }

  @Test
  void aDynamicFloorAboveZeroIsRefusedAtItsLowestFloor() {
    assertThatThrownBy(() -> JSON.read("{\"minutesPerHourGiven\":10,\"lowestFloor\":60}", FloorGrowth.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/lowestFloor"));
  }

  @Test
  void anUnknownDecisionIsRefused() {
    assertThatThrownBy(() -> JSON.read("\"refused\"", Decision.class)).isInstanceOfSatisfying(
        EssJsonException.class, e -> assertThat(e.reason()).contains("accepted, blocked-by-floor"));
  }

  @Property
  void policiesAndDecisionsSurviveARoundTrip(@ForAll MatchingPolicy policy, @ForAll Decision decision) {
    assertThat(JSON.read(JSON.write(policy), MatchingPolicy.class)).isEqualTo(policy);
    assertThat(JSON.read(JSON.write(decision), Decision.class)).isEqualTo(decision);
  }

  @Property
  void demurragesAndDynamicFloorsSurviveARoundTrip(@ForAll("allSettings") SimulationSettings settings) {
    settings.demurrage().ifPresent(demurrage ->
        assertThat(JSON.read(JSON.write(demurrage), Demurrage.class)).isEqualTo(demurrage));
    settings.floorGrowth().ifPresent(growth ->
        assertThat(JSON.read(TEXT.write(growth), FloorGrowth.class)).isEqualTo(growth));
  }

  @Property(tries = 100)
  void settingsSurviveARoundTrip(@ForAll("allSettings") SimulationSettings settings) {
    assertThat(JSON.read(JSON.write(settings), SimulationSettings.class)).isEqualTo(settings);
    assertThat(JSON.read(TEXT.write(settings), SimulationSettings.class)).isEqualTo(settings);
  }

  @Property
  void metricsSurviveARoundTrip(@ForAll("allMetrics") PeriodMetrics metrics) {
    assertThat(JSON.read(JSON.write(metrics), PeriodMetrics.class)).isEqualTo(metrics);
    assertThat(JSON.read(TEXT.write(metrics), PeriodMetrics.class)).isEqualTo(metrics);
  }

  @Provide
  Arbitrary<SimulationSettings> allSettings() {
    Arbitrary<SimulationSettings.Builder> sizes = Combinators.combine(Arbitraries.integers().between(2, 100_000),
        Arbitraries.integers().between(1, 1200), Arbitraries.longs(), Arbitraries.doubles().between(0, 1000),
        Arbitraries.maps(Arbitraries.of("diy", "cooking", "x-1").map(Category::of),
            Arbitraries.integers().between(1, 100)).ofMinSize(1).ofMaxSize(3),
        Arbitraries.maps(Arbitraries.longs().between(1, 100_000), Arbitraries.integers().between(1, 9))
            .ofMinSize(1).ofMaxSize(4))
        .as((members, months, seed, rate, categories, durations) -> {
          SimulationSettings.Builder builder = SimulationSettings.builder();
          builder.members(members).months(months).seed(seed).needsPerMemberPerMonth(rate)
              .categoryWeights(categories).skillsPerMember(1).durationWeights(durations);
          return builder;
        });
    return Combinators.combine(sizes, TimebankSamples.limitsArbitrary(),
        Combinators.combine(Arbitraries.longs().between(1, 120), Arbitraries.longs().between(-100_000, 0))
            .as(FloorGrowth::of).optional(),
        Combinators.combine(Arbitraries.integers().between(1, 1200), Arbitraries.integers().between(1, 100))
            .as(Demurrage::of).optional(), Arbitraries.doubles().between(0, 1), Arbitraries.of(MatchingPolicy.class),
        Arbitraries.integers().between(1, 64), Arbitraries.integers().between(0, 30))
        .as((builder, limits, growth, demurrage, share, matching, candidates, delay) -> builder.limits(limits)
            .floorGrowth(growth).demurrage(demurrage).joinRatePerMonth(share).leaveRatePerMonth(1 - share)
            .matching(matching).candidates(candidates).confirmationDelayDays(delay).build());
  }

  @Provide
  Arbitrary<PeriodMetrics> allMetrics() {
    Arbitrary<Integer> ints = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    Arbitrary<Long> longs = Arbitraries.longs().between(0, Long.MAX_VALUE);
    Arbitrary<Double> shares = Arbitraries.oneOf(Arbitraries.doubles().between(0, 1), Arbitraries.of(0.0, 1.0));
    Arbitrary<PeriodMetrics.Builder> counts = Combinators.combine(ints, ints, ints, ints, longs, longs, longs, longs)
        .as((month, members, joined, left, needs, unmatched, attempts, exchanges) -> {
          PeriodMetrics.Builder builder = PeriodMetrics.builder();
          builder.month(month).members(members).joined(joined).left(left).needs(needs).unmatched(unmatched)
              .attempts(attempts).exchanges(exchanges);
          return builder;
        });
    return Combinators.combine(counts, longs, longs, longs, longs, shares.list().ofSize(6))
        .as((builder, floor, ceiling, minutes, demurrage, values) -> builder.blockedByFloor(floor)
            .blockedByCeiling(ceiling).minutesExchanged(minutes).demurrageMinutes(demurrage).gini(values.get(0))
            .atFloorShare(values.get(1)).atCeilingShare(values.get(2)).reciprocity(values.get(3))
            .activeShare(values.get(4)).velocity(values.get(5) * 40).build());
  }

  @Test
  void theDefaultsWriteEveryField() {
    String json = JSON.write(SimulationSettings.builder().build());

    assertThat(List.of("members", "months", "seed", "needsPerMemberPerMonth", "categoryWeights", "skillsPerMember",
        "durationWeights", "limits", "joinRatePerMonth", "leaveRatePerMonth", "matching", "candidates",
        "confirmationDelayDays")).allSatisfy(field -> assertThat(json).contains("\"" + field + "\":"));
    assertThat(json).doesNotContain("floorGrowth", "demurrage", "softFloor");
  }
}
