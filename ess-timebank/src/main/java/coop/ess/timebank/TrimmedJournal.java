package coop.ess.timebank;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The journal of {@link InMemoryJournal#trimmed()}: the events after the last snapshot, in a list; saving a snapshot
 * drops the events it includes. Safe for one writer and many readers: every method holds the journal's monitor.
 */
final class TrimmedJournal implements Journal {

  private final ArrayList<LedgerEvent> events = new ArrayList<>();
  private @Nullable LedgerSnapshot snapshot;
  /** The sequence of {@code events.get(0)}. */
  private long start;

  TrimmedJournal(@Nullable LedgerSnapshot snapshot) {
    this.snapshot = snapshot;
    this.start = snapshot == null ? 0 : snapshot.sequence() + 1;
  }

  @Override
  public synchronized void append(LedgerEvent event) {
    Objects.requireNonNull(event, "event");
    long next = size();
    if (event.sequence() != next) {
      throw new IllegalArgumentException("Event " + event.sequence() + " appended at position " + next);
    }
    events.add(event);
  }

  @Override
  public synchronized long size() {
    return start + events.size();
  }

  @Override
  public synchronized LedgerEvent get(long sequence) {
    if (sequence < 0 || sequence >= size()) {
      throw new IndexOutOfBoundsException("No event " + sequence + " in a journal of " + size());
    }
    if (sequence < start) {
      throw new IndexOutOfBoundsException("Event " + sequence + " is in the snapshot, not held: the journal holds "
          + "events " + start + " on");
    }
    return events.get((int) (sequence - start));
  }

  @Override
  public synchronized List<LedgerEvent> events() {
    return List.copyOf(events);
  }

  @Override
  public synchronized long start() {
    return start;
  }

  @Override
  public synchronized Optional<LedgerSnapshot> snapshot() {
    return Optional.ofNullable(snapshot);
  }

  @Override
  public synchronized void saveSnapshot(LedgerSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    long last = snapshot.sequence();
    if (last < start - 1 || last >= size()) {
      throw new IllegalArgumentException("A snapshot after event " + last + " cannot be saved: the journal holds "
          + "events " + start + " to " + (size() - 1));
    }
    events.subList(0, (int) (last + 1 - start)).clear();
    events.trimToSize();
    start = last + 1;
    this.snapshot = snapshot;
  }

  @Override
  public synchronized String toString() {
    return "InMemoryJournal.trimmed[events " + start + " to " + (size() - 1) + "]";
  }
}
