package coop.ess.json.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssValidationException;
import coop.ess.json.EssJsonException;
import coop.ess.json.EssJsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EssSchemasTest {

  private static final EssSchemas SCHEMAS = EssSchemas.standard();

  /** A valid sample document of a type, from the test resources. */
  static String sample(String type) {
    try (InputStream in = EssSchemasTest.class.getResourceAsStream("/samples/" + type + ".json")) {
      if (in == null) {
        throw new IllegalStateException("no sample for " + type);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<String> types() {
    return SCHEMAS.types().stream();
  }

  private static JsonNode read(String json) {
    return EssJsonReader.standard().read(json);
  }

  @Test
  void theIndexListsTheDocumentTypesOfTheSdk() {
    assertThat(SCHEMAS.types()).contains("book", "ballot", "ledger-accounts", "ledger-transfer", "venue",
        "community", "directory");
  }

  @Test
  void everySchemaFileOfTheFolderIsListedInTheIndex() throws URISyntaxException, IOException {
    java.net.URL index = java.util.Objects.requireNonNull(
        EssSchemas.class.getResource("/coop/ess/json/schema/types.txt"));
    Path folder = java.util.Objects.requireNonNull(Path.of(index.toURI()).getParent());
    try (Stream<Path> files = Files.list(folder)) {
      List<String> onDisk = files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".schema.json"))
          .map(name -> name.substring(0, name.length() - ".schema.json".length()))
          .toList();
      assertThat(SCHEMAS.types()).containsExactlyInAnyOrderElementsOf(onDisk);
    }
  }

  @ParameterizedTest
  @MethodSource("types")
  void everySchemaIsA2020_12SchemaWithItsId(String type) {
    JsonNode schema = read(SCHEMAS.schemaText(type));
    assertThat(schema.path("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").stringValue()).isEqualTo("https://ess.coop/schema/" + type + ".schema.json")
        .isEqualTo(EssSchemas.id(type));
  }

  @ParameterizedTest
  @MethodSource("types")
  void theSampleOfEveryTypeIsValid(String type) {
    assertThat(SCHEMAS.validate(type, read(sample(type)))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("types")
  void theTypeOfADocumentIsGuessedFromItsShapeWhenItNamesNone(String type) {
    ObjectNode document = (ObjectNode) read(sample(type));
    document.remove("type");
    assertThat(SCHEMAS.typeOf(document)).contains(type);
  }

  @ParameterizedTest
  @MethodSource("types")
  void aDocumentMayNameItsTypeAndSchemaVersion(String type) {
    ObjectNode document = (ObjectNode) read(sample(type));
    document.put("type", type).put("schemaVersion", 1);
    assertThat(SCHEMAS.validate(type, document)).isEmpty();
    assertThat(SCHEMAS.typeOf(read("{\"type\": \"" + type + "\"}"))).contains(type);
  }

  @Test
  void aDocumentOfNoKnownShapeHasNoType() {
    assertThat(SCHEMAS.typeOf(read("{\"colour\": \"blue\"}"))).isEmpty();
    assertThat(SCHEMAS.typeOf(read("[1, 2]"))).isEmpty();
    assertThat(SCHEMAS.typeOf(read("{\"type\": \"castle\"}"))).isEmpty();
  }

  @Test
  void aMissingFieldIsReportedAtItsOwnPointer() {
    String book = sample("book").replace("\"start\": \"2026-03-03T14:00\", ", "");
    assertThat(SCHEMAS.validate("book", read(book)))
        .containsExactly(SchemaProblem.of("/requests/0/start", "required", "missing"));
  }

  @Test
  void anUnknownFieldIsReportedAtItsOwnPointer() {
    String venue = sample("venue").replace("\"zone\"", "\"colour\": \"red\", \"zone\"");
    assertThat(SCHEMAS.validate("venue", read(venue)))
        .containsExactly(SchemaProblem.of("/colour", "additionalProperties", "unknown field"));
  }

  @Test
  void everyProblemIsReportedWithItsPointerAndTheOffendingValue() {
    List<SchemaProblem> problems = SCHEMAS.validate("ballot",
        read("{\"method\": \"dhondt\", \"seats\": 0, \"ballots\": [{\"count\": \"two\", \"ranking\": [\"A\"]}]}"));
    assertThat(problems).extracting(SchemaProblem::pointer)
        .containsExactlyInAnyOrder("/method", "/seats", "/ballots/0/count");
    assertThat(problems).filteredOn(p -> p.pointer().equals("/method")).singleElement()
        .satisfies(p -> assertThat(p.reason()).startsWith("\"dhondt\" is not one of majority, plurality"));
    assertThat(problems).filteredOn(p -> p.pointer().equals("/ballots/0/count")).singleElement()
        .satisfies(p -> assertThat(p.keyword()).isEqualTo("type"))
        .satisfies(p -> assertThat(p.reason()).contains("\"two\""));
  }

  @Test
  void aPatternProblemSaysWhatWasExpected() {
    String community = sample("community").replace("\"2025-09-01\", \"status\"", "\"2025-02-30x\", \"status\"");
    assertThat(SCHEMAS.validate("community", read(community))).containsExactly(SchemaProblem.of(
        "/members/0/statusHistory/0/date", "pattern", "\"2025-02-30x\" is not a date such as 2026-03-02"));
  }

  @Test
  void referencesBetweenSchemasResolveWithoutTheNetwork() {
    String directory = sample("directory").replace("\"postalCode\": \"69007\", ", "");
    assertThat(SCHEMAS.validate("directory", read(directory)))
        .containsExactly(SchemaProblem.of("/cards/0/address/postalCode", "required", "missing"));
  }

  @Test
  void aTransferHasEitherLegsOrOneLeg() {
    assertThat(SCHEMAS.validate("ledger-transfer", read("{\"id\": \"t1\", \"legs\": [{\"from\": \"a\", \"to\": \"b\","
        + " \"minutes\": 5}], \"from\": \"a\", \"category\": \"diy\", \"at\": \"2026-03-01T10:00:00+01:00\"}")))
        .containsExactly(SchemaProblem.of("/from", "false", "not allowed here"));
    assertThat(SCHEMAS.validate("ledger-transfer", read("{\"id\": \"t1\", \"from\": \"a\", \"category\": \"diy\","
        + " \"at\": \"2026-03-01T10:00:00Z\"}")))
        .extracting(SchemaProblem::pointer).containsExactly("/to", "/minutes");
  }

  @Test
  void aMotionMayBeARollCallWithProxiesAndAFractionThreshold() {
    String rollCall = """
        {"method": "majority",
         "motion": {"name": "Open the coworking spaces until 22:00", "date": "2026-03-02",
           "threshold": {"name": "three-fifths", "numerator": 3, "denominator": 5, "boundary": "at-least",
                         "base": "votes-cast"},
           "quorum": {"numerator": 1, "denominator": 2, "boundary": "at-least", "base": "present-and-represented"},
           "secondConvocationQuorum": {"numerator": 1, "denominator": 4},
           "colleges": [{"id": "usagers", "weightPercent": 40}, {"id": "porteurs", "weightPercent": 30},
                        {"id": "partenaires", "weightPercent": 30}],
           "proxyCap": 1, "secret": false, "statement": "Coworking open late",
           "members": [{"id": "camille", "college": "usagers", "attendance": "in-room"},
                       {"id": "tom", "college": "usagers"}, {"id": "paul", "college": "porteurs"}],
           "proxies": [{"giver": "tom", "holder": "camille"}],
           "votes": [{"member": "camille", "choice": "yes"}, {"member": "camille", "for": "tom", "choice": "no"}]}}
        """;
    assertThat(SCHEMAS.validate("ballot", read(rollCall))).isEmpty();
    assertThat(SCHEMAS.validate("ballot", read(rollCall.replace("\"for\": \"tom\"", "\"on-behalf\": \"tom\""))))
        .containsExactly(SchemaProblem.of("/motion/votes/1/on-behalf", "additionalProperties", "unknown field"));
    assertThat(SCHEMAS.validate("ballot", read(rollCall.replace("\"denominator\": 5", "\"denominator\": 0"))))
        .extracting(SchemaProblem::pointer).containsExactly("/motion/threshold/denominator");
  }

  @Test
  void theProxiesOfABallotFileAreAnExtensionPoint() {
    assertThat(SCHEMAS.validate("ballot", read("{\"method\": \"majority\", \"proxies\": [{\"from\": \"a\"}]}")))
        .isEmpty();
  }

  @Test
  void requireValidRaisesTheFirstProblemAsAnEssJsonException() {
    assertThatThrownBy(() -> SCHEMAS.requireValid("venue", read("{\"id\": \"v\", \"name\": \"V\"}")))
        .isInstanceOfSatisfying(EssJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/address");
          assertThat(e.reason()).isEqualTo("missing");
        });
  }

  @Test
  void readParsesStrictlyThenValidates() {
    byte[] valid = sample("ledger-accounts").getBytes(StandardCharsets.UTF_8);
    assertThat(SCHEMAS.read(valid, "ledger-accounts").path("accounts").size()).isEqualTo(4);
    assertThatThrownBy(() -> SCHEMAS.read("{\"accounts\": [], \"accounts\": []}".getBytes(StandardCharsets.UTF_8),
        "ledger-accounts")).isInstanceOf(EssJsonException.class).hasMessageContaining("accounts");
  }

  @Test
  void anUnknownTypeIsAnApiMisuse() {
    assertThatThrownBy(() -> SCHEMAS.validate("castle", read("{}")))
        .isInstanceOf(EssValidationException.class).hasMessageContaining("castle").hasMessageContaining("venue");
    assertThatThrownBy(() -> SCHEMAS.schemaText("castle")).isInstanceOf(EssValidationException.class);
  }

  @Test
  void aProblemPrintsAsPointerAndReason() {
    assertThat(SchemaProblem.of("/a~1b/0", "type", "wrong").toString()).isEqualTo("/a~1b/0: wrong");
    assertThat(SchemaProblem.of("", "type", "wrong").toString()).isEqualTo("(root): wrong");
    assertThat(SchemaProblem.of("/x", "type", "wrong").toException().pointer()).isEqualTo("/x");
  }

  @Test
  void aProblemStaysOnOneLineWhateverTheFieldName() {
    JsonNode tree = read("{\"accounts\": [], \"a\\nb\\u0000\": 1}");
    assertThat(SCHEMAS.validate("ledger-accounts", tree)).singleElement()
        .satisfies(p -> assertThat(p.pointer()).isEqualTo("/a\nb\u0000"))
        .satisfies(p -> assertThat(p.toString()).isEqualTo("/a\\nb\\u0000: unknown field"));
  }

  @Test
  void pointersEscapeSlashesAndTildesOfFieldNames() {
    JsonNode tree = read("{\"accounts\": [], \"a/b~c\": 1}");
    assertThat(SCHEMAS.validate("ledger-accounts", tree))
        .containsExactly(SchemaProblem.of("/a~1b~0c", "additionalProperties", "unknown field"));
  }

  @Test
  void aMembershipWithBothAnOrganisationAndAVenueIsRefusedByTheSchemaAsByTheValue() {
    String both = sample("community").replace("\"organisation\": \"cargo\", \"role\"",
        "\"organisation\": \"cargo\", \"venue\": \"ess-cargo\", \"role\"");

    assertThat(SCHEMAS.validate("community", read(sample("community")))).isEmpty();
    assertThat(SCHEMAS.validate("community", read(both))).extracting(SchemaProblem::pointer)
        .contains("/memberships/0");
  }

  @Test
  void aMembershipWithNeitherAnOrganisationNorAVenueIsRefusedByTheSchema() {
    String neither = sample("community").replace("\"venue\": \"ess-cargo\", \"role\": \"member\"",
        "\"role\": \"member\"");

    assertThat(SCHEMAS.validate("community", read(neither))).extracting(SchemaProblem::pointer)
        .contains("/memberships/1");
  }
}
