package coop.ess.timebank;

import coop.ess.core.MessageCatalog;
import coop.ess.timebank.internal.TimebankMessages;

/**
 * The violation codes of the time bank and their English and French messages, for adapters (JSON, command line)
 * that report input problems in the same terms as the {@link Ledger}: {@code input.malformed} (a line that is not
 * JSON), {@code input.missing} (a required field), {@code input.invalid} (a field with a wrong value).
 *
 * <p>Stateless and thread-safe.
 */
public final class TimebankViolations {

  private TimebankViolations() {}

  /**
   * The catalog {@code ess-messages/timebank.properties} and its French twin.
   *
   * @return the catalog, not null
   */
  public static MessageCatalog catalog() {
    return TimebankMessages.CATALOG;
  }
}
