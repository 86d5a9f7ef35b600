package coop.ess.json.journal;

import coop.ess.json.EssJson;
import coop.ess.json.EssJsonException;
import coop.ess.timebank.Journal;
import coop.ess.timebank.Ledger;
import coop.ess.timebank.LedgerEvent;
import coop.ess.timebank.LedgerSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The time-bank ledger's journal kept on disk: each {@link LedgerEvent} is one record of a {@link FileJournal}, in
 * the JSON format of {@link coop.ess.json.EssJacksonModule}, durable before {@link #append} returns. Opening the file
 * reads back every acknowledged event, so a {@link Ledger} built on it resumes where the last run stopped; with a
 * {@link LedgerSnapshot} saved beside the file ({@code FILE.snapshot}), opening reads the snapshot and only the
 * events after it, and the ledger starts from the snapshot instead of replaying from the first event:
 *
 * <pre>{@code
 * try (LedgerJournal journal = LedgerJournal.open(Path.of("ledger.jsonl"), SyncPolicy.everyRecord())) {
 *   Ledger ledger = Ledger.builder().journal(journal).build();   // the snapshot, then the events after it
 *   ledger.post(exchange);                                        // appended and forced before it returns
 *   ledger.saveSnapshot();                                        // the state now, written atomically beside the file
 * }
 * try (LedgerJournal journal = LedgerJournal.open(Path.of("ledger.jsonl"), SyncPolicy.everyRecord())) {
 *   journal.start();                                              // the event after the snapshot: nothing before it is read
 *   Ledger ledger = Ledger.builder().journal(journal).build();   // starts from the snapshot
 * }
 * }</pre>
 *
 * <p>Record {@code n} of the file holds the event of sequence {@code n - 1}; the snapshot after event {@code s}
 * names record {@code s + 1}. {@link #size()} counts every event of the file; {@link #get} and {@link #events()}
 * give the events held, from {@link #start()} on (those read at open after the snapshot, and those appended since;
 * saving a snapshot keeps them). The events before the snapshot stay in the file (it is never rewritten) but are not
 * read: a ledger on the journal answers questions about them with an {@link coop.ess.core.EssStateException} (see
 * {@link Ledger#statement}); {@link FileJournal#read} still reads them all.
 *
 * <p>Opening refuses, with the file left as it is: a snapshot file that is not a well-formed record, or that names
 * a record beyond the last one of the file ({@link JournalCorruptedException}: under {@link SyncPolicy#interval}, a
 * crash can lose records a snapshot already includes); a snapshot that is not a valid ledger snapshot, or that says
 * it comes after another event than the record it names ({@link EssJsonException} with the JSON pointer). Thread-safe.
 */
public final class LedgerJournal implements Journal, AutoCloseable {

  private final TypedRecords<LedgerEvent, LedgerSnapshot> records;

  private LedgerJournal(TypedRecords<LedgerEvent, LedgerSnapshot> records) {
    this.records = records;
  }

  /**
   * Opens (or creates) a ledger journal with the standard JSON format.
   *
   * @param path the journal file, not null
   * @param policy when writes are forced to the device, not null
   * @return the open journal, not null
   * @throws EssJsonException if a record is not a ledger event, the sequence has a gap, or the snapshot is not a
   *     ledger snapshot of the record it names
   * @throws JournalCorruptedException if a record other than the last is damaged, or the snapshot file is damaged
   *     or names a record the file does not have
   * @throws java.io.UncheckedIOException if the file cannot be read or written
   */
  public static LedgerJournal open(Path path, SyncPolicy policy) {
    return open(path, policy, EssJson.standard());
  }

  /**
   * Opens (or creates) a ledger journal.
   *
   * @param path the journal file, not null
   * @param policy when writes are forced to the device, not null
   * @param json the JSON format, not null
   * @return the open journal, not null
   * @throws EssJsonException if a record is not a ledger event, the sequence has a gap, or the snapshot is not a
   *     ledger snapshot of the record it names
   * @throws JournalCorruptedException if a record other than the last is damaged, or the snapshot file is damaged
   *     or names a record the file does not have
   * @throws java.io.UncheckedIOException if the file cannot be read or written
   */
  public static LedgerJournal open(Path path, SyncPolicy policy, EssJson json) {
    return new LedgerJournal(TypedRecords.open(path, policy, json, LedgerEvent.class, LedgerEvent::sequence, 0,
        LedgerSnapshot.class, LedgerSnapshot::sequence, "a ledger journal"));
  }

  /**
   * Appends an event and returns once the file holds it as the sync policy says.
   *
   * @param event the next event, not null
   * @throws IllegalArgumentException if its sequence is not the journal's size
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  @Override
  public synchronized void append(LedgerEvent event) {
    records.append(event);
  }

  @Override
  public synchronized long size() {
    return records.size();
  }

  @Override
  public synchronized LedgerEvent get(long sequence) {
    return records.get(sequence);
  }

  @Override
  public synchronized List<LedgerEvent> events() {
    return records.events();
  }

  /**
   * The sequence of the first event held: 0 without a snapshot, the event after the snapshot read at open with one.
   *
   * @return the sequence, not negative
   */
  @Override
  public synchronized long start() {
    return records.start();
  }

  /**
   * The snapshot read at open, or the last one saved since.
   *
   * @return the snapshot, possibly empty
   */
  @Override
  public synchronized Optional<LedgerSnapshot> snapshot() {
    return records.snapshot();
  }

  /**
   * Writes a snapshot beside the file ({@code FILE.snapshot}: to a temporary file, forced, then moved over the old
   * one atomically), replacing the previous one. The events stay in the file and in memory; the next
   * {@link #open} reads only those after it. {@link Ledger#saveSnapshot()} calls this under the ledger's lock.
   *
   * @param snapshot the snapshot, not null
   * @throws IllegalArgumentException if its event is not appended yet, or is before {@link #start()} - 1
   * @throws java.io.UncheckedIOException if the snapshot cannot be written
   */
  @Override
  public synchronized void saveSnapshot(LedgerSnapshot snapshot) {
    records.saveSnapshot(snapshot);
  }

  /**
   * Drops from the file the events that the saved snapshot includes, all but its last, so that the file stops
   * growing and the next {@code open} reads only the snapshot and the events after it (see
   * {@link FileJournal#compact()}: crash-safe, and a compacted file is refused without its snapshot). The events stay
   * in memory until the journal is closed.
   *
   * @return how many records were dropped, 0 without a snapshot or when nothing is left to drop
   * @throws java.io.UncheckedIOException if the file cannot be rewritten
   */
  public synchronized long compact() {
    return records.compact();
  }

  /** Closes the file after the appends in flight. */
  @Override
  public void close() {
    records.close();
  }

  @Override
  public String toString() {
    return "LedgerJournal[" + size() + " events]";
  }
}
