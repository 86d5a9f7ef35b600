package coop.ess.timebank;

import java.time.Instant;

/**
 * What an {@link ExchangeRule} may see while the {@link Ledger} checks one exchange: the exchange, its legs resolved
 * to dense account numbers, and the primitive state of those accounts (balance, amounts held by pending exchanges,
 * limits).
 *
 * <p>A context is valid only during the call to {@link ExchangeRule#check}; rules must not keep it. Account numbers
 * are {@code -1} for an account the ledger does not know (already reported). Not thread-safe: the ledger calls
 * rules under its lock.
 */
public interface RuleContext {

  /**
   * The exchange being checked.
   *
   * @return the exchange, not null
   */
  Exchange exchange();

  /**
   * How many legs the exchange has; the same as {@code exchange().legs().size()}, without building the exchange of
   * a {@link Ledger#transfer}.
   *
   * @return the count
   */
  default int legCount() {
    return exchange().legs().size();
  }

  /**
   * The amount of a leg; the same as {@code exchange().legs().get(leg).minutes()}.
   *
   * @param leg the index of the leg
   * @return the amount in minutes
   */
  default long minutes(int leg) {
    return exchange().legs().get(leg).minutes();
  }

  /**
   * The category of the exchange; the same as {@code exchange().category()}.
   *
   * @return the category, not null
   */
  default Category category() {
    return exchange().category();
  }

  /**
   * When the service was given; the same as {@code exchange().occurredAt()}.
   *
   * @return the instant, not null
   */
  default Instant occurredAt() {
    return exchange().occurredAt();
  }

  /**
   * The ledger's clock reading for this check.
   *
   * @return the instant, not null
   */
  Instant now();

  /**
   * Whether the exchange compensates an earlier one.
   *
   * @return true for a reversal
   */
  boolean isReversal();

  /**
   * The number of the paying account of a leg.
   *
   * @param leg the index of the leg in {@link Exchange#legs()}
   * @return the account number, or -1 if unknown
   */
  int from(int leg);

  /**
   * The number of the earning account of a leg.
   *
   * @param leg the index of the leg in {@link Exchange#legs()}
   * @return the account number, or -1 if unknown
   */
  int to(int leg);

  /**
   * How many distinct known accounts the exchange touches.
   *
   * @return the count
   */
  int touchedCount();

  /**
   * A touched account.
   *
   * @param index from 0 to {@link #touchedCount()} − 1
   * @return its account number
   */
  int touched(int index);

  /**
   * The net change the exchange brings to a touched account (all its legs summed).
   *
   * @param index from 0 to {@link #touchedCount()} − 1
   * @return the change in minutes, negative for a payer
   */
  long netChange(int index);

  /**
   * An account.
   *
   * @param account an account number
   * @return the account, not null
   */
  Account account(int account);

  /**
   * The posted balance of an account.
   *
   * @param account an account number
   * @return the balance in minutes
   */
  long balance(int account);

  /**
   * What pending exchanges would take from an account.
   *
   * @param account an account number
   * @return the held debits in minutes, not negative
   */
  long heldDebits(int account);

  /**
   * What pending exchanges would bring to an account.
   *
   * @param account an account number
   * @return the held credits in minutes, not negative
   */
  long heldCredits(int account);

  /**
   * The limits of an account.
   *
   * @param account an account number
   * @return the limits, not null
   */
  Limits limits(int account);

  /**
   * The hard floor in force for an account: its {@link #limits(int) limits}' floor, lowered by the ledger's dynamic
   * floor if one is set.
   *
   * @param account an account number
   * @return the floor in minutes
   */
  long floor(int account);
}
