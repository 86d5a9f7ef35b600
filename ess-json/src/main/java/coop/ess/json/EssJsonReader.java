package coop.ess.json;

import coop.ess.json.internal.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
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
 * its line and column in the reason. {@link EssJson} reads through the same front end: the same limits and refusals,
 * with the same exceptions.
 *
 * <pre>{@code
 * JsonNode venue = EssJsonReader.standard().read(Path.of("venue.json"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class EssJsonReader {

  /** The deepest nesting of arrays and objects accepted. */
  public static final int MAX_DEPTH = StrictJson.MAX_DEPTH;
  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = StrictJson.MAX_NUMBER_LENGTH;
  /** The largest document accepted, in bytes (16 MiB). */
  public static final int MAX_DOCUMENT_BYTES = StrictJson.MAX_DOCUMENT_BYTES;

  private static final EssJsonReader STANDARD = new EssJsonReader();

  private final ObjectReader reader;
  private final JavaType tree;

  private EssJsonReader() {
    JsonMapper mapper = JsonMapper.builder(StrictJson.factory()).build();
    this.reader = StrictJson.reader(mapper);
    this.tree = mapper.constructType(JsonNode.class);
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
    return read(bytes(file));
  }

  /** The bytes of a file, refused before reading if larger than a document may be. */
  static byte[] bytes(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      if (Files.size(file) > MAX_DOCUMENT_BYTES) {
        throw StrictJson.tooLarge();
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("cannot read " + file + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
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
        throw StrictJson.tooLarge();
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
    return (JsonNode) StrictJson.read(reader, utf8, tree);
  }

  /**
   * Escapes a property name as one reference token of a JSON pointer (RFC 6901: {@code ~} as {@code ~0}, {@code /}
   * as {@code ~1}).
   *
   * @param name the property name, not null
   * @return the escaped token, not null
   */
  public static String escape(String name) {
    return StrictJson.escape(name);
  }
}
