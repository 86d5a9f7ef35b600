package coop.ess.examples.cli;

import coop.ess.core.EssException;
import coop.ess.core.EssValidationException;
import coop.ess.core.Violation;
import coop.ess.json.EssJsonException;
import coop.ess.timebank.Category;
import coop.ess.timebank.Limits;
import coop.ess.timebank.simulation.Demurrage;
import coop.ess.timebank.simulation.FloorGrowth;
import coop.ess.timebank.simulation.MatchingPolicy;
import coop.ess.timebank.simulation.SimulationSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of {@link SimulationSettings} (schema {@code https://ess.coop/schema/simulation-settings.schema.json}):
 * the same names as the API, every field optional with the API's default; {@code "matching"} is {@code "random"} or
 * {@code "nearest-floor"}. {@link #write} gives the canonical form (every field, defaults filled in, fixed order)
 * that a paper cites, with its SHA-256.
 */
final class SimulationSettingsFile {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Set<String> FIELDS = Set.of("$schema", "type", "schemaVersion", "members", "months", "seed",
      "needsPerMemberPerMonth", "categoryWeights", "skillsPerMember", "durationWeights", "limits", "floorGrowth", "demurrage",
      "joinRatePerMonth", "leaveRatePerMonth", "matching", "candidates", "confirmationDelayDays");

  private SimulationSettingsFile() {}

  /**
   * Reads a settings file.
   *
   * @param file the file
   * @return a builder holding its settings, to which options may still apply
   * @throws EssException naming the file and the JSON pointer of the first problem
   */
  static SimulationSettings.Builder read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new EssException("no such file: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try {
      return builder(JSON.readTree(text));
    } catch (JacksonException e) {
      throw new EssException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    } catch (EssJsonException e) {
      throw new EssException(file + " " + e.getMessage(), e);
    }
  }

  /**
   * The settings of a JSON object.
   *
   * @param root the object
   * @return a builder holding them
   * @throws EssJsonException at the first problem
   */
  static SimulationSettings.Builder builder(JsonNode root) {
    if (!root.isObject()) {
      throw new EssJsonException("", "the settings must be a JSON object");
    }
    for (String name : root.propertyNames()) {
      if (!FIELDS.contains(name)) {
        throw new EssJsonException("/" + name, "unknown field (expected one of " + new java.util.TreeSet<>(FIELDS)
            + ")");
      }
    }
    SimulationSettings.Builder builder = SimulationSettings.builder();
    if (root.has("members")) {
      builder.members(intValue(root.get("members"), "/members"));
    }
    if (root.has("months")) {
      builder.months(intValue(root.get("months"), "/months"));
    }
    if (root.has("seed")) {
      builder.seed(longValue(root.get("seed"), "/seed"));
    }
    if (root.has("needsPerMemberPerMonth")) {
      builder.needsPerMemberPerMonth(number(root.get("needsPerMemberPerMonth"), "/needsPerMemberPerMonth"));
    }
    if (root.has("categoryWeights")) {
      JsonNode weights = object(root.get("categoryWeights"), "/categoryWeights");
      for (String code : weights.propertyNames()) {
        Category category;
        try {
          category = Category.of(code);
        } catch (EssValidationException e) {
          throw new EssJsonException("/categoryWeights/" + code, "not a category code: " + firstMessage(e));
        }
        builder.putCategoryWeight(category, intValue(weights.get(code), "/categoryWeights/" + code));
      }
    }
    if (root.has("skillsPerMember")) {
      builder.skillsPerMember(intValue(root.get("skillsPerMember"), "/skillsPerMember"));
    }
    if (root.has("durationWeights")) {
      JsonNode weights = object(root.get("durationWeights"), "/durationWeights");
      for (String minutes : weights.propertyNames()) {
        long duration;
        try {
          duration = Long.parseLong(minutes);
        } catch (NumberFormatException e) {
          throw new EssJsonException("/durationWeights/" + minutes, "a duration must be a whole number of minutes");
        }
        builder.putDurationWeight(duration, intValue(weights.get(minutes), "/durationWeights/" + minutes));
      }
    }
    if (root.has("limits")) {
      JsonNode limits = fields(root.get("limits"), "/limits", "floor", "ceiling");
      builder.limits(validated("/limits", () -> Limits.of(longValue(limits.get("floor"), "/limits/floor"),
          longValue(limits.get("ceiling"), "/limits/ceiling"))));
    }
    if (root.has("floorGrowth") && !root.get("floorGrowth").isNull()) {
      JsonNode growth = fields(root.get("floorGrowth"), "/floorGrowth", "minutesPerHourGiven", "lowestFloor");
      builder.floorGrowth(validated("/floorGrowth", () -> FloorGrowth.of(
          longValue(growth.get("minutesPerHourGiven"), "/floorGrowth/minutesPerHourGiven"),
          longValue(growth.get("lowestFloor"), "/floorGrowth/lowestFloor"))));
    }
    if (root.has("demurrage") && !root.get("demurrage").isNull()) {
      JsonNode demurrage = fields(root.get("demurrage"), "/demurrage", "idleMonths", "percent");
      builder.demurrage(validated("/demurrage", () -> Demurrage.of(
          intValue(demurrage.get("idleMonths"), "/demurrage/idleMonths"),
          intValue(demurrage.get("percent"), "/demurrage/percent"))));
    }
    if (root.has("joinRatePerMonth")) {
      builder.joinRatePerMonth(number(root.get("joinRatePerMonth"), "/joinRatePerMonth"));
    }
    if (root.has("leaveRatePerMonth")) {
      builder.leaveRatePerMonth(number(root.get("leaveRatePerMonth"), "/leaveRatePerMonth"));
    }
    if (root.has("matching")) {
      builder.matching(matching(root.get("matching")));
    }
    if (root.has("candidates")) {
      builder.candidates(intValue(root.get("candidates"), "/candidates"));
    }
    if (root.has("confirmationDelayDays")) {
      builder.confirmationDelayDays(intValue(root.get("confirmationDelayDays"), "/confirmationDelayDays"));
    }
    return builder;
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

  private static <T> T validated(String pointer, java.util.function.Supplier<T> value) {
    try {
      return value.get();
    } catch (EssValidationException e) {
      String field = e.violations().isEmpty() ? "" : "/" + e.violations().get(0).field();
      throw new EssJsonException(pointer + field, firstMessage(e));
    }
  }

  private static String firstMessage(EssValidationException e) {
    return e.violations().isEmpty() ? String.valueOf(e.getMessage()) : e.violations().get(0).messageEn();
  }

  private static MatchingPolicy matching(JsonNode node) {
    String wanted = node.isString() ? node.asString().toUpperCase(Locale.ROOT).replace('-', '_') : "";
    for (MatchingPolicy policy : MatchingPolicy.values()) {
      if (policy.name().equals(wanted)) {
        return policy;
      }
    }
    throw new EssJsonException("/matching", "must be \"random\" or \"nearest-floor\"");
  }

  private static JsonNode object(JsonNode node, String pointer) {
    if (!node.isObject() || node.isEmpty()) {
      throw new EssJsonException(pointer, "must be a non-empty JSON object");
    }
    return node;
  }

  private static JsonNode fields(JsonNode node, String pointer, String... names) {
    if (!node.isObject()) {
      throw new EssJsonException(pointer, "must be a JSON object with " + String.join(" and ", names));
    }
    for (String name : names) {
      if (!node.has(name)) {
        throw new EssJsonException(pointer + "/" + name, "is missing");
      }
    }
    for (String name : node.propertyNames()) {
      if (!List.of(names).contains(name)) {
        throw new EssJsonException(pointer + "/" + name, "unknown field (expected " + String.join(", ", names)
            + ")");
      }
    }
    return node;
  }

  private static long longValue(JsonNode node, String pointer) {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw new EssJsonException(pointer, "must be a whole number");
    }
    return node.longValue();
  }

  private static int intValue(JsonNode node, String pointer) {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw new EssJsonException(pointer, "must be a whole number (32 bits)");
    }
    return node.intValue();
  }

  private static double number(JsonNode node, String pointer) {
    if (!node.isNumber()) {
      throw new EssJsonException(pointer, "must be a number");
    }
    return node.doubleValue();
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
