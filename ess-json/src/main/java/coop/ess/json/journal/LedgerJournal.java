package coop.ess.json.journal;

import coop.ess.json.EssJson;
import coop.ess.json.EssJsonException;
import coop.ess.timebank.Journal;
import coop.ess.timebank.Ledger;
import coop.ess.timebank.LedgerEvent;
import coop.ess.timebank.LedgerSnapshot;
import java.nio.file.Path;

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
 * saving a snapshot keeps them). The events before the snapshot stay in the file until {@link #compact()} drops
 * them, and are not read: a ledger on the journal answers questions about them with an {@link coop.ess.core.EssStateException} (see
 * {@link Ledger#statement}); {@link FileJournal#read} still reads them all.
 *
 * <p>Opening refuses, with the file left as it is: a snapshot file that is not a well-formed record, or that names
 * a record beyond the last one of the file ({@link JournalCorruptedException}: the file was cut or replaced after
 * the snapshot was written); a snapshot that is not a valid ledger snapshot, or that says
 * it comes after another event than the record it names ({@link EssJsonException} with the JSON pointer). Thread-safe.
 */
public final class LedgerJournal extends EngineJournal<LedgerEvent, LedgerSnapshot> implements Journal {

  private LedgerJournal(TypedRecords<LedgerEvent, LedgerSnapshot> records) {
    super(records);
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
}
