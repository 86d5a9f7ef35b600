package coop.ess.timebank;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * One line of an account's statement: an exchange that moved its balance, and the balance after it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class StatementLine {

  StatementLine() {}

  /**
   * A line.
   *
   * @param sequence the journal position of the posting event
   * @param postedAt when the exchange posted, not null
   * @param exchange the exchange, not null
   * @param change the net change to the account, in minutes
   * @param balanceAfter the balance after the change, in minutes
   * @return the line, not null
   */
  public static StatementLine of(long sequence, Instant postedAt, Exchange exchange, long change, long balanceAfter) {
    return ImmutableStatementLine.of(sequence, postedAt, exchange, change, balanceAfter);
  }

  /**
   * The journal position of the event that posted the exchange.
   *
   * @return the sequence number
   */
  @Value.Parameter
  public abstract long sequence();

  /**
   * When the exchange posted.
   *
   * @return the instant, not null
   */
  @Value.Parameter
  public abstract Instant postedAt();

  /**
   * The exchange.
   *
   * @return the exchange, not null
   */
  @Value.Parameter
  public abstract Exchange exchange();

  /**
   * The net change to the account.
   *
   * @return minutes, negative when the account paid
   */
  @Value.Parameter
  public abstract long change();

  /**
   * The balance after this line.
   *
   * @return minutes
   */
  @Value.Parameter
  public abstract long balanceAfter();

  @Override
  public final String toString() {
    return postedAt() + " " + exchange().id() + " " + (change() > 0 ? "+" : "") + Minutes.format(change()) + " = "
        + Minutes.format(balanceAfter());
  }
}
