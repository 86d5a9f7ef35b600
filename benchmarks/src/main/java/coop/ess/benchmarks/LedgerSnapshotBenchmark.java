package coop.ess.benchmarks;

import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.json.EssJson;
import coop.ess.json.journal.FileJournal;
import coop.ess.json.journal.LedgerJournal;
import coop.ess.json.journal.SyncPolicy;
import coop.ess.timebank.Account;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Category;
import coop.ess.timebank.InMemoryJournal;
import coop.ess.timebank.Ledger;
import coop.ess.timebank.LedgerSnapshot;
import coop.ess.timebank.LimitPolicy;
import coop.ess.timebank.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reopening a ledger kept in a {@link LedgerJournal} file of {@code events} events ({@code accounts} accounts, the
 * rest single-leg transfers): {@link #replayFromZero} opens the file without a snapshot and replays every event (the
 * baseline); {@link #fromSnapshot} opens the same events with a snapshot after event {@code events - 1000} (written
 * beside the file) and replays the last thousand. Each invocation opens the file, builds the ledger and closes the
 * file; the score is milliseconds per reopening. {@link #restoreInMemory} builds a ledger from the same snapshot
 * value, already read, to show what the file costs. An invocation takes a few hundred milliseconds and reading a
 * snapshot is one long loop, so warm-up iterations of 5 s (not 1 s) let the JIT compile it before measuring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class LedgerSnapshotBenchmark {

  private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
  /** The snapshot is taken this many events before the end. */
  private static final int TAIL = 1000;

  @Param({"100000"})
  public int events;

  @Param({"300"})
  public int accounts;

  private Path dir;
  private Path plain;
  private Path snapshotted;
  private Path compacted;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("ess-ledger-snapshot-bench");
    plain = dir.resolve("plain.jsonl");
    snapshotted = dir.resolve("snapshotted.jsonl");
    compacted = dir.resolve("compacted.jsonl");
    ManualClock clock = ManualClock.of(START);
    Ledger ledger = Ledger.builder().clock(clock)
        .limitPolicy(LimitPolicy.builder().defaults(Limits.of(-6000, 6000)).build()).build();
    for (int i = 0; i < accounts; i++) {
      ledger.openAccount(Account.of(AccountId.of("member-" + i), MemberId.of("member-" + i)));
    }
    SplittableRandom random = new SplittableRandom(42);
    List<coop.ess.core.Violation> violations = new ArrayList<>();
    LedgerSnapshot snapshot = null;
    long id = 0;
    while (ledger.journal().size() < events) {
      if (ledger.journal().size() == events - TAIL && snapshot == null) {
        snapshot = ledger.snapshot();
      }
      int from = random.nextInt(accounts);
      int to = random.nextInt(accounts);
      clock.advance(Duration.ofSeconds(30));
      ledger.transfer(id++, from, to, 15 + random.nextInt(120), Category.DIGITAL, violations);
      violations.clear();
    }
    if (snapshot == null) {
      throw new IllegalStateException("no snapshot taken");
    }
    EssJson json = EssJson.standard();
    for (Path file : List.of(plain, snapshotted, compacted)) {
      try (FileJournal journal = FileJournal.open(file, SyncPolicy.interval(Duration.ofSeconds(1)))) {
        List<CompletableFuture<Long>> written = new ArrayList<>();
        for (var event : ledger.journal().events()) {
          written.add(journal.appendAsync(json.write(event)));
        }
        CompletableFuture.allOf(written.toArray(new CompletableFuture<?>[0])).join();
        if (!file.equals(plain)) {
          journal.writeSnapshot(snapshot.sequence() + 1, json.write(snapshot));
        }
        if (file.equals(compacted)) {
          journal.compact();
        }
      }
    }
    // Both files give the same ledger.
    LedgerSnapshot replayed = reopen(plain).snapshot();
    if (!replayed.equals(reopen(snapshotted).snapshot()) || !replayed.equals(reopen(compacted).snapshot())) {
      throw new IllegalStateException("the two files give different ledgers");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    TempFiles.deleteFolder(dir);
  }

  private static Ledger reopen(Path file) {
    try (LedgerJournal journal = LedgerJournal.open(file, SyncPolicy.everyBatch())) {
      return Ledger.builder().clock(ManualClock.of(START)).journal(journal).build();
    }
  }

  /** The baseline: open the file and replay every event. */
  @Benchmark
  public Ledger replayFromZero() {
    return reopen(plain);
  }

  /** Open the same events with a snapshot near the end: read the snapshot, replay the events after it. */
  @Benchmark
  public Ledger fromSnapshot() {
    return reopen(snapshotted);
  }

  /** The same file compacted after its snapshot: only the snapshot and the events after it are read. */
  @Benchmark
  public Ledger fromCompacted() {
    return reopen(compacted);
  }

  /** For comparison: the snapshot alone, restored into a ledger in memory (no file). */
  @Benchmark
  public Ledger restoreInMemory(SnapshotState state) {
    return Ledger.builder().clock(ManualClock.of(START)).journal(InMemoryJournal.trimmed(state.snapshot)).build();
  }

  /** The snapshot of the end of the file, read once. */
  @State(Scope.Benchmark)
  public static class SnapshotState {
    LedgerSnapshot snapshot;

    @Setup(Level.Trial)
    public void setUp(LedgerSnapshotBenchmark benchmark) {
      snapshot = reopen(benchmark.snapshotted).snapshot();
    }
  }
}
