package coop.ess.json.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssStateException;
import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.json.EssJsonException;
import coop.ess.timebank.Account;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Category;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.ExchangeId;
import coop.ess.timebank.InMemoryJournal;
import coop.ess.timebank.Journal;
import coop.ess.timebank.Ledger;
import coop.ess.timebank.LedgerEvent;
import coop.ess.timebank.LedgerSnapshot;
import coop.ess.timebank.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger journal with a snapshot beside it: reopening, torn tails after the snapshot, damaged snapshots. */
class LedgerJournalSnapshotTest {

  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
  private static final List<AccountId> PEOPLE =
      List.of(AccountId.of("alice"), AccountId.of("bob"), AccountId.of("carol"));

  @TempDir
  Path dir;

  private static Ledger ledger(Journal journal) {
    return Ledger.builder().clock(ManualClock.of(MONDAY.plus(Duration.ofDays(1)))).journal(journal)
        .expireAfter(Duration.ofDays(7)).build();
  }

  private static Exchange help(int n, int from, int to, long minutes) {
    return Exchange.of(ExchangeId.of("x-" + n), PEOPLE.get(from), PEOPLE.get(to), minutes, Category.DIY,
        MONDAY.plus(Duration.ofMinutes(n)));
  }

  /** Twelve events, a snapshot after the eighth (sequence 7), then a few more. */
  private Path journalWithSnapshot() {
    Path file = dir.resolve("ledger.jsonl");
    try (LedgerJournal journal = LedgerJournal.open(file, SyncPolicy.everyBatch())) {
      Ledger ledger = ledger(journal);
      for (AccountId id : PEOPLE) {
        ledger.openAccount(Account.of(id, MemberId.of(id.value())));
      }
      ledger.post(help(1, 1, 0, 90));
      ledger.post(help(2, 2, 1, 30));
      ledger.propose(help(3, 0, 2, 20), MemberId.of("alice"));
      ledger.propose(help(4, 1, 2, 15), MemberId.of("bob"));
      ledger.confirm(ExchangeId.of("x-4"), MemberId.of("carol"));
      assertThat(ledger.saveSnapshot().sequence()).isEqualTo(7);
      ledger.reverse(ExchangeId.of("x-1"), ExchangeId.of("x-1-r"), "typo");
      ledger.post(help(5, 0, 1, 10));
      ledger.propose(help(6, 2, 0, 25), MemberId.of("carol"));
      ledger.post(help(7, 2, 1, 5));
    }
    return file;
  }

  /** What a ledger answers about the present and decides next, as one comparable list. */
  private static List<Object> present(Ledger ledger) {
    List<Object> answers = new ArrayList<>();
    answers.add(ledger.balances());
    answers.add(ledger.pending());
    for (AccountId id : PEOPLE) {
      answers.add(List.of(ledger.heldDebits(id), ledger.heldCredits(id), ledger.minutesGiven(id)));
    }
    for (String id : List.of("x-1", "x-1-r", "x-2", "x-3", "x-4", "x-5", "x-6", "x-7")) {
      answers.add(List.of(ledger.status(ExchangeId.of(id)), ledger.exchange(ExchangeId.of(id)),
          ledger.reversedBy(ExchangeId.of(id))));
    }
    answers.add(ledger.journal().size());
    answers.add(ledger.post(help(2, 2, 1, 30)).outcome());
    answers.add(ledger.post(help(2, 2, 1, 31)).violations());
    answers.add(ledger.reverse(ExchangeId.of("x-2"), ExchangeId.of("x-2-r"), "late").outcome());
    answers.add(ledger.reverse(ExchangeId.of("x-1"), ExchangeId.of("x-1-r2"), "again").violations());
    answers.add(ledger.confirm(ExchangeId.of("x-3"), MemberId.of("carol")).outcome());
    answers.add(ledger.snapshot());
    return answers;
  }

