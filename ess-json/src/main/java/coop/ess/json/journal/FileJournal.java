package coop.ess.json.journal;

import coop.ess.core.EssStateException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ObjLongConsumer;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * A durable, append-only journal of JSON records in a JSON Lines file.
 *
 * <p>Each line is {@code {"seq":N,"crc":"XXXXXXXX","record":JSON}}: the sequence number (1, 2, 3…, checked for
 * continuity on open), the CRC-32C of the record's bytes in hexadecimal, and the record itself, which must be JSON
 * text on one line. The appending thread encodes and checksums its record, so the writer only assembles lines. One writer thread owns
 * the file: appends queue their record and wait (or get a future); the writer writes whatever has queued as one batch
 * and forces it to the device as the {@link SyncPolicy} says, then acknowledges. Records of concurrent appenders never
 * interleave, and sequence numbers follow the order of the queue.
 *
 * <p>Opening a file checks every record. Damaged or unfinished lines at the <em>end</em> are a torn write from a
 * crash: they were never acknowledged, and the file is cut before the first of them. A damaged line followed by a
 * good record raises a {@link JournalCorruptedException} and changes nothing. A snapshot ({@link #writeSnapshot(long, String)}) is kept
 * in {@code FILE.snapshot}, replaced atomically, so that replay can start after it; {@link #compact()} then drops
 * from the file the records the snapshot includes (all but its last), so that opening reads only the snapshot and
 * what follows it. Example:
 *
 * <pre>{@code
 * try (FileJournal journal = FileJournal.open(Path.of("ledger.jsonl"), SyncPolicy.everyBatch())) {
 *   journal.recovered().forEach(record -> ledger.apply(record.json()));   // replay after the snapshot
 *   long sequence = journal.append("{\"type\":\"posted\",\"id\":\"t1\"}");  // returns once durable
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class FileJournal implements AutoCloseable {

  private static final byte[] PREFIX = "{\"seq\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CRC_PART = ",\"crc\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] RECORD_PART = "\",\"record\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SNAPSHOT_PART = "\",\"snapshot\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  /** The sequence of a queued task that forces what was queued before it. */
  private static final long FORCE = -2;
  /** The sequence of a queued task that forces what was queued before it, then compacts the file. */
  private static final long COMPACT = -1;

  private final Path file;
  private final SyncPolicy policy;
  /** Written by the writer thread only once open (compaction replaces it), read by {@link #close()} after it. */
  private FileChannel channel;
  private final List<JournalRecord> recovered;
  private final @Nullable JournalRecord snapshot;
  /** The last record the newest snapshot includes, 0 for none. */
  private volatile long snapshotSequence;
  /** The sequence of the file's first record (1 until a compaction); the writer thread's after open. */
  private long firstSequence;
  private final long truncatedBytes;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition work = lock.newCondition();
  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private final Thread writer;
  private ByteBuffer writeBuffer = ByteBuffer.allocateDirect(1 << 16);
  private long nextSequence;
  private volatile long durableSequence;
  private boolean closed;
  private @Nullable IOException failure;

  private FileJournal(Path file, SyncPolicy policy, FileChannel channel, List<JournalRecord> recovered,
      @Nullable JournalRecord snapshot, long firstSequence, long lastSequence, long truncatedBytes) {
    this.file = file;
    this.snapshotSequence = snapshot == null ? 0 : snapshot.sequence();
    this.firstSequence = firstSequence;
    this.policy = policy;
    this.channel = channel;
    this.recovered = recovered;
    this.snapshot = snapshot;
    this.truncatedBytes = truncatedBytes;
    this.nextSequence = lastSequence + 1;
    this.durableSequence = lastSequence;
    this.writer = new Thread(this::writeLoop, "ess-journal-writer " + file.getFileName());
    this.writer.setDaemon(true);
    this.writer.start();
  }

  /**
   * Opens (or creates) a journal with group commit ({@link SyncPolicy#everyBatch()}).
   *
   * @param file the journal file, not null
   * @return the open journal, not null
   * @throws JournalCorruptedException if a record other than the last is damaged
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public static FileJournal open(Path file) {
    return open(file, SyncPolicy.everyBatch());
  }

  /**
   * Opens (or creates) a journal: checks every record, cuts a torn last line, and reads the snapshot.
   *
   * @param file the journal file, not null
   * @param policy when writes are forced to the device, not null
   * @return the open journal, not null
   * @throws JournalCorruptedException if a record other than the last, or the snapshot, is damaged
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public static FileJournal open(Path file, SyncPolicy policy) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(policy, "policy");
    try {
      JournalRecord snapshot = readSnapshot(file);
      Scan scan = Scan.of(file, snapshot == null ? 0 : snapshot.sequence());
      checkSnapshot(file, snapshot, scan.lastSequence);
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      long size = channel.size();
      if (scan.validBytes < size) {
        channel.truncate(scan.validBytes);
        channel.force(true);
      }
      channel.position(scan.validBytes);
      return new FileJournal(file, policy, channel, List.copyOf(scan.records), snapshot, scan.firstSequence,
          scan.lastSequence, size - scan.validBytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open journal " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads every record of a journal file without opening it for writing or repairing it; a torn last line is
   * ignored. After a {@link #compact()} the first record is the last one the snapshot includes.
   *
   * @param file the journal file, not null
   * @return the records in order, not null
   * @throws JournalCorruptedException if a record other than the last is damaged, or the file was compacted and its
   *     snapshot is missing or damaged
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<JournalRecord> read(Path file) {
    try {
      JournalRecord snapshot = readSnapshot(file);
      return Scan.of(file, 0, snapshot == null ? 0 : snapshot.sequence()).records;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read journal " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Checks a journal file line by line without opening it for writing or repairing anything, for tools that report
   * on a file ({@code ess validate}). Every line that holds a well-formed record with a matching CRC goes to
   * {@code onRecord} with its line number, in file order, even after damage or out of sequence, so that the caller can
   * check the records themselves; every other line (not well-formed, CRC mismatch, sequence out of order, an
   * unfinished last line) is returned. A damaged line is {@linkplain JournalDamage#torn() torn} if no well-formed
   * record follows it: {@link #open} would cut it; otherwise {@code open} would raise
   * {@link JournalCorruptedException}. The snapshot file is only read for its sequence, so that the first record of a
   * {@linkplain #compact() compacted} file may start at it; a damaged snapshot is left to {@link #open} to report.
   *
   * @param file the journal file, not null
   * @param onRecord receives each well-formed record and its line number (from 1), not null
   * @return the damaged lines in file order, empty if the file is a clean journal (or does not exist)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<JournalDamage> check(Path file, ObjLongConsumer<JournalRecord> onRecord) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(onRecord, "onRecord");
    if (!Files.exists(file)) {
      return List.of();
    }
    List<long[]> where = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    long lastWellFormed = 0;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] chunk = new byte[1 << 16];
      ByteArrayOutputStream current = new ByteArrayOutputStream(256);
      long offset = 0;
      long lineStart = 0;
      long line = 0;
      long expected = 1;
      long compactedUpTo = snapshotSequenceIfReadable(file);
      int read;
      while ((read = in.read(chunk)) > 0) {
        int from = 0;
        for (int i = 0; i < read; i++) {
          if (chunk[i] != '\n') {
            continue;
          }
          current.write(chunk, from, i - from);
          from = i + 1;
          line++;
          byte[] bytes = current.toByteArray();
          current.reset();
          JournalRecord record = decode(bytes, bytes.length, RECORD_PART);
          if (record == null) {
            where.add(new long[] {line, lineStart});
            reasons.add("the record is not well-formed or its CRC does not match");
            expected++; // it stood, most likely, for the next record: the one after it is not out of sequence
          } else {
            boolean compactedStart = line == 1 && record.sequence() > 1 && record.sequence() <= compactedUpTo;
            if (record.sequence() != expected && !compactedStart) {
              where.add(new long[] {line, lineStart});
              reasons.add("sequence " + record.sequence() + " follows " + (expected - 1));
            }
            expected = record.sequence() + 1;
            lastWellFormed = line;
            onRecord.accept(record, line);
          }
          lineStart = offset + i + 1;
        }
        current.write(chunk, from, read - from);
        offset += read;
      }
      if (current.size() > 0) {
        where.add(new long[] {line + 1, lineStart});
        reasons.add("the last line is unfinished (no newline)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read journal " + file + ": " + e.getMessage(), e);
    }
    List<JournalDamage> damage = new ArrayList<>();
    for (int i = 0; i < where.size(); i++) {
      long line = where.get(i)[0];
      damage.add(new JournalDamage(line, where.get(i)[1], reasons.get(i), line >= lastWellFormed));
    }
    return List.copyOf(damage);
  }

  /**
   * The records found at open after the snapshot, in order: what to replay.
   *
   * @return the records, not null
   */
  public List<JournalRecord> recovered() {
    return recovered;
  }

  /**
   * The snapshot found at open: its sequence is that of the last record it includes.
   *
   * @return the snapshot, possibly empty
   */
  public Optional<JournalRecord> snapshot() {
    return Optional.ofNullable(snapshot);
  }

  /**
   * How many bytes of a torn tail were cut at open.
   *
   * @return the number of bytes, 0 for a clean file
   */
  public long truncatedBytes() {
    return truncatedBytes;
  }

  /**
   * The sequence of the last record forced to the device (or, under an interval policy, written).
   *
   * @return the sequence, 0 if none
   */
  public long durableSequence() {
    return durableSequence;
  }

  /**
   * Appends a record and waits until the policy acknowledges it.
   *
   * @param json the record, JSON text on one line, not null
   * @return its sequence number
   * @throws IllegalArgumentException if the text has a line break
   * @throws EssStateException if the journal is closed
   * @throws UncheckedIOException if the write failed
   */
  public long append(String json) {
    try {
      return appendAsync(json).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io;
      }
      throw e;
    }
  }

  /**
   * Appends a record without waiting: the future completes with its sequence number once the policy acknowledges
   * it, or exceptionally with an {@link UncheckedIOException}. Lets one thread keep many appends in flight, so that
   * group commit can batch them.
   *
   * @param json the record, JSON text on one line, not null
   * @return the future sequence number, not null
   * @throws IllegalArgumentException if the text has a line break
   * @throws EssStateException if the journal is closed
   */
  public CompletableFuture<Long> appendAsync(String json) {
    Objects.requireNonNull(json, "json");
    if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("A journal record must be JSON on one line; it has a line break");
    }
    // Encoding and checksumming happen here, in the appending thread, outside the lock.
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    long crc = checksum(body, 0, body.length);
    CompletableFuture<Long> future = new CompletableFuture<>();
    lock.lock();
    try {
      checkWritable();
      long sequence = nextSequence++;
      queue.add(new Pending(sequence, body, crc, future));
      work.signal();
    } finally {
      lock.unlock();
    }
    return future;
  }

  /**
   * Replaces the snapshot: the state of the application after the record {@code sequence}, as JSON on one line.
   * The records up to it are written and forced first, whatever the sync policy (so that a crash cannot keep a
   * snapshot and lose records it includes); then the snapshot is written to a temporary file, forced, and moved over
   * {@code FILE.snapshot} atomically.
   *
   * @param sequence the last record the snapshot includes, already appended
   * @param json the state, JSON text on one line, not null
   * @throws IllegalArgumentException if the sequence was not appended yet or the text has a line break
   * @throws UncheckedIOException if the snapshot cannot be written
   */
  public void writeSnapshot(long sequence, String json) {
    Objects.requireNonNull(json, "json");
    if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("A snapshot must be JSON on one line; it has a line break");
    }
    lock.lock();
    try {
      if (sequence < 1 || sequence >= nextSequence) {
        throw new IllegalArgumentException("Snapshot sequence " + sequence + " was not appended (last is "
            + (nextSequence - 1) + ")");
      }
    } finally {
      lock.unlock();
    }
    // A snapshot is no more durable than the records it includes: force them first, whatever the sync policy.
    runInWriter(FORCE);
    Path target = snapshotFile(file);
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      byte[] digits = Long.toString(sequence).getBytes(StandardCharsets.US_ASCII);
      ByteBuffer buffer = ByteBuffer.allocate(lineLength(digits.length, body.length, SNAPSHOT_PART));
      putLine(buffer, SNAPSHOT_PART, digits, checksum(body, 0, body.length), body);
      buffer.flip();
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
      out.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write snapshot " + temporary + ": " + e.getMessage(), e);
    }
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      forceDirectory(target);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot replace snapshot " + target + ": " + e.getMessage(), e);
    }
    snapshotSequence = Math.max(snapshotSequence, sequence);
  }

  /**
   * Drops from the file the records that the newest snapshot includes, all but its last one, and waits until it is
   * done: the next {@link #open} then reads and checks only the snapshot and what follows it, and the file stops
   * growing without bound. Appends already queued are written first; appends queued meanwhile wait and follow.
   *
   * <p>Crash-safe: the kept records are copied to {@code FILE.compact.tmp}, forced, and moved over the file
   * atomically, and the snapshot was already durable; a crash at any point leaves either the old file or the
   * compacted one, each readable with the snapshot. A compacted file needs its snapshot: without it (deleted,
   * damaged) {@link #open} raises {@link JournalCorruptedException} instead of starting from a partial history.
   *
   * @return how many records were dropped, 0 if there is no snapshot or nothing to drop
   * @throws EssStateException if the journal is closed
   * @throws UncheckedIOException if the file cannot be rewritten (the journal then fails like a failed write)
   */
  public long compact() {
    return runInWriter(COMPACT);
  }

  /** Refuses a new append or task once the journal is closed or its writer failed; called under the lock. */
  private void checkWritable() {
    if (closed) {
      throw new EssStateException("Journal " + file + " is closed");
    }
    IOException failed = failure;
    if (failed != null) {
      throw new UncheckedIOException("Journal " + file + " failed earlier: " + failed.getMessage(), failed);
    }
  }

  /** Queues a task for the writer thread behind the appends already queued, and waits for its result. */
  private long runInWriter(long task) {
    CompletableFuture<Long> future = new CompletableFuture<>();
    lock.lock();
    try {
      checkWritable();
      queue.add(new Pending(task, new byte[0], 0, future));
      work.signal();
    } finally {
      lock.unlock();
    }
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io;
      }
      throw e;
    }
  }

  /** The sequence of the first record in the file: 1, or the snapshot's last record after a compaction. */
  long firstSequenceInFile() {
    lock.lock();
    try {
      return firstSequence;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits for every queued append, forces the file and closes it. Appends after this throw
   * {@link EssStateException}.
   */
  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      work.signal();
    } finally {
      lock.unlock();
    }
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      if (channel.isOpen()) {
        channel.force(true);
        channel.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close journal " + file + ": " + e.getMessage(), e);
    }
  }

  private void writeLoop() {
    List<Pending> batch = new ArrayList<>();
    long lastForce = System.nanoTime();
    long unforced = 0;
    while (true) {
      lock.lock();
      try {
        while (queue.isEmpty() && !closed) {
          if (unforced > 0) {
            long wait = policy.interval().toNanos() - (System.nanoTime() - lastForce);
            if (wait <= 0) {
              break;
            }
            work.await(wait, TimeUnit.NANOSECONDS);
          } else {
            work.await();
          }
        }
        batch.addAll(queue);
        queue.clear();
        if (batch.isEmpty() && closed && unforced == 0) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        lock.unlock();
      }
      List<Pending> records = new ArrayList<>(batch.size());
      int done = 0;
      try {
        for (Pending pending : batch) {
          if (pending.sequence >= 0) {
            records.add(pending);
            continue;
          }
          // A task: what was queued before it is written and forced first.
          if (!records.isEmpty()) {
            write(records);
          }
          if (!records.isEmpty() || unforced > 0) {
            channel.force(false);
            lastForce = System.nanoTime();
            unforced = 0;
          }
          acknowledge(records);
          done += records.size();
          records.clear();
          pending.future.complete(pending.sequence == COMPACT ? compactFile() : 0L);
          done++;
        }
        if (policy.kind() == SyncPolicy.Kind.EVERY_RECORD) {
          for (Pending pending : records) {
            write(List.of(pending));
            channel.force(false);
            acknowledge(List.of(pending));
            done++;
          }
        } else if (!records.isEmpty() || unforced > 0) {
          write(records);
          long now = System.nanoTime();
          boolean force = policy.kind() == SyncPolicy.Kind.EVERY_BATCH
              || now - lastForce >= policy.interval().toNanos() || closed;
          if (force) {
            channel.force(false);
            lastForce = now;
            unforced = 0;
          } else {
            unforced += records.size();
          }
          acknowledge(records);
        }
      } catch (IOException e) {
        fail(batch.subList(done, batch.size()), e);
        return;
      }
      batch.clear();
    }
  }

  /** Runs in the writer thread, everything before it forced: rewrites the file from the snapshot's last record. */
  private long compactFile() throws IOException {
    long keepFrom = snapshotSequence;
    long first;
    lock.lock();
    try {
      first = firstSequence;
    } finally {
      lock.unlock();
    }
    if (keepFrom <= first) {
      return 0;
    }
    long offset = offsetOf(keepFrom);
    Path temporary = file.resolveSibling(file.getFileName() + ".compact.tmp");
    try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      long end = channel.size();
      long at = offset;
      while (at < end) {
        at += channel.transferTo(at, end - at, out);
      }
      out.force(true);
    }
    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    forceDirectory(file);
    FileChannel old = channel;
    FileChannel reopened = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    reopened.position(reopened.size());
    lock.lock();
    try {
      channel = reopened;
      firstSequence = keepFrom;
    } finally {
      lock.unlock();
    }
    old.close();
    return keepFrom - first;
  }

  /** The byte offset of the line of a record, found by reading the sequences at the starts of lines. */
  private long offsetOf(long sequence) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] chunk = new byte[1 << 16];
      long offset = 0;
      long lineStart = 0;
      int read;
      long number = 0;
      int state = 0; // 0: prefix of a line, 1: digits, 2: rest of the line
      int prefixAt = 0;
      while ((read = in.read(chunk)) > 0) {
        for (int i = 0; i < read; i++) {
          byte b = chunk[i];
          if (state == 0) {
            if (prefixAt < PREFIX.length) {
              prefixAt++;
            } else {
              state = 1;
            }
          }
          if (state == 1) {
            if (b >= '0' && b <= '9') {
              number = number * 10 + (b - '0');
            } else {
              if (number == sequence) {
                return lineStart;
              }
              state = 2;
            }
          }
          if (b == '\n') {
            lineStart = offset + i + 1;
            state = 0;
            prefixAt = 0;
            number = 0;
          }
        }
        offset += read;
      }
    }
    throw new IOException("record " + sequence + " is not in " + file);
  }

  /** Forces the directory entry of a file just moved into place, where the platform allows it. */
  private static void forceDirectory(Path moved) throws IOException {
    Path directory = moved.toAbsolutePath().getParent();
    if (directory == null) {
      return;
    }
    FileChannel dir;
    try {
      dir = FileChannel.open(directory, StandardOpenOption.READ);
    } catch (IOException | UnsupportedOperationException e) {
      // Some platforms (Windows) cannot open a directory as a file; the move itself is atomic there.
      return;
    }
    try (dir) {
      dir.force(true); // a failure here is a real one and is reported
    }
  }

  private void write(List<Pending> batch) throws IOException {
    int size = 0;
    byte[][] digits = new byte[batch.size()][];
    for (int i = 0; i < batch.size(); i++) {
      Pending pending = batch.get(i);
      digits[i] = Long.toString(pending.sequence).getBytes(StandardCharsets.US_ASCII);
      size += lineLength(digits[i].length, pending.body.length, RECORD_PART);
    }
    if (writeBuffer.capacity() < size) {
      writeBuffer = ByteBuffer.allocateDirect(Math.max(size, 2 * writeBuffer.capacity()));
    }
    ByteBuffer buffer = writeBuffer;
    buffer.clear();
    for (int i = 0; i < batch.size(); i++) {
      Pending pending = batch.get(i);
      putLine(buffer, RECORD_PART, digits[i], pending.crc, pending.body);
    }
    buffer.flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  private void acknowledge(List<Pending> batch) {
    if (!batch.isEmpty()) {
      durableSequence = batch.get(batch.size() - 1).sequence;
    }
    for (Pending pending : batch) {
      pending.future.complete(pending.sequence);
    }
  }

  private void fail(List<Pending> batch, IOException error) {
    List<Pending> failed = new ArrayList<>(batch);
    lock.lock();
    try {
      failure = error;
      failed.addAll(queue);
      queue.clear();
    } finally {
      lock.unlock();
    }
    UncheckedIOException wrapped = new UncheckedIOException("Journal " + file + " write failed: " + error.getMessage(),
        error);
    for (Pending pending : failed) {
      pending.future.completeExceptionally(wrapped);
    }
  }

  private static long checksum(byte[] bytes, int from, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, from, length);
    return crc.getValue();
  }

  private static int lineLength(int digits, int bodyLength, byte[] middle) {
    return PREFIX.length + digits + CRC_PART.length + 8 + middle.length + bodyLength + 2;
  }

  private static void putLine(ByteBuffer buffer, byte[] middle, byte[] digits, long crc, byte[] body) {
    buffer.put(PREFIX);
    buffer.put(digits);
    buffer.put(CRC_PART);
    for (int shift = 28; shift >= 0; shift -= 4) {
      buffer.put(HEX[(int) (crc >>> shift) & 0xF]);
    }
    buffer.put(middle);
    buffer.put(body);
    buffer.put((byte) '}');
    buffer.put((byte) '\n');
  }

  /** Decodes one line (without its newline); null if it is not a well-formed record with a matching CRC. */
  private static @Nullable JournalRecord decode(byte[] line, int length, byte[] middle) {
    long sequence = verify(line, length, middle);
    return sequence < 0 ? null : record(line, length, middle, sequence);
  }

  /** The record of a line that {@link #verify} accepted. */
  private static JournalRecord record(byte[] line, int length, byte[] middle, long sequence) {
    int at = PREFIX.length + Long.toString(sequence).length() + CRC_PART.length + 8 + middle.length;
    return new JournalRecord(sequence, new String(line, at, length - 1 - at, StandardCharsets.UTF_8));
  }

  /**
   * Checks one line (without its newline): its sequence if it is a well-formed record with a matching CRC, else -1.
   * Sequences are written without leading zeros, and a line with one is not well-formed.
   */
  private static long verify(byte[] line, int length, byte[] middle) {
    int at = 0;
    if (!startsWith(line, length, at, PREFIX)) {
      return -1;
    }
    at += PREFIX.length;
    int digitsStart = at;
    while (at < length && line[at] >= '0' && line[at] <= '9') {
      at++;
    }
    if (at == digitsStart || at - digitsStart > 18 || (line[digitsStart] == '0' && at - digitsStart > 1)
        || !startsWith(line, length, at, CRC_PART)) {
      return -1;
    }
    long sequence = Long.parseLong(new String(line, digitsStart, at - digitsStart, StandardCharsets.US_ASCII));
    at += CRC_PART.length;
    if (at + 8 > length) {
      return -1;
    }
    long expected = 0;
    for (int i = 0; i < 8; i++) {
      int digit = Character.digit(line[at + i], 16);
      if (digit < 0) {
        return -1;
      }
      expected = (expected << 4) | digit;
    }
    at += 8;
    if (!startsWith(line, length, at, middle) || line[length - 1] != '}') {
      return -1;
    }
    at += middle.length;
    int bodyLength = length - 1 - at;
    if (bodyLength <= 0 || sequence < 1) {
      return -1;
    }
    if (checksum(line, at, bodyLength) != expected) {
      return -1;
    }
    return sequence;
  }

  private static boolean startsWith(byte[] line, int length, int at, byte[] expected) {
    if (at + expected.length > length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (line[at + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static Path snapshotFile(Path file) {
    return file.resolveSibling(file.getFileName() + ".snapshot");
  }

  private static @Nullable JournalRecord readSnapshot(Path file) throws IOException {
    Path path = snapshotFile(file);
    if (!Files.exists(path)) {
      return null;
    }
    byte[] bytes = Files.readAllBytes(path);
    int length = bytes.length;
    JournalRecord snapshot = length > 0 && bytes[length - 1] == '\n' ? decode(bytes, length - 1, SNAPSHOT_PART) : null;
    if (snapshot == null) {
      throw new JournalCorruptedException(path.toString(), 0, "the snapshot is not a well-formed record");
    }
    return snapshot;
  }

  private static void checkSnapshot(Path file, @Nullable JournalRecord snapshot, long lastSequence) {
    if (snapshot != null && snapshot.sequence() > lastSequence) {
      throw new JournalCorruptedException(snapshotFile(file).toString(), 0, "the snapshot includes record "
          + snapshot.sequence() + " but the journal ends at " + lastSequence);
    }
  }

  /** The sequence of a well-formed snapshot beside the file, 0 if there is none or it cannot be read. */
  private static long snapshotSequenceIfReadable(Path file) {
    try {
      JournalRecord snapshot = readSnapshot(file);
      return snapshot == null ? 0 : snapshot.sequence();
    } catch (IOException | JournalCorruptedException e) {
      return 0;
    }
  }

  /**
   * What a scan of the file found: the good records after {@code keepAfter} (those up to it are checked, not kept),
   * where they end, and the first sequence, which is 1 unless the file was compacted up to a snapshot.
   */
  private static final class Scan {
    final List<JournalRecord> records = new ArrayList<>();
    long validBytes;
    long firstSequence = 1;
    long lastSequence;

    static Scan of(Path file, long snapshotSequence) throws IOException {
      return of(file, snapshotSequence, snapshotSequence);
    }

    static Scan of(Path file, long keepAfter, long compactedUpTo) throws IOException {
      Scan scan = new Scan();
      boolean first = true;
      if (!Files.exists(file)) {
        return scan;
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] chunk = new byte[1 << 16];
        ByteArrayOutputStream current = new ByteArrayOutputStream(256);
        long offset = 0;
        long lineStart = 0;
        @Nullable String damage = null;
        long damageOffset = -1;
        int read;
        while ((read = in.read(chunk)) > 0) {
          int from = 0;
          for (int i = 0; i < read; i++) {
            if (chunk[i] != '\n') {
              continue;
            }
            current.write(chunk, from, i - from);
            from = i + 1;
            long lineEnd = offset + i + 1;
            byte[] line = current.toByteArray();
            current.reset();
            long sequence = verify(line, line.length, RECORD_PART);
            if (first && sequence > 1) {
              if (sequence > compactedUpTo) {
                // A whole record cannot be a torn write: the records before it are gone.
                throw new JournalCorruptedException(file.toString(), 0, "the first record is " + sequence
                    + (compactedUpTo == 0 ? ", and no snapshot includes the records before it"
                        : ", after the snapshot's last record " + compactedUpTo));
              }
              // A compacted file starts with the last record its snapshot includes.
              scan.firstSequence = sequence;
              scan.lastSequence = sequence - 1;
            }
            first = false;
            if (damage != null) {
              if (sequence >= 0) {
                // A good record after a damaged one: the damage is not a torn tail.
                throw new JournalCorruptedException(file.toString(), damageOffset, damage);
              }
            } else if (sequence < 0) {
              damage = "the record is not well-formed or its CRC does not match";
              damageOffset = lineStart;
            } else if (sequence != scan.lastSequence + 1) {
              damage = "sequence " + sequence + " follows " + scan.lastSequence;
              damageOffset = lineStart;
            } else {
              if (sequence > keepAfter) {
                scan.records.add(record(line, line.length, RECORD_PART, sequence));
              }
              scan.lastSequence = sequence;
              scan.validBytes = lineEnd;
            }
            lineStart = lineEnd;
          }
          current.write(chunk, from, read - from);
          offset += read;
        }
      }
      return scan;
    }
  }

  /** A queued append. */
  private static final class Pending {
    final long sequence;
    final byte[] body;
    final long crc;
    final CompletableFuture<Long> future;

    Pending(long sequence, byte[] body, long crc, CompletableFuture<Long> future) {
      this.sequence = sequence;
      this.body = body;
      this.crc = crc;
      this.future = future;
    }
  }
}
