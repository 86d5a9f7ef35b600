package coop.ess.timebank;

import coop.ess.core.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random workloads against the ledger's promises, in the spirit of TigerBeetle's simulator. */
class LedgerPropertiesTest {

  private static final int MEMBERS = 4;
  private static final Limits LIMITS = Limits.of(-120, 180).withSoft(-90, 150);

  /** One step of a workload; indices are reduced modulo what exists when the step runs. */
  record Step(int kind, int a, int b, long minutes, int k) {}

  static final class Run {
    final ManualClock clock = ManualClock.of(Instant.parse("2026-03-01T00:00:00Z"));
    final Ledger ledger;
    final List<AccountId> accounts = new ArrayList<>();
    final List<Exchange> sent = new ArrayList<>();
    int next;

    Run(boolean autoConfirm) {
      Ledger.Builder builder = Ledger.builder().clock(clock)
          .limitPolicy(LimitPolicy.builder().defaults(LIMITS).community(Limits.of(-600, 600)).build());
      builder = autoConfirm ? builder.autoConfirmAfter(Duration.ofHours(30)) : builder.expireAfter(Duration.ofHours(30));
      builder.floorGrowth(30, -240);
      ledger = builder.build();
      for (int i = 0; i < MEMBERS; i++) {
        AccountId id = AccountId.of("m" + i);
        accounts.add(id);
        ledger.openAccount(Account.of(id, MemberId.of("m" + i)));
      }
      accounts.add(AccountId.of("pot"));
      ledger.openAccount(Account.community(AccountId.of("pot")));
    }

    Exchange exchange(Step step, int legs) {
      Exchange.Builder builder = Exchange.builder().id(ExchangeId.of("x" + next++)).category(Category.DIY)
          .occurredAt(clock.instant());
      for (int leg = 0; leg < legs; leg++) {
        AccountId from = accounts.get(Math.floorMod(step.a() + leg, accounts.size()));
        AccountId to = accounts.get(Math.floorMod(step.b() + 2 * leg, accounts.size()));
        builder.addLegs(Leg.of(from, to, step.minutes() + leg));
      }
      return builder.build();
    }

    /** Runs a step, checking what it must leave unchanged. */
    void apply(Step step) {
      switch (step.kind()) {
        case 0, 1 -> {
          Exchange exchange = exchange(step, step.kind() + 1);
          ledger.post(exchange);
          sent.add(exchange);
        }
        case 2 -> {
          Exchange exchange = exchange(step, 1);
          AccountId proposer = step.k() % 2 == 0 ? exchange.legs().get(0).from() : exchange.legs().get(0).to();
          ledger.propose(exchange, proposer.value().equals("pot") ? MemberId.of("m0") : MemberId.of(proposer.value()));
          sent.add(exchange);
        }
        case 3 -> withSent(step, exchange -> {
          if (ledger.status(exchange.id()).isPresent()) {
            for (Leg leg : exchange.legs()) {
              ledger.confirm(exchange.id(), MemberId.of(leg.from().value().equals("pot") ? "m0" : leg.from().value()));
              ledger.confirm(exchange.id(), MemberId.of(leg.to().value().equals("pot") ? "m0" : leg.to().value()));
            }
          }
        });
        case 4 -> withSent(step, exchange -> {
          if (ledger.status(exchange.id()).isPresent()) {
            ledger.decline(exchange.id(), MemberId.of(exchange.legs().get(0).to().value().equals("pot") ? "m0"
                : exchange.legs().get(0).to().value()));
          }
        });
        case 5 -> {
          clock.advance(Duration.ofHours(step.minutes() % 24));
          if (step.k() % 3 == 0) {
            ledger.expireIdleCredit(ExchangeId.of("d" + next++), AccountId.of("pot"), Duration.ofHours(12),
                1 + step.k() % 100);
          }
        }
        case 6 -> withSent(step, exchange -> {
          ledger.resolveDue();
          Map<AccountId, Long> before = ledger.balances();
          Map<AccountId, Long> held = heldDebits();
          long events = ledger.journal().size();
          boolean known = ledger.status(exchange.id()).isPresent();
          PostResult retry = ledger.post(exchange);
          if (known) {
            assertThat(retry.outcome()).isEqualTo(Outcome.DUPLICATE);
            assertThat(ledger.balances()).isEqualTo(before);
            assertThat(heldDebits()).isEqualTo(held);
          }
          if (retry.outcome() == Outcome.DUPLICATE) {
            assertThat(ledger.journal().size()).isEqualTo(events);
          }
        });
        default -> withSent(step, exchange -> {
          ledger.resolveDue();
          if (ledger.status(exchange.id()).orElse(ExchangeStatus.PENDING) == ExchangeStatus.POSTED
              && ledger.reversedBy(exchange.id()).isEmpty() && exchange.reverses().isEmpty()) {
            Map<AccountId, Long> before = ledger.balances();
            if (reverseNow(exchange).isPresent()) {
              Map<AccountId, Long> expected = new java.util.LinkedHashMap<>(before);
              for (Leg leg : exchange.legs()) {
                expected.merge(leg.from(), leg.minutes(), Long::sum);
                expected.merge(leg.to(), -leg.minutes(), Long::sum);
              }
              assertThat(ledger.balances()).isEqualTo(expected);
            }
          }
        });
      }
    }

