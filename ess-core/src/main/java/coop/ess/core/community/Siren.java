package coop.ess.core.community;

import coop.ess.core.internal.Checks;
import coop.ess.core.internal.Luhn;
import org.immutables.value.Value;

/**
 * A SIREN number: the nine-digit identifier that INSEE gives every French legal unit (company, association that
 * employs or trades, public body). The ninth digit is a Luhn check digit.
 *
 * <p>{@link #of(String)} takes exactly nine digits; {@link #parse(CharSequence)} also accepts the usual grouping by
 * spaces ({@code 123 456 789}). Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Siren implements Comparable<Siren> {

  Siren() {}

  /**
   * Creates a SIREN from exactly nine digits.
   *
   * @param digits nine ASCII digits, not null
   * @return the SIREN, not null
   * @throws coop.ess.core.EssValidationException if the format or the check digit is wrong
   */
  public static Siren of(String digits) {
    return ImmutableSiren.of(digits);
  }

  /**
   * Creates a SIREN from text that may group digits with spaces.
   *
   * @param text the number as written, not null
   * @return the SIREN, not null
   * @throws coop.ess.core.EssValidationException if the format or the check digit is wrong
   */
  public static Siren parse(CharSequence text) {
    return of(Siret.stripSpaces(text));
  }

  /**
   * The nine digits.
   *
   * @return the digits, not null
   */
  @Value.Parameter
  public abstract String value();

  /**
   * The number grouped as it is usually printed: {@code 123 456 789}.
   *
   * @return the grouped number, not null
   */
  public final String formatted() {
    return value().substring(0, 3) + ' ' + value().substring(3, 6) + ' ' + value().substring(6);
  }

  @Override
  public final int compareTo(Siren other) {
    return value().compareTo(other.value());
  }

  @Override
  public final String toString() {
    return value();
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of("Siren");
    if (checks.check(value().matches("[0-9]{9}"), "siren.format", "siren", "value", value())) {
      checks.check(Luhn.isValid(value()), "siren.checksum", "siren", "value", value());
    }
    checks.throwIfInvalid();
  }
}
