package coop.ess.timebank;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Journal} in memory, up to 2<sup>31</sup>−1 events, in chunks that are never copied once full.
 *
 * <p>The {@link Ledger} stores its postings here in a compact form and {@link #get} builds the
 * {@link ExchangePosted} event when it is read: every read gives an equal, immutable event, and a posting keeps no
 * object of its own alive, which spares the garbage collector. A posting of an {@link Exchange} keeps the exchange
 * and its instant; a {@link Ledger#transfer transfer by number} keeps no reference at all, only one row of three
 * numbers (id, amount with the number of its category, the two accounts by their number in the order the journal's
 * {@link AccountOpened} events opened them) and its instant. Instants are kept once per run of postings that share
 * one (a batch, or a clock that has not moved), as a pair (first position, epoch nanoseconds), and found by a
 * binary search when read. Other events are kept as they are.
 *
 * <p>Chunks hold 16,384 events; only the first grows from a small size (so that a small ledger stays small), so
 * appending costs the same at the millionth event as at the first.
 *
 * <p>Safe for one writer and many readers without locking: an event is stored before the size that makes it
 * visible is published (a release store, which costs no fence on the writer's side; readers read it as a volatile).
 *
 * <p>It keeps the last {@link #saveSnapshot saved snapshot} and every event (a ledger built on it starts from the
 * snapshot and replays the events after it). {@link #trimmed()} is the other journal in memory: it forgets the
 * events each saved snapshot includes, so that the journal of a long simulation that saves one now and then stays
 * small (the ledger itself still knows every exchange, as idempotency and reversals need).
 */
public final class InMemoryJournal implements Journal {

  private static final int CHUNK_BITS = 14;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int MASK = CHUNK - 1;
  private static final int FIRST_CAPACITY = 256;
  /** How many runs of instants a new chunk has room for before its array of runs grows. */
  private static final int FIRST_RUNS = 4;
  /** The numbers of a row: exchange id, amount with the category's number, accounts (payer in the high half). */
  private static final int ROW = 3;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  /** Instants whose epoch seconds lie strictly within these fit in a {@code long} of nanoseconds. */
  private static final long LARGEST_SECONDS = Long.MAX_VALUE / NANOS_PER_SECOND - 1;
  /** {@link #size}, published by release stores. */
  private static final VarHandle SIZE;

  static {
    try {
      SIZE = MethodHandles.lookup().findVarHandle(InMemoryJournal.class, "size", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The chunks; the array is replaced (copied) when it grows, the chunks in it are not copied once full. */
  private volatile Chunk[] chunks = {new Chunk(FIRST_CAPACITY)};
  /** The events readers may see: published after they are stored, by a release store through {@link #SIZE}. */
  private volatile int size;
  /** The writer's count of events written, published or not (see {@link #publish}). */
  private int written;
  /** The chunk being written and how many events it holds; used by the writer only. */
  private Chunk tail = chunks[0];
  private int tailCapacity = FIRST_CAPACITY;
  /**
   * The position at which the tail is full (its start plus its capacity, or {@link Integer#MAX_VALUE} for the last
   * chunk there can be): the writer's one comparison per event before it writes in place.
   */
  private int tailEnd = FIRST_CAPACITY;
  /** The accounts in the order the journal opened them; replaced (copied) when it grows. */
  private volatile @Nullable AccountId[] opened = new AccountId[16];
  private int openedCount;
  /** The categories of transfers, numbered in the order they first appeared; replaced (copied) when it grows. */
  private volatile @Nullable Category[] categories = new Category[8];
  private final HashMap<Category, Integer> categoryNumbers = new HashMap<>();
  /** The last category written and its number: transfers in a row usually share one. */
  private @Nullable Category lastCategory;
  private int lastCategoryNumber;

  /** An empty journal. */
  public InMemoryJournal() {}

  /**
   * The stored events of one chunk: the event or exchange (null for a transfer), a row of numbers, and the instants
   * of the postings kept as rows or exchanges. The items exist once the chunk holds something other than transfers
   * (a chunk of transfers only has none), and are set before the size that makes the event visible is published.
   *
   * <p>Instants are kept as runs, not per row: postings in a row usually share their instant (every posting of a
   * batch does, and so do the postings of a ledger whose clock has not moved), so a run of them costs one pair
   * (position of its first posting, instant in epoch nanoseconds) in {@link #runs}.
   */
  private static final class Chunk {
    @Nullable Object @Nullable [] items;
    final long[] rows;
    /**
     * Pairs (first position in the chunk, instant), in order of position; the pairs not yet used hold
     * {@link Long#MAX_VALUE} as position, so that a reader can search the whole array. Replaced (copied) when it
     * grows, hence volatile: a reader that sees the copy sees what was copied.
     */
    volatile long[] runs;
    /** How many pairs {@link #runs} holds, and the instant of the last one; for the writer only. */
    int runCount;
    long lastStamp;

    Chunk(int capacity) {
      rows = new long[ROW * capacity];
      runs = freeRuns(new long[2 * FIRST_RUNS], 0);
    }

    Chunk(Chunk from, int capacity) {
      @Nullable Object[] old = from.items;
      items = old == null ? null : Arrays.copyOf(old, capacity);
      rows = Arrays.copyOf(from.rows, ROW * capacity);
      runs = from.runs.clone();
      runCount = from.runCount;
      lastStamp = from.lastStamp;
    }

    /** Records that the posting at position {@code i} of the chunk has this instant; for the writer. */
    void stamp(int i, long stamp) {
      if (runCount == 0 || stamp != lastStamp) {
        addRun(i, stamp);
      }
    }

    private void addRun(int i, long stamp) {
      long[] pairs = runs;
      if (2 * runCount < pairs.length) {
        // Published with the posting, by the journal's release of its size.
        pairs[2 * runCount + 1] = stamp;
        pairs[2 * runCount] = i;
      } else {
        long[] grown = freeRuns(Arrays.copyOf(pairs, 2 * pairs.length), pairs.length);
        grown[2 * runCount + 1] = stamp;
        grown[2 * runCount] = i;
        runs = grown;
      }
      runCount++;
      lastStamp = stamp;
    }

    private static long[] freeRuns(long[] pairs, int from) {
      for (int k = from; k < pairs.length; k += 2) {
        pairs[k] = Long.MAX_VALUE;
      }
      return pairs;
    }

    /** The instant of the posting at position {@code i}, which the writer has stamped: its run's. */
    long stampOf(int i) {
      long[] pairs = runs;
      // The last pair whose position is at most i; pairs the writer adds later start beyond every visible posting.
      int low = 0;
      int high = pairs.length / 2 - 1;
      while (low < high) {
        int middle = (low + high + 1) >>> 1;
        if (pairs[2 * middle] <= i) {
          low = middle;
        } else {
          high = middle - 1;
        }
      }
      return pairs[2 * low + 1];
    }
  }

  /** The items of the chunk being written, created if it has none. */
  private @Nullable Object[] tailItems() {
    @Nullable Object[] items = tail.items;
    if (items == null) {
      items = new Object[tailCapacity];
      tail.items = items;
    }
    return items;
  }

  @Override
  public void append(LedgerEvent event) {
    Objects.requireNonNull(event, "event");
    int at = slot(event.sequence());
    if (event instanceof AccountOpened account) {
      if (openedCount == opened.length) {
        opened = Arrays.copyOf(opened, openedCount * 2);
      }
      opened[openedCount++] = account.account().id();
    }
    tailItems()[at & MASK] = event;
    SIZE.setRelease(this, at + 1);
  }

  /** Appends {@code ExchangePosted.of(sequence, recordedAt, exchange)} without building it. */
  void appendPosted(long sequence, Instant recordedAt, Exchange exchange) {
    if (!fits(recordedAt.getEpochSecond())) {
      append(ExchangePosted.of(sequence, recordedAt, exchange));
      return;
    }
    int at = slot(sequence);
    tailItems()[at & MASK] = exchange;
    tail.stamp(at & MASK, nanos(recordedAt.getEpochSecond(), recordedAt.getNano()));
    SIZE.setRelease(this, at + 1);
  }

  /**
   * Writes the posting of a transfer at the next position without publishing it: the writer calls
   * {@link #publish} after one transfer or after a run of them (a batch), so that readers see the run at once.
   * {@code from} and {@code to} are account numbers in the order of the journal's {@link AccountOpened} events,
   * which is the ledger's numbering.
   *
   * @return the sequence of the posting
   */
  long writeTransfer(long seconds, int nanos, long id, int from, int to, long amount, Category category) {
    if (!fits(seconds) || amount < 0 || amount > LARGEST_ROW_AMOUNT) {
      return writeTransferEvent(Instant.ofEpochSecond(seconds, nanos), id, from, to, amount, category);
    }
    int kind = category == lastCategory ? lastCategoryNumber : categoryNumber(category);
    return writeTransferRow(id, from, to, amount, kind, nanos(seconds, nanos));
  }

  /** A transfer kept as an event: out of the range of a row (before 1678 or after 2261, or above 32 bits). */
  private long writeTransferEvent(Instant at, long id, int from, int to, long amount, Category category) {
    long sequence = written;
    append(ExchangePosted.of(sequence, at, Ledger.transferExchange(id, Objects.requireNonNull(opened[from]),
        Objects.requireNonNull(opened[to]), amount, category, at)));
    return sequence;
  }

  /** The largest amount a row holds; larger amounts are kept as events. */
  static final long LARGEST_ROW_AMOUNT = 0xFFFF_FFFFL;

  /**
   * Whether transfers at this instant fit in rows ({@link #writeTransferRow}); if not, {@link #writeTransfer} keeps
   * them as events.
   */
  static boolean fitsRow(Instant at) {
    return fits(at.getEpochSecond());
  }

  /** The instant of a row: epoch nanoseconds; for an instant that {@link #fitsRow}. */
  static long stamp(Instant at) {
    return nanos(at.getEpochSecond(), at.getNano());
  }

  /**
   * Writes a transfer as one row without publishing it, the ledger's batch path: the caller has checked what
   * {@link #writeTransfer} checks (the instant {@link #fitsRow}, the amount from 0 to {@link #LARGEST_ROW_AMOUNT})
   * and numbered the category with {@link #categoryNumber}.
   *
   * @return the sequence of the posting
   */
  long writeTransferRow(long id, int from, int to, long amount, int kind, long stamp) {
    int at = written;
    if (at == tailEnd) {
      nextTail(at);
    }
    written = at + 1;
    stampTail(at, stamp);
    putRow(tail.rows, at, id, from, to, amount, kind);
    return at;
  }

  /** Stores a transfer's row for position {@code at} in the rows of its chunk. */
  static void putRow(long[] rows, int at, long id, int from, int to, long amount, int kind) {
    int row = ROW * (at & MASK);
    rows[row] = id;
    rows[row + 1] = ((long) kind << 32) | amount;
    rows[row + 2] = ((long) from << 32) | (to & 0xFFFF_FFFFL);
  }

  // The ledger's batch loop writes runs of rows in place, with the writer's position in a local: it reads where the
  // tail ends, stamps the first position it writes, stores each row with putRow and then says where it stopped.
  // Reaching the end of the tail, it leaves the next row to writeTransferRow, which makes room.

  /** The position of the next event to write. */
  int written() {
    return written;
  }

  /** The position at which the tail is full: the rows from {@link #written()} up to it are in {@link #tailRows()}. */
  int tailEnd() {
    return tailEnd;
  }

  /** The rows of the chunk being written (see {@link #putRow}). */
  long[] tailRows() {
    return tail.rows;
  }

  /** Records that the posting about to be written at position {@code at} of the tail has this instant. */
  void stampTail(int at, long stamp) {
    Chunk chunk = tail;
    if (stamp != chunk.lastStamp || chunk.runCount == 0) {
      chunk.stamp(at & MASK, stamp);
    }
  }

  /**
   * Says that rows were stored in place up to position {@code end} (exclusive) of the tail; they are published
   * with the next {@link #publish}.
   */
  void wroteTo(int end) {
    if (end < written || end > tailEnd) {
      throw new IllegalStateException("Rows written up to " + end + ", outside " + written + ".." + tailEnd);
    }
    written = end;
  }

  /** The number of a category in the rows, numbering it if it is new; for the writer. */
  int categoryNumber(Category category) {
    Integer known = categoryNumbers.get(category);
    int number;
    if (known != null) {
      number = known;
    } else {
      number = categoryNumbers.size();
      if (number == categories.length) {
        categories = Arrays.copyOf(categories, number * 2);
      }
      categories[number] = category;
      categoryNumbers.put(category, number);
    }
    lastCategory = category;
    lastCategoryNumber = number;
    return number;
  }

  private static boolean fits(long seconds) {
    return seconds > -LARGEST_SECONDS && seconds < LARGEST_SECONDS;
  }

  private static long nanos(long seconds, int nanos) {
    return seconds * NANOS_PER_SECOND + nanos;
  }

  /** Makes every event written so far visible to readers (a release store: no fence on the writer's side). */
  void publish() {
    SIZE.setRelease(this, written);
  }

  /** Checks the sequence and makes room for it; returns the position. */
  private int slot(long sequence) {
    if (sequence != written) {
      throw new IllegalArgumentException("Event " + sequence + " appended at position " + written);
    }
    return reserve();
  }

  /** Makes room for one more event at {@link #written}, which it advances; returns the position. */
  private int reserve() {
    int at = written;
    if (at == tailEnd) {
      nextTail(at);
    }
    written = at + 1;
    return at;
  }

  /** The tail is full at position {@code at}: a new chunk, or for the first one a larger copy. */
  private void nextTail(int at) {
    if (at == Integer.MAX_VALUE) {
      throw new IllegalStateException("An in-memory journal holds at most " + Integer.MAX_VALUE + " events");
    }
    if ((at & MASK) == 0) {
      // The tail is full: a new chunk, published with the array before any event in it.
      Chunk[] current = chunks;
      int index = at >>> CHUNK_BITS;
      Chunk[] grown = index < current.length ? current : Arrays.copyOf(current, current.length * 2);
      tail = new Chunk(CHUNK);
      tailCapacity = CHUNK;
      grown[index] = tail;
      chunks = grown;
    } else {
      // Only the first chunk grows by copying, up to the size of a chunk.
      tailCapacity = Math.min(CHUNK, tailCapacity * 4);
      tail = new Chunk(tail, tailCapacity);
      chunks[0] = tail;
    }
    long end = (long) (at & ~MASK) + tailCapacity;
    tailEnd = (int) Math.min(Integer.MAX_VALUE, end);
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
    return read(sequence);
  }

  /**
   * The exchange of a posting the writer has written, published or not: for the {@link Ledger}, under its lock, in
   * the middle of a batch.
   */
  Exchange written(long sequence) {
    if (sequence < 0 || sequence >= written) {
      throw new IndexOutOfBoundsException("No event " + sequence + " written in a journal of " + written);
    }
    return read(sequence).posted().orElseThrow();
  }

  private LedgerEvent read(long sequence) {
    Chunk chunk = chunks[(int) (sequence >>> CHUNK_BITS)];
    int i = (int) sequence & MASK;
    @Nullable Object[] items = chunk.items;
    @Nullable Object item = items == null ? null : items[i];
    if (item instanceof LedgerEvent event) {
      return event;
    }
    long[] rows = chunk.rows;
    int row = ROW * i;
    long nanos = chunk.stampOf(i);
    Instant recordedAt = Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND),
        Math.floorMod(nanos, NANOS_PER_SECOND));
    if (item instanceof Exchange exchange) {
      return ExchangePosted.of(sequence, recordedAt, exchange);
    }
    @Nullable AccountId[] accounts = opened;
    long pair = rows[row + 2];
    long amount = rows[row + 1];
    return ExchangePosted.of(sequence, recordedAt, Ledger.transferExchange(rows[row],
        Objects.requireNonNull(accounts[(int) (pair >>> 32)]), Objects.requireNonNull(accounts[(int) pair]),
        amount & 0xFFFF_FFFFL, Objects.requireNonNull(categories[(int) (amount >>> 32)]), recordedAt));
  }

  // ------------------------------------------------------------------------------------ snapshots (snap-ledger)

  /** The last snapshot saved; the events it includes are kept. */
  private volatile @Nullable LedgerSnapshot snapshot;

  /**
   * A journal in memory that keeps only the events after its last snapshot: each {@link Journal#saveSnapshot} drops
   * the events the snapshot includes, so that {@link Journal#start()} moves to the event after it. Past queries of a
   * ledger on it ({@link Ledger#statement}, {@link LedgerStatistics#of}, {@link Ledger#balanceAt} before the snapshot)
   * then throw {@link coop.ess.core.EssStateException}. Postings are kept as events, not in the compact rows of an
   * {@code InMemoryJournal}. Safe for one writer and many readers.
   *
   * @return an empty journal, not null
   */
  public static Journal trimmed() {
    return new TrimmedJournal(null);
  }

  /**
   * A {@link #trimmed()} journal that starts from a snapshot: it holds no event, its {@link Journal#start()} and
   * {@link Journal#size()} are the event after the snapshot's, and a ledger built on it is restored from the
   * snapshot.
   *
   * @param snapshot the snapshot, not null
   * @return the journal, not null
   */
  public static Journal trimmed(LedgerSnapshot snapshot) {
    return new TrimmedJournal(Objects.requireNonNull(snapshot, "snapshot"));
  }

  /**
   * The last snapshot saved in this journal.
   *
   * @return the snapshot, possibly empty
   */
  @Override
  public Optional<LedgerSnapshot> snapshot() {
    return Optional.ofNullable(snapshot);
  }

  /**
   * Keeps a snapshot, replacing the previous one; the events stay (see {@link #trimmed()} for a journal that drops
   * them).
   *
   * @param snapshot the snapshot, not null
   * @throws IllegalArgumentException if the snapshot's event is not in the journal
   */
  @Override
  public void saveSnapshot(LedgerSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    if (snapshot.sequence() >= size) {
      throw new IllegalArgumentException("A snapshot after event " + snapshot.sequence()
          + " cannot be saved in a journal of " + size + " events");
    }
    this.snapshot = snapshot;
  }

  // ------------------------------------------------------------------------------------ end of snapshots

  @Override
  public String toString() {
    return "InMemoryJournal[" + size + " events]";
  }
}
