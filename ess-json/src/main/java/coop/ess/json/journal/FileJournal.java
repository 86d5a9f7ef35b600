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
 * in {@code FILE.snapshot}, replaced atomically, so that replay can start after it. Example:
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

  private final Path file;
  private final SyncPolicy policy;
  private final FileChannel channel;
  private final List<JournalRecord> recovered;
  private final @Nullable JournalRecord snapshot;
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
      @Nullable JournalRecord snapshot, long lastSequence, long truncatedBytes) {
    this.file = file;
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
      Scan scan = Scan.of(file);
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      long size = channel.size();
      if (scan.validBytes < size) {
        channel.truncate(scan.validBytes);
        channel.force(true);
      }
      channel.position(scan.validBytes);
      JournalRecord snapshot = readSnapshot(file, scan.lastSequence);
      List<JournalRecord> after = new ArrayList<>();
      for (JournalRecord record : scan.records) {
        if (snapshot == null || record.sequence() > snapshot.sequence()) {
          after.add(record);
        }
      }
      return new FileJournal(file, policy, channel, List.copyOf(after), snapshot, scan.lastSequence,
          size - scan.validBytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open journal " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads every record of a journal file without opening it for writing or repairing it; a torn last line is
   * ignored.
   *
   * @param file the journal file, not null
   * @return the records in order, not null
   * @throws JournalCorruptedException if a record other than the last is damaged
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<JournalRecord> read(Path file) {
    try {
      return Scan.of(file).records;
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
   * {@link JournalCorruptedException}. The snapshot file is not read.
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
            if (record.sequence() != expected) {
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
      if (closed) {
        throw new EssStateException("Journal " + file + " is closed");
      }
      IOException failed = failure;
      if (failed != null) {
        throw new UncheckedIOException("Journal " + file + " failed earlier: " + failed.getMessage(), failed);
      }
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
   * Written to a temporary file, forced, then moved over {@code FILE.snapshot} atomically.
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
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot replace snapshot " + target + ": " + e.getMessage(), e);
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
      try {
        if (policy.kind() == SyncPolicy.Kind.EVERY_RECORD) {
          for (Pending pending : batch) {
            write(List.of(pending));
            channel.force(false);
            acknowledge(List.of(pending));
          }
        } else {
          write(batch);
          long now = System.nanoTime();
          boolean force = policy.kind() == SyncPolicy.Kind.EVERY_BATCH
              || now - lastForce >= policy.interval().toNanos() || closed;
          if (force) {
            channel.force(false);
            lastForce = now;
            unforced = 0;
          } else {
            unforced += batch.size();
          }
          acknowledge(batch);
        }
      } catch (IOException e) {
        fail(batch, e);
        return;
      }
      batch.clear();
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
    int at = 0;
    if (!startsWith(line, length, at, PREFIX)) {
      return null;
    }
    at += PREFIX.length;
    int digitsStart = at;
    while (at < length && line[at] >= '0' && line[at] <= '9') {
      at++;
    }
    if (at == digitsStart || at - digitsStart > 18 || !startsWith(line, length, at, CRC_PART)) {
      return null;
    }
    long sequence = Long.parseLong(new String(line, digitsStart, at - digitsStart, StandardCharsets.US_ASCII));
    at += CRC_PART.length;
    if (at + 8 > length) {
      return null;
    }
    long expected = 0;
    for (int i = 0; i < 8; i++) {
      int digit = Character.digit(line[at + i], 16);
      if (digit < 0) {
        return null;
      }
      expected = (expected << 4) | digit;
    }
    at += 8;
    if (!startsWith(line, length, at, middle) || line[length - 1] != '}') {
      return null;
    }
    at += middle.length;
    int bodyLength = length - 1 - at;
    if (bodyLength <= 0 || sequence < 1) {
      return null;
    }
    if (checksum(line, at, bodyLength) != expected) {
      return null;
    }
    return new JournalRecord(sequence, new String(line, at, bodyLength, StandardCharsets.UTF_8));
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

  private static @Nullable JournalRecord readSnapshot(Path file, long lastSequence) throws IOException {
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
    if (snapshot.sequence() > lastSequence) {
      throw new JournalCorruptedException(path.toString(), 0, "the snapshot includes record " + snapshot.sequence()
          + " but the journal ends at " + lastSequence);
    }
    return snapshot;
  }

  /** What a scan of the file found: the good records and where they end. */
  private static final class Scan {
    final List<JournalRecord> records = new ArrayList<>();
    long validBytes;
    long lastSequence;

    static Scan of(Path file) throws IOException {
      Scan scan = new Scan();
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
            JournalRecord record = decode(line, line.length, RECORD_PART);
            if (damage != null) {
              if (record != null) {
                // A good record after a damaged one: the damage is not a torn tail.
                throw new JournalCorruptedException(file.toString(), damageOffset, damage);
              }
            } else if (record == null) {
              damage = "the record is not well-formed or its CRC does not match";
              damageOffset = lineStart;
            } else if (record.sequence() != scan.lastSequence + 1) {
              damage = "sequence " + record.sequence() + " follows " + scan.lastSequence;
              damageOffset = lineStart;
            } else {
              scan.records.add(record);
              scan.lastSequence = record.sequence();
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
