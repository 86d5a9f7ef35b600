package coop.ess.timebank;

import java.util.Arrays;
import java.util.Objects;

/**
 * A {@link Journal} in memory: an array that grows, up to 2<sup>31</sup>−1 events.
 *
 * <p>Safe for one writer and many readers without locking: an event is stored before the size that makes it
 * visible is published.
 */
public final class InMemoryJournal implements Journal {

  private volatile LedgerEvent[] events = new LedgerEvent[1024];
  private volatile int size;

  /** An empty journal. */
  public InMemoryJournal() {}

  @Override
  public void append(LedgerEvent event) {
    Objects.requireNonNull(event, "event");
    int at = size;
    if (event.sequence() != at) {
      throw new IllegalArgumentException("Event " + event.sequence() + " appended at position " + at);
    }
    LedgerEvent[] current = events;
    if (at == current.length) {
      current = Arrays.copyOf(current, Math.addExact(at, at >> 1));
      events = current;
    }
    current[at] = event;
    size = at + 1;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public LedgerEvent get(long sequence) {
    int visible = size;
    if (sequence < 0 || sequence >= visible) {
      throw new IndexOutOfBoundsException("No event " + sequence + " in a journal of " + visible);
    }
    LedgerEvent event = events[(int) sequence];
    return Objects.requireNonNull(event, "event");
  }

  @Override
  public String toString() {
    return "InMemoryJournal[" + size + " events]";
  }
}
