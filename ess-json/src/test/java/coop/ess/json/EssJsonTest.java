package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.timebank.Account;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.ExchangePosted;
import coop.ess.timebank.LedgerEvent;
import coop.ess.timebank.Leg;
import coop.ess.timebank.Limits;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

/** Every failure to read comes out as one {@link EssJsonException} naming the JSON pointer. */
class EssJsonTest {

  private static final EssJson JSON = EssJson.standard();

  private static void failsAt(ThrowingCallable read, String pointer, String reason) {
    assertThatThrownBy(read).isInstanceOfSatisfying(EssJsonException.class, e -> {
      assertThat(e.pointer()).isEqualTo(pointer);
      assertThat(e.reason()).contains(reason);
    });
  }

  private static String exchange(String legs) {
    return "{\"id\":\"x-1\",\"legs\":" + legs + ",\"category\":\"diy\",\"occurredAt\":\"2026-03-02T09:00:00+01:00\"}";
  }

  @Test
  void aWrongTypeNamesItsField() {
    failsAt(() -> JSON.read(exchange("[{\"from\":\"a\",\"to\":\"b\",\"minutes\":\"lots\"}]"), Exchange.class),
        "/legs/0/minutes", "\"lots\"");
  }

  @Test
  void aMissingFieldNamesItsObject() {
    failsAt(() -> JSON.read(exchange("[{\"from\":\"a\",\"to\":\"b\",\"minutes\":5}, {\"from\":\"a\",\"to\":\"b\"}]"),
        Exchange.class), "/legs/1", "missing field \"minutes\"");
  }

  @Test
  void anUnknownFieldIsRefusedByDefault() {
    failsAt(() -> JSON.read("{\"from\":\"a\",\"to\":\"b\",\"minutes\":5,\"minuts\":6}", Leg.class),
        "/minuts", "unknown field \"minuts\"");
  }

  @Test
  void anUnknownFieldIsSkippedWhenAllowed() {
    EssJson lenient = EssJson.with(EssJacksonModule.standard().with(EssJsonFeature.FAIL_ON_UNKNOWN_FIELDS, false));

    Leg leg = lenient.read("{\"from\":\"a\",\"to\":\"b\",\"note\":{\"x\":[1,2]},\"minutes\":5}", Leg.class);

    assertThat(leg.minutes()).isEqualTo(5);
  }

  @Test
  void aDateWithoutOffsetIsRefused() {
    String json = exchange("[]").replace("+01:00", "");

    failsAt(() -> JSON.read(json, Exchange.class), "/occurredAt", "date-time with an offset");
  }

  @Test
  void anInvariantFailureNamesTheFieldItConcerns() {
    String json = "{\"id\":\"alice\",\"limits\":{\"floor\":30,\"ceiling\":60}}";

    failsAt(() -> JSON.read(json, Account.class), "/limits/floor", "floor");
  }

  @Test
  void anInvalidIdentifierNamesItsField() {
    failsAt(() -> JSON.read("{\"id\":\"a b\"}", Account.class), "/id", "a b");
  }

  @Test
  void aResolvedEventCannotBePending() {
    String json = JSON.write(TimebankSamples.exchangeResolved()).replace("\"declined\"", "\"pending\"");

    failsAt(() -> JSON.read(json, LedgerEvent.class), "", "cannot be pending");
  }

  @Test
  void anUnknownEnumValueListsTheKnownOnes() {
    String json = JSON.write(TimebankSamples.exchangeResolved()).replace("\"declined\"", "\"refused\"");

    failsAt(() -> JSON.read(json, LedgerEvent.class), "/status", "pending, posted, declined, expired");
  }

  @Test
  void aHugeNumberIsOutOfRange() {
    failsAt(() -> JSON.read("{\"floor\":-99999999999999999999,\"ceiling\":0}", Limits.class), "/floor",
        "the integer -99999999999999999999 is outside the 64-bit range");
  }

  @Test
  void malformedJsonNamesWhereItBroke() {
    failsAt(() -> JSON.read("{\"from\":\"a\",\"to\":", Leg.class), "/to", "end-of-input");
  }

  @Test
  void trailingTokensAreRefused() {
    failsAt(() -> JSON.read("{\"from\":\"a\",\"to\":\"b\",\"minutes\":5} {}", Leg.class), "",
        "unexpected start object after the document (line 1, column 35)");
  }

  @Test
  void aLaterSchemaVersionIsRefused() {
    failsAt(() -> JSON.read("{\"schemaVersion\":2,\"from\":\"a\",\"to\":\"b\",\"minutes\":5}", Leg.class),
        "/schemaVersion", "unsupported schemaVersion");
  }

