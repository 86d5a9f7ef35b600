package coop.ess.timebank;

import coop.ess.core.PartyId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An exchange was proposed by one side: its amount is held against the limits of both sides until it is confirmed,
 * declined or reaches its deadline. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract non-sealed class ExchangeProposed implements LedgerEvent {

  ExchangeProposed() {}

  /**
   * The event.
   *
   * @param sequence the position in the journal
   * @param recordedAt when it was recorded, not null
   * @param exchange the exchange, not null
   * @param proposedBy the party that proposed it, not null
   * @param deadline when it resolves by itself, possibly empty
   * @param atDeadline what happens then: {@link ExchangeStatus#POSTED} or {@link ExchangeStatus#EXPIRED}, not null
   * @return the event, not null
   */
  public static ExchangeProposed of(long sequence, Instant recordedAt, Exchange exchange, PartyId proposedBy,
      Optional<? extends Instant> deadline, ExchangeStatus atDeadline) {
    return ImmutableExchangeProposed.of(sequence, recordedAt, exchange, proposedBy, deadline, atDeadline);
  }

  @Override
  @Value.Parameter
  public abstract long sequence();

  @Override
  @Value.Parameter
  public abstract Instant recordedAt();

  /**
   * The exchange proposed.
   *
   * @return the exchange, not null
   */
  @Value.Parameter
  public abstract Exchange exchange();

  /**
   * Who proposed it: a holder of one of its accounts.
   *
   * @return the party, not null
   */
  @Value.Parameter
  public abstract PartyId proposedBy();

  /**
   * When it resolves by itself if nobody acts.
   *
   * @return the deadline, empty if it waits for ever
   */
  @Value.Parameter
  public abstract Optional<Instant> deadline();

  /**
   * What happens at the deadline: auto-confirmation ({@link ExchangeStatus#POSTED}) or expiry
   * ({@link ExchangeStatus#EXPIRED}).
   *
   * @return the status reached at the deadline, not null
   */
  @Value.Parameter
  public abstract ExchangeStatus atDeadline();
}
