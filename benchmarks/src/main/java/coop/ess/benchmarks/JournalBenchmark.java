package coop.ess.benchmarks;

import coop.ess.json.journal.FileJournal;
import coop.ess.json.journal.SyncPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Durable appends to the {@link FileJournal} with group commit and fsync ({@link SyncPolicy#everyBatch()}): each
 * invocation keeps {@code inFlight} appends of a 120-byte ledger event in flight and waits for all of them; run with
 * {@code -t 1} and {@code -t 2} writer threads. The baseline writes the same number of lines of the same size with
 * one {@code FileChannel.write} and one {@code force}: the device's own limit for that batch. Scores are records per
 * second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(JournalBenchmark.IN_FLIGHT)
public class JournalBenchmark {

  static final int IN_FLIGHT = 1000;

  private static final String EVENT = "{\"type\":\"exchange-posted\",\"id\":\"t-000000\",\"from\":\"alice\","
      + "\"to\":\"bob\",\"minutes\":90,\"at\":\"2026-03-01T10:00:00+01:00\"}";

  @Param({"everyBatch"})
  public String policy;

  private Path dir;
  private FileJournal journal;
  private FileChannel raw;
  private byte[] rawBatch;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("ess-journal-bench");
    journal = FileJournal.open(dir.resolve("journal.jsonl"), SyncPolicy.everyBatch());
    raw = FileChannel.open(dir.resolve("raw.jsonl"), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
    String line = "{\"seq\":1234567,\"crc\":\"0a1b2c3d\",\"record\":" + EVENT + "}\n";
    StringBuilder batch = new StringBuilder();
    for (int i = 0; i < IN_FLIGHT; i++) {
      batch.append(line);
    }
    rawBatch = batch.toString().getBytes(StandardCharsets.UTF_8);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    journal.close();
    raw.close();
    TempFiles.deleteFolder(dir);
  }

  /** The SDK: {@code IN_FLIGHT} asynchronous appends, then wait until all are durable. */
  @Benchmark
  public long journalAppends() {
    CompletableFuture<Long> last = null;
    for (int i = 0; i < IN_FLIGHT; i++) {
      last = journal.appendAsync(EVENT);
    }
    return last.join();
  }

  /** The baseline: the same bytes in one write and one force. */
  @Benchmark
  public int rawWriteAndForce() {
    try {
      ByteBuffer buffer = ByteBuffer.wrap(rawBatch);
      int written = 0;
      while (buffer.hasRemaining()) {
        written += raw.write(buffer);
      }
      raw.force(false);
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
