package coop.ess.core.community;

import coop.ess.core.internal.Checks;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * An RNA number (<i>Répertoire national des associations</i>): the identifier a prefecture gives an association
 * declared under the 1901 law, written {@code W} followed by nine digits, such as {@code W353012345}.
 *
 * <p>{@link #parse(CharSequence)} also accepts a lower-case {@code w} and spaces. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Rna implements Comparable<Rna> {

  Rna() {}

  /**
   * Creates an RNA number from its exact form.
   *
   * @param value {@code W} and nine digits, not null
   * @return the number, not null
   * @throws coop.ess.core.EssValidationException if the format is wrong
   */
  public static Rna of(String value) {
    return ImmutableRna.of(value);
  }

  /**
   * Creates an RNA number from text that may use a lower-case {@code w} or spaces.
   *
   * @param text the number as written, not null
   * @return the number, not null
   * @throws coop.ess.core.EssValidationException if the format is wrong
   */
  public static Rna parse(CharSequence text) {
    return of(Siret.stripSpaces(text).toUpperCase(Locale.ROOT));
  }

  /**
   * The number, {@code W} and nine digits.
   *
   * @return the value, not null
   */
  @Value.Parameter
  public abstract String value();

  @Override
  public final int compareTo(Rna other) {
    return value().compareTo(other.value());
  }

  @Override
  public final String toString() {
    return value();
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of("Rna");
    checks.check(value().matches("W[0-9]{9}"), "rna.format", "rna", "value", value());
    checks.throwIfInvalid();
  }
}
