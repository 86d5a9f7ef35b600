package coop.ess.timebank;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.core.PartyId;
import coop.ess.core.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random workloads (opens, transfers by number, multi-leg posts, proposals, confirmations, declines, expiries and
 * auto-confirmations, reversals, retries, demurrage): a snapshot taken at a random point, restored into a new ledger
 * that is fed the rest, gives the same answers and the same decisions as the ledger that lived through everything.
 */
class LedgerSnapshotPropertiesTest {

  private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
  private static final Limits LIMITS = Limits.of(-120, 180).withSoft(-90, 150);

  /** One step; indices are reduced modulo what exists when it runs. */
  record Step(int kind, int a, int b, long minutes, int k) {}

  /** A workload: the configuration, the steps, and where the snapshot is taken. */
  record Workload(boolean autoConfirm, boolean floorGrowth, List<Step> steps, int cut) {}

  /** Drives ledgers with steps; its own state (ids, clock) depends on the steps only, never on a ledger's answers. */
  static final class Driver {
    final ManualClock clock = ManualClock.of(START);
    final List<AccountId> accounts = new ArrayList<>();
    final List<Exchange> sent = new ArrayList<>();
    final Set<ExchangeId> ids = new LinkedHashSet<>();
    final Workload workload;
    int next;

    Driver(Workload workload) {
      this.workload = workload;
    }

    Ledger.Builder configure(Ledger.Builder builder) {
      builder.clock(clock).limitPolicy(LimitPolicy.builder().defaults(LIMITS).community(Limits.of(-600, 600)).build());
      if (workload.autoConfirm()) {
        builder.autoConfirmAfter(Duration.ofHours(30));
      } else {
        builder.expireAfter(Duration.ofHours(30));
      }
      if (workload.floorGrowth()) {
        builder.floorGrowth(30, -240);
      }
      return builder;
    }

    Ledger start(Journal journal) {
      Ledger ledger = configure(Ledger.builder().journal(journal)).build();
      for (int i = 0; i < 4; i++) {
        AccountId id = AccountId.of("m" + i);
        accounts.add(id);
        ledger.openAccount(Account.of(id, MemberId.of("m" + i)));
      }
      accounts.add(AccountId.of("pot"));
      ledger.openAccount(Account.community(AccountId.of("pot")));
      return ledger;
    }

    static PartyId party(AccountId account) {
      return MemberId.of(account.value().equals("pot") ? "nobody" : account.value());
    }

    AccountId account(int index) {
      return accounts.get(Math.floorMod(index, accounts.size()));
    }

    Exchange exchange(Step step, int legs) {
      Exchange.Builder builder = Exchange.builder().id(ExchangeId.of("x" + next++)).category(Category.DIY)
          .occurredAt(clock.instant());
      for (int leg = 0; leg < legs; leg++) {
        builder.addLegs(Leg.of(account(step.a() + leg), account(step.b() + 2 * leg), step.minutes() + leg));
      }
      Exchange exchange = builder.build();
      sent.add(exchange);
      ids.add(exchange.id());
      return exchange;
    }

    Exchange old(Step step) {
      return sent.get(Math.floorMod(step.k(), sent.size()));
    }

