package coop.ess.json.internal;

import coop.ess.json.EssJsonException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * The one strict front end of every reading of JSON text in the SDK, shared by {@code EssJsonReader} (trees for the
 * schemas) and {@code EssJson} (values through the module's codecs): the same limits, the same refusal of duplicate
 * keys, trailing tokens and invalid UTF-8 (overlong sequences included), the same checks of number ranges, and the same {@link EssJsonException} with a pointer
 * for each, so that a document refused by one is refused the same way by the other.
 */
public final class StrictJson {

  /** The deepest nesting of arrays and objects accepted. */
  public static final int MAX_DEPTH = 64;
  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;
  /** The largest document accepted, in bytes (16 MiB). */
  public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
  /** The longest property name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 4096;

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  /** Jackson's note on where an unclosed array or object started, which names no useful source here. */
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"", Pattern.DOTALL);
  private static final Pattern START_MARKER = Pattern.compile(" \\(start marker at \\[Source: .*?; [^\\]]*\\]\\)");

  private StrictJson() {}

  /**
   * A factory with the limits: nesting, number length, document size, string and name length.
   *
   * @return a new factory, not null
   */
  public static JsonFactory factory() {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_BYTES)
            .maxStringLength(MAX_DOCUMENT_BYTES)
            .maxNameLength(MAX_NAME_LENGTH)
            .build())
        .build();
  }

  /**
   * The strict reader of a mapper built on {@link #factory()}: duplicate keys refused; trailing tokens are checked by
   * {@link #read}, with a plainer message than databind's.
   *
   * @param mapper the mapper, not null
   * @return the reader, not null
   */
  public static ObjectReader reader(ObjectMapper mapper) {
    return mapper.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * Reads one whole document from UTF-8 bytes or text.
   *
   * @param reader a reader from {@link #reader}, not null
   * @param input the document, a {@code byte[]} of UTF-8 or a {@code String}, not null
   * @param type the type of its root value, not null
   * @return the value, of that type; a tree has its numbers checked as {@link #checkNumbers} says, not null
   * @throws EssJsonException if the document is not strict JSON or not a value of that type
   */
  public static Object read(ObjectReader reader, Object input, JavaType type) {
    long size = input instanceof byte[] bytes ? bytes.length : ((String) input).length();
    if (size > MAX_DOCUMENT_BYTES) {
      throw tooLarge();
    }
    JsonParser parser = null;
    try {
      parser = input instanceof byte[] bytes ? reader.createParser(bytes) : reader.createParser((String) input);
      if (parser.nextToken() == null) {
        throw JsonMessages.exception("", null, "json.empty");
      }
      Object value = reader.forType(type).readValue(parser);
      JsonToken after = parser.nextToken();
      if (after != null) {
        TokenStreamLocation location = parser.currentTokenLocation();
        throw JsonMessages.exception("", null, "json.trailing",
            "token", after.name().toLowerCase(Locale.ROOT).replace('_', ' '),
            "line", location.getLineNr(), "column", location.getColumnNr());
      }
      if (value == null) {
        throw new EssJsonException("", "expected a value, got null");
      }
      if (value instanceof JsonNode tree) {
        checkNumbers(tree, new StringBuilder());
      }
      if (input instanceof byte[] bytes) {
        requireUtf8(bytes);
      }
      return value;
    } catch (JacksonException e) {
      throw convert(e, parser);
    } catch (StackOverflowError e) {
      throw new EssJsonException("", "the document is nested too deeply", e);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /**
   * Refuses what the parser lets through of invalid UTF-8: overlong sequences such as {@code C0 A9} for {@code )}.
   */
  private static void requireUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(Math.min(bytes.length, 8192) + 1);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        int offset = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
          if (bytes[i] == '\n') {
            line++;
            lineStart = i + 1;
          }
        }
        throw JsonMessages.exception("", null, "json.syntax", "detail", String.format(Locale.ROOT,
            "Invalid UTF-8: malformed byte sequence starting with 0x%02x", bytes[offset] & 0xFF),
            "line", line, "column", offset - lineStart + 1);
      }
      if (result.isUnderflow()) {
        return;
      }
      out.clear();
    }
  }

  /**
   * The refusal of a document over {@link #MAX_DOCUMENT_BYTES}.
   *
   * @return the exception, not null
   */
  public static EssJsonException tooLarge() {
    return JsonMessages.exception("", null, "json.tooLarge", "max", MAX_DOCUMENT_BYTES);
  }

  /**
   * The refusal of an integer outside the 64-bit range.
   *
   * @param pointer where, not null
   * @param digits the integer as written, not null
   * @return the exception, not null
   */
  public static EssJsonException integerOutOfRange(String pointer, String digits) {
    return JsonMessages.exception(pointer, null, "json.integerOutOfRange", "digits", digits);
  }

  /**
   * The refusal of a decimal too large for a {@code double}.
   *
   * @param pointer where, not null
   * @return the exception, not null
   */
  public static EssJsonException numberTooLarge(String pointer) {
    return JsonMessages.exception(pointer, null, "json.numberTooLarge");
  }

  /**
   * The one exception of a reading failure: the SDK's own if a codec raised it (possibly wrapped by Jackson); for bad
   * syntax or a limit, "not valid JSON" with the line and column, at the pointer of the property whose value was
   * expected or else of the array or object that encloses the error; otherwise at the pointer of Jackson's path.
   *
   * @param failure the failure, not null
   * @param parser the parser that was reading, nullable
   * @return the exception, not null
   */
  public static EssJsonException convert(JacksonException failure, @Nullable JsonParser parser) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof EssJsonException own) {
        return own;
      }
    }
    String message = failure.getOriginalMessage();
    message = message == null ? failure.getClass().getSimpleName() : START_MARKER.matcher(message).replaceAll("");
    if (failure instanceof StreamReadException || failure instanceof StreamConstraintsException) {
      return syntaxError(parser == null ? "" : enclosing(parser), message, failure);
    }
    String pointer;
    if (!failure.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (JacksonException.Reference reference : failure.getPath()) {
        String name = reference.getPropertyName();
        path.append('/');
        if (name != null) {
          path.append(escape(name));
        } else {
          path.append(Math.max(reference.getIndex(), 0));
        }
      }
      pointer = path.toString();
    } else if (parser != null) {
      pointer = parser.streamReadContext().pathAsPointer().toString();
    } else if (failure.processor() instanceof JsonParser processor) {
      pointer = processor.streamReadContext().pathAsPointer().toString();
    } else {
      pointer = "";
    }
    return new EssJsonException(pointer, message, failure);
  }

  /** A syntax error or a limit, in French too where it is a common one. */
  private static EssJsonException syntaxError(String pointer, String message, JacksonException failure) {
    if (failure instanceof StreamConstraintsException) {
      if (message.startsWith("Document nesting depth")) {
        return JsonMessages.exception(pointer, failure, "json.tooDeep", "max", MAX_DEPTH);
      }
      if (message.startsWith("Number value length")) {
        return JsonMessages.exception(pointer, failure, "json.numberTooLong", "max", MAX_NUMBER_LENGTH);
      }
    }
    TokenStreamLocation location = failure.getLocation();
    if (location == null || location.getLineNr() < 1) {
      return new EssJsonException(pointer, "not valid JSON: " + message, failure);
    }
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.matches()) {
      return JsonMessages.exception(pointer, failure, "json.duplicateKey", "name", duplicate.group(1),
          "line", location.getLineNr(), "column", location.getColumnNr());
    }
    return JsonMessages.exception(pointer, failure, "json.syntax", "detail", message,
        "line", location.getLineNr(), "column", location.getColumnNr());
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

  /**
   * Refuses integers outside 64 bits and decimals too large for a double, which no model value can hold; the codecs
   * refuse them with the same exceptions where they read a number.
   *
   * @param node the tree, not null
   * @param pointer the pointer of {@code node}, appended to and restored, not null
   * @throws EssJsonException at the first such number
   */
  public static void checkNumbers(JsonNode node, StringBuilder pointer) {
    if (node.isBigInteger()) {
      BigInteger value = node.bigIntegerValue();
      if (value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0) {
        throw integerOutOfRange(pointer.toString(), value.toString());
      }
    } else if (node.isFloatingPointNumber()) {
      if (!Double.isFinite(node.doubleValue())) {
        throw numberTooLarge(pointer.toString());
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
