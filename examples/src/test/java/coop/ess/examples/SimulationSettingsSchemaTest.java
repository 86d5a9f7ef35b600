package coop.ess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.examples.cli.EssCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema of the settings file says what {@code ess simulate} reads and writes, defaults included. */
class SimulationSettingsSchemaTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** Left out of the canonical settings at its default (0), so that runs without holds keep their bytes. */
  private static final String WRITTEN_WHEN_SET = "confirmationDelayDays";

  @TempDir
  Path dir;

  private static JsonNode schema() throws IOException {
    // Read from the source tree: the resource sits in a package of the named module coop.ess.json.
    return JSON.readTree(Files.readString(
        Path.of("../ess-json/src/main/resources/coop/ess/json/schema/simulation-settings.schema.json")));
  }

  private JsonNode canonicalDefaults() throws IOException {
    StringWriter ignored = new StringWriter();
    var commandLine = EssCommand.commandLine();
    commandLine.setOut(new PrintWriter(ignored, true));
    commandLine.setErr(new PrintWriter(ignored, true));
    assertThat(commandLine.execute("simulate", "--members", "1000", "--months", "1", "--quiet", "--out",
        dir.toString())).isZero();
    return JSON.readTree(Files.readString(dir.resolve("summary.json"))).get("settings");
  }

  @Test
  void theSchemaIsDraft2020WithItsId() throws IOException {
    JsonNode schema = schema();

    assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").asString()).isEqualTo("https://ess.coop/schema/simulation-settings.schema.json");
  }

  @Test
  void theSchemaDescribesEveryFieldOfTheCanonicalSettingsWithTheirDefaults() throws IOException {
    JsonNode properties = schema().get("properties");
    JsonNode defaults = canonicalDefaults();

    List<String> described = new ArrayList<>(properties.propertyNames());
    described.removeAll(List.of("$schema", "type", "schemaVersion", WRITTEN_WHEN_SET));
    assertThat(described).containsExactlyElementsOf(defaults.propertyNames());
    for (String field : defaults.propertyNames()) {
      if (!field.equals("months")) {
        assertThat(properties.get(field).get("default")).as(field).isEqualTo(defaults.get(field));
      }
    }
  }

  @Test
  void theFieldWrittenOnlyWhenSetIsDescribedWithItsDefaultAndReadBack() throws IOException {
    assertThat(schema().get("properties").get(WRITTEN_WHEN_SET).get("default").asInt()).isZero();
    Path file = Files.writeString(dir.resolve("held.json"), "{\"members\": 50, \"months\": 1, \""
        + WRITTEN_WHEN_SET + "\": 5}");
    Path out = dir.resolve("held");
    var commandLine = EssCommand.commandLine();
    commandLine.setOut(new PrintWriter(new StringWriter(), true));

    assertThat(commandLine.execute("simulate", file.toString(), "--quiet", "--out", out.toString())).isZero();

    JsonNode settings = JSON.readTree(Files.readString(out.resolve("summary.json"))).get("settings");
    assertThat(settings.get(WRITTEN_WHEN_SET).asInt()).isEqualTo(5);
    List<String> written = new ArrayList<>(settings.propertyNames());
    List<String> described = new ArrayList<>(schema().get("properties").propertyNames());
    described.removeAll(List.of("$schema", "type", "schemaVersion"));
    assertThat(written).containsExactlyElementsOf(described);
  }

  @Test
  void theCanonicalSettingsReadBackToTheSameSettings() throws IOException {
    JsonNode defaults = canonicalDefaults();
    Path file = Files.writeString(dir.resolve("settings.json"), defaults.toString());
    Path again = dir.resolve("again");
    var commandLine = EssCommand.commandLine();
    commandLine.setOut(new PrintWriter(new StringWriter(), true));

    assertThat(commandLine.execute("simulate", file.toString(), "--quiet", "--out", again.toString())).isZero();

    assertThat(JSON.readTree(Files.readString(again.resolve("summary.json"))).get("settings")).isEqualTo(defaults);
  }
}
