package coop.ess.json;

import coop.ess.core.EssException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Malformed or invalid JSON input: the one exception that reading a document of the SDK raises, whatever went wrong
 * (bad syntax, a wrong type, a missing or unknown field, a value that breaks an invariant). It names where, as a
 * JSON pointer (RFC 6901, {@code ""} for the whole document), and why. Nothing partial is ever returned alongside it.
 */
public class EssJsonException extends EssException {

  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String reason;

  /**
   * Creates an exception.
   *
   * @param pointer the JSON pointer of the offending value, {@code ""} for the whole document, not null
   * @param reason what is wrong there, in English, not null
   */
  public EssJsonException(String pointer, String reason) {
    this(pointer, reason, null);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param pointer the JSON pointer of the offending value, {@code ""} for the whole document, not null
   * @param reason what is wrong there, in English, not null
   * @param cause the underlying failure, nullable
   */
  public EssJsonException(String pointer, String reason, @Nullable Throwable cause) {
    super(message(pointer, reason), cause);
    this.pointer = pointer;
    this.reason = reason;
  }

  private static String message(String pointer, String reason) {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(reason, "reason");
    return (pointer.isEmpty() ? "at the document root" : "at " + pointer) + ": " + reason;
  }

  /**
   * The JSON pointer of the offending value.
   *
   * @return the pointer, {@code ""} for the whole document, not null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * What is wrong at {@link #pointer()}.
   *
   * @return the reason, in English, not null
   */
  public String reason() {
    return reason;
  }
}
