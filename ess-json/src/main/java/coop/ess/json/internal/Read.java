package coop.ess.json.internal;

import coop.ess.core.EssValidationException;
import coop.ess.core.Violation;
import coop.ess.json.EssJsonException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * Reading helpers on a {@link JsonParser}: each checks the current token, and every failure is an
 * {@link EssJsonException} naming the JSON pointer of the offending value.
 */
public final class Read {

  /** The version of the format this code reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  private Read() {}

  /**
   * The RFC 6901 pointer of the parser's current value (inside an object just closed: that object).
   *
   * @param in the parser, not null
   * @return the pointer, {@code ""} at the root, not null
   */
  public static String pointer(JsonParser in) {
    return in.streamReadContext().pathAsPointer().toString();
  }

  /**
   * An error at the current value.
   *
   * @param in the parser, not null
   * @param reason why, not null
   * @return the exception to throw, not null
   */
  public static EssJsonException error(JsonParser in, String reason) {
    return new EssJsonException(pointer(in), reason);
  }

  /**
   * Checks that the current token opens an object.
   *
   * @param in the parser, not null
   * @param what what the object is, for the message, not null
   */
  public static void startObject(JsonParser in, String what) {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      throw error(in, "expected " + what + " as a JSON object, got " + describe(in));
    }
  }

  /**
   * Moves to the next field of the current object and onto its value; skips a root object's {@code schemaVersion}
   * after checking it.
   *
   * @param in the parser, not null
   * @return the field name, or null at the end of the object
   */
  public static @Nullable String field(JsonParser in) {
    String name = in.nextName();
    if (name == null) {
      return null;
    }
    in.nextToken();
    if ("schemaVersion".equals(name) && atRootObject(in)) {
      if (in.currentToken() != JsonToken.VALUE_NUMBER_INT || in.getNumberType() != JsonParser.NumberType.INT
          || in.getIntValue() != SCHEMA_VERSION) {
        throw error(in, "unsupported schemaVersion " + describe(in) + ", expected " + SCHEMA_VERSION);
      }
      return field(in);
    }
    return name;
  }

  /**
   * Reads the optional header of a document type that has a JSON schema, at the root object only: a
   * {@code "$schema"} (any string, the schema's address for editors) and a {@code "type"}, which must name the
   * type read. Call it first for each field; nested in another value, neither is a header.
   *
   * @param in the parser, on the field's value, not null
   * @param name the field's name, not null
   * @param type the document type read, such as {@code community}, not null
   * @return true if the field was a header (and is consumed), false otherwise
   * @throws EssJsonException at {@code /type} if the document names another type, or at the field if it is no
   *     string
   */
  public static boolean header(JsonParser in, String name, String type) {
    if (!atRootObject(in)) {
      return false;
    }
    if ("$schema".equals(name)) {
      string(in);
      return true;
    }
    if ("type".equals(name)) {
      String text = string(in);
      if (!text.equals(type)) {
        throw error(in, "expected the type \"" + type + "\", got \"" + shortened(text) + "\"");
      }
      return true;
    }
    return false;
  }

  private static boolean atRootObject(JsonParser in) {
    TokenStreamContext parent = in.streamReadContext().getParent();
    return parent != null && parent.inRoot();
  }

  /**
   * Refuses the current field, or skips it when unknown fields are allowed.
   *
   * @param in the parser, on the field's value, not null
   * @param features the features, not null
   */
  public static void unknown(JsonParser in, Features features) {
    if (features.failOnUnknownFields()) {
      throw JsonMessages.exception(pointer(in), null, "json.unknownField", "name", in.currentName());
    }
    in.skipChildren();
  }

  /**
   * Checks that a required field was present.
   *
   * @param in the parser, just past the object, not null
   * @param value the value read, or null if absent
   * @param field the field's name, not null
   * @param <T> the type
   * @return the value, not null
   */
  public static <T> T required(JsonParser in, @Nullable T value, String field) {
    if (value == null) {
      throw JsonMessages.exception(pointer(in), null, "json.missingField", "name", field);
    }
    return value;
  }

  /**
   * The current string value.
   *
   * @param in the parser, not null
   * @return the string, not null
   */
  public static String string(JsonParser in) {
    if (in.currentToken() != JsonToken.VALUE_STRING) {
      throw error(in, "expected a string, got " + describe(in));
    }
    return in.getString();
  }

  /**
   * Whether the current value is JSON {@code null} (an absent optional value).
   *
   * @param in the parser, not null
   * @return true for null
   */
  public static boolean isNull(JsonParser in) {
    return in.currentToken() == JsonToken.VALUE_NULL;
  }

  /**
   * The current whole number.
   *
   * @param in the parser, not null
   * @return the number
   */
  public static long longValue(JsonParser in) {
    if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw error(in, "expected a whole number, got " + describe(in));
    }
    if (in.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw StrictJson.integerOutOfRange(pointer(in), in.getString());
    }
    return in.getLongValue();
  }

  /**
   * The current whole number, which must fit an {@code int}.
   *
   * @param in the parser, not null
   * @return the number
   */
  public static int intValue(JsonParser in) {
    long value = longValue(in);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw error(in, "number out of range: " + value);
    }
    return (int) value;
  }

  /**
   * The current number, whole or decimal.
   *
   * @param in the parser, not null
   * @return the number
   */
  public static double doubleValue(JsonParser in) {
    JsonToken token = in.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw error(in, "expected a number, got " + describe(in));
    }
    double value = in.getDoubleValue();
    if (Double.isInfinite(value)) {
      throw StrictJson.numberTooLarge(pointer(in));
    }
    return value;
  }

  /**
   * The current amount of time in minutes: a whole number, or a text such as {@code "1 h 30"} or {@code "45 min"}.
   *
   * @param in the parser, not null
   * @return the minutes
   */
  public static long minutes(JsonParser in) {
    if (in.currentToken() == JsonToken.VALUE_STRING) {
      String text = in.getString();
      try {
        return MinutesText.parse(text);
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw error(in, "expected minutes as a whole number or a text like \"1 h 30\", got \"" + text + "\"");
      }
    }
    if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw error(in, "expected a whole number of minutes, got " + describe(in));
    }
    return longValue(in);
  }

  /**
   * The current boolean.
   *
   * @param in the parser, not null
   * @return the boolean
   */
  public static boolean bool(JsonParser in) {
    JsonToken token = in.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw error(in, "expected true or false, got " + describe(in));
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /**
   * The current instant, written as an ISO-8601 date-time with an offset.
   *
   * @param in the parser, not null
   * @return the instant, not null
   */
  public static Instant instant(JsonParser in) {
    String text = string(in);
    try {
      return Times.parse(text);
    } catch (DateTimeException e) {
      throw error(in, "expected a date-time with an offset like 2026-03-02T09:00:00+01:00, got \"" + text + "\"");
    }
  }

  /**
   * The current string, turned into a value by a public factory.
   *
   * @param in the parser, not null
   * @param factory the factory, not null
   * @param <T> the type
   * @return the value, not null
   */
  public static <T> T string(JsonParser in, Function<String, T> factory) {
    String text = string(in);
    return build(in, () -> factory.apply(text), Set.of());
  }

  /**
   * The current array, each element read by a codec.
   *
   * @param in the parser, not null
   * @param element the element codec, not null
   * @param <T> the element type
   * @return the elements, in order, not null
   */
  public static <T> List<T> list(JsonParser in, Codec<T> element) {
    if (in.currentToken() != JsonToken.START_ARRAY) {
      throw error(in, "expected an array, got " + describe(in));
    }
    List<T> list = new ArrayList<>();
    while (in.nextToken() != JsonToken.END_ARRAY) {
      list.add(element.read(in));
    }
    return list;
  }

  /**
   * Builds a value through its public factory and turns an invariant failure into an {@link EssJsonException} at
   * the current value (or at the field that the first violation names, if it is one of {@code fields}).
   *
   * @param in the parser, not null
   * @param factory builds the value, not null
   * @param fields the JSON fields of the value, not null
   * @param <T> the type
   * @return the value, not null
   */
  public static <T> T build(JsonParser in, Supplier<T> factory, Set<String> fields) {
    try {
      return factory.get();
    } catch (EssValidationException e) {
      String pointer = pointer(in);
      List<String> reasons = new ArrayList<>();
      for (Violation violation : e.violations()) {
        reasons.add(violation.messageEn());
      }
      if (!e.violations().isEmpty() && fields.contains(e.violations().get(0).field())) {
        pointer = pointer + "/" + e.violations().get(0).field();
      }
      String reason = reasons.isEmpty() ? String.valueOf(e.getMessage()) : String.join("; ", reasons);
      throw new EssJsonException(pointer, reason, e);
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      throw new EssJsonException(pointer(in), String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * The current token, in words.
   *
   * @param in the parser, not null
   * @return a short description, not null
   */
  public static String describe(JsonParser in) {
    JsonToken token = in.currentToken();
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string \"" + shortened(in.getString()) + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + shortened(in.getString());
      case VALUE_TRUE, VALUE_FALSE -> token.asString();
      case VALUE_NULL -> "null";
      default -> token.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String shortened(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
