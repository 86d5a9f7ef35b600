package coop.ess.timebank;

import org.immutables.value.Value;

/**
 * One movement of an exchange: {@link #from()} received a service and pays {@link #minutes()}, {@link #to()} gave it
 * and earns them.
 *
 * <p>A leg is not checked on construction: a zero or negative amount, or an account paying itself, is a business
 * refusal that the ledger reports as a violation. Immutable and thread-safe.
 */
// An attribute named "from" replaces the builder's from(instance) copy method, on purpose.
@SuppressWarnings("immutables:from")
@Value.Immutable
public abstract class Leg {

  Leg() {}

  /**
   * A leg.
   *
   * @param from the account of whoever received the service, not null
   * @param to the account of whoever gave it, not null
   * @param minutes the amount, in minutes
   * @return the leg, not null
   */
  public static Leg of(AccountId from, AccountId to, long minutes) {
    return ImmutableLeg.of(from, to, minutes);
  }

  /**
   * The account that pays: it received the service.
   *
   * @return the paying account, not null
   */
  @Value.Parameter
  public abstract AccountId from();

  /**
   * The account that earns: it gave the service.
   *
   * @return the earning account, not null
   */
  @Value.Parameter
  public abstract AccountId to();

  /**
   * The amount moved, in minutes.
   *
   * @return the amount; the ledger refuses amounts below 1
   */
  @Value.Parameter
  public abstract long minutes();

  /**
   * The same leg the other way round, as a reversal posts it.
   *
   * @return a new leg from {@link #to()} to {@link #from()}, not null
   */
  public final Leg reversed() {
    return of(to(), from(), minutes());
  }

  @Override
  public final String toString() {
    return from() + " → " + to() + " " + Minutes.format(minutes());
  }
}
