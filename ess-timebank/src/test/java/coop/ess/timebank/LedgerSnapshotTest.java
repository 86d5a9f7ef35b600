package coop.ess.timebank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssStateException;
import coop.ess.core.EssValidationException;
import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.core.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerSnapshotTest {

  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
  private static final AccountId ALICE = AccountId.of("alice");
  private static final AccountId BOB = AccountId.of("bob");
  private static final Limits LIMITS = Limits.of(-600, 600);

  private final ManualClock clock = ManualClock.of(MONDAY);

  private Ledger.Builder builder() {
    return Ledger.builder().clock(clock).limitPolicy(LimitPolicy.builder().defaults(LIMITS).build());
  }

  private static Exchange help(String id, AccountId from, AccountId to, long minutes) {
    return Exchange.of(ExchangeId.of(id), from, to, minutes, Category.DIY, MONDAY);
  }

  /** Alice and Bob, x-1 posted (Bob pays Alice 90), x-2 pending (Alice would pay Bob 30). */
  private Ledger ledger(Journal journal) {
    Ledger ledger = builder().journal(journal).build();
    ledger.openAccount(Account.of(ALICE, MemberId.of("alice")));
    ledger.openAccount(Account.of(BOB, MemberId.of("bob")));
    ledger.post(help("x-1", BOB, ALICE, 90));
    ledger.propose(help("x-2", ALICE, BOB, 30), MemberId.of("alice"));
    return ledger;
  }

  private static LedgerSnapshot.AccountState state(AccountId id, long balance, long debits, long credits) {
    return LedgerSnapshot.AccountState.builder().account(Account.of(id, MemberId.of(id.value()))).limits(LIMITS)
        .balance(balance).heldDebits(debits).heldCredits(credits).minutesGiven(Math.max(0, balance))
        .lastMoved(MONDAY).build();
  }

  private static List<String> codes(EssValidationException e) {
    return e.violations().stream().map(Violation::code).toList();
  }

  @Test
  void aSnapshotHoldsTheWholeStateAfterTheLastEvent() {
    Ledger ledger = ledger(new InMemoryJournal());

    LedgerSnapshot snapshot = ledger.snapshot();

    assertThat(snapshot.sequence()).isEqualTo(3);
    assertThat(snapshot.recordedAt()).isEqualTo(MONDAY);
    assertThat(snapshot.accounts()).containsExactly(state(ALICE, 90, 30, 0), state(BOB, -90, 0, 30));
    assertThat(snapshot.exchanges()).containsExactly(
        LedgerSnapshot.RecordedExchange.of(help("x-1", BOB, ALICE, 90), ExchangeStatus.POSTED),
        LedgerSnapshot.RecordedExchange.pending(help("x-2", ALICE, BOB, 30), MemberId.of("alice"), Optional.empty(),
            ExchangeStatus.EXPIRED));
    assertThat(snapshot.sumOfBalances()).isZero();
  }

  @Test
  void aLedgerRestoredFromASnapshotConfirmsReversesAndKnowsOldIds() {
    LedgerSnapshot snapshot = ledger(new InMemoryJournal()).snapshot();

    Ledger restored = builder().journal(InMemoryJournal.trimmed(snapshot)).build();

    assertThat(restored.balances()).containsEntry(ALICE, 90L).containsEntry(BOB, -90L);
    assertThat(restored.post(help("x-1", BOB, ALICE, 90)).outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(restored.post(help("x-1", BOB, ALICE, 45)).violations()).extracting(Violation::code)
        .containsExactly("exchange.idReused");
    assertThat(restored.confirm(ExchangeId.of("x-2"), MemberId.of("bob")).outcome()).isEqualTo(Outcome.POSTED);
    assertThat(restored.reverse(ExchangeId.of("x-1"), ExchangeId.of("x-1-r"), "typo").outcome())
        .isEqualTo(Outcome.POSTED);
    assertThat(restored.reverse(ExchangeId.of("x-1"), ExchangeId.of("x-1-r2"), "again").violations())
        .extracting(Violation::code).contains("reversal.alreadyReversed");
    assertThat(restored.journal().events()).extracting(LedgerEvent::sequence).containsExactly(4L, 5L);
  }

  @Test
  void balancesThatDoNotSumToZeroAreRefused() {
    assertThatThrownBy(() -> LedgerSnapshot.builder().sequence(1).recordedAt(MONDAY)
        .addAccounts(state(ALICE, 90, 0, 0), state(BOB, -60, 0, 0)).build())
        .isInstanceOfSatisfying(EssValidationException.class,
            e -> assertThat(codes(e)).containsExactly("snapshot.notZeroSum"))
        .hasMessageContaining("30 minutes");
  }

  @Test
  void aHoldThatNoPendingExchangeJustifiesIsRefused() {
    assertThatThrownBy(() -> LedgerSnapshot.builder().sequence(1).recordedAt(MONDAY)
        .addAccounts(state(ALICE, 0, 500, 0), state(BOB, 0, 0, 0)).build())
        .isInstanceOfSatisfying(EssValidationException.class,
            e -> assertThat(codes(e)).containsExactly("snapshot.holds"));
  }

  @Test
  void aHoldAboveTheCeilingIsRefused() {
    Exchange large = help("x-9", BOB, ALICE, 700);

    assertThatThrownBy(() -> LedgerSnapshot.builder().sequence(3).recordedAt(MONDAY)
        .addAccounts(state(ALICE, 0, 0, 700), state(BOB, 0, 700, 0))
        .addExchanges(LedgerSnapshot.RecordedExchange.pending(large, MemberId.of("bob"), Optional.empty(),
            ExchangeStatus.EXPIRED)).build())
        .isInstanceOfSatisfying(EssValidationException.class,
            e -> assertThat(codes(e)).containsExactly("snapshot.aboveCeiling"));
  }

  @Test
  void everyInconsistencyIsReportedAtOnce() {
    Exchange ghost = help("x-1", AccountId.of("carol"), ALICE, 10);
    Exchange reversal = Exchange.builder().id(ExchangeId.of("x-2")).addLegs(Leg.of(ALICE, BOB, 5))
        .category(Category.DIY).occurredAt(MONDAY).reverses(ExchangeId.of("x-0")).build();

    assertThatThrownBy(() -> LedgerSnapshot.builder().sequence(3).recordedAt(MONDAY)
        .addAccounts(state(ALICE, 0, 0, 0), state(BOB, 0, 0, 0), state(ALICE, 0, 0, 0))
        .addExchanges(LedgerSnapshot.RecordedExchange.of(ghost, ExchangeStatus.POSTED),
            LedgerSnapshot.RecordedExchange.of(reversal, ExchangeStatus.POSTED),
            LedgerSnapshot.RecordedExchange.of(reversal, ExchangeStatus.DECLINED)).build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(codes(e)).containsExactlyInAnyOrder(
            "snapshot.accountTwice", "snapshot.unknownAccount", "snapshot.badReversal", "snapshot.badReversal",
            "snapshot.exchangeTwice"));
  }

  @Test
  void aPendingExchangeWithoutItsProposerIsRefused() {
    assertThatThrownBy(() -> LedgerSnapshot.RecordedExchange.builder().exchange(help("x-1", BOB, ALICE, 10))
        .status(ExchangeStatus.PENDING).build())
        .isInstanceOfSatisfying(EssValidationException.class,
            e -> assertThat(codes(e)).containsExactly("snapshot.proposal"));
  }

  @Test
  void aProposerWhoHoldsNoAccountOfTheExchangeIsRefused() {
    assertThatThrownBy(() -> LedgerSnapshot.builder().sequence(3).recordedAt(MONDAY)
        .addAccounts(state(ALICE, 0, 0, 10), state(BOB, 0, 10, 0))
        .addExchanges(LedgerSnapshot.RecordedExchange.pending(help("x-1", BOB, ALICE, 10), MemberId.of("carol"),
            Optional.empty(), ExchangeStatus.EXPIRED)).build())
        .isInstanceOfSatisfying(EssValidationException.class,
            e -> assertThat(codes(e)).containsExactly("snapshot.notParty"));
  }

  @Test
  void theHistoryBeforeADroppedSnapshotIsRefusedNamingItsEventAndInstant() {
    Journal journal = InMemoryJournal.trimmed();
    Ledger ledger = ledger(journal);
    clock.advance(Duration.ofHours(1));
    LedgerSnapshot snapshot = ledger.saveSnapshot();
    clock.advance(Duration.ofHours(1));
    ledger.post(help("x-3", ALICE, BOB, 15));

    assertThatThrownBy(() -> ledger.statement(ALICE)).isInstanceOf(EssStateException.class)
        .hasMessageContaining("after event 3").hasMessageContaining(MONDAY.toString());
    assertThatThrownBy(() -> LedgerStatistics.of(ledger)).isInstanceOf(EssStateException.class)
        .hasMessageContaining("after event 3");
    assertThatThrownBy(() -> ledger.balanceAt(ALICE, MONDAY.minusSeconds(1))).isInstanceOf(EssStateException.class)
        .hasMessageContaining("after event 3").hasMessageContaining(snapshot.recordedAt().toString());
    assertThat(ledger.balanceAt(ALICE, MONDAY)).isEqualTo(90);
    assertThat(ledger.balanceAt(ALICE, clock.instant())).isEqualTo(75);
    assertThat(journal.events()).extracting(LedgerEvent::sequence).containsExactly(4L);
  }

  @Test
  void aSnapshotRecordsTheLatestInstantEvenIfTheClockWentBack() {
    Ledger ledger = ledger(new InMemoryJournal());
    clock.set(MONDAY.plus(Duration.ofHours(2)));
    ledger.post(help("x-3", ALICE, BOB, 15));
    clock.set(MONDAY.plus(Duration.ofHours(1)));
    ledger.post(help("x-4", ALICE, BOB, 15));

    assertThat(ledger.snapshot().recordedAt()).isEqualTo(MONDAY.plus(Duration.ofHours(2)));
  }

  @Test
  void aLedgerWithoutEventsHasNoSnapshot() {
    Ledger ledger = builder().build();

    assertThatThrownBy(ledger::snapshot).isInstanceOf(EssStateException.class).hasMessageContaining("no event");
  }

  @Test
  void aJournalThatKeepsNoSnapshotsRefusesOneClearly() {
    Ledger ledger = ledger(new ListJournal());

    assertThatThrownBy(ledger::saveSnapshot).isInstanceOf(EssStateException.class)
        .hasMessageContaining("ListJournal keeps no snapshots");
    assertThat(new ListJournal().start()).isZero();
    assertThat(new ListJournal().snapshot()).isEmpty();
  }

  @Test
  void aSnapshotAfterAnEventTheJournalLacksIsRefused() {
    LedgerSnapshot snapshot = ledger(new InMemoryJournal()).snapshot();
    InMemoryJournal shorter = new InMemoryJournal();
    ledger(shorter);
    ListJournal lying = new ListJournal() {
      @Override
      public Optional<LedgerSnapshot> snapshot() {
        return Optional.of(LedgerSnapshot.builder().from(snapshot).sequence(9).build());
      }
    };

    assertThatThrownBy(() -> builder().journal(lying).build()).isInstanceOf(EssStateException.class)
        .hasMessageContaining("snapshot after event 9 does not fit");

    assertThatThrownBy(() -> shorter.saveSnapshot(LedgerSnapshot.builder().from(snapshot).sequence(9).build()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InMemoryJournal.trimmed().saveSnapshot(snapshot))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pendingExchangesWithTheSameDeadlineResolveInTheOrderTheyWereProposed() {
    Ledger ledger = builder().expireAfter(Duration.ofHours(1)).build();
    ledger.openAccount(Account.of(ALICE, MemberId.of("alice")));
    ledger.openAccount(Account.of(BOB, MemberId.of("bob")));
    for (int i = 0; i < 20; i++) {
      ledger.propose(help("p-" + i, ALICE, BOB, 5), MemberId.of("alice"));
    }
    clock.advance(Duration.ofHours(2));

    ledger.resolveDue();

    List<String> resolved = new ArrayList<>();
    for (LedgerEvent event : ledger.journal().events()) {
      if (event instanceof ExchangeResolved done) {
        resolved.add(done.exchange().id().value());
      }
    }
    assertThat(resolved).containsExactlyElementsOf(
        java.util.stream.IntStream.range(0, 20).mapToObj(i -> "p-" + i).toList());
  }

  /** A journal with only the three methods every journal must have. */
  private static class ListJournal implements Journal {
    private final List<LedgerEvent> events = new ArrayList<>();

    @Override
    public void append(LedgerEvent event) {
      events.add(event);
    }

    @Override
    public long size() {
      return events.size();
    }

    @Override
    public LedgerEvent get(long sequence) {
      return events.get((int) sequence);
    }
  }
}
