package coop.ess.json.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.json.EssJson;
import coop.ess.json.EssJsonException;
import coop.ess.json.EssJsonReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Mutates the valid sample document of every type (truncation at any offset, bytes changed or inserted, including
 * invalid UTF-8, and values replaced by wrong types, huge numbers, bad dates, deep nesting, or unknown fields added and
 * fields removed) and checks that reading and validating each one either succeeds or raises {@link EssJsonException},
 * never another exception, and that {@link EssJson} (the module's reader) refuses each refused document with the same
 * exception and reads each other one into the same tree. Each try checks every document type, so a property checks 7 cases a try: 3 × 200 × 7 =
 * 4,200 cases in the default build and 3 × 10,000 × 7 = 210,000 with {@code -Pextensive}.
 */
class EssSchemasFuzzTest {

  private static final EssSchemas SCHEMAS = EssSchemas.standard();
  private static final EssJson CODECS = EssJson.standard();
  private static final Map<String, byte[]> SAMPLES = new LinkedHashMap<>();
  private static final String HOLE = "\u0000hole\u0000";

  static {
    for (String type : SCHEMAS.types()) {
      SAMPLES.put(type, EssSchemasTest.sample(type).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** What may replace a value: wrong types, huge or odd numbers, bad dates, deep nesting, odd strings. */
  private static final List<String> SNIPPETS = List.of(
      "null", "true", "0", "-1", "3.5", "\"\"", "\" \"", "\"x\"", "{}", "[]", "[null]", "{\"a\": 1}",
      "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "1e999", "-1e999", "1e-999",
      "123456789012345678901234567890123456789012345678901234567890123456789",
      "NaN", "Infinity", "\"2026-02-30T10:00\"", "\"2026-13-01\"", "\"2026-03-01T25:00:00+01:00\"",
      "\"9999-99-99\"", "\"24:00-25:00\"", "\"Europe/Atlantis\"", "\"\\ud800\"", "\"a/b~c\"",
      "[".repeat(70) + "]".repeat(70), "[".repeat(30) + "{}" + "]".repeat(30),
      "{\"a\":".repeat(40) + "1" + "}".repeat(40), "\"" + "x".repeat(5000) + "\"");

  enum Operation { REPLACE, ADD_UNKNOWN_FIELD, REMOVE }

  record Mutation(int node, Operation operation, String snippet) {}

  record Edit(int position, boolean insert, byte value) {}

  @Provide
  Arbitrary<Mutation> mutations() {
    return Combinators.combine(Arbitraries.integers().between(0, 100_000), Arbitraries.of(Operation.class),
        Arbitraries.of(SNIPPETS)).as(Mutation::new);
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Byte> bytes = Arbitraries.oneOf(Arbitraries.bytes(),
        Arbitraries.of((byte) 0xC0, (byte) 0xFF, (byte) 0xED, (byte) 0x80, (byte) '"', (byte) '{', (byte) ']',
            (byte) ',', (byte) ':', (byte) '\\', (byte) 0));
    return Combinators.combine(Arbitraries.integers().between(0, 100_000), Arbitraries.of(true, false), bytes)
        .as(Edit::new).list().ofMinSize(1).ofMaxSize(4);
  }

  @Property
  void aTruncatedDocumentIsReadOrRefusedWithAnEssJsonException(@ForAll @IntRange(min = 0, max = 100_000) int cut) {
    SAMPLES.forEach((type, bytes) -> check(type, java.util.Arrays.copyOf(bytes, cut % (bytes.length + 1))));
  }

  @Property
  void aDocumentWithChangedBytesIsReadOrRefusedWithAnEssJsonException(
      @ForAll("edits") @Size(min = 1) List<Edit> edits) {
    SAMPLES.forEach((type, bytes) -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(bytes);
      byte[] mutated = out.toByteArray();
      for (Edit edit : edits) {
        mutated = apply(mutated, edit);
      }
      check(type, mutated);
    });
  }

  @Property
  void aDocumentWithAChangedValueIsReadOrRefusedWithAnEssJsonException(@ForAll("mutations") Mutation mutation) {
    SAMPLES.forEach((type, bytes) -> check(type, mutate(EssJsonReader.standard().read(bytes), mutation)));
  }

  private static void check(String type, byte[] document) {
    JsonNode tree;
    try {
      tree = EssJsonReader.standard().read(document);
    } catch (EssJsonException e) {
      assertThat(e.pointer()).matches("(?s)|/.*");
      assertThat(e.reason()).isNotBlank();
      // The module's reader shares the strict front end: the same refusal, word for word.
      assertThatThrownBy(() -> CODECS.read(document, JsonNode.class)).isInstanceOfSatisfying(EssJsonException.class,
          other -> assertThat(other.getMessage()).isEqualTo(e.getMessage()));
      return;
    }
    assertThat(CODECS.read(document, JsonNode.class)).isEqualTo(tree);
    validates(type, tree);
    String guessed = SCHEMAS.typeOf(tree).orElse(type);
    if (!guessed.equals(type)) {
      validates(guessed, tree);
    }
  }

  private static void validates(String type, JsonNode tree) {
    try {
      assertThat(SCHEMAS.requireValid(type, tree)).isSameAs(tree);
    } catch (EssJsonException e) {
      assertThat(e.pointer()).matches("(?s)|/.*");
      assertThat(e.reason()).isNotBlank();
    }
    // A model document that passes its schema is then read with EssJson: a problem at a pointer, never a throw.
    for (SchemaProblem problem : SCHEMAS.validateValue(type, tree)) {
      assertThat(problem.pointer()).matches("(?s)|/.*");
      assertThat(problem.reason()).isNotBlank();
    }
  }

  private static byte[] apply(byte[] bytes, Edit edit) {
    int position = edit.position() % (bytes.length + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, position);
    out.write(edit.value());
    int rest = edit.insert() ? position : Math.min(position + 1, bytes.length);
    out.write(bytes, rest, bytes.length - rest);
    return out.toByteArray();
  }

  private static byte[] mutate(JsonNode document, Mutation mutation) {
    List<@Nullable JsonNode[]> nodes = new ArrayList<>();
    collect(document, null, nodes);
    @Nullable JsonNode[] chosen = nodes.get(mutation.node() % nodes.size());
    JsonNode node = java.util.Objects.requireNonNull(chosen[0]);
    @Nullable JsonNode parent = chosen[1];
    String placeholder = "\"" + HOLE.replace("\u0000", "\\u0000") + "\"";
    switch (mutation.operation()) {
      case ADD_UNKNOWN_FIELD -> {
        ObjectNode target = node instanceof ObjectNode object ? object
            : parent instanceof ObjectNode object ? object : (ObjectNode) document;
        target.set("zzz-unknown", StringNode.valueOf(HOLE));
      }
      case REMOVE -> {
        if (parent instanceof ObjectNode object) {
          object.properties().removeIf(entry -> entry.getValue() == node);
        } else if (parent instanceof ArrayNode array) {
          for (int i = 0; i < array.size(); i++) {
            if (array.get(i) == node) {
              array.remove(i);
              break;
            }
          }
        }
        return document.toString().getBytes(StandardCharsets.UTF_8);
      }
      case REPLACE -> {
        if (parent == null) {
          return mutation.snippet().getBytes(StandardCharsets.UTF_8);
        }
        replace(parent, node, StringNode.valueOf(HOLE));
      }
    }
    return document.toString().replace(placeholder, mutation.snippet()).getBytes(StandardCharsets.UTF_8);
  }

  private static void replace(JsonNode parent, JsonNode node, JsonNode with) {
    if (parent instanceof ObjectNode object) {
      object.properties().forEach(entry -> {
        if (entry.getValue() == node) {
          entry.setValue(with);
        }
      });
    } else if (parent instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i) == node) {
          array.set(i, with);
        }
      }
    }
  }

  private static void collect(JsonNode node, @Nullable JsonNode parent, List<@Nullable JsonNode[]> into) {
    into.add(new @Nullable JsonNode[] {node, parent});
    for (JsonNode child : node.values()) {
      collect(child, node, into);
    }
  }
}
