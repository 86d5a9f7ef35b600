package coop.ess.core.internal;

/** The Luhn (mod 10) check used by SIREN and SIRET numbers. */
public final class Luhn {

  private Luhn() {}

  /**
   * Whether a string of ASCII digits passes the Luhn check.
   *
   * @param digits only the characters {@code 0}–{@code 9}
   * @return true if the weighted digit sum is a multiple of 10
   */
  public static boolean isValid(CharSequence digits) {
    return sum(digits) % 10 == 0;
  }

  /**
   * The Luhn sum: from the right, every second digit is doubled and 9 is taken off results above 9.
   *
   * @param digits only the characters {@code 0}–{@code 9}
   * @return the sum
   */
  public static int sum(CharSequence digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum;
  }

  /**
   * The digit that completes {@code partial} into a Luhn-valid number.
   *
   * @param partial only ASCII digits
   * @return the check digit, 0 to 9
   */
  public static int checkDigit(CharSequence partial) {
    int sum = sum(partial + "0");
    return (10 - sum % 10) % 10;
  }
}
