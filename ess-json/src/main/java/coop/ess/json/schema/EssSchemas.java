package coop.ess.json.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import coop.ess.core.EssValidationException;
import coop.ess.json.EssJson;
import coop.ess.json.EssJsonException;
import coop.ess.json.EssJsonReader;
import coop.ess.json.internal.JsonMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The JSON schemas of the SDK's documents and their validator.
 *
 * <p>The document types are listed, in one place, in the resource {@code coop/ess/json/schema/types.txt} of this jar;
 * each type {@code T} has the schema {@code T.schema.json} beside it, with the {@code $id}
 * {@code https://ess.coop/schema/T.schema.json}. Schemas may refer to one another by those ids; nothing is fetched
 * from the network.
 *
 * <pre>{@code
 * EssSchemas schemas = EssSchemas.standard();
 * List<SchemaProblem> problems = schemas.validate("book", tree);     // every problem, in document order
 * JsonNode venue = schemas.read(Path.of("venue.json"), "venue");     // strict read + validation, or EssJsonException
 * String type = schemas.typeOf(tree).orElseThrow();                  // the "type" field, or guessed from the shape
 * List<SchemaProblem> all = schemas.validateValue("community", tree); // the schema, then the value's invariants
 * }</pre>
 *
 * <p>The model documents {@code venue}, {@code community} and {@code directory}, and {@code simulation-settings},
 * are the JSON form of a value of the SDK ({@link #valueType}): their schemas describe exactly what {@link EssJson}
 * writes and reads (enums in lower case with dashes, an optional {@code "$schema"} and {@code "type"} header).
 *
 * <p>Immutable and thread-safe.
 */
public final class EssSchemas {

  /** The prefix of every schema's {@code $id}. */
  public static final String ID_PREFIX = "https://ess.coop/schema/";

  private static final String FOLDER = "/coop/ess/json/schema/";

  private static final EssSchemas STANDARD = load();

  /** The document types that are the JSON form of a value of the SDK, read and written by {@link EssJson}. */
  private static final Map<String, Class<?>> VALUE_TYPES = Map.of(
      "venue", coop.ess.core.venue.Venue.class,
      "community", coop.ess.core.community.Community.class,
      "directory", coop.ess.core.directory.Directory.class,
      "simulation-settings", coop.ess.timebank.simulation.SimulationSettings.class);

  private final Map<String, List<Set<String>>> shapes;
  private final Map<String, String> texts;
  private final Map<String, Schema> schemas;
  private final Map<String, JsonNode> trees;

  private EssSchemas(Map<String, List<Set<String>>> shapes, Map<String, String> texts) {
    this.shapes = shapes;
    this.texts = texts;
    Map<String, String> byId = new LinkedHashMap<>();
    Map<String, JsonNode> parsed = new LinkedHashMap<>();
    texts.forEach((type, text) -> {
      byId.put(id(type), text);
      parsed.put(id(type), EssJsonReader.standard().read(text));
    });
    this.trees = Collections.unmodifiableMap(parsed);
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .pathType(PathType.JSON_POINTER)
        .locale(Locale.ENGLISH)
        .formatAssertionsEnabled(Boolean.TRUE)
        .build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemaRegistryConfig(config).schemas(byId));
    Map<String, Schema> loaded = new LinkedHashMap<>();
    for (String type : texts.keySet()) {
      Schema schema = registry.getSchema(SchemaLocation.of(id(type)));
      schema.initializeValidators();
      loaded.put(type, schema);
    }
    this.schemas = Collections.unmodifiableMap(loaded);
  }

  /**
   * The schemas shipped in this jar, loaded once.
   *
   * @return the shared instance, not null
   */
  public static EssSchemas standard() {
    return STANDARD;
  }

  private static EssSchemas load() {
    Map<String, List<Set<String>>> shapes = new LinkedHashMap<>();
    for (String line : resource("types.txt").split("\n", -1)) {
      String content = line.strip();
      if (content.isEmpty() || content.startsWith("#")) {
        continue;
      }
      String[] words = content.split("\\s+", 2);
      List<Set<String>> alternatives = new ArrayList<>();
      if (words.length > 1) {
        for (String alternative : words[1].split("\\|")) {
          Set<String> fields = new LinkedHashSet<>(List.of(alternative.strip().split("\\s+")));
          fields.remove("");
          if (!fields.isEmpty()) {
            alternatives.add(Collections.unmodifiableSet(fields));
          }
        }
      }
      shapes.merge(words[0], alternatives, (a, b) -> {
        List<Set<String>> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
      });
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (String type : shapes.keySet()) {
      texts.put(type, resource(type + ".schema.json"));
    }
    shapes.replaceAll((type, list) -> List.copyOf(list));
    return new EssSchemas(Collections.unmodifiableMap(shapes), Collections.unmodifiableMap(texts));
  }

  private static String resource(String name) {
    try (InputStream in = EssSchemas.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FOLDER + name + " in ess-json");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The document types, in the order of {@code types.txt}.
   *
   * @return the types, such as {@code book} or {@code venue}, not null
   */
  public Set<String> types() {
    return texts.keySet();
  }

  /**
   * The {@code $id} of a type's schema.
   *
   * @param type a document type, not null
   * @return {@code https://ess.coop/schema/<type>.schema.json}, not null
   */
  public static String id(String type) {
    return ID_PREFIX + Objects.requireNonNull(type, "type") + ".schema.json";
  }

  /**
   * The text of a type's schema, as shipped.
   *
   * @param type one of {@link #types()}, not null
   * @return the JSON text of the schema, not null
   * @throws EssValidationException if the type is unknown
   */
  public String schemaText(String type) {
    String text = texts.get(Objects.requireNonNull(type, "type"));
    if (text == null) {
      throw unknownType(type);
    }
    return text;
  }

  /**
   * The type a document declares in its top-level {@code "type"} field, or else the first type of
   * {@code types.txt} whose fields it has (a document with {@code requests} is a {@code book}, one with
   * {@code method} a {@code ballot}…).
   *
   * @param document a document, not null
   * @return the type, or empty if the document names no known type and has no known shape
   */
  public Optional<String> typeOf(JsonNode document) {
    Objects.requireNonNull(document, "document");
    if (!document.isObject()) {
      return Optional.empty();
    }
    JsonNode declared = document.get("type");
    if (declared != null && declared.isString() && texts.containsKey(declared.stringValue())) {
      return Optional.of(declared.stringValue());
    }
    for (Map.Entry<String, List<Set<String>>> entry : shapes.entrySet()) {
      for (Set<String> fields : entry.getValue()) {
        if (fields.stream().allMatch(document::has)) {
          return Optional.of(entry.getKey());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Validates a document against a type's schema.
   *
   * @param type one of {@link #types()}, not null
   * @param document the document, not null
   * @return every problem, each once, in the order the validator met them; empty if the document is valid
   * @throws EssValidationException if the type is unknown
   */
  public List<SchemaProblem> validate(String type, JsonNode document) {
    Objects.requireNonNull(document, "document");
    Schema schema = schemas.get(Objects.requireNonNull(type, "type"));
    if (schema == null) {
      throw unknownType(type);
    }
    List<Error> errors;
    try {
      errors = schema.validate(document);
    } catch (RuntimeException e) {
      // The validator's own limits (evaluation depth or steps): the document as a whole is refused.
      return List.of(SchemaProblem.of("", "limit", "the document is too complex to validate: " + e.getMessage()));
    }
    Set<SchemaProblem> problems = new LinkedHashSet<>();
    for (Error error : errors) {
      problems.add(problem(error));
    }
    return List.copyOf(problems);
  }

  /**
   * The value of the SDK that a document of a type is the JSON form of: {@code venue} is a
   * {@link coop.ess.core.venue.Venue}, {@code community} a {@link coop.ess.core.community.Community},
   * {@code directory} a {@link coop.ess.core.directory.Directory}, {@code simulation-settings} a
   * {@link coop.ess.timebank.simulation.SimulationSettings}; {@link EssJson} writes such a value as a document that
   * this type's schema accepts, and reads every document it accepts unless the document breaks an invariant of the
   * value that no schema can see.
   *
   * @param type a document type, not null
   * @return the value's class, or empty for a document read only by a command ({@code book}, {@code ballot}…)
   */
  public Optional<Class<?>> valueType(String type) {
    return Optional.ofNullable(VALUE_TYPES.get(Objects.requireNonNull(type, "type")));
  }

  /**
   * Validates a document against a type's schema and then, if it passes and the type has a {@link #valueType},
   * reads it with {@link EssJson} so that the invariants of the value that a schema cannot see are checked too: a
   * membership naming an unknown member ({@code /memberships/1/member}), a route stop that is no card of the
   * directory ({@code /routes/0/stops/1}), a member whose history does not start active, a duplicate id.
   *
   * @param type one of {@link #types()}, not null
   * @param document the document, not null
   * @return every schema problem; or else the value's first problem (keyword {@code value}) at its pointer; empty if
   *     the document is valid
   * @throws EssValidationException if the type is unknown
   */
  public List<SchemaProblem> validateValue(String type, JsonNode document) {
    List<SchemaProblem> problems = validate(type, document);
    Class<?> value = VALUE_TYPES.get(type);
    if (!problems.isEmpty() || value == null) {
      return problems;
    }
    try {
      EssJson.standard().read(document.toString(), value);
      return List.of();
    } catch (EssJsonException e) {
      return List.of(SchemaProblem.of(e.pointer(), "value", e.reason()));
    }
  }

  /**
   * Checks a document against a type's schema, raising its first problem.
   *
   * @param type one of {@link #types()}, not null
   * @param document the document, not null
   * @return the document, not null
   * @throws EssJsonException at the first problem's pointer, if the document is not valid
   * @throws EssValidationException if the type is unknown
   */
  public JsonNode requireValid(String type, JsonNode document) {
    List<SchemaProblem> problems = validate(type, document);
    if (!problems.isEmpty()) {
      throw problems.get(0).toException();
    }
    return document;
  }

  /**
   * Reads a file strictly ({@link EssJsonReader}) and checks it against a type's schema.
   *
   * @param file the file, not null
   * @param type one of {@link #types()}, not null
   * @return the valid document, not null
   * @throws EssJsonException if the file is not strict JSON or not valid, at the first problem's pointer
   * @throws UncheckedIOException if the file cannot be read
   */
  public JsonNode read(Path file, String type) {
    return requireValid(type, EssJsonReader.standard().read(file));
  }

  /**
   * Reads UTF-8 bytes strictly ({@link EssJsonReader}) and checks them against a type's schema.
   *
   * @param utf8 the document's bytes, not null
   * @param type one of {@link #types()}, not null
   * @return the valid document, not null
   * @throws EssJsonException if the bytes are not strict JSON or not valid, at the first problem's pointer
   */
  public JsonNode read(byte[] utf8, String type) {
    return requireValid(type, EssJsonReader.standard().read(utf8));
  }

  private EssValidationException unknownType(String type) {
    return new EssValidationException("EssSchemas", List.of(JsonMessages.CATALOG.error("json.unknownType", "type",
        "type", type, "known", String.join(", ", texts.keySet()))));
  }

  private SchemaProblem problem(Error error) {
    String pointer = pointer(error.getInstanceLocation());
    String keyword = String.valueOf(error.getKeyword());
    @Nullable String property = error.getProperty();
    JsonNode instance = error.getInstanceNode();
    if ("required".equals(keyword) && property != null) {
      return SchemaProblem.of(pointer + "/" + EssJsonReader.escape(property), keyword, "missing");
    }
    if (("additionalProperties".equals(keyword) || "unevaluatedProperties".equals(keyword)) && property != null) {
      return SchemaProblem.of(pointer + "/" + EssJsonReader.escape(property), keyword, "unknown field");
    }
    if ("false".equals(keyword) || "falseSchema".equals(keyword)) {
      return SchemaProblem.of(pointer, keyword, "not allowed here");
    }
    if ("pattern".equals(keyword) && instance != null) {
      String expected = description(error.getSchemaLocation());
      if (expected != null) {
        return SchemaProblem.of(pointer, keyword, shorten(instance.toString()) + " is not " + expected);
      }
    }
    JsonNode allowed = error.getSchemaNode();
    if ("enum".equals(keyword) && instance != null && allowed != null && allowed.isArray()) {
      List<String> values = new ArrayList<>();
      allowed.values().forEach(value -> values.add(value.isString() ? value.stringValue() : value.toString()));
      return SchemaProblem.of(pointer, keyword, shorten(instance.toString()) + " is not one of "
          + String.join(", ", values));
    }
    String message = error.getMessage();
    String reason = message == null ? keyword : message;
    String prefix = (pointer.isEmpty() ? "" : pointer) + ": ";
    if (reason.startsWith(prefix)) {
      reason = reason.substring(prefix.length());
    }
    if (instance != null && (instance.isValueNode()) && !"required".equals(keyword)) {
      reason = reason + ", got " + shorten(instance.toString());
    }
    return SchemaProblem.of(pointer, keyword, reason);
  }

  /** The description of the schema that holds the failed keyword, as a phrase: "a date such as 2026-03-02". */
  private @Nullable String description(@Nullable SchemaLocation location) {
    if (location == null || location.getAbsoluteIri() == null) {
      return null;
    }
    JsonNode node = trees.get(location.getAbsoluteIri().toString());
    NodePath fragment = location.getFragment();
    if (node == null || fragment == null) {
      return null;
    }
    for (int i = 0; i < fragment.getNameCount() - 1 && node != null; i++) {
      Object element = fragment.getElement(i);
      node = element instanceof Integer index ? node.get(index.intValue()) : node.get(String.valueOf(element));
    }
    JsonNode description = node == null ? null : node.get("description");
    if (description == null || !description.isString() || description.stringValue().isEmpty()) {
      return null;
    }
    String text = description.stringValue();
    text = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  private static String pointer(@Nullable NodePath path) {
    if (path == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      out.append('/').append(element instanceof Integer ? element.toString()
          : EssJsonReader.escape(String.valueOf(element)));
    }
    return out.toString();
  }
}
