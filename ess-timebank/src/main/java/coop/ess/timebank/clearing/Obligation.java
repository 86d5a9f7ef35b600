package coop.ess.timebank.clearing;

import coop.ess.core.internal.Checks;
import coop.ess.timebank.clearing.internal.ClearingMessages;
import org.immutables.value.Value;

/**
 * One debt: {@link #debtor()} owes {@link #creditor()} an {@link #amount()} (in minutes for a time bank, in cents for
 * a mutual-credit network: any exact unit).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <P> the type of the parties
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Obligation<P> {

  Obligation() {}

  /**
   * Creates an obligation.
   *
   * @param <P> the type of the parties
   * @param debtor who owes, not null
   * @param creditor to whom, not null, not the debtor
   * @param amount how much, at least 1
   * @return the obligation, not null
   * @throws coop.ess.core.EssValidationException if the amount is not positive or the debtor is the creditor
   */
  public static <P> Obligation<P> of(P debtor, P creditor, long amount) {
    return ImmutableObligation.of(debtor, creditor, amount);
  }

  /**
   * Who owes.
   *
   * @return the debtor, not null
   */
  @Value.Parameter
  public abstract P debtor();

  /**
   * To whom.
   *
   * @return the creditor, not null
   */
  @Value.Parameter
  public abstract P creditor();

  /**
   * How much.
   *
   * @return the amount, at least 1
   */
  @Value.Parameter
  public abstract long amount();

  @Value.Check
  final void check() {
    Checks checks = Checks.of(ClearingMessages.CATALOG, "Obligation");
    checks.check(amount() > 0, "obligation.amount", "amount", "amount", amount());
    checks.check(!debtor().equals(creditor()), "obligation.selfDebt", "creditor", "party", debtor());
    checks.throwIfInvalid();
  }

  @Override
  public final String toString() {
    return debtor() + " owes " + creditor() + " " + amount();
  }
}
