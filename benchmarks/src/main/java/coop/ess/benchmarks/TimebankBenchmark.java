package coop.ess.benchmarks;

import coop.ess.core.MemberId;
import coop.ess.core.Violation;
import coop.ess.timebank.Account;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.BatchResult;
import coop.ess.timebank.Category;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.ExchangeId;
import coop.ess.timebank.Ledger;
import coop.ess.timebank.LimitPolicy;
import coop.ess.timebank.Limits;
import coop.ess.timebank.Outcome;
import coop.ess.timebank.PostResult;
import coop.ess.timebank.TransferBatch;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Posting validated single-leg time-bank exchanges among 1,000 members (limits −20 h / +40 h, amounts 1 to 30
 * minutes, a random walk that meets the limits now and then), against two baselines in the same run:
 *
 * <ul>
 *   <li>{@code raw}: the physical limit, two balances in a {@code long[]} and the limit check, nothing else;
 *   <li>{@code h2}: the same ledger in SQL on embedded in-memory H2, an accounts table whose CHECK constraint holds
 *       the limits, a transfers table whose primary key makes retries idempotent, one transaction per transfer.
 * </ul>
 *
 * <p>{@code post}, {@code post2Threads} and {@code proposeAndConfirm} measure the object API ({@link Ledger#post}
 * of an {@link Exchange}, results as {@link PostResult}); {@code transfer} and {@code transfer2Threads} measure the
 * fast path {@link Ledger#transfer} (account numbers and numeric ids, an {@link Outcome} and a reusable list of
 * violations). {@code transferBatch64}, {@code transferBatch1024} and {@code transferBatch8192} measure
 * {@link Ledger#transferAll}, the batch API (the same transfers in a {@link TransferBatch} of 64, 1,024 or 8,192,
 * one lock per batch; TigerBeetle batches up to 8,189 per request), and report the time <em>per transfer</em>
 * ({@code @OperationsPerInvocation}), filling the batch from the ring included, one {@link TransferBatch#add} per
 * transfer; {@code transferColumns1024} fills its batches of 1,024 by columns instead ({@link TransferBatch#addAll},
 * the way for a simulation that keeps its transfers in arrays); {@code transferBatch1024Threads2} is
 * the same with two threads. All of them run the same rules on the same exchanges. The clock is fixed (it allocates
 * nothing).
 *
 * <p>Every fork runs with a fixed, pre-touched heap of 2 GB ({@code -Xms2g -Xmx2g -XX:+AlwaysPreTouch}), the
 * baselines as well: on the build machines (virtual machines) a heap that grows page by page while a ledger appends
 * to its journal costs page faults that dwarf the ledger's own work and change from run to run.
 *
 * <p>Exchanges are built once in a ring of 2<sup>18</sup>; when the ring wraps, the ledger (and the raw balances)
 * start afresh so that every post is a new id. The H2 baseline never gets that far in an iteration.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class TimebankBenchmark {

  private static final int MEMBERS = 1_000;
  private static final int RING = 1 << 18;
  private static final long FLOOR = -1200;
  private static final long CEILING = 2400;
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

  private final long[] ids = new long[RING];
  private final int[] from = new int[RING];
  private final int[] to = new int[RING];
  private final long[] minutes = new long[RING];
  private final Exchange[] exchanges = new Exchange[RING];
  private final AccountId[] accounts = new AccountId[MEMBERS];
  private final MemberId[] members = new MemberId[MEMBERS];
  /** The accounts a fresh ledger opens, built once like the exchanges. */
  private final Account[] accountValues = new Account[MEMBERS];

  private final AtomicLong cursor = new AtomicLong();
  private volatile Ledger ledger;

  private final long[] rawBalances = new long[MEMBERS];
  private int rawCursor;

  private Connection h2;
  private PreparedStatement insertTransfer;
  private PreparedStatement debit;
  private PreparedStatement credit;
  private int h2Cursor;

  /** Builds the ring of exchanges, the ledger and the H2 database. */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    for (int i = 0; i < MEMBERS; i++) {
      accounts[i] = AccountId.of("m" + i);
      members[i] = MemberId.of("m" + i);
      accountValues[i] = Account.of(accounts[i], members[i]);
    }
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < RING; i++) {
      ids[i] = i;
      from[i] = random.nextInt(MEMBERS);
      to[i] = (from[i] + 1 + random.nextInt(MEMBERS - 1)) % MEMBERS;
      minutes[i] = 1 + random.nextInt(30);
      exchanges[i] = Exchange.of(ExchangeId.of("x" + i), accounts[from[i]], accounts[to[i]], minutes[i],
          Category.DIY, CLOCK.instant());
    }
    ledger = freshLedger();
    int refused = 0;
    for (int i = 0; i < RING; i++) {
      refused += raw() ? 0 : 1;
    }
    rawCursor = 0;
    Arrays.fill(rawBalances, 0);
    System.out.printf("%n%d of %d exchanges of the ring are refused by the limits%n", refused, RING);

    h2 = DriverManager.getConnection("jdbc:h2:mem:timebank;DB_CLOSE_DELAY=-1");
    try (Statement sql = h2.createStatement()) {
      sql.execute("CREATE TABLE account (id INT PRIMARY KEY, balance BIGINT NOT NULL, floor BIGINT NOT NULL, "
          + "ceiling BIGINT NOT NULL, CHECK (balance BETWEEN floor AND ceiling))");
      sql.execute("CREATE TABLE transfer (id VARCHAR(128) PRIMARY KEY, debit INT NOT NULL, credit INT NOT NULL, "
          + "minutes BIGINT NOT NULL CHECK (minutes > 0), CHECK (debit <> credit))");
      for (int i = 0; i < MEMBERS; i++) {
        sql.execute("INSERT INTO account VALUES (" + i + ", 0, " + FLOOR + ", " + CEILING + ")");
      }
    }
    h2.setAutoCommit(false);
    insertTransfer = h2.prepareStatement("INSERT INTO transfer VALUES (?, ?, ?, ?)");
    debit = h2.prepareStatement("UPDATE account SET balance = balance - ? WHERE id = ?");
    credit = h2.prepareStatement("UPDATE account SET balance = balance + ? WHERE id = ?");
    // The ring (a million small objects) and H2 are the harness, not what is measured: move them to the old
    // generation now, so that young collections during the measurement copy only what the measured code keeps.
    System.gc();
  }

  /** Closes H2. */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    h2.close();
  }

  private Ledger freshLedger() {
    Ledger fresh = Ledger.builder().clock(CLOCK)
        .limitPolicy(LimitPolicy.builder().defaults(Limits.of(FLOOR, CEILING)).build()).build();
    for (int i = 0; i < MEMBERS; i++) {
      fresh.openAccount(accountValues[i]);
    }
    return fresh;
  }

  private int next() {
    long k = cursor.getAndIncrement();
    int i = (int) (k % RING);
    if (i == 0 && k > 0) {
      ledger = freshLedger();
    }
    return i;
  }

  /**
   * The baseline: the limit check and two balances in a {@code long[]}.
   *
   * @return whether it posted
   */
  @Benchmark
  public boolean raw() {
    int i = rawCursor++;
    if (rawCursor == RING) {
      rawCursor = 0;
      Arrays.fill(rawBalances, 0);
    }
    long amount = minutes[i];
    int payer = from[i];
    int payee = to[i];
    if (amount < 1 || payer == payee || rawBalances[payer] - amount < FLOOR || rawBalances[payee] + amount > CEILING) {
      return false;
    }
    rawBalances[payer] -= amount;
    rawBalances[payee] += amount;
    return true;
  }

  /**
   * {@link Ledger#post} of a validated single-leg exchange, one thread.
   *
   * @return the result
   */
  @Benchmark
  public PostResult post() {
    return ledger.post(exchanges[next()]);
  }

  /**
   * The same with two threads posting to the same ledger.
   *
   * @return the result
   */
  @Benchmark
  @Threads(2)
  public PostResult post2Threads() {
    return ledger.post(exchanges[next()]);
  }

  /** A list of violations per thread, for {@link Ledger#transfer}. */
  @State(Scope.Thread)
  public static class Violations {
    final List<Violation> list = new ArrayList<>();
  }

  /**
   * {@link Ledger#transfer}, the fast path by account number and numeric id: the same exchanges, rules, limits,
   * idempotency, journal and lock as {@link #post}, one thread.
   *
   * @param violations the thread's list of violations
   * @return the outcome
   */
  @Benchmark
  public Outcome transfer(Violations violations) {
    int i = next();
    violations.list.clear();
    return ledger.transfer(i, from[i], to[i], minutes[i], Category.DIY, violations.list);
  }

  /**
   * The same with two threads posting to the same ledger.
   *
   * @param violations the thread's list of violations
   * @return the outcome
   */
  @Benchmark
  @Threads(2)
  public Outcome transfer2Threads(Violations violations) {
    int i = next();
    violations.list.clear();
    return ledger.transfer(i, from[i], to[i], minutes[i], Category.DIY, violations.list);
  }

  /** A batch and its result per thread, for {@link Ledger#transferAll}. */
  @State(Scope.Thread)
  public static class Batches {
    final TransferBatch of64 = new TransferBatch(64);
    final TransferBatch of1024 = new TransferBatch(1024);
    final TransferBatch of8192 = new TransferBatch(8192);
    final BatchResult result = new BatchResult();
  }

  /**
   * Takes the next {@code n} transfers of the ring ({@code n} divides it), starting a fresh ledger when the ring
   * wraps; returns the index of the first.
   */
  private int nextRun(int n) {
    long k = cursor.getAndAdd(n);
    int first = (int) (k % RING);
    if (first == 0 && k > 0) {
      ledger = freshLedger();
    }
    return first;
  }

  /** Fills the batch with the next transfers of the ring (its capacity divides the ring) and posts it. */
  private BatchResult postBatch(TransferBatch batch, BatchResult result) {
    int n = batch.capacity();
    int first = nextRun(n);
    Ledger current = ledger;
    batch.clear();
    for (int i = first; i < first + n; i++) {
      batch.add(i, from[i], to[i], minutes[i], Category.DIY);
    }
    current.transferAll(batch, result);
    return result;
  }

  /**
   * {@link Ledger#transferAll} of batches of 1,024 transfers filled by columns ({@link TransferBatch#addAll}: the
   * ring's ids, payers, payees and amounts copied in bulk), one thread; time per transfer.
   *
   * @param batches the thread's batch and result
   * @return the result
   */
  @Benchmark
  @OperationsPerInvocation(1024)
  public BatchResult transferColumns1024(Batches batches) {
    TransferBatch batch = batches.of1024;
    int n = batch.capacity();
    int first = nextRun(n);
    Ledger current = ledger;
    batch.clear();
    batch.addAll(ids, from, to, minutes, first, n, Category.DIY);
    current.transferAll(batch, batches.result);
    return batches.result;
  }

  /**
   * {@link Ledger#transferAll} of batches of 64 transfers, one thread; time per transfer.
   *
   * @param batches the thread's batch and result
   * @return the result
   */
  @Benchmark
  @OperationsPerInvocation(64)
  public BatchResult transferBatch64(Batches batches) {
    return postBatch(batches.of64, batches.result);
  }

  /**
   * {@link Ledger#transferAll} of batches of 1,024 transfers, one thread; time per transfer.
   *
   * @param batches the thread's batch and result
   * @return the result
   */
  @Benchmark
  @OperationsPerInvocation(1024)
  public BatchResult transferBatch1024(Batches batches) {
    return postBatch(batches.of1024, batches.result);
  }

  /**
   * {@link Ledger#transferAll} of batches of 8,192 transfers, one thread; time per transfer.
   *
   * @param batches the thread's batch and result
   * @return the result
   */
  @Benchmark
  @OperationsPerInvocation(8192)
  public BatchResult transferBatch8192(Batches batches) {
    return postBatch(batches.of8192, batches.result);
  }

  /**
   * The same as {@link #transferBatch1024} with two threads posting batches to one ledger; time per transfer of
   * each thread.
   *
   * @param batches the thread's batch and result
   * @return the result
   */
  @Benchmark
  @Threads(2)
  @OperationsPerInvocation(1024)
  public BatchResult transferBatch1024Threads2(Batches batches) {
    return postBatch(batches.of1024, batches.result);
  }

  /**
   * A proposal that holds the amount, then its confirmation by the other side: two calls per exchange.
   *
   * @return the confirmation's result
   */
  @Benchmark
  public PostResult proposeAndConfirm() {
    int i = next();
    Ledger current = ledger;
    PostResult proposed = current.propose(exchanges[i], members[to[i]]);
    if (proposed.outcome() != Outcome.PENDING) {
      return proposed;
    }
    return current.confirm(exchanges[i].id(), members[from[i]]);
  }

  /**
   * The same transfer in SQL: one transaction inserting the transfer and updating both balances, rolled back if a
   * constraint refuses it.
   *
   * @return whether it posted
   * @throws SQLException never in practice
   */
  @Benchmark
  public boolean h2() throws SQLException {
    int i = h2Cursor++ % RING;
    try {
      insertTransfer.setString(1, "x" + h2Cursor);
      insertTransfer.setInt(2, from[i]);
      insertTransfer.setInt(3, to[i]);
      insertTransfer.setLong(4, minutes[i]);
      insertTransfer.executeUpdate();
      debit.setLong(1, minutes[i]);
      debit.setInt(2, from[i]);
      debit.executeUpdate();
      credit.setLong(1, minutes[i]);
      credit.setInt(2, to[i]);
      credit.executeUpdate();
      h2.commit();
      return true;
    } catch (SQLException refused) {
      h2.rollback();
      return false;
    }
  }
}
