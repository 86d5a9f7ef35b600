package coop.ess.json.schema;

import coop.ess.json.EssJsonException;
import org.immutables.value.Value;

/**
 * One problem of a document against its schema: where (a JSON pointer), which schema keyword refused it, and why.
 *
 * <p>A missing required field and an unknown field are reported at the pointer of that field (such as
 * {@code /requests/0/start}), not of the object that should or should not hold it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class SchemaProblem {

  SchemaProblem() {}

  /**
   * Creates a problem.
   *
   * @param pointer the JSON pointer of the offending value (RFC 6901), {@code ""} for the whole document, not null
   * @param keyword the schema keyword that failed, such as {@code required} or {@code type}, not null
   * @param reason why, in English, not null
   * @return the problem, not null
   */
  public static SchemaProblem of(String pointer, String keyword, String reason) {
    return ImmutableSchemaProblem.of(pointer, keyword, reason);
  }

  /**
   * The JSON pointer of the offending value.
   *
   * @return the pointer, {@code ""} for the whole document, not null
   */
  @Value.Parameter
  public abstract String pointer();

  /**
   * The schema keyword that failed ({@code required}, {@code additionalProperties}, {@code type}, {@code enum},
   * {@code pattern}, {@code minimum}…).
   *
   * @return the keyword, not null
   */
  @Value.Parameter
  public abstract String keyword();

  /**
   * Why the value is refused, in English.
   *
   * @return the reason, not null
   */
  @Value.Parameter
  public abstract String reason();

  /**
   * This problem as the exception that reading an invalid document raises.
   *
   * @return a new exception with this pointer and reason, not null
   */
  public final EssJsonException toException() {
    return new EssJsonException(pointer(), reason());
  }

  /**
   * The problem as one line: the pointer ({@code (root)} for the whole document), a colon and the reason; control
   * characters of a field name are written as JSON escapes (such as {@code \n}) so that the line stays one.
   *
   * @return the line, not null
   */
  @Override
  public final String toString() {
    return (pointer().isEmpty() ? "(root)" : printable(pointer())) + ": " + printable(reason());
  }

  /**
   * A text with its control characters written as JSON escapes, to print on one line.
   *
   * @param text any text, not null
   * @return the text with {@code \n}, {@code \r}, {@code \t}, or a backslash, {@code u} and four hex digits, for each
   *     control character, not null
   */
  public static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(switch (c) {
          case '\n' -> "\\n";
          case '\r' -> "\\r";
          case '\t' -> "\\t";
          default -> String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
        });
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
