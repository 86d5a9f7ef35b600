package coop.ess.timebank;

import coop.ess.core.PartyId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pending exchange was resolved: confirmed (by the other side, or automatically at its deadline) and posted, or
 * declined, or expired. Its hold is released either way. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract non-sealed class ExchangeResolved implements LedgerEvent {

  ExchangeResolved() {}

  /**
   * The event.
   *
   * @param sequence the position in the journal
   * @param recordedAt when it was recorded, not null
   * @param exchange the exchange, not null
   * @param status {@link ExchangeStatus#POSTED}, {@link ExchangeStatus#DECLINED} or {@link ExchangeStatus#EXPIRED}
   * @param by the party that confirmed or declined, empty when the deadline decided
   * @return the event, not null
   */
  public static ExchangeResolved of(
      long sequence, Instant recordedAt, Exchange exchange, ExchangeStatus status, Optional<? extends PartyId> by) {
    return ImmutableExchangeResolved.of(sequence, recordedAt, exchange, status, by);
  }

  @Override
  @Value.Parameter
  public abstract long sequence();

  @Override
  @Value.Parameter
  public abstract Instant recordedAt();

  /**
   * The exchange resolved.
   *
   * @return the exchange, not null
   */
  @Value.Parameter
  public abstract Exchange exchange();

  /**
   * How it ended.
   *
   * @return {@link ExchangeStatus#POSTED}, {@link ExchangeStatus#DECLINED} or {@link ExchangeStatus#EXPIRED}
   */
  @Value.Parameter
  public abstract ExchangeStatus status();

  /**
   * Who confirmed or declined it.
   *
   * @return the party, empty when the deadline decided
   */
  @Value.Parameter
  public abstract Optional<PartyId> by();

  @Override
  public final Optional<Exchange> posted() {
    return status() == ExchangeStatus.POSTED ? Optional.of(exchange()) : Optional.empty();
  }

  @Value.Check
  final void check() {
    if (status() == ExchangeStatus.PENDING) {
      throw new IllegalArgumentException("A resolved exchange cannot be pending: " + exchange().id());
    }
  }
}
