package coop.ess.core;

import coop.ess.core.internal.Checks;

/**
 * The base of every typed identifier of the SDK ({@link MemberId}, {@link ResourceId}, …), so that signatures never
 * take raw strings.
 *
 * <p>An identifier is 1 to 128 characters among letters, digits and {@code . _ : @ + ~ -} (a UUID, a slug such as
 * {@code salle-reunion}, or a number all fit). Identifiers of one type compare by their value. Immutable and
 * thread-safe.
 *
 * @param <T> the concrete identifier type
 */
public abstract class Identifier<T extends Identifier<T>> implements Comparable<T> {

  /** For subclasses: identifier types of the SDK's modules. */
  protected Identifier() {}

  /**
   * The identifier as text.
   *
   * @return the value, not null
   */
  public abstract String value();

  /**
   * Checks the syntax of {@link #value()}; call it from a {@code @Value.Check} method.
   *
   * @param field the name of the identifier, used in the error, not null
   * @throws EssValidationException if the syntax is wrong
   */
  protected final void checkSyntax(String field) {
    if (Checks.isIdentifier(value())) {
      return;
    }
    Checks checks = Checks.of(getClass().getSimpleName().replaceFirst("^Immutable", ""));
    checks.identifier(field, value());
    checks.throwIfInvalid();
  }

  @Override
  public final int compareTo(T other) {
    return value().compareTo(other.value());
  }

  /**
   * The value itself, so that identifiers print as they are written.
   *
   * @return {@link #value()}
   */
  @Override
  public final String toString() {
    return value();
  }
}
