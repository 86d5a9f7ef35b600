package coop.ess.timebank;

import coop.ess.core.ManualClock;
import static coop.ess.timebank.LedgerTest.ALICE;
import static coop.ess.timebank.LedgerTest.BOB;
import static coop.ess.timebank.LedgerTest.CAROL;
import static coop.ess.timebank.LedgerTest.POT;
import static coop.ess.timebank.LedgerTest.START;
import static coop.ess.timebank.LedgerTest.help;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssNotFoundException;
import coop.ess.core.MemberId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LedgerWorkflowTest {

  private static final MemberId ALICE_M = MemberId.of("alice");
  private static final MemberId BOB_M = MemberId.of("bob");
  private static final MemberId CAROL_M = MemberId.of("carol");
  private static final ExchangeId P1 = ExchangeId.of("p1");

  private final ManualClock clock = ManualClock.of(START);

  private Ledger ledger(Ledger.Builder builder) {
    Ledger ledger = builder.clock(clock).limitPolicy(LimitPolicy.STANDARD).build();
    ledger.openAccount(Account.of(ALICE, ALICE_M));
    ledger.openAccount(Account.of(BOB, BOB_M));
    ledger.openAccount(Account.of(CAROL, CAROL_M));
    ledger.openAccount(Account.community(POT));
    return ledger;
  }

  private Ledger ledger() {
    return ledger(Ledger.builder());
  }

  @Test
  void aProposalHoldsItsAmountWithoutMovingBalances() {
    Ledger ledger = ledger();

    PostResult result = ledger.propose(help("p1", BOB, ALICE, 90), ALICE_M);

    assertThat(result.outcome()).isEqualTo(Outcome.PENDING);
    assertThat(ledger.balance(BOB)).isZero();
    assertThat(ledger.heldDebits(BOB)).isEqualTo(90);
    assertThat(ledger.heldCredits(ALICE)).isEqualTo(90);
    assertThat(ledger.pending()).extracting(Exchange::id).containsExactly(P1);
  }

  @Test
  void pendingListsWhatStillWaitsInTheOrderItWasProposedAlsoAfterReplay() {
    Ledger ledger = ledger();
    ledger.propose(help("p1", BOB, ALICE, 30), ALICE_M);
    ledger.propose(help("p2", CAROL, ALICE, 30), ALICE_M);
    ledger.post(help("x1", ALICE, BOB, 10));
    ledger.propose(help("p3", ALICE, CAROL, 30), CAROL_M);
    ledger.propose(help("p4", BOB, CAROL, 30), CAROL_M);
    ledger.confirm(ExchangeId.of("p2"), CAROL_M);
    ledger.decline(ExchangeId.of("p4"), BOB_M);

    Ledger replayed = Ledger.builder().clock(clock).journal(ledger.journal()).build();

    assertThat(ledger.pending()).extracting(Exchange::id)
        .containsExactly(P1, ExchangeId.of("p3"));
    assertThat(replayed.pending()).isEqualTo(ledger.pending());
  }

  @Test
  void theOtherSideConfirmsAndTheExchangePosts() {
    Ledger ledger = ledger();
    ledger.propose(help("p1", BOB, ALICE, 90), ALICE_M);

    PostResult result = ledger.confirm(P1, BOB_M);

    assertThat(result.outcome()).isEqualTo(Outcome.POSTED);
    assertThat(ledger.balance(BOB)).isEqualTo(-90);
    assertThat(ledger.heldDebits(BOB)).isZero();
    assertThat(ledger.heldCredits(ALICE)).isZero();
    assertThat(ledger.confirm(P1, BOB_M).outcome()).isEqualTo(Outcome.DUPLICATE);
  }

  @Test
  void theProposerCannotConfirmTheirOwnProposal() {
    Ledger ledger = ledger();
    ledger.propose(help("p1", BOB, ALICE, 90), BOB_M);

    assertThat(ledger.confirm(P1, BOB_M).codes()).containsExactly("exchange.sameSide");
    assertThat(ledger.confirm(P1, CAROL_M).codes()).containsExactly("exchange.notParty");
    assertThat(ledger.status(P1)).contains(ExchangeStatus.PENDING);
  }

  @Test
  void onlyAPartyMayPropose() {
    Ledger ledger = ledger();

    assertThat(ledger.propose(help("p1", BOB, ALICE, 90), CAROL_M).codes()).containsExactly("exchange.notParty");
    assertThat(ledger.status(P1)).isEmpty();
  }

  @Test
  void eitherSideMayDeclineAndTheHoldIsReleased() {
    Ledger ledger = ledger();
    ledger.propose(help("p1", BOB, ALICE, 90), ALICE_M);

    assertThat(ledger.decline(P1, ALICE_M).outcome()).isEqualTo(Outcome.DECLINED);
    assertThat(ledger.heldDebits(BOB)).isZero();
    assertThat(ledger.balance(BOB)).isZero();
    assertThat(ledger.status(P1)).contains(ExchangeStatus.DECLINED);
    assertThat(ledger.confirm(P1, BOB_M).codes()).containsExactly("exchange.notPending");
  }

  @Test
  void pendingHoldsCountAgainstTheFloor() {
    Ledger ledger = ledger();
    ledger.propose(help("p1", BOB, ALICE, 1000), ALICE_M);

    PostResult second = ledger.post(help("x2", BOB, CAROL, 300));

    assertThat(second.codes()).containsExactly("balance.belowFloor");
    assertThat(second.violations().get(0).messageEn()).contains("pending 16 h 40");
    assertThat(ledger.post(help("x3", BOB, CAROL, 200)).outcome()).isEqualTo(Outcome.POSTED);
  }

  @Test
  void pendingHoldsCountAgainstTheCeiling() {
    Ledger ledger = ledger();
    ledger.propose(help("p1", POT, ALICE, 2000), ALICE_M);

    assertThat(ledger.post(help("x2", BOB, ALICE, 401)).codes()).containsExactly("balance.aboveCeiling");
  }

  @Test
  void aProposalExpiresAtItsDeadline() {
    Ledger ledger = ledger(Ledger.builder().expireAfter(Duration.ofDays(7)));
    ledger.propose(help("p1", BOB, ALICE, 90), ALICE_M);
    clock.advance(Duration.ofDays(7));

    assertThat(ledger.status(P1)).contains(ExchangeStatus.PENDING);
    assertThat(ledger.resolveDue()).isEqualTo(1);
    assertThat(ledger.status(P1)).contains(ExchangeStatus.EXPIRED);
    assertThat(ledger.heldDebits(BOB)).isZero();
    assertThat(ledger.balance(BOB)).isZero();
  }

  @Test
  void aProposalAutoConfirmsAfterTheDelay() {
    Ledger ledger = ledger(Ledger.builder().autoConfirmAfter(Duration.ofHours(48)));
    ledger.propose(help("p1", BOB, ALICE, 90), ALICE_M);
    clock.advance(Duration.ofHours(47));
    ledger.post(help("x2", CAROL, ALICE, 10));
    assertThat(ledger.status(P1)).contains(ExchangeStatus.PENDING);

    clock.advance(Duration.ofHours(1));
    ledger.post(help("x3", CAROL, ALICE, 10));

    assertThat(ledger.status(P1)).contains(ExchangeStatus.POSTED);
    assertThat(ledger.balance(ALICE)).isEqualTo(110);
    assertThat(ledger.journal().events()).filteredOn(e -> e instanceof ExchangeResolved)
        .singleElement().satisfies(e -> assertThat(((ExchangeResolved) e).by()).isEmpty());
  }

  @Test
  void theShorterDelayDecides() {
    Ledger ledger = ledger(Ledger.builder().autoConfirmAfter(Duration.ofDays(3)).expireAfter(Duration.ofDays(1)));
    ledger.propose(help("p1", BOB, ALICE, 90), ALICE_M);
    clock.advance(Duration.ofDays(1));

    ledger.resolveDue();

    assertThat(ledger.status(P1)).contains(ExchangeStatus.EXPIRED);
  }

  @Test
  void proposingAgainIsADuplicate() {
    Ledger ledger = ledger();
    ledger.propose(help("p1", BOB, ALICE, 90), ALICE_M);

    assertThat(ledger.propose(help("p1", BOB, ALICE, 90), ALICE_M).outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(ledger.post(help("p1", BOB, ALICE, 90)).outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(ledger.heldDebits(BOB)).isEqualTo(90);
  }

  @Test
  void confirmingAnUnknownExchangeIsMisuse() {
    assertThatThrownBy(() -> ledger().confirm(ExchangeId.of("ghost"), BOB_M))
        .isInstanceOf(EssNotFoundException.class).hasMessageContaining("ghost");
  }

  @Test
  void aPendingExchangeCannotBeReversed() {
    Ledger ledger = ledger();
    ledger.propose(help("p1", BOB, ALICE, 90), ALICE_M);

    assertThat(ledger.reverse(P1, ExchangeId.of("r1"), "no").codes()).containsExactly("reversal.unknownOriginal");
  }
}