    java.util.Optional<Exchange> reverseNow(Exchange exchange) {
      ExchangeId id = ExchangeId.of("r" + next++);
      PostResult result = ledger.reverse(exchange.id(), id, "property");
      if (result.outcome() != Outcome.POSTED) {
        assertThat(result.codes()).allMatch(code -> code.startsWith("balance."));
        return java.util.Optional.empty();
      }
      Exchange reversal = ledger.exchange(id).orElseThrow();
      sent.add(reversal);
      return java.util.Optional.of(reversal);
    }

    void withSent(Step step, java.util.function.Consumer<Exchange> action) {
      if (!sent.isEmpty()) {
        action.accept(sent.get(Math.floorMod(step.k(), sent.size())));
      }
    }

    Map<AccountId, Long> heldDebits() {
      Map<AccountId, Long> held = new java.util.LinkedHashMap<>();
      for (AccountId account : accounts) {
        held.put(account, ledger.heldDebits(account));
      }
      return held;
    }

    void checkInvariants() {
      assertThat(ledger.sumOfBalances()).isZero();
      long heldIn = 0;
      long heldOut = 0;
      for (AccountId account : accounts) {
        Limits limits = ledger.limits(account);
        long balance = ledger.balance(account);
        long debits = ledger.heldDebits(account);
        long credits = ledger.heldCredits(account);
        assertThat(ledger.floor(account)).isBetween(Math.min(limits.floor(), -240L), limits.floor());
        assertThat(balance - debits).as("%s floor with holds", account).isGreaterThanOrEqualTo(ledger.floor(account));
        assertThat(balance + credits).as("%s ceiling with holds", account).isLessThanOrEqualTo(limits.ceiling());
        heldIn += credits;
        heldOut += debits;
      }
      assertThat(heldIn).isEqualTo(heldOut);
    }
  }

  @Provide
  Arbitrary<List<Step>> workloads() {
    Arbitrary<Step> step = Combinators.combine(
            Arbitraries.integers().between(0, 7),
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 4),
            Arbitraries.longs().between(1, 90),
            Arbitraries.integers().between(0, 1000))
        .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(60);
  }

  @Property
  void zeroSumAndHardLimitsHoldAfterEveryStep(@ForAll("workloads") List<Step> steps, @ForAll boolean autoConfirm) {
    Run run = new Run(autoConfirm);
    for (Step step : steps) {
      run.apply(step);
      run.ledger.resolveDue();
      run.checkInvariants();
    }
  }

  @Property
  void replayingTheJournalGivesTheLiveState(@ForAll("workloads") List<Step> steps, @ForAll boolean autoConfirm) {
    Run run = new Run(autoConfirm);
    steps.forEach(run::apply);

    InMemoryJournal copy = new InMemoryJournal();
    run.ledger.journal().events().forEach(copy::append);
    Ledger replayed = Ledger.builder().clock(run.clock).journal(copy).build();

    assertThat(replayed.balances()).isEqualTo(run.ledger.balances());
    for (AccountId account : run.accounts) {
      assertThat(replayed.heldDebits(account)).isEqualTo(run.ledger.heldDebits(account));
      assertThat(replayed.heldCredits(account)).isEqualTo(run.ledger.heldCredits(account));
      assertThat(replayed.minutesGiven(account)).isEqualTo(run.ledger.minutesGiven(account));
      assertThat(replayed.statement(account)).isEqualTo(run.ledger.statement(account));
      assertThat(replayed.balanceAt(account, run.clock.instant())).isEqualTo(run.ledger.balance(account));
    }
    for (Exchange exchange : run.sent) {
      assertThat(replayed.status(exchange.id())).isEqualTo(run.ledger.status(exchange.id()));
      assertThat(replayed.reversedBy(exchange.id())).isEqualTo(run.ledger.reversedBy(exchange.id()));
    }
  }

  @Property
  void aRetriedIdNeverPostsTwice(@ForAll("workloads") List<Step> steps) {
    Run run = new Run(false);
    steps.forEach(run::apply);
    for (Exchange exchange : run.sent) {
      run.ledger.resolveDue();
      Map<AccountId, Long> before = run.ledger.balances();
      boolean known = run.ledger.status(exchange.id()).isPresent();
      PostResult retry = run.ledger.post(exchange);
      if (known) {
        assertThat(retry.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(run.ledger.balances()).isEqualTo(before);
      }
    }
    long postings = run.ledger.journal().events().stream().filter(e -> e.posted().isPresent()).count();
    long distinct = run.ledger.journal().events().stream().filter(e -> e.posted().isPresent())
        .map(e -> e.posted().orElseThrow().id()).distinct().count();
    assertThat(postings).isEqualTo(distinct);
  }
}
