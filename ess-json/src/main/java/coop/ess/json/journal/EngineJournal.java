package coop.ess.json.journal;

import java.util.List;
import java.util.Optional;

/**
 * What {@link LedgerJournal} and {@link BookingJournal} share: an engine's events kept in a {@link FileJournal}
 * through {@link TypedRecords}, with the engine's snapshot beside the file, each method under the journal's lock.
 *
 * @param <E> the event type
 * @param <S> the snapshot type
 */
abstract class EngineJournal<E, S> implements AutoCloseable {

  private final TypedRecords<E, S> records;

  EngineJournal(TypedRecords<E, S> records) {
    this.records = records;
  }

  /**
   * Appends an event and returns once the file holds it as the sync policy says.
   *
   * @param event the next event, not null
   * @throws IllegalArgumentException if its sequence is not the next one
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public synchronized void append(E event) {
    records.append(event);
  }

  /**
   * How many events were ever appended, those a snapshot includes and that were not read too.
   *
   * @return the count, not negative
   */
  public synchronized long size() {
    return records.size();
  }

  /**
   * An event the journal holds.
   *
   * @param sequence from {@link #start()} to the last event's sequence
   * @return the event, not null
   * @throws IndexOutOfBoundsException if there is no such event, or a snapshot includes it and it was not read
   */
  public synchronized E get(long sequence) {
    return records.get(sequence);
  }

  /**
   * The events held, from {@link #start()} on: those read at open after the snapshot, and those appended since.
   *
   * @return the events in order, unmodifiable, not null
   */
  public synchronized List<E> events() {
    return records.events();
  }

  /**
   * The sequence of the first event held: the engine's first without a snapshot, the one after the snapshot read at
   * open with one.
   *
   * @return the sequence, not negative
   */
  public synchronized long start() {
    return records.start();
  }

  /**
   * The snapshot read at open, or the last one saved since.
   *
   * @return the snapshot, possibly empty
   */
  public synchronized Optional<S> snapshot() {
    return records.snapshot();
  }

  /**
   * Writes a snapshot beside the file ({@code FILE.snapshot}), replacing the previous one: the records it includes
   * are forced first, then the snapshot goes to a temporary file, forced, and moved over the old one atomically. The
   * events stay in the file (until {@link #compact()}) and in memory; the next {@code open} reads only those after
   * it. The engine's own {@code saveSnapshot()} calls this under the engine's lock.
   *
   * @param snapshot the engine's state after an event from {@code start() - 1} to the last one, not null
   * @throws IllegalArgumentException if its event is not appended yet, or is before {@link #start()} - 1
   * @throws java.io.UncheckedIOException if the snapshot cannot be written
   */
  public synchronized void saveSnapshot(S snapshot) {
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

  /**
   * How many bytes of a torn tail were cut when the file was opened.
   *
   * @return the number of bytes, 0 for a clean file
   */
  public synchronized long truncatedBytes() {
    return records.truncatedBytes();
  }

  /** Closes the file after the appends in flight. */
  @Override
  public void close() {
    records.close();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + size() + " events]";
  }
}
