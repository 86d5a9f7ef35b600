package coop.ess.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strict reading of JSON documents: the tree of a whole document, or an {@link EssJsonException} that names the JSON
 * pointer of the offending value and why. Never anything partial, and never another exception for bad input.
 *
 * <p>Strict means: a duplicate key, a token after the document, {@code NaN} or {@code Infinity}, a comment, a single
 * quote, an unescaped control character or invalid UTF-8 is an error; so are nesting deeper than
 * {@link #MAX_DEPTH}, a number of more than {@link #MAX_NUMBER_LENGTH} characters, an integer outside the 64-bit
 * range, a document of more than {@link #MAX_DOCUMENT_BYTES} bytes and an empty document. A syntax error is reported
 * at the pointer of the property whose value was expected, or else of the array or object that encloses it, with
 * its line and column in the reason.
 *
 * <pre>{@code
 * JsonNode venue = EssJsonReader.standard().read(Path.of("venue.json"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class EssJsonReader {

  /** The deepest nesting of arrays and objects accepted. */
  public static final int MAX_DEPTH = 64;
  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;
  /** The largest document accepted, in bytes (16 MiB). */
  public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private static final EssJsonReader STANDARD = new EssJsonReader();

  private final JsonMapper mapper;

  private EssJsonReader() {
    JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_BYTES)
            .maxStringLength(MAX_DOCUMENT_BYTES)
            .maxNameLength(4096)
            .build())
        .build();
    // Trailing tokens are checked below, with a plainer message than databind's.
    this.mapper = JsonMapper.builder(factory).disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  }

  /**
   * The reader with the limits documented above.
   *
   * @return the shared reader, not null
   */
  public static EssJsonReader standard() {
    return STANDARD;
  }

  /**
   * Reads a document from a file.
   *
   * @param file the file, not null
   * @return the document's tree, not null
   * @throws EssJsonException if the content is not one strict JSON document
   * @throws UncheckedIOException if the file cannot be read
   */
  public JsonNode read(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_DOCUMENT_BYTES) {
        throw new EssJsonException("", "the document is larger than " + MAX_DOCUMENT_BYTES + " bytes");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("cannot read " + file + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return read(bytes);
  }

  /**
   * Reads a document from a stream, to its end. The stream is not closed.
   *
   * @param in the stream, not null
   * @return the document's tree, not null
   * @throws EssJsonException if the content is not one strict JSON document
   * @throws UncheckedIOException if the stream cannot be read
   */
  public JsonNode read(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
      if (bytes.length > MAX_DOCUMENT_BYTES) {
        throw new EssJsonException("", "the document is larger than " + MAX_DOCUMENT_BYTES + " bytes");
      }
      return read(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the document: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a document from text.
   *
   * @param text the JSON text, not null
   * @return the document's tree, not null
   * @throws EssJsonException if the text is not one strict JSON document
   */
  public JsonNode read(String text) {
    Objects.requireNonNull(text, "text");
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a document from UTF-8 bytes.
   *
   * @param utf8 the bytes, not null
   * @return the document's tree, not null
   * @throws EssJsonException if the bytes are not one strict JSON document in UTF-8
   */
  public JsonNode read(byte[] utf8) {
    Objects.requireNonNull(utf8, "utf8");
    if (utf8.length > MAX_DOCUMENT_BYTES) {
      throw new EssJsonException("", "the document is larger than " + MAX_DOCUMENT_BYTES + " bytes");
    }
    JsonParser parser = null;
    try {
      parser = mapper.createParser(utf8);
      JsonNode root = mapper.readTree(parser);
      if (root == null || root.isMissingNode()) {
        throw new EssJsonException("", "the document is empty");
      }
      JsonToken after = parser.nextToken();
      if (after != null) {
        throw new EssJsonException("", "unexpected " + after.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + " after the document" + where(parser.currentTokenLocation()));
      }
      checkNumbers(root, new StringBuilder());
      return root;
    } catch (JacksonException e) {
      String pointer = parser == null ? "" : enclosing(parser);
      throw new EssJsonException(pointer, "not valid JSON: " + e.getOriginalMessage() + where(e.getLocation()), e);
    } catch (StackOverflowError e) {
      throw new EssJsonException("", "the document is nested too deeply", e);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /**
   * The pointer of the value being read when a syntax error struck: the property whose value was expected, or else the
   * array or object that encloses the error.
   */
  private static String enclosing(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    if (parser.currentToken() == JsonToken.PROPERTY_NAME || context.getParent() == null) {
      return context.pathAsPointer().toString();
    }
    return context.getParent().pathAsPointer().toString();
  }

  private static String where(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** Refuses integers outside 64 bits and decimals too large for a double, which no model value can hold. */
  private static void checkNumbers(JsonNode node, StringBuilder pointer) {
    if (node.isBigInteger()) {
      BigInteger value = node.bigIntegerValue();
      if (value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0) {
        throw new EssJsonException(pointer.toString(), "the integer " + value + " is outside the 64-bit range");
      }
    } else if (node.isFloatingPointNumber()) {
      if (!Double.isFinite(node.doubleValue())) {
        throw new EssJsonException(pointer.toString(), "the number is too large for a double");
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        int length = pointer.length();
        pointer.append('/').append(i);
        checkNumbers(node.get(i), pointer);
        pointer.setLength(length);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        int length = pointer.length();
        pointer.append('/').append(escape(entry.getKey()));
        checkNumbers(entry.getValue(), pointer);
        pointer.setLength(length);
      }
    }
  }

  /**
   * Escapes a property name as one reference token of a JSON pointer (RFC 6901: {@code ~} as {@code ~0}, {@code /}
   * as {@code ~1}).
   *
   * @param name the property name, not null
   * @return the escaped token, not null
   */
  public static String escape(String name) {
    return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
  }
}
