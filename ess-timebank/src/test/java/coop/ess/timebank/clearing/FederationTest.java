package coop.ess.timebank.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssNotFoundException;
import coop.ess.core.EssValidationException;
import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.timebank.Account;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Category;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.ExchangeId;
import coop.ess.timebank.Ledger;
import coop.ess.timebank.LimitPolicy;
import coop.ess.timebank.Limits;
import coop.ess.timebank.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FederationTest {

  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
  private static final int MEMBERS = 3;

  /** Banks b0, b1, …, each with members m0.. and a correspondent account "bank-bK" for every other bank. */
  static final class World {
    final List<String> ids = new ArrayList<>();
    final Map<String, Ledger> ledgers = new LinkedHashMap<>();
    final Map<String, Map<String, Long>> expected = new HashMap<>();
    int next;

    World(int banks) {
      for (int b = 0; b < banks; b++) {
        ids.add("b" + b);
      }
      for (String id : ids) {
        Ledger ledger = Ledger.builder().clock(ManualClock.of(START))
            .limitPolicy(LimitPolicy.builder().defaults(Limits.of(-600, 600)).community(Limits.UNLIMITED).build())
            .build();
        for (int m = 0; m < MEMBERS; m++) {
          ledger.openAccount(Account.of(AccountId.of("m" + m), MemberId.of(id + "-m" + m)));
        }
        for (String other : ids) {
          if (!other.equals(id)) {
            ledger.openAccount(Account.community(AccountId.of("bank-" + other)));
          }
        }
        ledgers.put(id, ledger);
      }
    }

    Ledger ledger(String id) {
      return Objects.requireNonNull(ledgers.get(id), id);
    }

    List<FederatedBank> banks() {
      List<FederatedBank> banks = new ArrayList<>();
      for (String id : ids) {
        Map<AccountId, String> correspondents = new HashMap<>();
        for (String other : ids) {
          if (!other.equals(id)) {
            correspondents.put(AccountId.of("bank-" + other), other);
          }
        }
        banks.add(FederatedBank.of(id, ledger(id), correspondents));
      }
      return banks;
    }

    /** A member of {@code receiver} receives {@code minutes} from a member of {@code provider}; both banks record it. */
    boolean exchange(String receiver, int receiving, String provider, int giving, long minutes) {
      String id = "x" + next++;
      Outcome received = ledger(receiver).post(Exchange.of(ExchangeId.of(id), AccountId.of("m" + receiving),
          AccountId.of("bank-" + provider), minutes, Category.DIY, START)).outcome();
      if (received != Outcome.POSTED) {
        return false;
      }
      Outcome given = ledger(provider).post(Exchange.of(ExchangeId.of(id), AccountId.of("bank-" + receiver),
          AccountId.of("m" + giving), minutes, Category.DIY, START)).outcome();
      if (given != Outcome.POSTED) {
        ledger(receiver).reverse(ExchangeId.of(id), ExchangeId.of("undo-" + id), "not given");
        return false;
      }
      expected.computeIfAbsent(receiver, r -> new HashMap<>()).merge(provider, minutes, Long::sum);
      return true;
    }

    /** Reverses a cross-bank exchange on both sides. */
    void reverse(String receiver, String provider, String id, long minutes) {
      assertThat(ledger(receiver).reverse(ExchangeId.of(id), ExchangeId.of("r-" + id), "mistake").outcome())
          .isEqualTo(Outcome.POSTED);
      assertThat(ledger(provider).reverse(ExchangeId.of(id), ExchangeId.of("r-" + id), "mistake").outcome())
          .isEqualTo(Outcome.POSTED);
      expected.computeIfAbsent(receiver, r -> new HashMap<>()).merge(provider, -minutes, Long::sum);
    }
  }

  @Test
  void membersReceivingFromAnotherBankMakeTheirBankOweIt() {
    World world = new World(3);
    world.exchange("b0", 0, "b1", 2, 90);
    world.exchange("b0", 1, "b1", 0, 30);
    world.exchange("b1", 0, "b2", 0, 60);
    world.exchange("b2", 1, "b0", 1, 45);

    assertThat(Federation.obligations(world.banks())).containsExactly(
        Obligation.of("b0", "b1", 120), Obligation.of("b1", "b2", 60), Obligation.of("b2", "b0", 45));
  }

  @Test
  void clearingCancelsTheCycleBetweenBanks() {
    World world = new World(3);
    world.exchange("b0", 0, "b1", 2, 120);
    world.exchange("b1", 0, "b2", 0, 60);
    world.exchange("b2", 1, "b0", 1, 45);

    ClearingResult<String> result = Federation.clear(world.banks(), ClearingMethod.OPTIMAL);

    assertThat(result.totalDebt()).isEqualTo(225);
    assertThat(result.cleared()).isEqualTo(135);
    assertThat(result.remaining()).containsExactly(Obligation.of("b0", "b1", 75), Obligation.of("b1", "b2", 15));
  }

  @Test
  void aReversedExchangeOwesNothing() {
    World world = new World(2);
    world.exchange("b0", 0, "b1", 2, 90);
    world.exchange("b0", 1, "b1", 1, 30);
    world.reverse("b0", "b1", "x0", 90);

    assertThat(Federation.obligations(world.banks())).containsExactly(Obligation.of("b0", "b1", 30));
  }

  @Test
  void localExchangesMakeNoObligation() {
    World world = new World(2);
    world.ledger("b0").post(Exchange.of(ExchangeId.of("l1"), AccountId.of("m0"), AccountId.of("m1"), 60,
        Category.DIY, START));

    assertThat(Federation.obligations(world.banks())).isEmpty();
  }

  @Test
  void aFederationMustNameEachBankOnceAndOnlyItsBanks() {
    World world = new World(3);
    List<FederatedBank> banks = world.banks();

    assertThatThrownBy(() -> Federation.obligations(List.of(banks.get(0), banks.get(0), banks.get(1), banks.get(2))))
        .isInstanceOf(EssValidationException.class).hasMessageContaining("b0");
    assertThatThrownBy(() -> Federation.obligations(List.of(banks.get(0), banks.get(1))))
        .isInstanceOf(EssValidationException.class).hasMessageContaining("b2");
  }

  @Test
  void aCorrespondentAccountMustBeOpenAndStandForAnotherBank() {
    Ledger ledger = new World(2).ledger("b0");

    assertThatThrownBy(() -> FederatedBank.of("b0", ledger, Map.of(AccountId.of("bank-b1"), "b0")))
        .isInstanceOf(EssValidationException.class);
    assertThatThrownBy(() -> FederatedBank.of("b0", ledger, Map.of(AccountId.of("nowhere"), "b1")))
        .isInstanceOf(EssNotFoundException.class);
  }

  record Step(int receiver, int provider, int receiving, int giving, long minutes, int reverse) {}

  @Provide
  Arbitrary<List<Step>> federations() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, MEMBERS - 1), Arbitraries.integers().between(0, MEMBERS - 1),
            Arbitraries.longs().between(1, 120), Arbitraries.integers().between(0, 9))
        .as(Step::new).list().ofMaxSize(40);
  }

  private static World play(List<Step> steps) {
    World world = new World(4);
    List<Object[]> done = new ArrayList<>();
    for (Step step : steps) {
      if (step.receiver() == step.provider()) {
        continue;
      }
      String receiver = "b" + step.receiver();
      String provider = "b" + step.provider();
      String id = "x" + world.next;
      if (world.exchange(receiver, step.receiving(), provider, step.giving(), step.minutes())) {
        done.add(new Object[] {receiver, provider, id, step.minutes()});
      }
      if (step.reverse() == 0 && !done.isEmpty()) {
        Object[] last = done.remove(done.size() - 1);
        world.reverse((String) last[0], (String) last[1], (String) last[2], (Long) last[3]);
      }
    }
    return world;
  }

  @Property(tries = 100)
  void obligationsAreWhatEachBankReceivedFromEachOther(@ForAll("federations") List<Step> steps) {
    World world = play(steps);
    Map<String, Map<String, Long>> derived = new HashMap<>();
    for (Obligation<String> obligation : Federation.obligations(world.banks())) {
      derived.computeIfAbsent(obligation.debtor(), d -> new HashMap<>()).put(obligation.creditor(),
          obligation.amount());
    }
    Map<String, Map<String, Long>> expected = new HashMap<>();
    world.expected.forEach((debtor, creditors) -> creditors.forEach((creditor, amount) -> {
      if (amount > 0) {
        expected.computeIfAbsent(debtor, d -> new HashMap<>()).put(creditor, amount);
      }
    }));
    assertThat(derived).isEqualTo(expected);
  }

  @Property(tries = 100)
  void netPositionsAreTheCorrespondentBalancesAndClearingKeepsThem(@ForAll("federations") List<Step> steps,
      @ForAll ClearingMethod method) {
    World world = play(steps);
    List<Obligation<String>> obligations = Federation.obligations(world.banks());
    ClearingResult<String> result = Federation.clear(world.banks(), method);

    Map<String, Long> before = netPositions(obligations);
    for (FederatedBank bank : world.banks()) {
      long correspondents = bank.correspondents().keySet().stream().mapToLong(bank.ledger()::balance).sum();
      assertThat(before.getOrDefault(bank.id(), 0L)).as(bank.id()).isEqualTo(correspondents);
    }
    assertThat(netPositions(result.remaining())).isEqualTo(before);
  }

  @Property(tries = 100)
  void clearingStaysWithinItsBounds(@ForAll("federations") List<Step> steps, @ForAll ClearingMethod method) {
    World world = play(steps);
    List<Obligation<String>> obligations = Federation.obligations(world.banks());
    ClearingResult<String> result = Federation.clear(world.banks(), method);

    long total = obligations.stream().mapToLong(Obligation::amount).sum();
    assertThat(result.totalDebt()).isEqualTo(total);
    assertThat(result.cleared()).isBetween(0L, total - result.netInternalDebt());
    assertThat(result.remaining().stream().mapToLong(Obligation::amount).sum()).isEqualTo(total - result.cleared());
    for (Obligation<String> left : result.remaining()) {
      assertThat(obligations).anySatisfy(original -> {
        assertThat(original.debtor()).isEqualTo(left.debtor());
        assertThat(original.creditor()).isEqualTo(left.creditor());
        assertThat(left.amount()).isLessThanOrEqualTo(original.amount());
      });
    }
  }

  /** What each party owes minus what it is owed; parties at 0 left out. */
  private static Map<String, Long> netPositions(List<Obligation<String>> obligations) {
    Map<String, Long> net = new HashMap<>();
    for (Obligation<String> obligation : obligations) {
      net.merge(obligation.debtor(), obligation.amount(), Long::sum);
      net.merge(obligation.creditor(), -obligation.amount(), Long::sum);
    }
    net.values().removeIf(value -> value == 0);
    return net;
  }
}
