package coop.ess.json.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class HsdsTest {

  /** The published HSDS 3.0 schema files beside the checkout (../shared/standards/README.md); tests run in ess-json. */
  private static final Path SCHEMAS = Path.of("..", "..", "shared", "standards", "hsds-3.0");
  private static final String BASE = "https://hsds.test/schema/";

  /**
   * The HSDS 3.0 schema of a whole export: arrays of organizations, locations and services, each item checked by
   * the published schema file. The files declare no draft and refer to each other by relative names, so they are
   * registered under one base IRI and read with draft 2020-12 as the default dialect.
   */
  private static Schema exportSchema() {
    return exportSchema(SCHEMAS);
  }

  private static Schema exportSchema(Path folder) {
    Assumptions.assumeTrue(Files.isRegularFile(folder.resolve("organization.json")),
        "HSDS 3.0 schema files not found at " + folder.toAbsolutePath().normalize()
            + ": the conformance test needs ../shared/standards/hsds-3.0 beside the project root");
    Map<String, String> files = new HashMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path file : list.filter(f -> f.toString().endsWith(".json")).toList()) {
        files.put(BASE + file.getFileName(), Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.put(BASE + "export.json", """
        {"type": "object", "required": ["organizations", "locations", "services"],
         "properties": {
           "organizations": {"type": "array", "items": {"$ref": "organization.json"}},
           "locations": {"type": "array", "items": {"$ref": "location.json"}},
           "services": {"type": "array", "items": {"$ref": "service.json"}}}}
        """);
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemas(files));
    return registry.getSchema(SchemaLocation.of(BASE + "export.json"));
  }

  private static List<Error> validate(JsonNode document) {
    return exportSchema().validate(document,
        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
  }

  @Test
  void withoutTheSchemaFilesTheTestIsSkippedWithItsReason() {
    assertThatThrownBy(() -> exportSchema(Path.of("no-such-folder")))
        .isInstanceOf(org.opentest4j.TestAbortedException.class)
        .hasMessageContaining("HSDS 3.0 schema files not found at")
        .hasMessageContaining("../shared/standards/hsds-3.0");
  }

  @Test
  void theExportIsValidAgainstThePublishedSchema() {
    ObjectNode document = Hsds.document(Fixtures.data(), ExportOptions.defaults());

    assertThat(validate(document)).isEmpty();
    assertThat(document.get("organizations")).hasSize(2);
    assertThat(document.get("locations")).hasSize(3);
    assertThat(document.get("services")).hasSize(2);
  }

  @Test
  void theExportWithPersonalDataIsValidToo() {
    assertThat(validate(Hsds.document(Fixtures.data(), Fixtures.withPersonalData()))).isEmpty();
  }

  @Test
  void theSchemaRefusesADocumentThatBreaksIt() {
    ObjectNode document = Hsds.document(Fixtures.data(), ExportOptions.defaults());
    ((ObjectNode) document.get("services").get(0)).put("status", "open");
    ((ObjectNode) document.get("organizations").get(0)).remove("name");
    ((ObjectNode) document.get("locations").get(0)).put("id", "not-a-uuid");

    assertThat(validate(document)).extracting(error -> error.getInstanceLocation().toString())
        .containsExactlyInAnyOrder("/services/0/status", "/organizations/0", "/locations/0/id");
  }

  @Test
  void organisationsCarryTheirFrenchIdentifiers() {
    JsonNode coop = Hsds.document(Fixtures.data(), ExportOptions.defaults()).get("organizations").get(0);

    assertThat(coop.get("name").asString()).isEqualTo("Cargo SCIC");
    assertThat(coop.get("organization_identifiers")).extracting(node -> node.get("identifier_type").asString()
        + " " + node.get("identifier").asString()).containsExactly("SIREN 732829320", "SIRET 73282932000074");
    JsonNode association = Hsds.document(Fixtures.data(), ExportOptions.defaults()).get("organizations").get(1);
    assertThat(association.get("organization_identifiers").get(0).get("identifier").asString())
        .isEqualTo("W353012345");
    assertThat(association.get("description").asString()).isEqualTo("Association (loi 1901)");
  }

  @Test
  void weeklyHoursBecomeOneScheduleForEachWindowWithItsDays() {
    JsonNode meeting = Hsds.document(Fixtures.data(), ExportOptions.defaults()).get("locations").get(0);
    JsonNode schedules = meeting.get("schedules");

    assertThat(schedules.get(0).get("byday").asString()).isEqualTo("MO,TU,WE,TH,FR");
    assertThat(schedules.get(0).get("opens_at").asString()).isEqualTo("09:00");
    assertThat(schedules.get(0).get("closes_at").asString()).isEqualTo("18:00");
    assertThat(schedules.get(0).get("notes").asString())
        .isEqualTo("Local time in Europe/Paris. Closed on French public holidays.");
    assertThat(schedules.get(1).get("byday").asString()).isEqualTo("SA");
    assertThat(schedules.get(2).get("notes").asString()).endsWith("Only for members of the category project carrier.");
    assertThat(schedules.get(3).get("valid_from").asString()).isEqualTo("2026-05-01");
    assertThat(schedules.get(3).get("opens_at").asString()).isEqualTo("10:00");
    assertThat(schedules.get(4).get("notes").asString()).isEqualTo("Closed.");
    assertThat(schedules.get(5).get("valid_to").asString()).isEqualTo("2026-08-23");
  }

  @Test
  void aSpaceWithItsOwnHoursUsesThem() {
    JsonNode coworking = Hsds.document(Fixtures.data(), ExportOptions.defaults()).get("locations").get(1);

    assertThat(coworking.get("schedules")).hasSize(1);
    assertThat(coworking.get("schedules").get(0).get("opens_at").asString()).isEqualTo("08:00");
  }

  @Test
  void locationsHaveTheVenueAddressWithTheDepartement() {
    JsonNode address = Hsds.document(Fixtures.data(), ExportOptions.defaults()).get("locations").get(0)
        .get("addresses").get(0);

    assertThat(address.get("state_province").asString()).isEqualTo("35");
    assertThat(address.get("postal_code").asString()).isEqualTo("35000");
    assertThat(Hsds.departement("20090")).isEqualTo("2A");
    assertThat(Hsds.departement("20200")).isEqualTo("2B");
    assertThat(Hsds.departement("97400")).isEqualTo("974");
  }

  @Test
  void servicesLinkTheirOrganisationAndLocations() {
    ObjectNode document = Hsds.document(Fixtures.data(), ExportOptions.defaults());
    JsonNode grocery = document.get("services").get(0);

    assertThat(grocery.get("organization_id").asString())
        .isEqualTo(document.get("organizations").get(1).get("id").asString());
    assertThat(grocery.get("service_at_locations").get(0).get("location_id").asString())
        .isEqualTo(document.get("locations").get(2).get("id").asString());
    assertThat(grocery.get("schedules").get(0).get("byday").asString()).isEqualTo("TU,TH");
    assertThat(grocery.get("fees_description").asString()).isEqualTo("Free of charge");
  }

  @Test
  void identifiersAreTheSameOnEveryExport() {
    assertThat(Hsds.write(Fixtures.data(), ExportOptions.defaults()))
        .isEqualTo(Hsds.write(Fixtures.data(), ExportOptions.defaults()));
  }

  @Test
  void everyRecordHasItsOwnIdentifier() {
    List<String> ids = new java.util.ArrayList<>();
    collectIds(Hsds.document(Fixtures.data(), Fixtures.withPersonalData()), ids);

    assertThat(ids).hasSizeGreaterThan(20).doesNotHaveDuplicates();
  }

  private static void collectIds(JsonNode node, List<String> ids) {
    if (node.isObject() && node.has("id")) {
      ids.add(node.get("id").asString());
    }
    for (JsonNode child : node) {
      collectIds(child, ids);
    }
  }

  @Test
  void contactsAreLeftOutByDefault() {
    String text = Hsds.write(Fixtures.data(), ExportOptions.defaults());

    assertThat(text).doesNotContain(Fixtures.EMAIL, Fixtures.PHONE, "Maryam");
    assertThat(Hsds.document(Fixtures.data(), ExportOptions.defaults()).get("services").get(0).get("contacts"))
        .isEmpty();
  }

  @Test
  void contactsAreWrittenWhenAsked() {
    ObjectNode document = Hsds.document(Fixtures.data(), Fixtures.withPersonalData());
    JsonNode contact = document.get("services").get(0).get("contacts").get(0);

    assertThat(contact.get("name").asString()).isEqualTo("Maryam");
    assertThat(contact.get("email").asString()).isEqualTo(Fixtures.EMAIL);
    assertThat(contact.get("phones").get(0).get("number").asString()).isEqualTo(Fixtures.PHONE);
    assertThat(document.get("locations").get(0).get("contacts").get(0).get("email").asString())
        .isEqualTo(Fixtures.EMAIL);
  }
}
