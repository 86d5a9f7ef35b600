package coop.ess.json.journal;

import coop.ess.json.EssJson;
import coop.ess.json.EssJsonException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The events of one engine kept in a {@link FileJournal}, one JSON event per record, in memory once read, with the
 * engine's last snapshot: what {@link LedgerJournal} and {@link BookingJournal} share. The first event has sequence
 * {@code first} (0 for the ledger, 1 for the calendar); record {@code n} holds event {@code n - 1 + first}.
 *
 * <p>A snapshot of type {@code S} is the engine's state after one event (its {@code snapshotSequence}). When the file
 * has one, the events it includes are not read: {@link #start()} is the first event held and {@link #size()} still
 * counts every event ever appended, so sequences continue past the snapshot. Not thread-safe: its owner guards it.
 *
 * @param <E> the event type
 * @param <S> the snapshot type
 */
final class TypedRecords<E, S> {

  private final FileJournal file;
  private final EssJson json;
  private final ToLongFunction<E> sequence;
  private final long first;
  private final @Nullable Class<S> snapshotType;
  private final ToLongFunction<S> snapshotSequence;
  private final long skipped;
  private final ArrayList<E> events = new ArrayList<>();
  private @Nullable S snapshot;

  private TypedRecords(FileJournal file, EssJson json, ToLongFunction<E> sequence, long first,
      @Nullable Class<S> snapshotType, ToLongFunction<S> snapshotSequence, @Nullable S snapshot, long skipped,
      List<E> recovered) {
    this.file = file;
    this.json = json;
    this.sequence = sequence;
    this.first = first;
    this.snapshotType = snapshotType;
    this.snapshotSequence = snapshotSequence;
    this.snapshot = snapshot;
    this.skipped = skipped;
    this.events.addAll(recovered);
  }

  /**
   * Opens a journal file and reads its snapshot and the events after it; closes the file again if they cannot be
   * read.
   *
   * @param snapshotType the snapshot type, or null when the engine has none (a file with a snapshot is refused)
   * @param snapshotSequence the sequence of the last event a snapshot includes
   * @param what the journal's name in messages, such as "a ledger journal"
   * @throws EssJsonException if a record is not an event, the sequence has a gap, or the snapshot cannot be read
   */
  static <E, S> TypedRecords<E, S> open(Path path, SyncPolicy policy, EssJson json, Class<E> type,
      ToLongFunction<E> sequence, long first, @Nullable Class<S> snapshotType, ToLongFunction<S> snapshotSequence,
      String what) {
    Objects.requireNonNull(json, "json");
    FileJournal file = FileJournal.open(path, policy);
    try {
      S snapshot = null;
      long skipped = 0;
      Optional<JournalRecord> stored = file.snapshot();
      if (stored.isPresent()) {
        if (snapshotType == null) {
          throw new EssJsonException("", path + " has a snapshot: " + what + " replays every event");
        }
        JournalRecord record = stored.get();
        try {
          snapshot = json.read(record.json(), snapshotType);
        } catch (EssJsonException e) {
          throw new EssJsonException(e.pointer(), path + " snapshot: " + e.reason(), e);
        }
        long expected = record.sequence() - 1 + first;
        if (snapshotSequence.applyAsLong(snapshot) != expected) {
          throw new EssJsonException("/sequence", path + " snapshot of record " + record.sequence() + ": it says event "
              + snapshotSequence.applyAsLong(snapshot) + " where event " + expected + " was expected");
        }
        skipped = record.sequence();
      }
      return new TypedRecords<>(file, json, sequence, first, snapshotType, snapshotSequence, snapshot, skipped,
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
    long next = size() + first;
    if (sequence.applyAsLong(event) != next) {
      throw new IllegalArgumentException("Event " + sequence.applyAsLong(event) + " appended where event " + next
          + " was expected");
    }
    file.append(json.write(event));
    events.add(event);
  }

  /** Every event ever appended, those a snapshot includes and were not read too. */
  long size() {
    return skipped + events.size();
  }

  /** The sequence of the first event held: {@code first} without a snapshot, the one after it with one. */
  long start() {
    return first + skipped;
  }

  E get(long number) {
    if (number < first || number >= size() + first) {
      throw new IndexOutOfBoundsException("No event " + number + " in a journal of " + size());
    }
    if (number < start()) {
      throw new IndexOutOfBoundsException("Event " + number + " is in the snapshot, not held: the journal holds events "
          + start() + " on");
    }
    return events.get((int) (number - start()));
  }

  /** The events held, from {@link #start()} on. */
  List<E> events() {
    return List.copyOf(events);
  }

  /** The snapshot read at open or saved since, if any. */
  Optional<S> snapshot() {
    return Optional.ofNullable(snapshot);
  }

  /**
   * Replaces the file's snapshot, written atomically beside it; the events stay in memory.
   *
   * @throws IllegalStateException if this journal takes no snapshots
   * @throws IllegalArgumentException if the snapshot's event is not appended yet or is before the one read at open
   */
  void saveSnapshot(S state) {
    Objects.requireNonNull(state, "state");
    if (snapshotType == null) {
      throw new IllegalStateException("This journal takes no snapshots");
    }
    long last = snapshotSequence.applyAsLong(state);
    if (last < start() - 1 || last >= size() + first) {
      throw new IllegalArgumentException("A snapshot after event " + last + " cannot be saved: the journal holds events "
          + start() + " to " + (size() + first - 1));
    }
    file.writeSnapshot(last - first + 1, json.write(state));
    snapshot = state;
  }

  /** Drops from the file the records the snapshot includes (all but its last); see {@link FileJournal#compact()}. */
  long compact() {
    return file.compact();
  }

  long truncatedBytes() {
    return file.truncatedBytes();
  }

  void close() {
    file.close();
  }
}