  @Test
  void reopeningWithASnapshotGivesTheSameLedgerAsReplayingEveryEvent() throws IOException {
    Path file = journalWithSnapshot();
    Path plain = dir.resolve("plain.jsonl");
    Files.copy(file, plain);

    try (LedgerJournal snapshotted = LedgerJournal.open(file, SyncPolicy.everyBatch());
        LedgerJournal replayed = LedgerJournal.open(plain, SyncPolicy.everyBatch())) {
      assertThat(snapshotted.start()).isEqualTo(8);
      assertThat(snapshotted.snapshot()).hasValueSatisfying(s -> assertThat(s.sequence()).isEqualTo(7));
      assertThat(snapshotted.events()).extracting(LedgerEvent::sequence).containsExactly(8L, 9L, 10L, 11L);
      assertThat(replayed.start()).isZero();
      assertThat(replayed.snapshot()).isEmpty();

      assertThat(snapshotted.size()).isEqualTo(replayed.size());
      assertThat(present(ledger(snapshotted))).isEqualTo(present(ledger(replayed)));
    }
  }

  @Test
  void compactingAfterASnapshotShrinksTheFileAndReopensTheSameLedger() throws IOException {
    Path file = journalWithSnapshot();
    Path plain = dir.resolve("plain.jsonl");
    Files.copy(file, plain);
    long before = Files.size(file);

    try (LedgerJournal journal = LedgerJournal.open(file, SyncPolicy.everyBatch())) {
      assertThat(journal.compact()).isEqualTo(7);
    }
    assertThat(Files.size(file)).isLessThan(before);
    assertThat(FileJournal.read(file)).extracting(JournalRecord::sequence).containsExactly(8L, 9L, 10L, 11L, 12L);
    try (LedgerJournal compacted = LedgerJournal.open(file, SyncPolicy.everyBatch());
        LedgerJournal replayed = LedgerJournal.open(plain, SyncPolicy.everyBatch())) {
      assertThat(compacted.start()).isEqualTo(8);
      assertThat(present(ledger(compacted))).isEqualTo(present(ledger(replayed)));
    }
  }

  @Test
  void aSnapshotSavedInALaterRunMovesTheStartOfTheNext() {
    Path file = journalWithSnapshot();
    try (LedgerJournal journal = LedgerJournal.open(file, SyncPolicy.everyBatch())) {
      Ledger ledger = ledger(journal);
      ledger.post(help(8, 0, 2, 10));
      ledger.saveSnapshot();
      assertThat(journal.start()).isEqualTo(8);
      assertThat(journal.events()).hasSize(5);
    }

    try (LedgerJournal journal = LedgerJournal.open(file, SyncPolicy.everyBatch())) {
      assertThat(journal.start()).isEqualTo(13);
      assertThat(journal.events()).isEmpty();
      Ledger ledger = ledger(journal);
      assertThat(ledger.post(help(8, 0, 2, 10)).outcome()).isEqualTo(Outcome.DUPLICATE);
      assertThatThrownBy(() -> ledger.statement(PEOPLE.get(0))).isInstanceOf(EssStateException.class)
          .hasMessageContaining("after event 12");
    }
    assertThat(FileJournal.read(file)).hasSize(13);
  }