    /** Moves the driver's own state by one step: the clock, the ids. Returns what to do to a ledger. */
    List<java.util.function.Function<Ledger, String>> plan(Step step) {
      List<java.util.function.Function<Ledger, String>> actions = new ArrayList<>();
      switch (step.kind()) {
        case 0 -> {
          long id = 1000 + next++;
          ids.add(ExchangeId.of(Long.toString(id)));
          int from = Math.floorMod(step.a(), accounts.size());
          int to = Math.floorMod(step.b(), accounts.size());
          actions.add(ledger -> transfer(ledger, id, from, to, step.minutes()));
          actions.add(ledger -> transfer(ledger, id, from, to, step.minutes()));
        }
        case 1 -> {
          Exchange exchange = exchange(step, 1 + Math.floorMod(step.k(), 3));
          actions.add(ledger -> show(ledger.post(exchange)));
        }
        case 2 -> {
          Exchange exchange = exchange(step, 1 + Math.floorMod(step.k(), 2));
          Leg leg = exchange.legs().get(0);
          PartyId proposer = party(step.k() % 2 == 0 ? leg.from() : leg.to());
          actions.add(ledger -> show(ledger.propose(exchange, proposer)));
        }
        case 3, 4 -> {
          if (sent.isEmpty()) {
            break;
          }
          Exchange exchange = old(step);
          Leg leg = exchange.legs().get(Math.floorMod(step.a(), exchange.legs().size()));
          PartyId by = party(step.b() % 2 == 0 ? leg.from() : leg.to());
          actions.add(ledger -> attempt(() -> show(step.kind() == 3 ? ledger.confirm(exchange.id(), by)
              : ledger.decline(exchange.id(), by))));
        }
        case 5 -> {
          if (sent.isEmpty()) {
            break;
          }
          Exchange exchange = old(step);
          ExchangeId reversal = ExchangeId.of(exchange.id().value() + "-r" + Math.floorMod(step.a(), 2));
          ids.add(reversal);
          actions.add(ledger -> show(ledger.reverse(exchange.id(), reversal, "correction")));
        }
        case 6 -> {
          if (sent.isEmpty()) {
            break;
          }
          Exchange exchange = old(step);
          Exchange changed = Exchange.builder().from(exchange).description("other " + step.minutes()).build();
          actions.add(ledger -> show(ledger.post(step.a() % 2 == 0 ? exchange : changed)));
        }
        case 7 -> clock.advance(Duration.ofHours(1 + Math.floorMod(step.minutes() * step.k(), 13)));
        case 8 -> {
          ExchangeId id = ExchangeId.of("idle" + Math.floorMod(step.k(), 3));
          ids.add(id);
          actions.add(ledger -> attempt(() -> ledger.expireIdleCredit(id, AccountId.of("pot"), Duration.ofHours(20),
              10).map(LedgerSnapshotPropertiesTest::show).orElse("none")));
        }
        case 9 -> {
          if (accounts.size() < 8) {
            AccountId id = AccountId.of("m" + (accounts.size() - 1) + "b");
            accounts.add(id);
            actions.add(ledger -> attempt(() -> {
              ledger.openAccount(Account.of(id, MemberId.of(id.value())));
              return "opened";
            }));
          }
        }
        default -> actions.add(ledger -> Integer.toString(ledger.resolveDue()));
      }
      return actions;
    }
  }

  /** Applies the actions of one step to a ledger; returns its decisions. */
  static List<String> decide(List<java.util.function.Function<Ledger, String>> actions, Ledger ledger) {
    List<String> decisions = new ArrayList<>();
    for (java.util.function.Function<Ledger, String> action : actions) {
      decisions.add(action.apply(ledger));
    }
    return decisions;
  }

  private static String transfer(Ledger ledger, long id, int from, int to, long minutes) {
    List<Violation> violations = new ArrayList<>();
    Outcome outcome = ledger.transfer(id, from, to, minutes, Category.DIGITAL, violations);
    return outcome + codes(violations);
  }

  static String show(PostResult result) {
    return result.outcome() + codes(result.violations());
  }

  private static String codes(List<Violation> violations) {
    return violations.stream().map(v -> v.code() + "@" + v.field()).toList().toString();
  }

  private static String attempt(java.util.function.Supplier<String> action) {
    try {
      return action.get();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName();
    }
  }

