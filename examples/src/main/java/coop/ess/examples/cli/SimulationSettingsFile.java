package coop.ess.examples.cli;

import coop.ess.core.EssException;
import coop.ess.core.EssValidationException;
import coop.ess.core.Violation;
import coop.ess.json.EssJson;
import coop.ess.json.EssJsonException;
import coop.ess.json.EssJsonReader;
import coop.ess.json.schema.EssSchemas;
import coop.ess.json.schema.SchemaProblem;
import coop.ess.timebank.simulation.SimulationSettings;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of {@link SimulationSettings} (schema {@code https://ess.coop/schema/simulation-settings.schema.json}):
 * the same names as the API, every field optional with the API's default; {@code "matching"} is {@code "random"} or
 * {@code "nearest-floor"}. Reading is the schema's and {@link EssJson}'s, as for {@code ess validate}; {@link #write}
 * gives the canonical form (every field, defaults filled in, fixed order, no {@code "type"} header) that a paper
 * cites, with its SHA-256, and must never change a byte.
 */
final class SimulationSettingsFile {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private SimulationSettingsFile() {}

  /**
   * Reads a settings file: strict JSON ({@link EssJsonReader}), checked against the schema
   * {@code simulation-settings}, then read with {@link EssJson}.
   *
   * @param file the file, not null
   * @return a builder holding its settings, to which options may still apply, not null
   * @throws EssException naming the file and the JSON pointer of the first problem
   * @throws UncheckedIOException if the file exists but cannot be read
   */
  static SimulationSettings.Builder read(Path file) {
    try {
      SimulationSettings.Builder builder = SimulationSettings.builder();
      builder.from(settings(EssJsonReader.standard().read(file)));
      return builder;
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof NoSuchFileException) {
        throw new EssException("no such file: " + file, e);
      }
      throw e;
    } catch (EssJsonException e) {
      throw new EssException(file + " " + e.getMessage(), e);
    }
  }

  /**
   * The settings of a JSON object: its schema problems first, then the value read with {@link EssJson}, which
   * reports a broken invariant of {@link SimulationSettings} at its pointer (what
   * {@link EssSchemas#validateValue} does, reading the value once and keeping it).
   *
   * @param root the object, not null
   * @return the settings, not null
   * @throws EssJsonException at the first problem, with its JSON pointer
   */
  static SimulationSettings settings(JsonNode root) {
    List<SchemaProblem> problems = EssSchemas.standard().validate("simulation-settings", root);
    if (!problems.isEmpty()) {
      throw problems.get(0).toException();
    }
    return EssJson.standard().read(root.toString(), SimulationSettings.class);
  }

  /**
   * Builds settings, turning a validation failure into an error that names the JSON pointer of each problem.
   *
   * @param builder the builder
   * @param source the file, for the message
   * @return the settings
   * @throws EssException on one line
   */
  static SimulationSettings build(SimulationSettings.Builder builder, String source) {
    try {
      return builder.build();
    } catch (EssValidationException e) {
      List<String> problems = new ArrayList<>();
      for (Violation violation : e.violations()) {
        problems.add("at /" + violation.field().replace('.', '/') + ": " + violation.messageEn());
      }
      throw new EssException(source + " " + String.join("; ", problems), e);
    }
  }

  /**
   * The canonical JSON of settings: every field, defaults filled in, in the order of the schema; except
   * {@code confirmationDelayDays}, written only when not 0, so that runs without holds keep the canonical JSON (and
   * fingerprint) they had before the field existed.
   *
   * @param settings the settings
   * @return a new object
   */
  static ObjectNode write(SimulationSettings settings) {
    ObjectNode json = JSON.createObjectNode();
    json.put("members", settings.members());
    json.put("months", settings.months());
    json.put("seed", settings.seed());
    json.put("needsPerMemberPerMonth", settings.needsPerMemberPerMonth());
    ObjectNode categories = json.putObject("categoryWeights");
    settings.categoryWeights().forEach((category, weight) -> categories.put(category.code(), weight));
    json.put("skillsPerMember", settings.skillsPerMember());
    ObjectNode durations = json.putObject("durationWeights");
    settings.durationWeights().forEach((minutes, weight) -> durations.put(Long.toString(minutes), weight));
    ObjectNode limits = json.putObject("limits");
    limits.put("floor", settings.limits().floor());
    limits.put("ceiling", settings.limits().ceiling());
    settings.floorGrowth().ifPresentOrElse(growth -> {
      ObjectNode node = json.putObject("floorGrowth");
      node.put("minutesPerHourGiven", growth.minutesPerHourGiven());
      node.put("lowestFloor", growth.lowestFloor());
    }, () -> json.putNull("floorGrowth"));
    settings.demurrage().ifPresentOrElse(demurrage -> {
      ObjectNode node = json.putObject("demurrage");
      node.put("idleMonths", demurrage.idleMonths());
      node.put("percent", demurrage.percent());
    }, () -> json.putNull("demurrage"));
    json.put("joinRatePerMonth", settings.joinRatePerMonth());
    json.put("leaveRatePerMonth", settings.leaveRatePerMonth());
    json.put("matching", settings.matching().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    json.put("candidates", settings.candidates());
    if (settings.confirmationDelayDays() != 0) {
      json.put("confirmationDelayDays", settings.confirmationDelayDays());
    }
    return json;
  }

  /**
   * The SHA-256 of the compact canonical JSON of settings: the fingerprint to cite.
   *
   * @param settings the settings
   * @return 64 lowercase hexadecimal digits
   */
  static String sha256(SimulationSettings settings) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(write(settings).toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