  @Test
  void aSchemaVersionInsideTheDocumentIsAnUnknownField() {
    String json = exchange("[{\"schemaVersion\":1,\"from\":\"a\",\"to\":\"b\",\"minutes\":5}]");

    failsAt(() -> JSON.read(json, Exchange.class), "/legs/0/schemaVersion", "unknown field");
  }

  @Test
  void anEventOfAnotherKindIsRefused() {
    String json = JSON.write(TimebankSamples.accountOpened());

    failsAt(() -> JSON.read(json, ExchangePosted.class), "", "expected an event of type ExchangePosted");
  }

  @Test
  void aFailureInsideAListNamesTheElement() {
    String good = JSON.write(TimebankSamples.exchangePosted()).replace("\"schemaVersion\":1,", "");
    String bad = good.replace("\"minutes\":15", "\"minutes\":1.5");

    failsAt(() -> JSON.read("[" + good + "," + bad + "]", new TypeReference<List<LedgerEvent>>() {}),
        "/1/exchange/legs/1/minutes", "whole number");
  }

  @Test
  void theWrongKindOfValueAtTheRootIsRefused() {
    failsAt(() -> JSON.read("[1]", Exchange.class), "", "expected an exchange as a JSON object");
  }

  @Test
  void nullAtTheRootIsRefused() {
    failsAt(() -> JSON.read("null", Exchange.class), "", "null");
  }

  /** The module's reader and the strict reader share one front end: the same refusal, word for word. */
  private static void refusedLikeTheStrictReader(String json, Class<?> type) {
    byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> EssJsonReader.standard().read(bytes)).isInstanceOfSatisfying(EssJsonException.class,
        strict -> {
          assertThatThrownBy(() -> JSON.read(json, type)).isInstanceOfSatisfying(EssJsonException.class,
              e -> assertThat(e.getMessage()).isEqualTo(strict.getMessage()));
          assertThatThrownBy(() -> JSON.read(bytes, type)).isInstanceOfSatisfying(EssJsonException.class,
              e -> assertThat(e.getMessage()).isEqualTo(strict.getMessage()));
        });
  }

  @Test
  void aDuplicateKeyIsRefusedAsTheStrictReaderRefusesIt() {
    refusedLikeTheStrictReader("{\"from\":\"a\",\"to\":\"b\",\"from\":\"c\",\"minutes\":5}", Leg.class);
    failsAt(() -> JSON.read("{\"from\":\"a\",\"to\":\"b\",\"from\":\"c\",\"minutes\":5}", Leg.class), "",
        "Duplicate Object property \"from\"");
  }

  /** A codec stops at the first value it cannot use: here the array at /from, before the nesting gets too deep. */
  @Test
  void nestingBeyondTheLimitIsRefusedAsTheStrictReaderRefusesIt() {
    String deep = "{\"from\":" + "[".repeat(EssJsonReader.MAX_DEPTH + 1) + "]".repeat(EssJsonReader.MAX_DEPTH + 1)
        + ",\"to\":\"b\",\"minutes\":5}";
    refusedLikeTheStrictReader(deep, tools.jackson.databind.JsonNode.class);
    failsAt(() -> JSON.read(deep, Leg.class), "/from", "expected a string, got an array");
  }

  @Test
  void syntaxErrorsEmptyDocumentsAndTrailingTokensAreRefusedAsTheStrictReaderRefusesThem() {
    refusedLikeTheStrictReader("{\"from\":\"a\",\"to\":", Leg.class);
    refusedLikeTheStrictReader("  ", Leg.class);
    refusedLikeTheStrictReader("{\"from\":\"a\",\"to\":\"b\",\"minutes\":5} 7", Leg.class);
    refusedLikeTheStrictReader("{\"from\":\"a\",\"to\":\"b\",\"minutes\":NaN}", Leg.class);
    refusedLikeTheStrictReader("{\"from\":\"a\",\"to\":\"b\",/* note */\"minutes\":5}", Leg.class);
    refusedLikeTheStrictReader("{\"from\":\"a\",\"to\":\"b\",\"minutes\":" + "1".repeat(70) + "}", Leg.class);
  }

  @Test
  void numbersBeyondSixtyFourBitsOrADoubleAreRefusedAsTheStrictReaderRefusesThem() {
    refusedLikeTheStrictReader("{\"from\":\"a\",\"to\":\"b\",\"minutes\":9223372036854775808}", Leg.class);
    refusedLikeTheStrictReader("{\"latitude\":1e999,\"longitude\":0}", coop.ess.core.venue.GeoPoint.class);
  }

  @Test
  void invalidUtf8IsRefusedFromBytes() {
    byte[] bytes = {'{', '"', 'f', 'r', 'o', 'm', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    assertThatThrownBy(() -> JSON.read(bytes, Leg.class)).isInstanceOf(EssJsonException.class)
        .hasMessageContaining("UTF-8");
  }
}
