package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.timebank.AccountId;
import coop.ess.timebank.clearing.ArrayClearingResult;
import coop.ess.timebank.clearing.Clearing;
import coop.ess.timebank.clearing.ClearingMethod;
import coop.ess.timebank.clearing.ClearingResult;
import coop.ess.timebank.clearing.Obligation;
import coop.ess.timebank.clearing.ObligationArrays;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/** The JSON form of clearing: obligations and results, generic or in primitive arrays. */
class ClearingJsonTest {

  private static final EssJson JSON = EssJson.standard();
  private static final TypeReference<ClearingResult<AccountId>> OF_ACCOUNTS = new TypeReference<>() {};

  static List<Obligation<String>> triangle() {
    return List.of(Obligation.of("ana", "bo", 100), Obligation.of("bo", "cy", 80), Obligation.of("cy", "ana", 60));
  }

  static ObligationArrays network() {
    return ObligationArrays.of(3, new int[] {0, 1, 2}, new int[] {1, 2, 0}, new long[] {100, 80, 60});
  }

  @Test
  void anObligationMatchesItsGoldenFile() {
    Golden.check("Obligation", triangle().get(0), Obligation.class);
  }

  @Test
  void aClearingResultMatchesItsGoldenFile() {
    Golden.check("ClearingResult", Clearing.clear(triangle(), ClearingMethod.OPTIMAL), ClearingResult.class);
  }

  @Test
  void anObligationNetworkMatchesItsGoldenFile() {
    String golden = goldenText("ObligationArrays", network());

    assertSame(JSON.read(golden, ObligationArrays.class), network());
  }

  @Test
  void anArrayClearingResultMatchesItsGoldenFile() {
    ArrayClearingResult result = Clearing.clear(network(), ClearingMethod.FAST);

    String golden = goldenText("ArrayClearingResult", result);

    assertSame(JSON.read(golden, ArrayClearingResult.class), result);
  }

  @Test
  void thePartiesAreReadAsTheTypeAskedFor() {
    ClearingResult<AccountId> result = Clearing.clear(List.of(Obligation.of(AccountId.of("alice"),
        AccountId.of("bob"), 90)), ClearingMethod.FAST);

    ClearingResult<AccountId> read = JSON.read(JSON.write(result), OF_ACCOUNTS);

    assertThat(read).isEqualTo(result);
    assertThat(read.remaining().get(0).debtor()).isInstanceOf(AccountId.class);
  }

