package coop.ess.timebank;

import coop.ess.core.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.MemberId;
import coop.ess.core.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LedgerConcurrencyTest {

  private static final int ACCOUNTS = 6;
  private static final int THREADS = 4;
  private static final int OPERATIONS = 20_000;
  /** Where the ids of batched transfers start, apart from those of single transfers. */
  private static final long BATCH_IDS = 1L << 40;

  @Test
  void limitsAndZeroSumHoldWhileSeveralThreadsPostAndBatchAcrossSharedAccounts() throws Exception {
    Ledger ledger = Ledger.builder().clock(ManualClock.of(Instant.parse("2026-03-02T08:00:00Z")))
        .limitPolicy(LimitPolicy.builder().defaults(Limits.of(-120, 120)).build()).build();
    List<AccountId> accounts = new ArrayList<>();
    for (int i = 0; i < ACCOUNTS; i++) {
      accounts.add(AccountId.of("a" + i));
      ledger.openAccount(Account.of(accounts.get(i), MemberId.of("a" + i)));
    }
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong auditedSnapshots = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    Future<?> auditor = pool.submit(() -> {
      while (running.get()) {
        assertThat(ledger.balances().values().stream().mapToLong(Long::longValue).sum()).isZero();
        // The journal is read without the ledger's lock while batches append to it.
        long size = ledger.journal().size();
        if (size > 0) {
          assertThat(ledger.journal().get(size - 1).sequence()).isEqualTo(size - 1);
        }
        auditedSnapshots.incrementAndGet();
      }
    });
    List<Future<Long>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      workers.add(pool.submit(() -> {
        SplittableRandom random = new SplittableRandom(thread);
        long posted = 0;
        TransferBatch batch = new TransferBatch(8);
        BatchResult result = new BatchResult();
        for (int i = 0; i < OPERATIONS; i++) {
          int from = random.nextInt(ACCOUNTS);
          int to = (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
          long minutes = 1 + random.nextInt(60);
          if (i % 5 == 4) {
            // A batch of 8 transfers under one lock, then the same batch again: what posted is a duplicate.
            batch.clear();
            for (int k = 0; k < batch.capacity(); k++) {
              int payer = random.nextInt(ACCOUNTS);
              batch.add(BATCH_IDS + ((long) thread * OPERATIONS + i) * batch.capacity() + k, payer,
                  (payer + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS, 1 + random.nextInt(60), Category.DIY);
            }
            ledger.transferAll(batch, result);
            List<Outcome> first = new ArrayList<>();
            for (int k = 0; k < batch.size(); k++) {
              first.add(result.outcome(k));
            }
            posted += result.count(Outcome.POSTED);
            ledger.transferAll(batch, result);
            for (int k = 0; k < batch.size(); k++) {
              if (first.get(k) == Outcome.POSTED) {
                assertThat(result.outcome(k)).isEqualTo(Outcome.DUPLICATE);
              } else if (result.outcome(k) == Outcome.POSTED) {
                posted++;
              }
            }
            continue;
          }
          if (i % 3 == 1) {
            // The fast path by number, on the same accounts and under the same lock.
            long id = (long) thread * OPERATIONS + i;
            List<Violation> violations = new ArrayList<>();
            boolean transferred = ledger.transfer(id, from, to, minutes, Category.DIY, violations) == Outcome.POSTED;
            posted += transferred ? 1 : 0;
            Outcome retry = ledger.transfer(id, from, to, minutes, Category.DIY, violations);
            if (transferred) {
              assertThat(retry).isEqualTo(Outcome.DUPLICATE);
            } else if (retry == Outcome.POSTED) {
              posted++;
            }
            continue;
          }
          Exchange exchange = Exchange.of(ExchangeId.of("t" + thread + "-" + i), accounts.get(from),
              accounts.get(to), minutes, Category.DIY, Instant.EPOCH);
          boolean recorded;
          if (i % 3 == 0) {
            recorded = ledger.propose(exchange, MemberId.of("a" + to)).outcome() == Outcome.PENDING;
            if (recorded && ledger.confirm(exchange.id(), MemberId.of("a" + from)).outcome() == Outcome.POSTED) {
              posted++;
            }
          } else {
            recorded = ledger.post(exchange).outcome() == Outcome.POSTED;
            posted += recorded ? 1 : 0;
          }
          // A retry from the same client never posts twice; a refused exchange may post when retried later.
          Outcome retry = ledger.post(exchange).outcome();
          if (recorded) {
            assertThat(retry).isEqualTo(Outcome.DUPLICATE);
          } else if (retry == Outcome.POSTED) {
            posted++;
          }
        }
        return posted;
      }));
    }
    long posted = 0;
    for (Future<Long> worker : workers) {
      posted += worker.get(60, TimeUnit.SECONDS);
    }
    running.set(false);
    auditor.get(10, TimeUnit.SECONDS);
    pool.shutdown();

    assertThat(ledger.sumOfBalances()).isZero();
    for (AccountId account : accounts) {
      assertThat(ledger.balance(account)).isBetween(-120L, 120L);
      assertThat(ledger.heldDebits(account)).isZero();
      assertThat(ledger.heldCredits(account)).isZero();
    }
    assertThat(ledger.journal().events().stream().filter(e -> e.posted().isPresent()).count()).isEqualTo(posted);
    assertThat(posted).isGreaterThan(OPERATIONS / 10);
    assertThat(auditedSnapshots.get()).isPositive();
  }
}
