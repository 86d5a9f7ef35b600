package coop.ess.timebank.simulation;

import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.timebank.Account;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Category;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.ExchangeId;
import coop.ess.timebank.Ledger;
import coop.ess.timebank.Outcome;
import coop.ess.timebank.PostResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Replays a simulation, step by step, through a real {@link Ledger} configured from the same settings, and records
 * every difference: the decision of each attempt (with its refusal reason), the balances and held amounts of both
 * sides after it, and every balance, floor, held amount and the community account's balance at the end of each month
 * (after the ledger's own demurrage). With {@link SimulationSettings#confirmationDelayDays()} an accepted attempt is
 * {@link Ledger#propose proposed} by the payee and later {@link Ledger#confirm confirmed} by the payer, when the
 * simulation confirms it. Also checks the ledger's invariants at each month's end: zero-sum, every balance within its limits.
 *
 * <p>Month m of the simulation is the 30 days from {@code START + 30 (m − 1) days}: accounts open and exchanges post at
 * its first instant (with holds: exchanges are proposed and confirmed at the start of their day, those left at the
 * month's end are confirmed at its last second), demurrage runs at its last second.
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
  final List<Decision> proposed = new ArrayList<>();
  @Nullable Simulation simulation;
  private long next;
  private long confirmations;
  private long refusedByHolds;
  private final ArrayDeque<ExchangeId> pending = new ArrayDeque<>();

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
  public void dayStarted(int month, int day) {
    clock.set(monthStart(month).plus(Duration.ofDays(day)));
  }

  @Override
  public void attempted(int month, int payer, int payee, int category, long minutes, Decision decision) {
    boolean holding = settings.confirmationDelayDays() > 0;
    if (!holding) {
      clock.set(monthStart(month));
    }
    ExchangeId id = ExchangeId.of("x" + next++);
    Exchange exchange = Exchange.of(id, account(payer), account(payee), minutes, categories.get(category),
        clock.instant());
    PostResult result = holding ? ledger.propose(exchange, MemberId.of("m" + payee)) : ledger.post(exchange);
    if (holding && result.outcome() == Outcome.PENDING) {
      pending.add(id);
      proposed.add(decision);
    }
    boolean floor = result.codes().contains("balance.belowFloor");
    boolean ceiling = result.codes().contains("balance.aboveCeiling");
    Decision expected = result.isRejected()
        ? (floor && ceiling ? Decision.BLOCKED_BY_BOTH : floor ? Decision.BLOCKED_BY_FLOOR
            : ceiling ? Decision.BLOCKED_BY_CEILING : null)
        : Decision.ACCEPTED;
    decisions.add(decision);
    Simulation simulation = simulation();
    if (decision != Decision.ACCEPTED && simulation.balance(payer) - minutes >= simulation.floor(payer)
        && simulation.balance(payee) + minutes <= settings.limits().ceiling()) {
      refusedByHolds++;
    }
    if (expected != decision) {
      differences.add("month " + month + " attempt " + (next - 1) + ": simulation " + decision + ", ledger "
          + result.outcome() + " " + result.codes());
    }
    compare("after attempt " + (next - 1), payer);
    compare("after attempt " + (next - 1), payee);
  }

  @Override
  public void confirmed(int month, int day, int payer, int payee, long minutes) {
    clock.set(day < Simulation.DAYS ? monthStart(month).plus(Duration.ofDays(day))
        : monthStart(month + 1).minusSeconds(1));
    ExchangeId id = pending.poll();
    if (id == null) {
      differences.add("month " + month + " day " + day + ": the simulation confirmed m" + payer + " -> m" + payee
          + " but nothing is pending in the ledger");
      return;
    }
    confirmations++;
    PostResult result = ledger.confirm(id, MemberId.of("m" + payer));
    if (result.outcome() != Outcome.POSTED) {
      differences.add("month " + month + " day " + day + ": confirming " + id + " gave " + result.outcome() + " "
          + result.codes());
    }
    compare("after confirming " + id, payer);
    compare("after confirming " + id, payee);
  }

  long confirmations() {
    return confirmations;
  }

  /** The refusals that the posted balances alone would not have made: only the held amounts refused them. */
  long refusedByHolds() {
    return refusedByHolds;
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
    if (ledger.heldDebits(account(member)) != simulation().heldDebits(member)
        || ledger.heldCredits(account(member)) != simulation().heldCredits(member)) {
      differences.add(when + ": held amounts of m" + member + " simulation " + simulation().heldDebits(member) + "/"
          + simulation().heldCredits(member) + ", ledger " + ledger.heldDebits(account(member)) + "/"
          + ledger.heldCredits(account(member)));
    }
  }

  @Override
  public void monthEnded(PeriodMetrics metrics) {
    int month = metrics.month();
    clock.set(monthStart(month + 1).minusSeconds(1));
    settings.demurrage().ifPresent(demurrage -> ledger.expireIdleCredit(ExchangeId.of("demurrage-" + month), POT,
        Duration.ofDays(30L * demurrage.idleMonths()), demurrage.percent()));
    Simulation simulation = simulation();
    if (!pending.isEmpty() || !ledger.pending().isEmpty()) {
      differences.add("end of month " + month + ": still pending: " + pending + " / " + ledger.pending().size());
    }
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
