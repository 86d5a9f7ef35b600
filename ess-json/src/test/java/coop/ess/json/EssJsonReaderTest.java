package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EssJsonReaderTest {

  private static final EssJsonReader READER = EssJsonReader.standard();

  @TempDir
  Path dir;

  private static ThrowableAssertAlternative<EssJsonException> refused(String json) {
    return org.assertj.core.api.Assertions.assertThatExceptionOfType(EssJsonException.class)
        .isThrownBy(() -> READER.read(json));
  }

  @Test
  void readsAStrictDocument() {
    assertThat(READER.read("{\"a\": [1, 2.5, \"x\", true, null]}").path("a").size()).isEqualTo(5);
  }

  @Test
  void aDuplicateKeyIsRefusedAtItsObject() {
    refused("{\"a\": {\"b\": 1, \"b\": 2}}")
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/a"))
        .satisfies(e -> assertThat(e.reason()).contains("Duplicate").contains("line 1"));
  }

  @Test
  void aSyntaxErrorNamesTheEnclosingValueWithLineAndColumn() {
    refused("{\n  \"venue\": \"x\",\n  \"requests\": [{\"start\": oops}]\n}")
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/requests/0/start"))
        .satisfies(e -> assertThat(e.reason()).startsWith("not valid JSON: ").contains("line 3, column"));
    refused("{\"requests\": [{\"start\": \"x\",}]}")
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/requests/0"));
    refused("{\"requests\": [1, 2,, 3]}")
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/requests"));
  }

  @Test
  void trailingTokensAreRefused() {
    refused("{\"a\": 1} {\"b\": 2}")
        .satisfies(e -> assertThat(e.pointer()).isEmpty())
        .satisfies(e -> assertThat(e.reason()).contains("after the document"));
  }

  @Test
  void nanAndInfinityAreRefused() {
    refused("{\"a\": NaN}").satisfies(e -> assertThat(e.pointer()).isEqualTo("/a"));
    refused("[Infinity]");
  }

  @Test
  void integersOutsideSixtyFourBitsAreRefusedAtTheirPointer() {
    refused("{\"a\": [0, 92233720368547758070]}")
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/a/1"))
        .satisfies(e -> assertThat(e.reason()).contains("64-bit"));
    assertThat(READER.read("[9223372036854775807]").get(0).longValue()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void numbersTooLargeForADoubleOrTooLongAreRefused() {
    refused("{\"area\": 1e400}").satisfies(e -> assertThat(e.pointer()).isEqualTo("/area"));
    refused("[" + "1".repeat(EssJsonReader.MAX_NUMBER_LENGTH + 1) + "]");
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    int depth = EssJsonReader.MAX_DEPTH + 1;
    refused("[".repeat(depth) + "]".repeat(depth)).satisfies(e -> assertThat(e.reason()).contains("nesting"));
    assertThat(READER.read("[".repeat(EssJsonReader.MAX_DEPTH) + "]".repeat(EssJsonReader.MAX_DEPTH))).isNotNull();
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    assertThatThrownBy(() -> READER.read(bytes)).isInstanceOf(EssJsonException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void overlongUtf8IsRefusedWithItsLineAndColumn() {
    byte[] bytes = {'[', '\n', '"', 't', (byte) 0xC0, (byte) 0xA9, '"', ']'};
    assertThatThrownBy(() -> READER.read(bytes)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.reason()).isEqualTo(
            "not valid JSON: Invalid UTF-8: malformed byte sequence starting with 0xc0 (line 2, column 3)"));
    assertThatThrownBy(() -> EssJson.standard().read(bytes, tools.jackson.databind.JsonNode.class))
        .isInstanceOf(EssJsonException.class).hasMessageContaining("0xc0");
  }

  @Test
  void anEmptyDocumentIsRefused() {
    refused("").satisfies(e -> assertThat(e.reason()).isEqualTo("the document is empty"));
    refused("   \n");
  }

  @Test
  void commentsAndSingleQuotesAreRefused() {
    refused("{\"a\": 1 /* no */}");
    refused("{'a': 1}");
  }

  @Test
  void readsFilesAndStreams() throws IOException {
    Path file = Files.writeString(dir.resolve("a.json"), "{\"é\": \"ü\"}", StandardCharsets.UTF_8);
    assertThat(READER.read(file).path("é").stringValue()).isEqualTo("ü");
    assertThat(READER.read(new ByteArrayInputStream("[1]".getBytes(StandardCharsets.UTF_8))).size()).isEqualTo(1);
  }

  @Test
  void pointerTokensAreEscaped() {
    assertThat(EssJsonReader.escape("a/b~c")).isEqualTo("a~1b~0c");
    assertThat(EssJsonReader.escape("plain")).isEqualTo("plain");
  }
}
