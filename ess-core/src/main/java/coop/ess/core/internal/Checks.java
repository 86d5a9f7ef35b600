package coop.ess.core.internal;

import coop.ess.core.EssValidationException;
import coop.ess.core.MessageCatalog;
import coop.ess.core.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the violations of one value under construction, so that validation reports every problem before
 * failing. Not thread-safe: one instance per check.
 */
public final class Checks {

  private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}\\p{N}._:@+~-]{1,128}");

  private final MessageCatalog catalog;
  private final String subject;
  private final List<Violation> found = new ArrayList<>(2);

  private Checks(MessageCatalog catalog, String subject) {
    this.catalog = catalog;
    this.subject = subject;
  }

  /**
   * Starts checking a value of the core model.
   *
   * @param subject what is checked, such as {@code Organisation}
   * @return a new collector
   */
  public static Checks of(String subject) {
    return new Checks(CoreMessages.CATALOG, subject);
  }

  /**
   * Starts checking a value with another module's catalog.
   *
   * @param catalog the catalog of the codes used
   * @param subject what is checked
   * @return a new collector
   */
  public static Checks of(MessageCatalog catalog, String subject) {
    return new Checks(catalog, subject);
  }

  /**
   * Records a violation unless {@code ok}.
   *
   * @param ok whether the rule holds
   * @param code the violation code
   * @param field the field concerned
   * @param parameters name-value pairs for the message
   * @return {@code ok}
   */
  public boolean check(boolean ok, String code, String field, Object... parameters) {
    if (!ok) {
      found.add(catalog.error(code, field, parameters));
    }
    return ok;
  }

  /**
   * Records a violation.
   *
   * @param violation the violation
   * @return this collector
   */
  public Checks add(Violation violation) {
    found.add(violation);
    return this;
  }

  /**
   * Records every violation of a nested value's exception under a path prefix.
   *
   * @param prefix the path of the nested value, such as {@code resources[2]}
   * @param violations the nested value's violations
   * @return this collector
   */
  public Checks addAll(String prefix, List<Violation> violations) {
    for (Violation violation : violations) {
      String field = violation.field().isEmpty() ? prefix : prefix + "." + violation.field();
      found.add(Violation.builder().from(violation).field(field).build());
    }
    return this;
  }

  /**
   * Checks that a count or measure is not negative.
   *
   * @param field the field
   * @param value the value
   * @return whether it holds
   */
  public boolean nonNegative(String field, double value) {
    return check(value >= 0 && !Double.isNaN(value) && !Double.isInfinite(value), "value.negative", field,
        "field", field, "value", value);
  }

  /**
   * Checks that a number is at least one.
   *
   * @param field the field
   * @param value the value
   * @return whether it holds
   */
  public boolean positive(String field, long value) {
    return check(value >= 1, "value.notPositive", field, "field", field, "value", value);
  }

  /**
   * Checks that a text is neither blank nor longer than {@code maxLength}.
   *
   * @param field the field
   * @param value the text
   * @param maxLength the largest accepted length
   * @return whether it holds
   */
  public boolean text(String field, String value, int maxLength) {
    return check(!value.isBlank(), "value.blank", field, "field", field)
        && check(value.length() <= maxLength, "value.tooLong", field,
            "field", field, "length", value.length(), "max", maxLength);
  }

  /**
   * Checks the syntax of an identifier: 1 to 128 letters, digits or {@code . _ : @ + ~ -}.
   *
   * @param field the field
   * @param value the identifier
   * @return whether it holds
   */
  public boolean identifier(String field, String value) {
    return check(isIdentifier(value), "identifier.syntax", field, "field", field, "value", value);
  }

  /**
   * Whether a text is a valid identifier: 1 to 128 letters, digits or {@code . _ : @ + ~ -}. Decided without a
   * regular expression in the common case (ASCII), since every identifier read from a file or a journal passes here.
   *
   * @param value the text, not null
   * @return whether it is an identifier
   */
  public static boolean isIdentifier(String value) {
    int length = value.length();
    if (length == 0 || length > 128) {
      return length > 0 && IDENTIFIER.matcher(value).matches();
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '-'
          || c == '_' || c == '.' || c == ':' || c == '@' || c == '+' || c == '~';
      if (!plain) {
        return c >= 0x80 && IDENTIFIER.matcher(value).matches();
      }
    }
    return true;
  }

  /**
   * Whether any violation was recorded.
   *
   * @return true if the value is invalid
   */
  public boolean hasViolations() {
    return !found.isEmpty();
  }

  /**
   * The violations recorded so far.
   *
   * @return a copy of the list
   */
  public List<Violation> violations() {
    return List.copyOf(found);
  }

  /**
   * Throws if any violation was recorded.
   *
   * @throws EssValidationException listing every violation
   */
  public void throwIfInvalid() {
    if (!found.isEmpty()) {
      throw new EssValidationException(subject, found);
    }
  }
}