  /** Everything the ledger answers about the present, for the accounts and ids the driver knows. */
  static List<Object> present(Ledger ledger, Driver driver) {
    List<Object> answers = new ArrayList<>();
    answers.add(ledger.accounts());
    answers.add(ledger.balances());
    answers.add(ledger.sumOfBalances());
    answers.add(ledger.pending());
    answers.add(ledger.journal().size());
    for (Account account : ledger.accounts()) {
      AccountId id = account.id();
      answers.add(List.of(ledger.heldDebits(id), ledger.heldCredits(id), ledger.limits(id), ledger.minutesGiven(id),
          ledger.floor(id), ledger.accountNumber(id)));
    }
    for (ExchangeId id : driver.ids) {
      answers.add(List.of(ledger.status(id), ledger.exchange(id), ledger.reversedBy(id)));
    }
    return answers;
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void aRestoredLedgerAnswersAndDecidesLikeTheLiveOne(@ForAll("workloads") Workload workload) {
    Driver driver = new Driver(workload);
    Ledger live = driver.start(new InMemoryJournal());
    List<Step> steps = workload.steps();
    int cut = Math.min(workload.cut(), steps.size());
    for (Step step : steps.subList(0, cut)) {
      decide(driver.plan(step), live);
    }
    LedgerSnapshot snapshot = live.snapshot();
    assertThat(snapshot.sumOfBalances()).isZero();
    assertThat(snapshot.sequence()).isEqualTo(live.journal().size() - 1);
    Ledger restored = driver.configure(Ledger.builder().journal(InMemoryJournal.trimmed(snapshot))).build();
    assertThat(present(restored, driver)).isEqualTo(present(live, driver));
    assertThat(restored.snapshot()).isEqualTo(snapshot);
    net.jqwik.api.statistics.Statistics.label("pending at the snapshot")
        .collect(snapshot.exchanges().stream().anyMatch(e -> e.status() == ExchangeStatus.PENDING));

    for (Step step : steps.subList(cut, steps.size())) {
      for (java.util.function.Function<Ledger, String> action : driver.plan(step)) {
        assertThat(action.apply(restored)).as("%s", step).isEqualTo(action.apply(live));
      }
    }
    // Retries of every id and a reversal of every exchange sent before the snapshot decide alike, once.
    for (Exchange exchange : List.copyOf(driver.sent)) {
      assertThat(show(restored.post(exchange))).isEqualTo(show(live.post(exchange)));
      for (int time = 0; time < 2; time++) {
        ExchangeId reversal = ExchangeId.of(exchange.id().value() + "-late");
        driver.ids.add(reversal);
        assertThat(show(restored.reverse(exchange.id(), reversal, "late")))
            .isEqualTo(show(live.reverse(exchange.id(), reversal, "late")));
      }
    }
    assertThat(present(restored, driver)).isEqualTo(present(live, driver));
    net.jqwik.api.statistics.Statistics.label("old exchanges reversed after the restore")
        .collect(snapshot.exchanges().stream().anyMatch(e -> restored.reversedBy(e.exchange().id()).isPresent()));
    assertThat(restored.journal().events())
        .isEqualTo(live.journal().events().subList((int) snapshot.sequence() + 1, (int) live.journal().size()));
    assertThat(restored.snapshot()).isEqualTo(live.snapshot());
  }

  @Property(tries = 50, edgeCases = EdgeCasesMode.NONE)
  void aLedgerOnAJournalThatKeepsItsEventsStartsFromItsSnapshotAndStillAnswersThePast(
      @ForAll("workloads") Workload workload) {
    Driver driver = new Driver(workload);
    InMemoryJournal journal = new InMemoryJournal();
    Ledger live = driver.start(journal);
    int cut = Math.min(workload.cut(), workload.steps().size());
    for (Step step : workload.steps().subList(0, cut)) {
      decide(driver.plan(step), live);
    }
    LedgerSnapshot saved = live.saveSnapshot();
    for (Step step : workload.steps().subList(cut, workload.steps().size())) {
      decide(driver.plan(step), live);
    }

    Ledger restored = driver.configure(Ledger.builder().journal(journal)).build();

    assertThat(journal.snapshot()).contains(saved);
    assertThat(present(restored, driver)).isEqualTo(present(live, driver));
    for (Account account : live.accounts()) {
      assertThat(restored.statement(account.id())).isEqualTo(live.statement(account.id()));
      assertThat(restored.balanceAt(account.id(), START.plus(Duration.ofHours(5))))
          .isEqualTo(live.balanceAt(account.id(), START.plus(Duration.ofHours(5))));
    }
  }

  @Property(tries = 50, edgeCases = EdgeCasesMode.NONE)
  void snapshotsSavedAgainAndAgainInATrimmedJournalKeepOnlyTheEventsAfterTheLast(
      @ForAll("workloads") Workload workload) {
    Driver driver = new Driver(workload);
    Driver shadow = new Driver(workload);
    Journal journal = InMemoryJournal.trimmed();
    Ledger trimmed = driver.start(journal);
    Ledger full = shadow.start(new InMemoryJournal());
    int every = 1 + Math.floorMod(workload.cut(), 7);
    int count = 0;
    for (Step step : workload.steps()) {
      decide(driver.plan(step), trimmed);
      decide(shadow.plan(step), full);
      if (++count % every == 0) {
        LedgerSnapshot snapshot = trimmed.saveSnapshot();
        assertThat(journal.start()).isEqualTo(snapshot.sequence() + 1);
        assertThat(journal.events()).isEmpty();
        Instant at = driver.clock.instant();
        for (Account account : full.accounts()) {
          assertThat(trimmed.balanceAt(account.id(), at)).isEqualTo(full.balanceAt(account.id(), at));
        }
      }
    }
    assertThat(present(trimmed, driver)).isEqualTo(present(full, shadow));
    assertThat(journal.size()).isEqualTo(full.journal().size());
    assertThat(trimmed.snapshot()).isEqualTo(full.snapshot());
  }

  @Provide
  Arbitrary<Workload> workloads() {
    Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 10),
        Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 20),
        Arbitraries.longs().between(-5, 80), Arbitraries.integers().between(0, 50)).as(Step::new);
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
        step.list().ofMinSize(10).ofMaxSize(60), Arbitraries.integers().between(3, 60)).as(Workload::new);
  }
}
