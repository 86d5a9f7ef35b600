package coop.ess.timebank;

import java.time.Instant;
import java.util.Optional;

/**
 * A fact recorded by the {@link Ledger} in its {@link Journal}: an account opened, an exchange posted, proposed or
 * resolved. Events are never changed or removed; every balance is derived from them, and replaying a journal gives
 * the same ledger.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface LedgerEvent permits AccountOpened, ExchangePosted, ExchangeProposed, ExchangeResolved {

  /**
   * The position of this event in its journal, from 0.
   *
   * @return the sequence number, not negative
   */
  long sequence();

  /**
   * When the ledger recorded this event, by its clock.
   *
   * @return the instant, not null
   */
  Instant recordedAt();

  /**
   * The exchange whose legs this event moved into the balances.
   *
   * @return the exchange posted by this event, or empty if it moved no balance
   */
  default Optional<Exchange> posted() {
    return Optional.empty();
  }
}
