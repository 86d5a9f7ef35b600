package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.timebank.AccountId;
import coop.ess.timebank.clearing.ArrayClearingResult;
import coop.ess.timebank.clearing.Clearing;
import coop.ess.timebank.clearing.ClearingMethod;
import coop.ess.timebank.clearing.ClearingResult;
import coop.ess.timebank.clearing.Obligation;
import coop.ess.timebank.clearing.ObligationArrays;
import coop.ess.core.community.Community;
import coop.ess.core.directory.Directory;
import coop.ess.core.directory.DirectoryQuery;
import coop.ess.core.venue.VenueNetwork;
import coop.ess.timebank.LimitPolicy;
import coop.ess.timebank.Match;
import coop.ess.timebank.PostResult;
import coop.ess.timebank.StatementLine;
import coop.ess.timebank.simulation.PeriodMetrics;
import coop.ess.timebank.simulation.SimulationSettings;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutated documents of the directory, the community registry, the time bank's results, clearing, simulation and
 * the ledger's and calendar's snapshots are read or refused with an {@code EssJsonException}, nothing else.
 */
class MutatedValuesJsonTest {

  private static final EssJson JSON = EssJson.standard();

  /** A sample and the type to read it as. */
  private record Sample(Object value, TypeReference<?> type) {}

  private static final List<Sample> SAMPLES = List.of(
      new Sample(DirectoryJsonTest.directory(), new TypeReference<Directory>() {}),
      new Sample(DirectoryQuery.builder().text("vélo").build(), new TypeReference<DirectoryQuery>() {}),
      new Sample(NetworkJsonTest.community(), new TypeReference<Community>() {}),
      new Sample(NetworkJsonTest.network(), new TypeReference<VenueNetwork>() {}),
      new Sample(TimebankResultsJsonTest.match(), new TypeReference<Match>() {}),
      new Sample(TimebankResultsJsonTest.postResult(), new TypeReference<PostResult>() {}),
      new Sample(TimebankResultsJsonTest.statementLine(), new TypeReference<StatementLine>() {}),
      new Sample(TimebankResultsJsonTest.limitPolicy(), new TypeReference<LimitPolicy>() {}),
      new Sample(Clearing.clear(List.of(Obligation.of(AccountId.of("a"), AccountId.of("b"), 5),
          Obligation.of(AccountId.of("b"), AccountId.of("a"), 3)), ClearingMethod.FAST),
          new TypeReference<ClearingResult<AccountId>>() {}),
      new Sample(ClearingJsonTest.network(), new TypeReference<ObligationArrays>() {}),
      new Sample(Clearing.clear(ClearingJsonTest.network(), ClearingMethod.OPTIMAL),
          new TypeReference<ArrayClearingResult>() {}),
      new Sample(SimulationJsonTest.settings(), new TypeReference<SimulationSettings>() {}),
      new Sample(SimulationJsonTest.metrics(), new TypeReference<PeriodMetrics>() {}),
      new Sample(LedgerSnapshotJsonTest.snapshot(), new TypeReference<coop.ess.timebank.LedgerSnapshot>() {}),
      new Sample(CalendarSnapshotJsonTest.snapshot(), new TypeReference<coop.ess.booking.CalendarSnapshot>() {}));

  @Property
  void aMutatedDocumentIsReadOrRefusedWithAnEssJsonException(@ForAll("mutations") Mutation mutation) {
    Sample sample = SAMPLES.get(mutation.sample() % SAMPLES.size());
    JsonNode tree = JSON.mapper().readTree(JSON.write(sample.value()));
    List<JsonNode> containers = new ArrayList<>();
    collect(tree, containers);
    JsonNode container = containers.get(mutation.node() % containers.size());
    JsonNode snippet = JSON.mapper().readTree(mutation.snippet());
    if (container instanceof ObjectNode object) {
      List<String> names = new ArrayList<>(object.propertyNames());
      if (names.isEmpty() || mutation.node() % 5 == 0) {
        object.set("unknown" + mutation.node(), snippet);
      } else {
        object.set(names.get(mutation.node() % names.size()), snippet);
      }
    } else if (container instanceof ArrayNode array) {
      if (array.isEmpty()) {
        array.add(snippet);
      } else {
        array.set(mutation.node() % array.size(), snippet);
      }
    }
    String text = tree.toString();
    for (String json : List.of(text, text.substring(0, mutation.node() % (text.length() + 1)))) {
      try {
        assertThat(JSON.read(json, sample.type())).isNotNull();
      } catch (EssJsonException e) {
        assertThat(e.reason()).isNotBlank();
      }
    }
  }

  record Mutation(int sample, int node, String snippet) {}

  @Provide
  Arbitrary<Mutation> mutations() {
    return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 100_000),
        Arbitraries.of("null", "true", "0", "-1", "3.5", "\"\"", "\" \"", "\"x\"", "{}", "[]", "[null]", "[-1]",
            "2147483648", "9223372036854775808", "-9223372036854775809", "1e999", "\"NaN\"",
            "\"2026-02-30T10:00:00Z\"", "\"2026-03-01T10:00\"", "\"member:\"", "\"1 h 30\"", "{\"diy\":0}",
            "{\"0\":1}", "[\"bike-lab\",\"bike-lab\"]", "\"pending\"", "\"posted\"", "\"member:bob\"", "\"b1\"",
            "[\"b2\",\"b2\"]", "\"s9\"", "\"offered\"", "\"cancelled\"", "\"FREQ=YEARLY;COUNT=0\"", "[".repeat(70) + "]".repeat(70),
            "{\"a\":".repeat(40) + "1" + "}".repeat(40)))
        .as(Mutation::new);
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainer()) {
      containers.add(node);
      for (JsonNode child : node.values()) {
        collect(child, containers);
      }
    }
  }
}
