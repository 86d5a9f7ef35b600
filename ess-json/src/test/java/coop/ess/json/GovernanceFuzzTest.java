package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.governance.AssemblyRecord;
import coop.ess.core.governance.MotionResult;
import coop.ess.core.governance.Proposal;
import coop.ess.core.governance.counting.CountResult;
import coop.ess.core.governance.counting.Election;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Mutates valid governance documents (the golden files of a saved assembly, a motion result, a proposal, an election
 * and a count): truncation, changed bytes, values replaced by wrong types, huge numbers, bad dates and fractions,
 * deep nesting, unknown fields. Reading either succeeds or throws {@link EssJsonException} with a pointer, nothing
 * else.
 */
class GovernanceFuzzTest {

  private static final EssJson JSON = EssJson.standard();
  private static final String HOLE = "\u0000hole\u0000";
  private static final Map<Class<?>, String> DOCUMENTS = new LinkedHashMap<>();

  static {
    DOCUMENTS.put(AssemblyRecord.class, golden("AssemblyRecord"));
    DOCUMENTS.put(MotionResult.class, golden("MotionResult"));
    DOCUMENTS.put(Proposal.class, golden("Proposal"));
    DOCUMENTS.put(Election.class, golden("Election"));
    DOCUMENTS.put(CountResult.class, golden("CountResult"));
  }

  private static final List<String> SNIPPETS = List.of("null", "true", "0", "-1", "3.5", "\"\"", "\" \"", "\"x\"",
      "{}", "[]", "[null]", "{\"a\": 1}", "2147483648", "9223372036854775808", "1e999", "-1e999",
      "123456789012345678901234567890123456789012345678901234567890", "\"2026-02-30T10:00:00Z\"",
      "\"2026-03-01T10:00\"", "\"1/0\"", "\"-7/12\"", "\"99999999999999999999999/3\"", "\"for\"", "\"refused\"",
      "\"\\ud800\"", "[".repeat(70) + "]".repeat(70), "{\"a\":".repeat(40) + "1" + "}".repeat(40),
      "\"" + "x".repeat(5000) + "\"");

  private static String golden(String name) {
    try {
      return Files.readString(Path.of("src", "test", "resources", "golden", name + ".json"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Mutation(int node, boolean addField, String snippet) {}

  @Provide
  Arbitrary<Mutation> mutations() {
    return Combinators.combine(Arbitraries.integers().between(0, 100_000), Arbitraries.of(false, false, true),
        Arbitraries.of(SNIPPETS)).as(Mutation::new);
  }

  @Property(tries = 100)
  void aTruncatedDocumentIsRefusedWithAnEssJsonException(@ForAll @IntRange(min = 0, max = 100_000) int cut) {
    DOCUMENTS.forEach((type, text) -> check(type, text.substring(0, cut % text.length())));
  }

  @Property(tries = 100)
  void aDocumentWithAChangedCharacterIsReadOrRefusedWithAnEssJsonException(
      @ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll("characters") char with) {
    DOCUMENTS.forEach((type, text) -> {
      int position = at % text.length();
      check(type, text.substring(0, position) + with + text.substring(position + 1));
    });
  }

  @Provide
  Arbitrary<Character> characters() {
    return Arbitraries.oneOf(Arbitraries.chars().ascii(), Arbitraries.of('"', '{', '}', '[', ']', ',', ':', '\\',
        '0', '9', '-', '/'));
  }

  @Property(tries = 200)
  void aDocumentWithAChangedValueIsReadOrRefusedWithAnEssJsonException(@ForAll("mutations") Mutation mutation) {
    DOCUMENTS.forEach((type, text) -> check(type, mutate(JSON.mapper().readTree(text), mutation)));
  }

  private static void check(Class<?> type, String document) {
    try {
      JSON.read(document, type);
    } catch (EssJsonException e) {
      assertThat(e.pointer()).matches("(?s)|/.*");
      assertThat(e.reason()).isNotBlank();
    }
  }

  private static String mutate(JsonNode document, Mutation mutation) {
    List<JsonNode[]> nodes = new ArrayList<>();
    collect(document, document, nodes);
    JsonNode[] chosen = nodes.get(mutation.node() % nodes.size());
    JsonNode node = chosen[0];
    JsonNode parent = chosen[1];
    if (mutation.addField()) {
      ObjectNode target = node instanceof ObjectNode object ? object
          : parent instanceof ObjectNode object ? object : (ObjectNode) document;
      target.set("zzz-unknown", StringNode.valueOf(HOLE));
    } else if (node == document) {
      return mutation.snippet();
    } else if (parent instanceof ObjectNode object) {
      object.properties().forEach(entry -> {
        if (entry.getValue() == node) {
          entry.setValue(StringNode.valueOf(HOLE));
        }
      });
    } else if (parent instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i) == node) {
          array.set(i, StringNode.valueOf(HOLE));
        }
      }
    }
    return document.toString().replace("\"" + HOLE.replace("\u0000", "\\u0000") + "\"", mutation.snippet());
  }

  private static void collect(JsonNode node, JsonNode parent, List<JsonNode[]> into) {
    into.add(new JsonNode[] {node, parent});
    for (JsonNode child : node.values()) {
      collect(child, node, into);
    }
  }
}
