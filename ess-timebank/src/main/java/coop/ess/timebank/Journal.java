package coop.ess.timebank;

import java.util.List;

/**
 * The append-only store of a ledger's {@link LedgerEvent events}, in order. The {@link Ledger} is its only writer;
 * anyone may read it at any time. {@link InMemoryJournal} is the default; {@code ess-json} adds a durable one.
 *
 * <p>Implementations must be safe for one writer and many concurrent readers.
 */
public interface Journal {

  /**
   * Appends an event; its {@link LedgerEvent#sequence()} must equal {@link #size()}.
   *
   * @param event the event, not null
   * @throws IllegalArgumentException if the sequence is not the next one
   */
  void append(LedgerEvent event);

  /**
   * How many events the journal holds.
   *
   * @return the count, not negative
   */
  long size();

  /**
   * The event at a position.
   *
   * @param sequence a position below {@link #size()}
   * @return the event, not null
   * @throws IndexOutOfBoundsException if there is no such event
   */
  LedgerEvent get(long sequence);

  /**
   * A snapshot of every event, oldest first.
   *
   * @return an unmodifiable list, not null
   */
  default List<LedgerEvent> events() {
    long size = size();
    LedgerEvent[] copy = new LedgerEvent[Math.toIntExact(size)];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = get(i);
    }
    return List.of(copy);
  }
}
