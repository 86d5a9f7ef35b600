package coop.ess.json.journal;

import coop.ess.json.EssJson;
import coop.ess.json.EssJsonException;
import coop.ess.timebank.Journal;
import coop.ess.timebank.Ledger;
import coop.ess.timebank.LedgerEvent;
import java.nio.file.Path;
import java.util.List;

/**
 * The time-bank ledger's journal kept on disk: each {@link LedgerEvent} is one record of a {@link FileJournal}, in
 * the JSON format of {@link coop.ess.json.EssJacksonModule}, durable before {@link #append} returns. Opening the file
 * reads back every acknowledged event, so a {@link Ledger} built on it resumes where the last run stopped:
 *
 * <pre>{@code
 * try (LedgerJournal journal = LedgerJournal.open(Path.of("ledger.jsonl"), SyncPolicy.everyRecord())) {
 *   Ledger ledger = Ledger.builder().journal(journal).build();   // replays the events on disk
 *   ledger.post(exchange);                                        // appended and forced before it returns
 * }
 * }</pre>
 *
 * <p>Record {@code n} of the file holds the event of sequence {@code n - 1}. Thread-safe.
 */
public final class LedgerJournal implements Journal, AutoCloseable {

  private final TypedRecords<LedgerEvent, Void> records;

  private LedgerJournal(TypedRecords<LedgerEvent, Void> records) {
    this.records = records;
  }

  /**
   * Opens (or creates) a ledger journal with the standard JSON format.
   *
   * @param path the journal file, not null
   * @param policy when writes are forced to the device, not null
   * @return the open journal, not null
   * @throws EssJsonException if a record is not a ledger event or the sequence has a gap
   * @throws JournalCorruptedException if a record other than the last is damaged
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
   * @throws EssJsonException if a record is not a ledger event or the sequence has a gap
   * @throws JournalCorruptedException if a record other than the last is damaged
   * @throws java.io.UncheckedIOException if the file cannot be read or written
   */
  public static LedgerJournal open(Path path, SyncPolicy policy, EssJson json) {
    return new LedgerJournal(TypedRecords.open(path, policy, json, LedgerEvent.class, LedgerEvent::sequence, 0,
        null, state -> -1,
        "a ledger journal"));
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
