package coop.ess.timebank;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An exchange was posted directly (without a proposal): its legs moved the balances. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract non-sealed class ExchangePosted implements LedgerEvent {

  ExchangePosted() {}

  /**
   * The event.
   *
   * @param sequence the position in the journal
   * @param recordedAt when it was recorded, not null
   * @param exchange the exchange, not null
   * @return the event, not null
   */
  public static ExchangePosted of(long sequence, Instant recordedAt, Exchange exchange) {
    return ImmutableExchangePosted.of(sequence, recordedAt, exchange);
  }

  @Override
  @Value.Parameter
  public abstract long sequence();

  @Override
  @Value.Parameter
  public abstract Instant recordedAt();

  /**
   * The exchange posted.
   *
   * @return the exchange, not null
   */
  @Value.Parameter
  public abstract Exchange exchange();

  @Override
  public final Optional<Exchange> posted() {
    return Optional.of(exchange());
  }
}
