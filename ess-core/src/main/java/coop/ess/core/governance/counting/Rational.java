package coop.ess.core.governance.counting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exact fraction of two integers, always normalised: the denominator is positive and shares no factor with the
 * numerator, so that {@link #equals(Object)} is numeric equality. Counting uses it wherever a vote can be split
 * (transfer values, keep factors, Copeland half-points, equal shares).
 *
 * <p>Immutable and thread-safe.
 */
public final class Rational implements Comparable<Rational> {

  /** Zero. */
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  /** One. */
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * A whole number.
   *
   * @param value the value
   * @return the rational, not null
   */
  public static Rational of(long value) {
    return value == 0 ? ZERO : new Rational(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * A fraction, normalised.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the rational, not null
   * @throws ArithmeticException if the denominator is zero
   */
  public static Rational of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * A fraction, normalised.
   *
   * @param numerator the numerator, not null
   * @param denominator the denominator, not null, not zero
   * @return the rational, not null
   * @throws ArithmeticException if the denominator is zero
   */
  public static Rational of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("Rational with a zero denominator");
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    BigInteger gcd = numerator.gcd(denominator);
    BigInteger n = numerator.divide(gcd);
    BigInteger d = denominator.divide(gcd);
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    return new Rational(n, d);
  }

  /**
   * The numerator, carrying the sign.
   *
   * @return the numerator, not null
   */
  public BigInteger numerator() {
    return numerator;
  }

  /**
   * The denominator.
   *
   * @return the denominator, positive, not null
   */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * The sum.
   *
   * @param other the other term, not null
   * @return {@code this + other}, not null
   */
  public Rational plus(Rational other) {
    if (other.signum() == 0) {
      return this;
    }
    if (signum() == 0) {
      return other;
    }
    if (denominator.equals(other.denominator)) {
      return of(numerator.add(other.numerator), denominator);
    }
    return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * The difference.
   *
   * @param other the subtrahend, not null
   * @return {@code this - other}, not null
   */
  public Rational minus(Rational other) {
    return plus(other.negate());
  }

  /**
   * The product.
   *
   * @param other the factor, not null
   * @return {@code this × other}, not null
   */
  public Rational times(Rational other) {
    if (signum() == 0 || other.signum() == 0) {
      return ZERO;
    }
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * The product by a whole number.
   *
   * @param factor the factor
   * @return {@code this × factor}, not null
   */
  public Rational times(long factor) {
    return times(of(factor));
  }

  /**
   * The quotient.
   *
   * @param other the divisor, not null, not zero
   * @return {@code this / other}, not null
   * @throws ArithmeticException if {@code other} is zero
   */
  public Rational dividedBy(Rational other) {
    if (other.signum() == 0) {
      throw new ArithmeticException("Division of a rational by zero");
    }
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /**
   * The opposite.
   *
   * @return {@code -this}, not null
   */
  public Rational negate() {
    return signum() == 0 ? this : new Rational(numerator.negate(), denominator);
  }

  /**
   * The sign.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return numerator.signum();
  }

  /**
   * The largest integer not greater than this value.
   *
   * @return the floor, not null
   */
  public BigInteger floor() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /**
   * This value cut down to a number of decimal places (towards minus infinity), as the Scottish rules do for
   * transfer values.
   *
   * @param places the number of decimal places, not negative
   * @return the truncated value, not greater than this, not null
   */
  public Rational truncate(int places) {
    BigInteger scale = BigInteger.TEN.pow(places);
    return of(times(new Rational(scale, BigInteger.ONE)).floor(), scale);
  }

  /**
   * This value raised to a number of decimal places (towards plus infinity), as Meek's method does for keep
   * factors.
   *
   * @param places the number of decimal places, not negative
   * @return the rounded value, not less than this, not null
   */
  public Rational roundUp(int places) {
    return negate().truncate(places).negate();
  }

  /**
   * The smaller of two values.
   *
   * @param other the other value, not null
   * @return the smaller one, {@code this} when equal, not null
   */
  public Rational min(Rational other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * The larger of two values.
   *
   * @param other the other value, not null
   * @return the larger one, {@code this} when equal, not null
   */
  public Rational max(Rational other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * A decimal approximation for display.
   *
   * @param places the number of decimal places
   * @return the value rounded half-up, not null
   */
  public BigDecimal toBigDecimal(int places) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), places, RoundingMode.HALF_UP);
  }

  /**
   * Whether this is a whole number.
   *
   * @return true if the denominator is one
   */
  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  @Override
  public int compareTo(Rational other) {
    if (denominator.equals(other.denominator)) {
      return numerator.compareTo(other.numerator);
    }
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Rational that
        && numerator.equals(that.numerator) && denominator.equals(that.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /**
   * The exact value: {@code 7}, {@code -3/4}.
   *
   * @return the numerator, and the denominator after a slash unless it is one, not null
   */
  @Override
  public String toString() {
    return isInteger() ? numerator.toString() : numerator + "/" + denominator;
  }
}