  @Test
  void aBadPartyIsRefusedAtItsPointer() {
    String json = "{\"method\":\"fast\",\"totalDebt\":5,\"netInternalDebt\":5,\"remaining\":[{\"debtor\":\"a\","
        + "\"creditor\":\"not an id\",\"amount\":5}]}";

    assertThatThrownBy(() -> JSON.read(json, OF_ACCOUNTS)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/remaining/0/creditor"));
  }

  @Test
  void totalsThatDoNotFitAreRefusedAtTheRemainingObligations() {
    String json = JSON.write(Clearing.clear(triangle(), ClearingMethod.OPTIMAL)).replace("\"totalDebt\":240",
        "\"totalDebt\":40");

    assertThatThrownBy(() -> JSON.read(json, ClearingResult.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/remaining"));
  }

  @Test
  void anObligationOfNothingIsRefusedAtItsAmount() {
    assertThatThrownBy(() -> JSON.read("{\"debtor\":\"a\",\"creditor\":\"b\",\"amount\":0}", Obligation.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/amount"));
  }

  @Test
  void aPartyThatIsNotANumberIsRefusedAtItsIndex() {
    String json = "{\"partyCount\":2,\"debtors\":[0,\"one\"],\"creditors\":[1,0],\"amounts\":[5,5]}";

    assertThatThrownBy(() -> JSON.read(json, ObligationArrays.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/debtors/1"));
  }

  @Test
  void aNetworkWithAnUnknownPartyIsRefusedWithItsIndex() {
    String json = "{\"partyCount\":2,\"debtors\":[0,1],\"creditors\":[1,2],\"amounts\":[5,5]}";

    assertThatThrownBy(() -> JSON.read(json, ObligationArrays.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> {
          assertThat(e.pointer()).isEmpty();
          assertThat(e.reason()).contains("creditors[1] = 2");
        });
  }

  @Test
  void aNegativeRemainingAmountIsRefusedAtItsIndex() {
    String json = "{\"method\":\"optimal\",\"totalDebt\":10,\"netInternalDebt\":0,\"remaining\":[5,-1]}";

    assertThatThrownBy(() -> JSON.read(json, ArrayClearingResult.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/remaining/1"));
  }

  @Test
  void anUnknownMethodIsRefusedAtItsPointer() {
    String json = JSON.write(Clearing.clear(network(), ClearingMethod.FAST)).replace("\"fast\"", "\"greedy\"");

    assertThatThrownBy(() -> JSON.read(json, ArrayClearingResult.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/method"));
  }

  @Property
  void methodsSurviveARoundTrip(@ForAll ClearingMethod method) {
    assertThat(JSON.read(JSON.write(method), ClearingMethod.class)).isEqualTo(method);
  }

  @Property(tries = 100)
  void obligationsSurviveARoundTrip(@ForAll("networks") ObligationArrays network) {
    for (int i = 0; i < network.size(); i++) {
      Obligation<AccountId> obligation = Obligation.of(AccountId.of("p" + network.debtor(i)),
          AccountId.of("p" + network.creditor(i)), network.amount(i));
      assertThat(JSON.read(JSON.write(obligation), new TypeReference<Obligation<AccountId>>() {}))
          .isEqualTo(obligation);
    }
  }

  @Property(tries = 100)
  void clearingResultsSurviveARoundTrip(@ForAll("networks") ObligationArrays network,
      @ForAll ClearingMethod method) {
    List<Obligation<AccountId>> obligations = new java.util.ArrayList<>();
    for (int i = 0; i < network.size(); i++) {
      obligations.add(Obligation.of(AccountId.of("p" + network.debtor(i)), AccountId.of("p" + network.creditor(i)),
          network.amount(i)));
    }
    ClearingResult<AccountId> result = Clearing.clear(obligations, method);

    assertThat(JSON.read(JSON.write(result), OF_ACCOUNTS)).isEqualTo(result);
  }

  @Property(tries = 100)
  void networksAndTheirResultsSurviveARoundTrip(@ForAll("networks") ObligationArrays network,
      @ForAll ClearingMethod method) {
    ArrayClearingResult result = Clearing.clear(network, method);

    assertSame(JSON.read(JSON.write(network), ObligationArrays.class), network);
    assertSame(JSON.read(JSON.write(result), ArrayClearingResult.class), result);
  }

  @Provide
  Arbitrary<ObligationArrays> networks() {
    return Arbitraries.integers().between(2, 6).flatMap(parties -> Combinators.combine(
        Arbitraries.integers().between(0, parties - 1), Arbitraries.integers().between(1, parties - 1),
        Arbitraries.longs().between(1, 1_000)).as((debtor, step, amount) -> new long[] {debtor,
        (debtor + step) % parties, amount}).list().ofMaxSize(10).map(list -> ObligationArrays.of(parties,
        list.stream().mapToInt(o -> (int) o[0]).toArray(), list.stream().mapToInt(o -> (int) o[1]).toArray(),
        list.stream().mapToLong(o -> o[2]).toArray())));
  }

  /** The two hold the same network: the type has no {@code equals}. */
  private static void assertSame(ObligationArrays read, ObligationArrays expected) {
    assertThat(read.partyCount()).isEqualTo(expected.partyCount());
    assertThat(read.size()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(new long[] {read.debtor(i), read.creditor(i), read.amount(i)}).as("obligation %d", i)
          .containsExactly(expected.debtor(i), expected.creditor(i), expected.amount(i));
    }
  }

  /** The two hold the same result: the type has no {@code equals}. */
  private static void assertSame(ArrayClearingResult read, ArrayClearingResult expected) {
    assertThat(read.method()).isEqualTo(expected.method());
    assertThat(read.totalDebt()).isEqualTo(expected.totalDebt());
    assertThat(read.netInternalDebt()).isEqualTo(expected.netInternalDebt());
    assertThat(read.remainingAmounts()).containsExactly(expected.remainingAmounts());
  }

  /** As {@link Golden}, for a type without {@code equals}: checks the text and returns the golden file. */
  private static String goldenText(String name, Object value) {
    String written = JSON.writePretty(value) + "\n";
    Path file = Path.of("src", "test", "resources", "golden", name + ".json");
    try {
      if (Boolean.getBoolean("ess.golden.update")) {
        Files.writeString(file, written, StandardCharsets.UTF_8);
      }
      String golden = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(written).as(file.toString()).isEqualTo(golden);
      return golden;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
