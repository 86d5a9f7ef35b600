package coop.ess.core;

import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One structured problem: a rule that a value or a request breaks.
 *
 * <p>A violation carries a stable machine-readable {@link #code() code} (for example {@code siret.checksum} or
 * {@code booking.overlap}), the {@link #field() field} or path it concerns, the {@link #parameters() parameters} of
 * its message, and the message itself in English and French. Codes and parameter names are part of the API; the
 * wording of messages is not.
 *
 * <p>Create violations through a {@link MessageCatalog}, which fills both messages from its bundles. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Violation {

  Violation() {}

  /**
   * The stable code of the rule that was broken, such as {@code siret.checksum}.
   *
   * @return the code, not null, not blank
   */
  public abstract String code();

  /**
   * How serious this violation is.
   *
   * @return the severity, not null
   */
  public abstract Severity severity();

  /**
   * The field or path concerned, such as {@code siret} or {@code statusHistory[2].date}; empty when the violation
   * concerns the whole value or request.
   *
   * @return the field, not null, possibly empty
   */
  public abstract String field();

  /**
   * The parameters of the message, in a stable order, each already rendered as text.
   *
   * @return the parameters by name, not null
   */
  public abstract Map<String, String> parameters();

  /**
   * The message in English.
   *
   * @return the English message, not null
   */
  public abstract String messageEn();

  /**
   * The message in French.
   *
   * @return the French message, not null
   */
  public abstract String messageFr();

  /**
   * The message in the language of {@code locale}: French for any French locale, English otherwise.
   *
   * @param locale the reader's locale, not null
   * @return the message, not null
   */
  public final String message(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? messageFr() : messageEn();
  }

  /**
   * Whether this violation refuses the value or request.
   *
   * @return true if the severity is {@link Severity#ERROR}
   */
  public final boolean isError() {
    return severity().isBlocking();
  }

  /**
   * A builder, for code that assembles violations itself (deserialisers, tests); engines use a
   * {@link MessageCatalog}.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    if (code().isBlank()) {
      throw new IllegalArgumentException("Violation code must not be blank");
    }
  }

  @Override
  public final String toString() {
    String where = field().isEmpty() ? "" : field() + ": ";
    return severity() + " " + where + code() + " (" + messageEn() + ")";
  }

  /** Builds a {@link Violation}; not thread-safe. */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }
}
