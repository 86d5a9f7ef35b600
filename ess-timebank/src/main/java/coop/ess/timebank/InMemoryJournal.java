package coop.ess.timebank;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Journal} in memory: columns of arrays that grow, up to 2<sup>31</sup>−1 events.
 *
 * <p>The {@link Ledger} stores its postings here in a compact form (the exchange, or for
 * {@link Ledger#transfer a transfer by number} its accounts, amount and category, plus the instant as two numbers)
 * and {@link #get} builds the {@link ExchangePosted} event when it is read: every read gives an equal, immutable
 * event, and a posting keeps no object of its own alive, which spares the garbage collector. Other events are kept
 * as they are.
 *
 * <p>Safe for one writer and many readers without locking: an event is stored before the size that makes it
 * visible is published.
 */
public final class InMemoryJournal implements Journal {

  /** How an event is stored: as itself, as the exchange of an ExchangePosted, or as the columns of a transfer. */
  private static final byte EVENT = 0;
  private static final byte POSTED = 1;
  private static final byte TRANSFER = 2;

  private volatile Columns columns = new Columns(1024);
  private volatile int size;

  /** An empty journal. */
  public InMemoryJournal() {}

  /** The stored events; replaced (copied) as a whole when it grows, so readers see a consistent one. */
  private static final class Columns {
    final byte[] kinds;
    final @Nullable Object[] items;
    final long[] seconds;
    final int[] nanos;
    final long[] numbers;
    final long[] minutes;
    final @Nullable AccountId[] froms;
    final @Nullable AccountId[] tos;

    Columns(int capacity) {
      kinds = new byte[capacity];
      items = new Object[capacity];
      seconds = new long[capacity];
      nanos = new int[capacity];
      numbers = new long[capacity];
      minutes = new long[capacity];
      froms = new AccountId[capacity];
      tos = new AccountId[capacity];
    }

    Columns(Columns from, int capacity) {
      kinds = Arrays.copyOf(from.kinds, capacity);
      items = Arrays.copyOf(from.items, capacity);
      seconds = Arrays.copyOf(from.seconds, capacity);
      nanos = Arrays.copyOf(from.nanos, capacity);
      numbers = Arrays.copyOf(from.numbers, capacity);
      minutes = Arrays.copyOf(from.minutes, capacity);
      froms = Arrays.copyOf(from.froms, capacity);
      tos = Arrays.copyOf(from.tos, capacity);
    }
  }

  @Override
  public void append(LedgerEvent event) {
    Objects.requireNonNull(event, "event");
    int at = slot(event.sequence());
    Columns current = columns;
    current.kinds[at] = EVENT;
    current.items[at] = event;
    size = at + 1;
  }

  /** Appends {@code ExchangePosted.of(sequence, recordedAt, exchange)} without building it. */
  void appendPosted(long sequence, Instant recordedAt, Exchange exchange) {
    int at = slot(sequence);
    Columns current = columns;
    current.kinds[at] = POSTED;
    current.items[at] = exchange;
    current.seconds[at] = recordedAt.getEpochSecond();
    current.nanos[at] = recordedAt.getNano();
    size = at + 1;
  }

  /** Appends the posting of a {@link Ledger#transfer} without building its exchange or event. */
  void appendTransfer(long sequence, Instant recordedAt, long id, AccountId from, AccountId to, long amount,
      Category category) {
    int at = slot(sequence);
    Columns current = columns;
    current.kinds[at] = TRANSFER;
    current.items[at] = category;
    current.seconds[at] = recordedAt.getEpochSecond();
    current.nanos[at] = recordedAt.getNano();
    current.numbers[at] = id;
    current.minutes[at] = amount;
    current.froms[at] = from;
    current.tos[at] = to;
    size = at + 1;
  }

  /** Checks the sequence and makes room for it; returns the position. */
  private int slot(long sequence) {
    int at = size;
    if (sequence != at) {
      throw new IllegalArgumentException("Event " + sequence + " appended at position " + at);
    }
    Columns current = columns;
    if (at == current.kinds.length) {
      columns = new Columns(current, Math.addExact(at, at >> 1));
    }
    return at;
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
    Columns current = columns;
    int at = (int) sequence;
    Object item = Objects.requireNonNull(current.items[at], "event");
    switch (current.kinds[at]) {
      case POSTED:
        return ExchangePosted.of(sequence, Instant.ofEpochSecond(current.seconds[at], current.nanos[at]),
            (Exchange) item);
      case TRANSFER:
        Instant recordedAt = Instant.ofEpochSecond(current.seconds[at], current.nanos[at]);
        return ExchangePosted.of(sequence, recordedAt, Ledger.transferExchange(current.numbers[at],
            Objects.requireNonNull(current.froms[at]), Objects.requireNonNull(current.tos[at]),
            current.minutes[at], (Category) item, recordedAt));
      default:
        return (LedgerEvent) item;
    }
  }

  @Override
  public String toString() {
    return "InMemoryJournal[" + size + " events]";
  }
}
