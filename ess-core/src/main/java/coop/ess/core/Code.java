package coop.ess.core;

import coop.ess.core.internal.Checks;

/**
 * The base of open-ended codes such as member categories, roles and directory themes: a lower-case slug
 * ({@code [a-z0-9-]}, 1 to 64 characters, not starting with {@code -}). The SDK names the usual codes as constants;
 * a community may define its own.
 *
 * <p>Codes of one type compare by their text. Immutable and thread-safe.
 *
 * @param <T> the concrete code type
 */
public abstract class Code<T extends Code<T>> implements Comparable<T> {

  /** For subclasses. */
  protected Code() {}

  /**
   * The code as text.
   *
   * @return the slug, not null
   */
  public abstract String code();

  /**
   * Checks the syntax of {@link #code()}; call it from a {@code @Value.Check} method.
   *
   * @param field the name of the code, used in the error, not null
   * @throws EssValidationException if the syntax is wrong
   */
  protected final void checkSyntax(String field) {
    Checks checks = Checks.of(getClass().getSimpleName().replaceFirst("^Immutable", ""));
    checks.check(code().matches("[a-z0-9][a-z0-9-]{0,63}"), "code.syntax", field, "field", field, "value", code());
    checks.throwIfInvalid();
  }

  @Override
  public final int compareTo(T other) {
    return code().compareTo(other.code());
  }

  /**
   * The code itself.
   *
   * @return {@link #code()}
   */
  @Override
  public final String toString() {
    return code();
  }
}
