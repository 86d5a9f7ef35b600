package coop.ess.timebank;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * An account was opened at 0 with the limits then in force. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract non-sealed class AccountOpened implements LedgerEvent {

  AccountOpened() {}

  /**
   * The event.
   *
   * @param sequence the position in the journal
   * @param recordedAt when it was recorded, not null
   * @param account the account, not null
   * @param limits the limits resolved for it, not null
   * @return the event, not null
   */
  public static AccountOpened of(long sequence, Instant recordedAt, Account account, Limits limits) {
    return ImmutableAccountOpened.of(sequence, recordedAt, account, limits);
  }

  @Override
  @Value.Parameter
  public abstract long sequence();

  @Override
  @Value.Parameter
  public abstract Instant recordedAt();

  /**
   * The account opened.
   *
   * @return the account, not null
   */
  @Value.Parameter
  public abstract Account account();

  /**
   * Its limits, as resolved from the policy when it opened.
   *
   * @return the limits, not null
   */
  @Value.Parameter
  public abstract Limits limits();
}
