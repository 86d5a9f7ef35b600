package coop.ess.timebank;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Statistics computed from one consistent snapshot of a {@link Ledger}: its journal and its balances. Because they
 * are derived from the same events as the balances, they always agree with the ledger.
 *
 * <p>A reversal counts against the exchange it reverses (same category and month as the original): a mistaken
 * exchange and its reversal add up to nothing. Immutable and thread-safe.
 */
public final class LedgerStatistics {

  private final List<Exchange> posted;
  private final Map<ExchangeId, Exchange> byId;
  private final List<Account> accounts;
  private final Map<AccountId, Long> balances;
  private final Map<AccountId, Limits> limits;

  private LedgerStatistics(List<Exchange> posted, List<Account> accounts, Map<AccountId, Long> balances,
      Map<AccountId, Limits> limits) {
    this.posted = posted;
    this.accounts = accounts;
    this.balances = balances;
    this.limits = limits;
    Map<ExchangeId, Exchange> index = new HashMap<>();
    posted.forEach(exchange -> index.put(exchange.id(), exchange));
    this.byId = index;
  }

  /**
   * Takes the statistics of a ledger now.
   *
   * @param ledger the ledger, not null
   * @return the statistics, not null
   * @throws coop.ess.core.EssStateException if the ledger's journal no longer holds the events before its snapshot
   */
  public static LedgerStatistics of(Ledger ledger) {
    Objects.requireNonNull(ledger, "ledger");
    ledger.requireHistory("Statistics");
    List<LedgerEvent> events = ledger.journal().events();
    List<Exchange> posted = new ArrayList<>();
    Map<AccountId, Long> balances = new HashMap<>();
    List<Account> accounts = new ArrayList<>();
    Map<AccountId, Limits> limits = new HashMap<>();
    for (LedgerEvent event : events) {
      if (event instanceof AccountOpened opened) {
        accounts.add(opened.account());
        limits.put(opened.account().id(), opened.limits());
        balances.put(opened.account().id(), 0L);
      }
      event.posted().ifPresent(exchange -> {
        posted.add(exchange);
        for (Leg leg : exchange.legs()) {
          balances.merge(leg.from(), -leg.minutes(), Long::sum);
          balances.merge(leg.to(), leg.minutes(), Long::sum);
        }
      });
    }
    return new LedgerStatistics(List.copyOf(posted), List.copyOf(accounts), Map.copyOf(balances),
        Map.copyOf(limits));
  }

  /**
   * Minutes exchanged per month (of the day the service was given, in {@code zone}) and category, reversals
   * deducted.
   *
   * @param zone the zone in which months are reckoned, not null
   * @return minutes by month then category, sorted, not null
   */
  public Map<YearMonth, Map<Category, Long>> minutesByMonthAndCategory(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    Map<YearMonth, Map<Category, Long>> result = new TreeMap<>();
    for (Exchange exchange : posted) {
      Exchange counted = original(exchange);
      long sign = exchange.reverses().isPresent() ? -1 : 1;
      YearMonth month = YearMonth.from(counted.occurredAt().atZone(zone));
      result.computeIfAbsent(month, m -> new TreeMap<>())
          .merge(counted.category(), sign * exchange.totalMinutes(), Long::sum);
    }
    return Collections.unmodifiableMap(result);
  }

  /**
   * The accounts that gave or received a service given in {@code [from, to)}, reversed exchanges excluded.
   *
   * @param from the start, inclusive, not null
   * @param to the end, exclusive, not null
   * @return the accounts, in the order first seen, not null
   */
  public Set<AccountId> activeAccounts(Instant from, Instant to) {
    Set<ExchangeId> reversed = new java.util.HashSet<>();
    posted.forEach(exchange -> exchange.reverses().ifPresent(reversed::add));
    Set<AccountId> active = new LinkedHashSet<>();
    for (Exchange exchange : posted) {
      Instant when = exchange.occurredAt();
      if (exchange.reverses().isEmpty() && !reversed.contains(exchange.id()) && !when.isBefore(from)
          && when.isBefore(to)) {
        for (Leg leg : exchange.legs()) {
          active.add(leg.from());
          active.add(leg.to());
        }
      }
    }
    return Collections.unmodifiableSet(active);
  }

  /**
   * The accounts whose balance is at their hard floor.
   *
   * @return the accounts, in the order they opened, not null
   */
  public List<AccountId> atFloor() {
    return accounts.stream().map(Account::id)
        .filter(id -> balance(id) <= Objects.requireNonNull(limits.get(id)).floor()).toList();
  }

  /**
   * The accounts whose balance is at their hard ceiling.
   *
   * @return the accounts, in the order they opened, not null
   */
  public List<AccountId> atCeiling() {
    return accounts.stream().map(Account::id)
        .filter(id -> balance(id) >= Objects.requireNonNull(limits.get(id)).ceiling()).toList();
  }

  /**
   * The balance of an account in this snapshot.
   *
   * @param account the account, not null
   * @return minutes, 0 for an unknown account
   */
  public long balance(AccountId account) {
    return balances.getOrDefault(account, 0L);
  }

