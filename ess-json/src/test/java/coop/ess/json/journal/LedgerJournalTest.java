package coop.ess.json.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.json.EssJsonException;
import coop.ess.timebank.Account;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Category;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.ExchangeId;
import coop.ess.timebank.Ledger;
import coop.ess.timebank.LedgerEvent;
import coop.ess.timebank.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerJournalTest {

  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
  private static final AccountId ALICE = AccountId.of("alice");
  private static final AccountId BOB = AccountId.of("bob");

  @TempDir
  Path dir;

  private static Exchange help(String id, AccountId from, AccountId to, long minutes) {
    return Exchange.of(ExchangeId.of(id), from, to, minutes, Category.DIY, MONDAY);
  }

  private Path firstRun() {
    Path file = dir.resolve("ledger.jsonl");
    try (LedgerJournal journal = LedgerJournal.open(file, SyncPolicy.everyRecord())) {
      Ledger ledger = Ledger.builder().clock(ManualClock.of(MONDAY)).journal(journal).build();
      ledger.openAccount(Account.of(ALICE, MemberId.of("alice")));
      ledger.openAccount(Account.of(BOB, MemberId.of("bob")));
      ledger.post(help("x-1", BOB, ALICE, 90));
      ledger.propose(help("x-2", ALICE, BOB, 30), MemberId.of("alice"));
    }
    return file;
  }

  @Test
  void aLedgerResumesFromItsJournal() {
    Path file = firstRun();

    try (LedgerJournal journal = LedgerJournal.open(file, SyncPolicy.everyRecord())) {
      Ledger ledger = Ledger.builder().clock(ManualClock.of(MONDAY.plus(Duration.ofHours(1)))).journal(journal)
          .build();

      assertThat(journal.size()).isEqualTo(4);
      assertThat(ledger.balances()).isEqualTo(Map.of(ALICE, 90L, BOB, -90L));
      assertThat(ledger.pending()).extracting(Exchange::id).containsExactly(ExchangeId.of("x-2"));
      assertThat(ledger.confirm(ExchangeId.of("x-2"), MemberId.of("bob")).outcome()).isEqualTo(Outcome.POSTED);
      assertThat(ledger.balances()).isEqualTo(Map.of(ALICE, 60L, BOB, -60L));
    }
  }

  @Test
  void anExchangePostedInAnEarlierRunIsADuplicate() {
    Path file = firstRun();

    try (LedgerJournal journal = LedgerJournal.open(file, SyncPolicy.everyBatch())) {
      Ledger ledger = Ledger.builder().clock(ManualClock.of(MONDAY)).journal(journal).build();

      assertThat(ledger.post(help("x-1", BOB, ALICE, 90)).outcome()).isEqualTo(Outcome.DUPLICATE);
      assertThat(journal.size()).isEqualTo(4);
    }
  }

  @Test
  void eachRecordIsOneLedgerEventInTheModulesFormat() throws IOException {
    Path file = firstRun();

    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

    assertThat(lines).hasSize(4);
    assertThat(lines.get(2)).startsWith("{\"seq\":3,").contains("\"record\":{\"schemaVersion\":1,"
        + "\"type\":\"exchange-posted\",\"sequence\":2,\"recordedAt\":\"2026-03-02T08:00:00Z\"");
  }

  @Test
  void theEventsReadBackEqualThoseWritten() {
    Path file = dir.resolve("ledger.jsonl");
    List<LedgerEvent> written;
    try (LedgerJournal journal = LedgerJournal.open(file, SyncPolicy.everyBatch())) {
      Ledger ledger = Ledger.builder().clock(ManualClock.of(MONDAY)).journal(journal).build();
      ledger.openAccount(Account.of(ALICE, MemberId.of("alice")));
      ledger.openAccount(Account.community(BOB));
      ledger.post(help("x-1", BOB, ALICE, 90));
      ledger.reverse(ExchangeId.of("x-1"), ExchangeId.of("x-1-r"), "typo");
      written = journal.events();
    }

    try (LedgerJournal journal = LedgerJournal.open(file, SyncPolicy.everyBatch())) {
      assertThat(journal.events()).isEqualTo(written);
    }
  }

  @Test
  void aRecordThatIsNotALedgerEventIsRefusedWithItsPointer() {
    Path file = dir.resolve("ledger.jsonl");
    try (FileJournal raw = FileJournal.open(file)) {
      raw.append("{\"type\":\"exchange-posted\",\"sequence\":0,\"recordedAt\":\"yesterday\"}");
    }

    assertThatThrownBy(() -> LedgerJournal.open(file, SyncPolicy.everyBatch()))
        .isInstanceOfSatisfying(EssJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/recordedAt");
          assertThat(e.reason()).contains("record 1");
        });
  }

  @Test
  void aGapInTheSequenceIsRefused() {
    Path file = dir.resolve("ledger.jsonl");
    try (FileJournal raw = FileJournal.open(file)) {
      raw.append("{\"type\":\"account-opened\",\"sequence\":5,\"recordedAt\":\"2026-03-02T08:00:00Z\","
          + "\"account\":{\"id\":\"alice\"},\"limits\":{\"floor\":0,\"ceiling\":0}}");
    }

    assertThatThrownBy(() -> LedgerJournal.open(file, SyncPolicy.everyBatch()))
        .isInstanceOf(EssJsonException.class).hasMessageContaining("event 5 where event 0 was expected");
  }

  @Test
  void anEventOutOfSequenceCannotBeAppended() {
    try (LedgerJournal journal = LedgerJournal.open(dir.resolve("l.jsonl"), SyncPolicy.everyBatch())) {
      Ledger ledger = Ledger.builder().clock(ManualClock.of(MONDAY)).build();
      ledger.openAccount(Account.of(ALICE, MemberId.of("alice")));
      ledger.openAccount(Account.of(BOB, MemberId.of("bob")));
      LedgerEvent second = ledger.journal().get(1);

      assertThatThrownBy(() -> journal.append(second)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
