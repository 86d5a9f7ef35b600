package coop.ess.json.journal;

import coop.ess.json.EssJson;
import coop.ess.json.EssJsonException;
import coop.ess.timebank.Journal;
import coop.ess.timebank.Ledger;
import coop.ess.timebank.LedgerEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

  private final FileJournal file;
  private final EssJson json;
  private final ArrayList<LedgerEvent> events = new ArrayList<>();

  private LedgerJournal(FileJournal file, EssJson json, List<LedgerEvent> recovered) {
    this.file = file;
    this.json = json;
    this.events.addAll(recovered);
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
    Objects.requireNonNull(json, "json");
    FileJournal file = FileJournal.open(path, policy);
    try {
      if (file.snapshot().isPresent()) {
        throw new EssJsonException("", path + " has a snapshot: a ledger journal replays every event");
      }
      List<LedgerEvent> recovered = new ArrayList<>();
      for (JournalRecord record : file.recovered()) {
        LedgerEvent event;
        try {
          event = json.read(record.json(), LedgerEvent.class);
        } catch (EssJsonException e) {
          throw new EssJsonException(e.pointer(), path + " record " + record.sequence() + ": " + e.reason(), e);
        }
        if (event.sequence() != record.sequence() - 1) {
          throw new EssJsonException("/sequence", path + " record " + record.sequence() + ": event "
              + event.sequence() + " where event " + (record.sequence() - 1) + " was expected");
        }
        recovered.add(event);
      }
      return new LedgerJournal(file, json, recovered);
    } catch (RuntimeException e) {
      file.close();
      throw e;
    }
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
    Objects.requireNonNull(event, "event");
    if (event.sequence() != events.size()) {
      throw new IllegalArgumentException("Event " + event.sequence() + " appended at position " + events.size());
    }
    file.append(json.write(event));
    events.add(event);
  }

  @Override
  public synchronized long size() {
    return events.size();
  }

  @Override
  public synchronized LedgerEvent get(long sequence) {
    if (sequence < 0 || sequence >= events.size()) {
      throw new IndexOutOfBoundsException("No event " + sequence + " in a journal of " + events.size());
    }
    return events.get((int) sequence);
  }

  @Override
  public synchronized List<LedgerEvent> events() {
    return List.copyOf(events);
  }

  /** Closes the file after the appends in flight. */
  @Override
  public void close() {
    file.close();
  }

  @Override
  public String toString() {
    return "LedgerJournal[" + size() + " events]";
  }
}
