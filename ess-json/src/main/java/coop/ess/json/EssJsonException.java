package coop.ess.json;

import coop.ess.core.EssException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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
  private final @Nullable String reasonFr;

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
    this.reasonFr = null;
  }

  /**
   * Creates an exception whose reason is also given in French.
   *
   * @param pointer the JSON pointer of the offending value, {@code ""} for the whole document, not null
   * @param reason what is wrong there, in English, not null
   * @param reasonFr the same in French, not null
   * @param cause the underlying failure, nullable
   */
  public EssJsonException(String pointer, String reason, String reasonFr, @Nullable Throwable cause) {
    super(message(pointer, reason), cause);
    this.pointer = pointer;
    this.reason = reason;
    this.reasonFr = Objects.requireNonNull(reasonFr, "reasonFr");
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

  /**
   * What is wrong at {@link #pointer()}, in French, for the common failures (bad syntax, a duplicate key, nesting too
   * deep, a number out of range, an unknown or missing field, an empty document, tokens after it).
   *
   * @return the French reason, or empty if only the English one is known
   */
  public Optional<String> reasonFr() {
    return Optional.ofNullable(reasonFr);
  }

  /**
   * The reason in a language: French if asked for and known, else English.
   *
   * @param locale the language, not null
   * @return the reason, not null
   */
  public String reason(Locale locale) {
    String french = reasonFr;
    return french != null && "fr".equals(locale.getLanguage()) ? french : reason;
  }
}