  /**
   * The Gini coefficient of the minutes each member or organisation account has given (earned), reversals deducted:
   * 0 when everyone gave as much, close to 1 when a few give everything. Balances themselves can be negative, which
   * the Gini coefficient does not handle; what each gave is the usual measure of how evenly help is spread.
   *
   * @return the coefficient between 0 and 1; 0 if nobody gave anything
   */
  public double giniOfMinutesGiven() {
    Map<AccountId, Long> given = new HashMap<>();
    for (Account account : accounts) {
      if (!account.isCommunity()) {
        given.put(account.id(), 0L);
      }
    }
    for (Exchange exchange : posted) {
      for (Leg leg : exchange.legs()) {
        // A reversal's legs run from the original giver back to the receiver: deduct from the giver.
        if (exchange.reverses().isPresent()) {
          given.computeIfPresent(leg.from(), (id, sum) -> sum - leg.minutes());
        } else {
          given.computeIfPresent(leg.to(), (id, sum) -> sum + leg.minutes());
        }
      }
    }
    long[] values = given.values().stream().mapToLong(Long::longValue).sorted().toArray();
    return gini(values);
  }

  /**
   * The share of member and organisation accounts that have both given and received, among those that did either:
   * how reciprocal the exchanges are. Reversed exchanges and their reversals are left out.
   *
   * @return the share between 0 and 1; 0 if no exchange was posted
   */
  public double reciprocity() {
    Set<ExchangeId> reversed = new java.util.HashSet<>();
    posted.forEach(exchange -> exchange.reverses().ifPresent(reversed::add));
    Set<AccountId> gave = new java.util.HashSet<>();
    Set<AccountId> received = new java.util.HashSet<>();
    Set<AccountId> community = new java.util.HashSet<>();
    accounts.stream().filter(Account::isCommunity).forEach(account -> community.add(account.id()));
    for (Exchange exchange : posted) {
      if (exchange.reverses().isEmpty() && !reversed.contains(exchange.id())) {
        for (Leg leg : exchange.legs()) {
          gave.add(leg.to());
          received.add(leg.from());
        }
      }
    }
    Set<AccountId> either = new java.util.HashSet<>(gave);
    either.addAll(received);
    either.removeAll(community);
    if (either.isEmpty()) {
      return 0;
    }
    long both = either.stream().filter(id -> gave.contains(id) && received.contains(id)).count();
    return (double) both / either.size();
  }

  /**
   * For each account with a known joining day, the days from joining to the first service it gave or received
   * (reversed exchanges and reversals left out), reckoned in {@code zone}. Accounts that never exchanged are absent.
   *
   * @param joinedOn the day each account's holder joined, for instance from
   *     {@link coop.ess.core.community.Member#joinedOn()}, not null
   * @param zone the zone of the days, not null
   * @return days by account, in the order the accounts opened, not null
   */
  public Map<AccountId, Long> daysToFirstExchange(Map<AccountId, java.time.LocalDate> joinedOn, ZoneId zone) {
    Objects.requireNonNull(joinedOn, "joinedOn");
    Objects.requireNonNull(zone, "zone");
    Set<ExchangeId> reversed = new java.util.HashSet<>();
    posted.forEach(exchange -> exchange.reverses().ifPresent(reversed::add));
    Map<AccountId, Instant> first = new HashMap<>();
    for (Exchange exchange : posted) {
      if (exchange.reverses().isEmpty() && !reversed.contains(exchange.id())) {
        for (Leg leg : exchange.legs()) {
          first.merge(leg.from(), exchange.occurredAt(), (a, b) -> a.isBefore(b) ? a : b);
          first.merge(leg.to(), exchange.occurredAt(), (a, b) -> a.isBefore(b) ? a : b);
        }
      }
    }
    Map<AccountId, Long> days = new java.util.LinkedHashMap<>();
    for (Account account : accounts) {
      java.time.LocalDate joined = joinedOn.get(account.id());
      Instant when = first.get(account.id());
      if (joined != null && when != null) {
        days.put(account.id(), java.time.temporal.ChronoUnit.DAYS.between(joined, when.atZone(zone).toLocalDate()));
      }
    }
    return Collections.unmodifiableMap(days);
  }

  private Exchange original(Exchange exchange) {
    if (exchange.reverses().isPresent()) {
      Exchange original = byId.get(exchange.reverses().get());
      if (original != null) {
        return original;
      }
    }
    return exchange;
  }

  /** The Gini coefficient of sorted non-negative values (negative ones count as 0). */
  static double gini(long[] sortedValues) {
    long[] values = Arrays.stream(sortedValues).map(v -> Math.max(0, v)).sorted().toArray();
    int n = values.length;
    double total = 0;
    double weighted = 0;
    for (int i = 0; i < n; i++) {
      total += values[i];
      weighted += (i + 1) * (double) values[i];
    }
    if (n == 0 || total == 0) {
      return 0;
    }
    return (2 * weighted) / (n * total) - (n + 1.0) / n;
  }

  @Override
  public String toString() {
    return "LedgerStatistics[" + accounts.size() + " accounts, " + posted.size() + " posted exchanges]";
  }
}
