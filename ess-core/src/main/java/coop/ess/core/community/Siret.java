package coop.ess.core.community;

import coop.ess.core.internal.Checks;
import coop.ess.core.internal.Luhn;
import org.immutables.value.Value;

/**
 * A SIRET number: fourteen digits that identify one establishment of a French legal unit, made of the
 * {@link #siren() SIREN} (nine digits) and the {@link #nic() NIC} (five digits, the last being a check digit).
 *
 * <p>The whole number passes the Luhn check, and so does its SIREN. One documented exception: the establishments
 * of La Poste (SIREN {@value #LA_POSTE_SIREN}) are too many for the Luhn scheme; INSEE checks them by requiring the
 * sum of the fourteen digits to be a multiple of 5. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Siret implements Comparable<Siret> {

  /** The SIREN of La Poste, whose SIRET numbers follow the sum-of-digits rule instead of Luhn. */
  public static final String LA_POSTE_SIREN = "356000000";

  Siret() {}

  /**
   * Creates a SIRET from exactly fourteen digits.
   *
   * @param digits fourteen ASCII digits, not null
   * @return the SIRET, not null
   * @throws coop.ess.core.EssValidationException if the format or a check digit is wrong
   */
  public static Siret of(String digits) {
    return ImmutableSiret.of(digits);
  }

  /**
   * Creates a SIRET from text that may group digits with spaces ({@code 123 456 789 00012}).
   *
   * @param text the number as written, not null
   * @return the SIRET, not null
   * @throws coop.ess.core.EssValidationException if the format or a check digit is wrong
   */
  public static Siret parse(CharSequence text) {
    return of(stripSpaces(text));
  }

  static String stripSpaces(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The fourteen digits.
   *
   * @return the digits, not null
   */
  @Value.Parameter
  public abstract String value();

  /**
   * The legal unit this establishment belongs to.
   *
   * @return the first nine digits as a SIREN, not null
   */
  public final Siren siren() {
    return Siren.of(value().substring(0, 9));
  }

  /**
   * The establishment's internal classification number (<i>numéro interne de classement</i>).
   *
   * @return the last five digits, not null
   */
  public final String nic() {
    return value().substring(9);
  }

  /**
   * The number grouped as it is usually printed: {@code 123 456 789 00012}.
   *
   * @return the grouped number, not null
   */
  public final String formatted() {
    return value().substring(0, 3) + ' ' + value().substring(3, 6) + ' ' + value().substring(6, 9) + ' ' + nic();
  }

  @Override
  public final int compareTo(Siret other) {
    return value().compareTo(other.value());
  }

  @Override
  public final String toString() {
    return value();
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of("Siret");
    if (checks.check(value().matches("[0-9]{14}"), "siret.format", "siret", "value", value())) {
      String siren = value().substring(0, 9);
      if (LA_POSTE_SIREN.equals(siren)) {
        checks.check(digitSum(value()) % 5 == 0, "siret.laPosteChecksum", "siret", "value", value());
      } else {
        checks.check(Luhn.isValid(siren), "siret.sirenChecksum", "siret", "value", value(), "siren", siren);
        checks.check(Luhn.isValid(value()), "siret.checksum", "siret", "value", value());
      }
    }
    checks.throwIfInvalid();
  }

  private static int digitSum(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += digits.charAt(i) - '0';
    }
    return sum;
  }
}
