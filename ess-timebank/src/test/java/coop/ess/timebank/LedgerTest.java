package coop.ess.timebank;

import coop.ess.core.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssNotFoundException;
import coop.ess.core.EssStateException;
import coop.ess.core.MemberId;
import coop.ess.core.Severity;
import coop.ess.core.community.Member;
import coop.ess.core.community.MemberStatus;
import coop.ess.core.community.StatusChange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LedgerTest {

  static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
  static final AccountId ALICE = AccountId.of("alice");
  static final AccountId BOB = AccountId.of("bob");
  static final AccountId CAROL = AccountId.of("carol");
  static final AccountId POT = AccountId.of("pot");

  private final ManualClock clock = ManualClock.of(START);

  private Ledger ledger(Ledger.Builder builder) {
    Ledger ledger = builder.clock(clock)
        .limitPolicy(LimitPolicy.builder().defaults(Limits.of(-1200, 2400).withSoft(-900, 2100)).build())
        .build();
    ledger.openAccount(Account.of(ALICE, MemberId.of("alice")));
    ledger.openAccount(Account.of(BOB, MemberId.of("bob")));
    ledger.openAccount(Account.of(CAROL, MemberId.of("carol")));
    ledger.openAccount(Account.community(POT));
    return ledger;
  }

  private Ledger ledger() {
    return ledger(Ledger.builder());
  }

  static Exchange help(String id, AccountId from, AccountId to, long minutes) {
    return Exchange.of(ExchangeId.of(id), from, to, minutes, Category.DIGITAL, START);
  }

  @Test
  void anExchangeMovesTimeFromTheReceiverToTheProvider() {
    Ledger ledger = ledger();

    PostResult result = ledger.post(help("x1", BOB, ALICE, 90));

    assertThat(result.outcome()).isEqualTo(Outcome.POSTED);
    assertThat(result.violations()).isEmpty();
    assertThat(ledger.balance(ALICE)).isEqualTo(90);
    assertThat(ledger.balance(BOB)).isEqualTo(-90);
    assertThat(ledger.status(ExchangeId.of("x1"))).contains(ExchangeStatus.POSTED);
  }

  @Test
  void theLedgerIsZeroSum() {
    Ledger ledger = ledger();
    ledger.post(help("x1", BOB, ALICE, 90));
    ledger.post(help("x2", POT, CAROL, 300));
    ledger.post(help("x3", ALICE, CAROL, 30));

    assertThat(ledger.sumOfBalances()).isZero();
    assertThat(ledger.balances()).containsExactly(Map.entry(ALICE, 60L), Map.entry(BOB, -90L),
        Map.entry(CAROL, 330L), Map.entry(POT, -300L));
  }

  @Test
  void anExchangeBeyondTheFloorIsRefusedWithEnglishAndFrenchMessages() {
    Ledger ledger = ledger();
    ledger.post(help("x1", BOB, ALICE, 1100));

    PostResult result = ledger.post(help("x2", BOB, CAROL, 120));

    assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(result.codes()).containsExactly("balance.belowFloor");
    assertThat(result.violations().get(0).field()).isEqualTo("legs[0].from");
    assertThat(result.violations().get(0).messageEn()).isEqualTo("Account bob would reach -20 h 20, below its floor "
        + "of -20 h (balance -18 h 20, pending 0 h, this exchange -2 h).");
    assertThat(result.violations().get(0).messageFr()).startsWith("Le compte bob atteindrait -20 h 20, sous son "
        + "plancher de -20 h");
    assertThat(ledger.balance(BOB)).isEqualTo(-1100);
    assertThat(ledger.status(ExchangeId.of("x2"))).isEmpty();
  }

  @Test
  void anExchangeBeyondTheCeilingIsRefused() {
    Ledger ledger = ledger();
    ledger.post(help("x1", POT, ALICE, 2400));

    PostResult result = ledger.post(help("x2", BOB, ALICE, 1));

    assertThat(result.codes()).containsExactly("balance.aboveCeiling");
    assertThat(result.violations().get(0).field()).isEqualTo("legs[0].to");
  }

  @Test
  void crossingASoftLimitPostsWithAWarning() {
    Ledger ledger = ledger();

    PostResult result = ledger.post(help("x1", BOB, ALICE, 1000));

    assertThat(result.outcome()).isEqualTo(Outcome.POSTED);
    assertThat(result.codes()).containsExactly("balance.belowSoftFloor");
    assertThat(result.violations().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(ledger.balance(BOB)).isEqualTo(-1000);
  }

  @Test
  void everyViolationIsReportedTogether() {
    Ledger ledger = ledger(Ledger.builder().addRules(ExchangeRule.allowedCategories(Set.of(Category.COOKING)),
        ExchangeRule.maximumPerExchange(120)));
    Exchange bad = Exchange.builder().id(ExchangeId.of("bad")).category(Category.DIGITAL).occurredAt(START)
        .addLegs(Leg.of(ALICE, ALICE, 60), Leg.of(BOB, AccountId.of("ghost"), 0), Leg.of(CAROL, BOB, 180))
        .build();

    PostResult result = ledger.post(bad);

    assertThat(result.codes()).containsExactlyInAnyOrder("exchange.selfExchange", "account.unknown",
        "exchange.amountNotPositive", "exchange.categoryNotAllowed", "exchange.overMaximum");
    assertThat(result.violations()).filteredOn(v -> v.code().equals("account.unknown"))
        .extracting(v -> v.field()).containsExactly("legs[1].to");
    assertThat(ledger.sumOfBalances()).isZero();
    assertThat(ledger.balance(CAROL)).isZero();
  }

  @Test
  void legsPostAllOrNothing() {
    Ledger ledger = ledger();
    ledger.post(help("x0", CAROL, POT, 1150));
    Exchange workshop = Exchange.builder().id(ExchangeId.of("w")).category(Category.TEACHING).occurredAt(START)
        .addLegs(Leg.of(BOB, ALICE, 60), Leg.of(CAROL, ALICE, 60)).build();

    PostResult refused = ledger.post(workshop);

    assertThat(refused.codes()).containsExactly("balance.belowFloor");
    assertThat(ledger.balance(ALICE)).isZero();
    assertThat(ledger.balance(BOB)).isZero();
  }

  @Test
  void aMultiLegWorkshopPostsEveryLeg() {
    Ledger ledger = ledger();
    Exchange workshop = Exchange.builder().id(ExchangeId.of("w")).category(Category.TEACHING).occurredAt(START)
        .addLegs(Leg.of(BOB, ALICE, 60), Leg.of(CAROL, ALICE, 60), Leg.of(POT, ALICE, 60)).build();

    assertThat(ledger.post(workshop).outcome()).isEqualTo(Outcome.POSTED);
    assertThat(ledger.balance(ALICE)).isEqualTo(180);
    assertThat(ledger.balance(BOB)).isEqualTo(-60);
  }

  @Test
  void legsOfOneAccountAreNettedAgainstItsLimits() {
    Ledger ledger = ledger();
    ledger.post(help("x0", BOB, CAROL, 1200));
    Exchange swap = Exchange.builder().id(ExchangeId.of("s")).category(Category.DIY).occurredAt(START)
        .addLegs(Leg.of(ALICE, BOB, 60), Leg.of(BOB, CAROL, 60)).build();

    assertThat(ledger.post(swap).outcome()).isEqualTo(Outcome.POSTED);
    assertThat(ledger.balance(BOB)).isEqualTo(-1200);
  }

  @Test
  void postingTheSameExchangeAgainIsADuplicateThatChangesNothing() {
    Ledger ledger = ledger();
    ledger.post(help("x1", BOB, ALICE, 90));
    long events = ledger.journal().size();

    PostResult again = ledger.post(help("x1", BOB, ALICE, 90));

    assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(ledger.balance(ALICE)).isEqualTo(90);
    assertThat(ledger.journal().size()).isEqualTo(events);
  }

  @Test
  void aDifferentExchangeUnderAUsedIdIsRefused() {
    Ledger ledger = ledger();
    ledger.post(help("x1", BOB, ALICE, 90));

    PostResult other = ledger.post(help("x1", BOB, ALICE, 60));

    assertThat(other.codes()).containsExactly("exchange.idReused");
    assertThat(ledger.balance(ALICE)).isEqualTo(90);
  }

  @Test
  void aRefusedExchangeDoesNotUseItsId() {
    Ledger ledger = ledger();
    ledger.post(help("x1", BOB, ALICE, 5000));

    assertThat(ledger.post(help("x1", BOB, ALICE, 60)).outcome()).isEqualTo(Outcome.POSTED);
  }

  @Test
  void aReversalMovesTheLegsBackAndKeepsBothExchanges() {
    Ledger ledger = ledger();
    ledger.post(help("x1", BOB, ALICE, 90));

    PostResult result = ledger.reverse(ExchangeId.of("x1"), ExchangeId.of("r1"), "wrong member");

    assertThat(result.outcome()).isEqualTo(Outcome.POSTED);
    assertThat(ledger.balance(ALICE)).isZero();
    assertThat(ledger.balance(BOB)).isZero();
    assertThat(ledger.reversedBy(ExchangeId.of("x1"))).contains(ExchangeId.of("r1"));
    assertThat(ledger.exchange(ExchangeId.of("r1")).orElseThrow().reverses()).contains(ExchangeId.of("x1"));
    assertThat(ledger.status(ExchangeId.of("x1"))).contains(ExchangeStatus.POSTED);
  }

  @Test
  void anExchangeIsReversedOnlyOnce() {
    Ledger ledger = ledger();
    ledger.post(help("x1", BOB, ALICE, 90));
    ledger.reverse(ExchangeId.of("x1"), ExchangeId.of("r1"), "mistake");

    assertThat(ledger.reverse(ExchangeId.of("x1"), ExchangeId.of("r1"), "mistake").outcome())
        .isEqualTo(Outcome.DUPLICATE);
    assertThat(ledger.reverse(ExchangeId.of("x1"), ExchangeId.of("r2"), "again").codes())
        .containsExactly("reversal.alreadyReversed");
    assertThat(ledger.reverse(ExchangeId.of("r1"), ExchangeId.of("r3"), "undo").codes())
        .containsExactly("reversal.ofReversal");
    assertThat(ledger.reverse(ExchangeId.of("nope"), ExchangeId.of("r4"), "?").codes())
        .containsExactly("reversal.unknownOriginal");
    assertThat(ledger.balance(ALICE)).isZero();
  }

  @Test
  void aReversalCannotBreakAFloor() {
    Ledger ledger = ledger();
    ledger.post(help("x1", BOB, ALICE, 600));
    ledger.post(help("x2", ALICE, CAROL, 1200));
    ledger.post(help("x3", ALICE, POT, 600));

    assertThat(ledger.reverse(ExchangeId.of("x1"), ExchangeId.of("r1"), "mistake").codes())
        .containsExactly("balance.belowFloor");
  }

  @Test
  void aHandMadeReversalMustMirrorTheOriginal() {
    Ledger ledger = ledger();
    ledger.post(help("x1", BOB, ALICE, 90));
    Exchange wrong = Exchange.builder().from(help("r1", ALICE, BOB, 60)).reverses(ExchangeId.of("x1")).build();

    assertThat(ledger.post(wrong).codes()).containsExactly("reversal.legsMismatch");
  }

  @Test
  void onlyActiveMembersExchange() {
    Member alice = Member.builder().id(MemberId.of("alice")).displayName("Alice")
        .addStatusHistory(StatusChange.of(LocalDate.of(2025, 1, 1), MemberStatus.ACTIVE),
            StatusChange.of(LocalDate.of(2026, 2, 1), MemberStatus.SUSPENDED))
        .build();
    Member bob = Member.builder().id(MemberId.of("bob")).displayName("Bob")
        .addStatusHistory(StatusChange.of(LocalDate.of(2025, 1, 1), MemberStatus.ACTIVE)).build();
    Map<MemberId, Member> members = Map.of(alice.id(), alice, bob.id(), bob);
    Ledger ledger = ledger(Ledger.builder().addRules(
        ExchangeRule.activeMembers(id -> Optional.ofNullable(members.get(id)), ZoneId.of("Europe/Paris"))));

    assertThat(ledger.post(help("x1", BOB, ALICE, 60)).codes()).containsExactly("member.notActive");
    assertThat(ledger.post(help("x2", CAROL, BOB, 60)).violations()).extracting(v -> v.field())
        .containsExactly("legs[0].from");
    assertThat(ledger.post(help("x3", POT, BOB, 60)).outcome()).isEqualTo(Outcome.POSTED);
  }

  @Test
  void theBalanceAtAPastInstantIsDerivedFromTheJournal() {
    Ledger ledger = ledger();
    ledger.post(help("x1", BOB, ALICE, 90));
    Instant afterFirst = clock.instant();
    clock.advance(Duration.ofDays(1));
    ledger.post(help("x2", BOB, ALICE, 30));

    assertThat(ledger.balanceAt(ALICE, afterFirst)).isEqualTo(90);
    assertThat(ledger.balanceAt(ALICE, afterFirst.minusSeconds(1))).isZero();
    assertThat(ledger.balanceAt(ALICE, clock.instant())).isEqualTo(120);
  }

  @Test
  void aStatementListsEveryMoveWithTheBalanceAfter() {
    Ledger ledger = ledger();
    ledger.post(help("x1", BOB, ALICE, 90));
    ledger.post(help("x2", CAROL, BOB, 30));
    ledger.post(help("x3", ALICE, BOB, 45));

    assertThat(ledger.statement(BOB)).extracting(StatementLine::change, StatementLine::balanceAfter)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(-90L, -90L),
            org.assertj.core.groups.Tuple.tuple(30L, -60L), org.assertj.core.groups.Tuple.tuple(45L, -15L));
  }

  @Test
  void replayingTheJournalGivesTheSameLedger() {
    Ledger ledger = ledger(Ledger.builder().expireAfter(Duration.ofDays(2)));
    ledger.post(help("x1", BOB, ALICE, 90));
    ledger.propose(help("p1", CAROL, ALICE, 60), MemberId.of("alice"));
    ledger.propose(help("p2", CAROL, BOB, 30), MemberId.of("bob"));
    ledger.confirm(ExchangeId.of("p2"), MemberId.of("carol"));
    ledger.reverse(ExchangeId.of("x1"), ExchangeId.of("r1"), "oops");

    InMemoryJournal copy = new InMemoryJournal();
    ledger.journal().events().forEach(copy::append);
    Ledger replayed = Ledger.builder().clock(clock).journal(copy).build();

    assertThat(replayed.balances()).isEqualTo(ledger.balances());
    assertThat(replayed.heldDebits(CAROL)).isEqualTo(60);
    assertThat(replayed.status(ExchangeId.of("p1"))).contains(ExchangeStatus.PENDING);
    assertThat(replayed.reversedBy(ExchangeId.of("x1"))).contains(ExchangeId.of("r1"));
    clock.advance(Duration.ofDays(3));
    assertThat(replayed.resolveDue()).isEqualTo(1);
    assertThat(replayed.status(ExchangeId.of("p1"))).contains(ExchangeStatus.EXPIRED);
  }

  @Test
  void openingAnAccountTwiceIsMisuse() {
    Ledger ledger = ledger();
    assertThatThrownBy(() -> ledger.openAccount(Account.of(ALICE, MemberId.of("alice"))))
        .isInstanceOf(EssStateException.class).hasMessageContaining("alice");
  }

  @Test
  void readingAnUnknownAccountIsMisuse() {
    assertThatThrownBy(() -> ledger().balance(AccountId.of("ghost")))
        .isInstanceOf(EssNotFoundException.class).hasMessageContaining("ghost");
  }

  @Test
  void theDynamicFloorGrowsWithHoursGiven() {
    Ledger ledger = ledger(Ledger.builder().floorGrowth(30, -1800));
    ledger.post(help("x1", BOB, ALICE, 240));

    assertThat(ledger.minutesGiven(ALICE)).isEqualTo(240);
    assertThat(ledger.floor(ALICE)).isEqualTo(-1320);
    assertThat(ledger.floor(BOB)).isEqualTo(-1200);
    assertThat(ledger.post(help("x2", ALICE, CAROL, 1560)).outcome()).isEqualTo(Outcome.POSTED);
    assertThat(ledger.balance(ALICE)).isEqualTo(-1320);
    assertThat(ledger.post(help("x3", ALICE, CAROL, 1)).codes()).containsExactly("balance.belowFloor");
  }

  @Test
  void theDynamicFloorStopsAtItsLowest() {
    Ledger ledger = ledger(Ledger.builder().floorGrowth(60, -1300));
    ledger.post(help("x1", POT, ALICE, 2000));

    assertThat(ledger.floor(ALICE)).isEqualTo(-1300);
    assertThat(ledger.floor(POT)).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void aReversalTakesBackTheHoursGivenAndCannotLeaveTheGiverBelowItsFloor() {
    Ledger ledger = ledger(Ledger.builder().floorGrowth(60, -2400));
    ledger.post(help("x1", BOB, ALICE, 600));
    ledger.post(help("x2", ALICE, CAROL, 2300));

    assertThat(ledger.reverse(ExchangeId.of("x1"), ExchangeId.of("r1"), "mistake").codes())
        .containsExactly("balance.belowFloor");
    ledger.post(help("x3", CAROL, ALICE, 2300));
    assertThat(ledger.reverse(ExchangeId.of("x1"), ExchangeId.of("r1"), "mistake").outcome())
        .isEqualTo(Outcome.POSTED);
    assertThat(ledger.minutesGiven(ALICE)).isEqualTo(2300);
    assertThat(ledger.floor(ALICE)).isEqualTo(-2400);
  }

  @Test
  void aReversalCannotBeProposed() {
    Ledger ledger = ledger();
    ledger.post(help("x1", BOB, ALICE, 90));
    Exchange reversal = Exchange.builder().from(help("r1", ALICE, BOB, 90)).reverses(ExchangeId.of("x1")).build();

    assertThat(ledger.propose(reversal, MemberId.of("alice")).codes()).containsExactly("reversal.notProposable");
  }

  @Test
  void idleCreditExpiresToTheCommunityAccount() {
    Ledger ledger = ledger();
    ledger.post(help("x1", BOB, ALICE, 600));
    ledger.post(help("x2", BOB, CAROL, 100));
    clock.advance(Duration.ofDays(100));
    ledger.post(help("x3", ALICE, BOB, 60));
    clock.advance(Duration.ofDays(100));

    PostResult result = ledger.expireIdleCredit(ExchangeId.of("d1"), POT, Duration.ofDays(180), 10).orElseThrow();

    assertThat(result.outcome()).isEqualTo(Outcome.POSTED);
    assertThat(ledger.balance(CAROL)).isEqualTo(90);
    assertThat(ledger.balance(ALICE)).isEqualTo(540);
    assertThat(ledger.balance(POT)).isEqualTo(10);
    assertThat(ledger.sumOfBalances()).isZero();
    assertThat(ledger.exchange(ExchangeId.of("d1")).orElseThrow().category()).isEqualTo(Ledger.DEMURRAGE);
    assertThat(ledger.expireIdleCredit(ExchangeId.of("d1"), POT, Duration.ofDays(180), 10).orElseThrow().outcome())
        .isEqualTo(Outcome.DUPLICATE);
  }

  @Test
  void demurrageSkipsTheRulesAboutServicesButNotTheLimits() {
    Ledger ledger = ledger(Ledger.builder().addRules(ExchangeRule.allowedCategories(Set.of(Category.DIGITAL))));
    ledger.post(help("x1", BOB, ALICE, 600));
    clock.advance(Duration.ofDays(10));

    assertThat(ledger.expireIdleCredit(ExchangeId.of("d1"), POT, Duration.ofDays(7), 100).orElseThrow().outcome())
        .isEqualTo(Outcome.POSTED);
    assertThat(ledger.balance(ALICE)).isZero();
    assertThat(ledger.expireIdleCredit(ExchangeId.of("d2"), POT, Duration.ofDays(7), 100)).isEmpty();
    assertThat(ledger.post(Exchange.builder().from(help("x2", BOB, ALICE, 60)).category(Ledger.DEMURRAGE).build())
        .codes()).containsExactly("exchange.categoryNotAllowed");
  }

  @Test
  void onlyACommunityAccountReceivesIdleCredit() {
    assertThatThrownBy(() -> ledger().expireIdleCredit(ExchangeId.of("d1"), ALICE, Duration.ofDays(1), 10))
        .isInstanceOf(EssStateException.class).hasMessageContaining("alice");
  }
}