  /**
   * Cuts the file at every byte offset of its last three records (all after the snapshot): reading it recovers
   * exactly the records whose lines are complete (those acknowledged). At each record boundary and at every 97th
   * offset the file is also opened: the ledger built on it (from the snapshot and the events after it) stands where
   * a ledger that replayed every acknowledged event stands, and appends after them.
   */
  @Test
  void aTornTailAfterASnapshotRecoversExactlyTheAcknowledgedEvents() throws IOException {
    Path file = journalWithSnapshot();
    byte[] full = Files.readAllBytes(file);
    List<LedgerEvent> written = new ArrayList<>();
    for (JournalRecord record : FileJournal.read(file)) {
      written.add(coop.ess.json.EssJson.standard().read(record.json(), LedgerEvent.class));
    }
    List<Integer> lineEnds = new ArrayList<>();
    for (int i = 0; i < full.length; i++) {
      if (full[i] == '\n') {
        lineEnds.add(i + 1);
      }
    }
    int firstCut = lineEnds.get(lineEnds.size() - 4);
    Path torn = dir.resolve("torn.jsonl");
    for (int cut = firstCut; cut <= full.length; cut++) {
      Files.write(torn, Arrays.copyOf(full, cut));
      Files.copy(dir.resolve("ledger.jsonl.snapshot"), dir.resolve("torn.jsonl.snapshot"),
          StandardCopyOption.REPLACE_EXISTING);
      int complete = 0;
      for (int end : lineEnds) {
        if (end <= cut) {
          complete++;
        }
      }
      List<LedgerEvent> acknowledged = written.subList(0, complete);
      assertThat(FileJournal.read(torn)).as("cut at %d", cut).hasSize(complete);
      if (!lineEnds.contains(cut) && cut % 97 != 0) {
        continue;
      }
      try (LedgerJournal journal = LedgerJournal.open(torn, SyncPolicy.everyBatch())) {
        assertThat(journal.size()).as("cut at %d", cut).isEqualTo(complete);
        assertThat(journal.events()).as("cut at %d", cut).isEqualTo(acknowledged.subList(8, complete));
        InMemoryJournal replay = new InMemoryJournal();
        acknowledged.forEach(replay::append);
        Ledger resumed = ledger(journal);
        Ledger expected = ledger(replay);
        assertThat(resumed.balances()).isEqualTo(expected.balances());
        assertThat(resumed.pending()).isEqualTo(expected.pending());
        assertThat(resumed.snapshot()).isEqualTo(expected.snapshot());
        resumed.post(help(9, 0, 1, 1));
        assertThat(journal.size()).isEqualTo(complete + 1);
      }
      assertThat(FileJournal.read(torn)).hasSize(complete + 1);
    }
  }

  @Test
  void aDamagedSnapshotFileIsRefused() throws IOException {
    Path file = journalWithSnapshot();
    Path snapshot = dir.resolve("ledger.jsonl.snapshot");
    byte[] bytes = Files.readAllBytes(snapshot);
    bytes[bytes.length / 2] ^= 1;
    Files.write(snapshot, bytes);

    assertThatThrownBy(() -> LedgerJournal.open(file, SyncPolicy.everyBatch()))
        .isInstanceOf(JournalCorruptedException.class).hasMessageContaining("snapshot");
  }

  @Test
  void aSnapshotBeyondTheLastRecordIsRefused() throws IOException {
    Path file = journalWithSnapshot();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Files.write(file, lines.subList(0, 5), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> LedgerJournal.open(file, SyncPolicy.everyBatch()))
        .isInstanceOf(JournalCorruptedException.class).hasMessageContaining("includes record 8")
        .hasMessageContaining("ends at 5");
  }

  @Test
  void aSnapshotOfAnotherTypeIsRefusedWithItsPointer() {
    Path file = journalWithSnapshot();
    try (FileJournal raw = FileJournal.open(file)) {
      raw.writeSnapshot(8, "{\"schemaVersion\":1,\"type\":\"calendar-snapshot\",\"sequence\":8}");
    }

    assertThatThrownBy(() -> LedgerJournal.open(file, SyncPolicy.everyBatch()))
        .isInstanceOfSatisfying(EssJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/type");
          assertThat(e.reason()).contains("snapshot").contains("expected a ledger snapshot");
        });
  }

  @Test
  void aSnapshotOfAnotherEventThanItsRecordIsRefused() {
    Path file = journalWithSnapshot();
    LedgerSnapshot taken;
    try (LedgerJournal journal = LedgerJournal.open(file, SyncPolicy.everyBatch())) {
      taken = ledger(journal).snapshot();
    }
    try (FileJournal raw = FileJournal.open(file)) {
      raw.writeSnapshot(5, coop.ess.json.EssJson.standard().write(taken));
    }

    assertThatThrownBy(() -> LedgerJournal.open(file, SyncPolicy.everyBatch()))
        .isInstanceOfSatisfying(EssJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/sequence");
          assertThat(e.reason()).contains("event 11 where event 4 was expected");
        });
  }
}
