package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.core.community.MemberCategory;
import coop.ess.timebank.Account;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Category;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.ExchangeId;
import coop.ess.timebank.Leg;
import coop.ess.timebank.Ledger;
import coop.ess.timebank.LedgerSnapshot;
import coop.ess.timebank.LimitPolicy;
import coop.ess.timebank.Limits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a ledger's snapshot: golden file, round trips, refusals with their pointer (mutated snapshots:
 * {@link MutatedValuesJsonTest}).
 */
class LedgerSnapshotJsonTest {

  private static final EssJson JSON = EssJson.standard();
  private static final EssJson AS_TEXT =
      EssJson.with(EssJacksonModule.standard().with(EssJsonFeature.WRITE_AMOUNTS_AS_TEXT, true));
  private static final Instant MONDAY = TimebankSamples.MONDAY;

  /** Alice, Bob and the community pot: a posted exchange, its reversal, a declined one, a pending one. */
  static LedgerSnapshot snapshot() {
    ManualClock clock = ManualClock.of(MONDAY);
    Ledger ledger = Ledger.builder().clock(clock).expireAfter(Duration.ofHours(48))
        .limitPolicy(LimitPolicy.builder().defaults(Limits.of(-1200, 2400).withSoft(-600, 1800)).build()).build();
    AccountId alice = AccountId.of("alice");
    AccountId bob = AccountId.of("bob");
    AccountId pot = AccountId.of("pot");
    ledger.openAccount(Account.builder().id(alice).holder(MemberId.of("alice")).category(MemberCategory.RESIDENT)
        .build());
    ledger.openAccount(Account.of(bob, MemberId.of("bob")));
    ledger.openAccount(Account.community(pot));
    ledger.post(Exchange.builder().id(ExchangeId.of("x-1")).addLegs(Leg.of(bob, alice, 90), Leg.of(pot, alice, 30))
        .category(Category.DIY).description("Réparé l'étagère").occurredAt(MONDAY).build());
    clock.advance(Duration.ofMinutes(10));
    ledger.post(Exchange.of(ExchangeId.of("x-2"), alice, bob, 45, Category.DIGITAL, clock.instant()));
    ledger.reverse(ExchangeId.of("x-2"), ExchangeId.of("x-2-r"), "Posted twice");
    ledger.propose(Exchange.of(ExchangeId.of("x-3"), bob, alice, 20, Category.DIY, clock.instant()),
        MemberId.of("alice"));
    ledger.decline(ExchangeId.of("x-3"), MemberId.of("bob"));
    clock.advance(Duration.ofMinutes(5));
    ledger.propose(Exchange.of(ExchangeId.of("x-4"), alice, bob, 60, Category.DIY, clock.instant()),
        MemberId.of("bob"));
    return ledger.snapshot();
  }

  @Test
  void aSnapshotMatchesItsGoldenFile() {
    Golden.check("LedgerSnapshot", snapshot(), LedgerSnapshot.class);
  }

  @Test
  void itsPartsReadOnTheirOwn() {
    LedgerSnapshot snapshot = snapshot();

    assertThat(JSON.read(JSON.write(snapshot.accounts().get(0)), LedgerSnapshot.AccountState.class))
        .isEqualTo(snapshot.accounts().get(0));
    assertThat(JSON.read(JSON.write(snapshot.exchanges().get(4)), LedgerSnapshot.RecordedExchange.class))
        .isEqualTo(snapshot.exchanges().get(4));
  }

  @Property(tries = 100)
  void snapshotsOfRandomLedgersSurviveARoundTrip(@ForAll("snapshots") LedgerSnapshot snapshot) {
    assertThat(JSON.read(JSON.write(snapshot), LedgerSnapshot.class)).isEqualTo(snapshot);
    assertThat(AS_TEXT.read(AS_TEXT.write(snapshot), LedgerSnapshot.class)).isEqualTo(snapshot);
  }

  @Test
  void balancesThatDoNotSumToZeroAreRefusedAtTheAccounts() {
    ObjectNode tree = (ObjectNode) JSON.mapper().readTree(JSON.write(snapshot()));
    ((ObjectNode) tree.get("accounts").get(1)).put("balance", -10);

    assertThatThrownBy(() -> JSON.read(tree.toString(), LedgerSnapshot.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/accounts");
          assertThat(e.reason()).contains("sum to");
        });
  }

  @Test
  void aHoldThatNoPendingExchangeJustifiesIsRefusedAtItsAccount() {
    ObjectNode tree = (ObjectNode) JSON.mapper().readTree(JSON.write(snapshot()));
    ((ObjectNode) tree.get("accounts").get(1)).put("heldCredits", 500);

    assertThatThrownBy(() -> JSON.read(tree.toString(), LedgerSnapshot.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/accounts/1");
          assertThat(e.reason()).contains("bob", "pending exchanges hold");
        });
  }

  @Test
  void aPendingExchangeWithoutItsProposerIsRefusedAtIt() {
    ObjectNode tree = (ObjectNode) JSON.mapper().readTree(JSON.write(snapshot()));
    ((ObjectNode) tree.get("exchanges").get(4)).remove("proposedBy");

    assertThatThrownBy(() -> JSON.read(tree.toString(), LedgerSnapshot.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/exchanges/4/status"));
  }

  @Test
  void anotherDocumentIsNotASnapshot() {
    assertThatThrownBy(() -> JSON.read("{\"type\":\"calendar-snapshot\",\"sequence\":3}", LedgerSnapshot.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/type");
          assertThat(e.reason()).contains("expected a ledger snapshot");
        });
  }

  /** Snapshots of ledgers that lived through random posts, proposals, confirmations and reversals. */
  @Provide
  Arbitrary<LedgerSnapshot> snapshots() {
    Arbitrary<int[]> step = Combinators.combine(Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(1, 200)).as((kind, a, b, minutes) -> new int[] {kind, a, b, minutes});
    return step.list().ofMinSize(1).ofMaxSize(30).map(LedgerSnapshotJsonTest::live);
  }

  private static LedgerSnapshot live(List<int[]> steps) {
    ManualClock clock = ManualClock.of(MONDAY);
    Ledger ledger = Ledger.builder().clock(clock).autoConfirmAfter(Duration.ofHours(3)).build();
    List<AccountId> accounts = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      accounts.add(AccountId.of("m" + i));
      ledger.openAccount(Account.of(accounts.get(i), MemberId.of("m" + i)));
    }
    accounts.add(AccountId.of("pot"));
    ledger.openAccount(Account.community(AccountId.of("pot")));
    int n = 0;
    for (int[] step : steps) {
      ExchangeId id = ExchangeId.of("x" + n++);
      Exchange exchange = Exchange.of(id, accounts.get(step[1]), accounts.get(step[2]), step[3], Category.DIY,
          clock.instant());
      switch (step[0]) {
        case 0 -> ledger.post(exchange);
        case 1 -> ledger.propose(exchange, MemberId.of(accounts.get(Math.min(step[1], 3)).value()));
        case 2 -> ledger.reverse(ExchangeId.of("x" + Math.max(0, n - 3)), ExchangeId.of("r" + n), "fix");
        case 3 -> clock.advance(Duration.ofMinutes(37L * step[3]));
        default -> ledger.transfer(1000 + n, step[1], step[2], step[3], Category.DIGITAL, new ArrayList<>());
      }
    }
    return ledger.snapshot();
  }
}
