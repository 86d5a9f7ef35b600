package coop.ess.timebank;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.core.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InMemoryJournalTest {

  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void everyPostingReadsBackWithItsOwnInstantAcrossRunsAndChunks() {
    ManualClock clock = ManualClock.of(START);
    InMemoryJournal journal = new InMemoryJournal();
    Ledger ledger = Ledger.builder().clock(clock).journal(journal)
        .limitPolicy(LimitPolicy.builder().defaults(Limits.of(-1_000_000, 1_000_000)).build()).build();
    ledger.openAccount(Account.of(AccountId.of("a"), MemberId.of("a")));
    ledger.openAccount(Account.of(AccountId.of("b"), MemberId.of("b")));
    ledger.openAccount(Account.community(AccountId.of("pot")));
    SplittableRandom random = new SplittableRandom(7);
    List<Instant> expected = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    TransferBatch batch = new TransferBatch(50);
    BatchResult result = new BatchResult();
    long id = 0;
    // 40,000 postings: three chunks of 16,384, runs of one to many postings per instant, some of them exchanges.
    while (expected.size() < 40_000) {
      int kind = random.nextInt(10);
      if (kind < 3) {
        clock.advance(Duration.ofNanos(1 + random.nextInt(1_000_000)));
      }
      if (kind == 9) {
        batch.clear();
        for (int k = 0; k < 50; k++) {
          batch.add(id++, 0, 1, 1, Category.DIY);
        }
        ledger.transferAll(batch, result);
        for (int k = 0; k < 50; k++) {
          expected.add(clock.instant());
        }
      } else if (kind == 8) {
        ledger.post(Exchange.of(ExchangeId.of("x" + id++), AccountId.of("b"), AccountId.of("a"), 1, Category.DIY,
            clock.instant()));
        expected.add(clock.instant());
      } else {
        ledger.transfer(id++, 1, 0, 1, Category.DIY, violations);
        expected.add(clock.instant());
      }
    }

    assertThat(violations).isEmpty();
    assertThat(journal.size()).isEqualTo(3 + expected.size());
    for (int i = 0; i < expected.size(); i++) {
      LedgerEvent event = journal.get(3 + i);
      assertThat(event.recordedAt()).as("event %d", 3 + i).isEqualTo(expected.get(i));
      assertThat(event.posted().orElseThrow().occurredAt()).isEqualTo(expected.get(i));
    }
  }
}
