package coop.ess.json.journal;

import coop.ess.json.EssJson;
import coop.ess.json.EssJsonException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * The events of one engine kept in a {@link FileJournal}, one JSON event per record, in memory once read: what
 * {@link LedgerJournal} and {@link BookingJournal} share. The first event has sequence {@code first} (0 for the
 * ledger, 1 for the calendar); record {@code n} holds event {@code n - 1 + first}. Not thread-safe: its owner
 * guards it.
 *
 * @param <E> the event type
 */
final class TypedRecords<E> {

  private final FileJournal file;
  private final EssJson json;
  private final ToLongFunction<E> sequence;
  private final long first;
  private final ArrayList<E> events = new ArrayList<>();

  private TypedRecords(FileJournal file, EssJson json, ToLongFunction<E> sequence, long first, List<E> recovered) {
    this.file = file;
    this.json = json;
    this.sequence = sequence;
    this.first = first;
    this.events.addAll(recovered);
  }

  /**
   * Opens a journal file and reads its events; closes the file again if they cannot be read.
   *
   * @param what the journal's name in messages, such as "a ledger journal"
   * @throws EssJsonException if a record is not an event, the sequence has a gap, or the file has a snapshot
   */
  static <E> TypedRecords<E> open(Path path, SyncPolicy policy, EssJson json, Class<E> type,
      ToLongFunction<E> sequence, long first, String what) {
    Objects.requireNonNull(json, "json");
    FileJournal file = FileJournal.open(path, policy);
    try {
      if (file.snapshot().isPresent()) {
        throw new EssJsonException("", path + " has a snapshot: " + what + " replays every event");
      }
      return new TypedRecords<>(file, json, sequence, first,
          decode(path, file.recovered(), json, type, sequence, first));
    } catch (RuntimeException e) {
      file.close();
      throw e;
    }
  }

  /** The events of records read elsewhere, each checked for its type and its place in the sequence. */
  static <E> List<E> decode(Path path, List<JournalRecord> records, EssJson json, Class<E> type,
      ToLongFunction<E> sequence, long first) {
    List<E> events = new ArrayList<>();
    for (JournalRecord record : records) {
      E event;
      try {
        event = json.read(record.json(), type);
      } catch (EssJsonException e) {
        throw new EssJsonException(e.pointer(), path + " record " + record.sequence() + ": " + e.reason(), e);
      }
      long expected = record.sequence() - 1 + first;
      if (sequence.applyAsLong(event) != expected) {
        throw new EssJsonException("/sequence", path + " record " + record.sequence() + ": event "
            + sequence.applyAsLong(event) + " where event " + expected + " was expected");
      }
      events.add(event);
    }
    return List.copyOf(events);
  }

  /** Appends the next event, durable as the sync policy says; refuses an event out of sequence. */
  void append(E event) {
    Objects.requireNonNull(event, "event");
    long next = events.size() + first;
    if (sequence.applyAsLong(event) != next) {
      throw new IllegalArgumentException("Event " + sequence.applyAsLong(event) + " appended where event " + next
          + " was expected");
    }
    file.append(json.write(event));
    events.add(event);
  }

  long size() {
    return events.size();
  }

  E get(long number) {
    if (number < first || number >= events.size() + first) {
      throw new IndexOutOfBoundsException("No event " + number + " in a journal of " + events.size());
    }
    return events.get((int) (number - first));
  }

  List<E> events() {
    return List.copyOf(events);
  }

  long truncatedBytes() {
    return file.truncatedBytes();
  }

  void close() {
    file.close();
  }
}
