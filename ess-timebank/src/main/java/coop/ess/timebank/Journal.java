package coop.ess.timebank;

import coop.ess.core.EssStateException;
import java.util.List;
import java.util.Optional;

/**
 * The append-only store of a ledger's {@link LedgerEvent events}, in order. The {@link Ledger} is its only writer;
 * anyone may read it at any time. {@link InMemoryJournal} is the default; {@code ess-json} adds a durable one.
 *
 * <p>A journal may also keep a {@link LedgerSnapshot} ({@link #snapshot()}, {@link #saveSnapshot}): the ledger's
 * state after one of its events, from which a new ledger starts instead of replaying from the first event. A journal
 * with a snapshot may no longer hold the events it includes: it then holds events from {@link #start()} on, and
 * {@link #size()} still counts every event ever appended, so sequences continue past the snapshot. The default
 * methods describe a journal that keeps every event and no snapshot.
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
   * How many events were ever appended to the journal: the sequence of the next event. Events a snapshot includes
   * count even if the journal no longer holds them.
   *
   * @return the count, not negative
   */
  long size();

  /**
   * The event at a position.
   *
   * @param sequence a position from {@link #start()} and below {@link #size()}
   * @return the event, not null
   * @throws IndexOutOfBoundsException if there is no such event, or the journal no longer holds it
   */
  LedgerEvent get(long sequence);

  /**
   * Every event the journal holds, oldest first: from {@link #start()} to {@link #size()} - 1.
   *
   * @return an unmodifiable list, not null
   */
  default List<LedgerEvent> events() {
    long start = start();
    LedgerEvent[] copy = new LedgerEvent[Math.toIntExact(size() - start)];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = get(start + i);
    }
    return List.of(copy);
  }

  // ---------------------------------------------------------------------------------------------- snapshots

  /**
   * The sequence of the first event the journal holds: 0 if it holds every event, else at most one more than the
   * sequence of its {@link #snapshot()}.
   *
   * @return the sequence, not negative; 0 by default
   */
  default long start() {
    return 0;
  }

  /**
   * The last snapshot saved in (or read by) this journal.
   *
   * @return the snapshot, possibly empty; empty by default
   */
  default Optional<LedgerSnapshot> snapshot() {
    return Optional.empty();
  }

  /**
   * Keeps a snapshot of the ledger, replacing the previous one; {@link Ledger#saveSnapshot()} calls it under the
   * ledger's lock, so that no event is appended meanwhile. A journal may then drop the events the snapshot
   * includes. By default a journal keeps no snapshot and refuses one: a ledger on it always replays from the first
   * event, and saving a snapshot there is a mistake worth knowing about rather than a silent no-op.
   *
   * @param snapshot the snapshot, not null; its {@link LedgerSnapshot#sequence()} is an event of this journal
   * @throws EssStateException if the journal keeps no snapshots (the default)
   * @throws IllegalArgumentException if the snapshot's event is not appended yet, or is before the journal's start
   */
  default void saveSnapshot(LedgerSnapshot snapshot) {
    throw new EssStateException(getClass().getSimpleName() + " keeps no snapshots: the ledger on it replays every "
        + "event; use InMemoryJournal, InMemoryJournal.trimmed() or a journal of ess-json");
  }
}
