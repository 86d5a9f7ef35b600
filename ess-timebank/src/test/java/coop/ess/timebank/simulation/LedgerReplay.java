package coop.ess.timebank.simulation;

import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.timebank.Account;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Category;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.ExchangeId;
import coop.ess.timebank.Ledger;
import coop.ess.timebank.PostResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Replays a simulation, step by step, through a real {@link Ledger} configured from the same settings, and records
 * every difference: the decision of each attempt (with its refusal reason), the balances of both sides after it, and
 * every balance, floor and the community account's balance at the end of each month (after the ledger's own
 * demurrage). Also checks the ledger's invariants at each month's end: zero-sum, every balance within its limits.
 *
 * <p>Month m of the simulation is the 30 days from {@code START + 30 (m − 1) days}: accounts open and exchanges post at
 * its first instant, demurrage runs at its last second.
 */
final class LedgerReplay implements SimulationObserver {

  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final AccountId POT = AccountId.of("pot");

  final SimulationSettings settings;
  final ManualClock clock = ManualClock.of(START);
  final Ledger ledger;
  final List<Category> categories;
  final List<String> differences = new ArrayList<>();
  final List<Decision> decisions = new ArrayList<>();
  @Nullable Simulation simulation;
  private long next;

  LedgerReplay(SimulationSettings settings) {
    this.settings = settings;
    Ledger.Builder builder = Ledger.builder().clock(clock).limitPolicy(settings.limitPolicy());
    settings.floorGrowth().ifPresent(growth -> builder.floorGrowth(growth.minutesPerHourGiven(),
        growth.lowestFloor()));
    ledger = builder.build();
    ledger.openAccount(Account.community(POT));
    categories = List.copyOf(settings.categoryWeights().keySet());
  }

  /** Runs the whole simulation under this replay. */
  static LedgerReplay run(SimulationSettings settings) {
    LedgerReplay replay = new LedgerReplay(settings);
    Simulation simulation = Simulation.of(settings, 1, replay);
    replay.simulation = simulation;
    simulation.runToEnd();
    return replay;
  }

  private static Instant monthStart(int month) {
    return START.plus(Duration.ofDays(30L * (month - 1)));
  }

  private static AccountId account(int member) {
    return AccountId.of("m" + member);
  }

  private Simulation simulation() {
    Simulation current = simulation;
    if (current == null) {
      throw new IllegalStateException("no simulation");
    }
    return current;
  }

  @Override
  public void joined(int month, int member) {
    clock.set(monthStart(month));
    ledger.openAccount(Account.of(account(member), MemberId.of("m" + member)));
  }

  @Override
  public void attempted(int month, int payer, int payee, int category, long minutes, Decision decision) {
    clock.set(monthStart(month));
    PostResult result = ledger.post(Exchange.of(ExchangeId.of("x" + next++), account(payer), account(payee), minutes,
        categories.get(category), clock.instant()));
    boolean floor = result.codes().contains("balance.belowFloor");
    boolean ceiling = result.codes().contains("balance.aboveCeiling");
    Decision expected = result.isRejected()
        ? (floor && ceiling ? Decision.BLOCKED_BY_BOTH : floor ? Decision.BLOCKED_BY_FLOOR
            : ceiling ? Decision.BLOCKED_BY_CEILING : null)
        : Decision.ACCEPTED;
    decisions.add(decision);
    if (expected != decision) {
      differences.add("month " + month + " attempt " + (next - 1) + ": simulation " + decision + ", ledger "
          + result.outcome() + " " + result.codes());
    }
    compare("after attempt " + (next - 1), payer);
    compare("after attempt " + (next - 1), payee);
  }

  private void compare(String when, int member) {
    long ledgerBalance = ledger.balance(account(member));
    long simulated = simulation().balance(member);
    if (ledgerBalance != simulated) {
      differences.add(when + ": balance of m" + member + " simulation " + simulated + ", ledger " + ledgerBalance);
    }
    long ledgerFloor = ledger.floor(account(member));
    if (ledgerFloor != simulation().floor(member)) {
      differences.add(when + ": floor of m" + member + " simulation " + simulation().floor(member) + ", ledger "
          + ledgerFloor);
    }
  }

  @Override
  public void monthEnded(PeriodMetrics metrics) {
    int month = metrics.month();
    clock.set(monthStart(month + 1).minusSeconds(1));
    settings.demurrage().ifPresent(demurrage -> ledger.expireIdleCredit(ExchangeId.of("demurrage-" + month), POT,
        Duration.ofDays(30L * demurrage.idleMonths()), demurrage.percent()));
    Simulation simulation = simulation();
    long sum = ledger.balance(POT);
    for (int member = 0; member < simulation.memberCount(); member++) {
      compare("end of month " + month, member);
      long balance = ledger.balance(account(member));
      sum += balance;
      if (balance < ledger.floor(account(member)) || balance > ledger.limits(account(member)).ceiling()) {
        differences.add("end of month " + month + ": m" + member + " outside its limits: " + balance);
      }
    }
    if (ledger.balance(POT) != simulation.communityBalance()) {
      differences.add("end of month " + month + ": community simulation " + simulation.communityBalance()
          + ", ledger " + ledger.balance(POT));
    }
    if (sum != 0 || ledger.sumOfBalances() != 0) {
      differences.add("end of month " + month + ": not zero-sum: " + sum);
    }
  }
}
