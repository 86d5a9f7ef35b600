package coop.ess.examples.cli;

import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.core.PartyId;
import coop.ess.core.Violation;
import coop.ess.core.community.Community;
import coop.ess.core.community.MemberCategory;
import coop.ess.examples.cargo.EssCargo;
import coop.ess.timebank.Account;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Category;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.ExchangeId;
import coop.ess.timebank.ExchangeRule;
import coop.ess.timebank.Leg;
import coop.ess.timebank.Ledger;
import coop.ess.timebank.LimitPolicy;
import coop.ess.timebank.Limits;
import coop.ess.timebank.Minutes;
import coop.ess.timebank.PostResult;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** The time-bank section of {@code ess demo}: a month of exchanges at ESS CARGO, in March 2026. */
final class TimebankDemo {

  private static final AccountId CARGO = AccountId.of("cargo");

  private TimebankDemo() {}

  /**
   * Prints the section.
   *
   * @param out where to print, not null
   */
  static void print(PrintWriter out) {
    Community community = EssCargo.community();
    ManualClock clock = ManualClock.of(at(2, 9), EssCargo.ZONE);
    Ledger ledger = Ledger.builder()
        .clock(clock)
        .limitPolicy(LimitPolicy.builder()
            .defaults(Limits.of(Minutes.ofHours(-20), Minutes.ofHours(40))
                .withSoft(Minutes.ofHours(-15), Minutes.ofHours(35)))
            .putByCategory(MemberCategory.STUDENT, Limits.of(Minutes.ofHours(-10), Minutes.ofHours(40)))
            .build())
        .addRules(ExchangeRule.activeMembers(community::member, EssCargo.ZONE),
            ExchangeRule.allowedCategories(Set.of(Category.DIGITAL, Category.DIY, Category.COOKING,
                Category.GARDENING, Category.MOBILITY, Category.TEACHING)),
            ExchangeRule.maximumPerExchange(Minutes.ofHours(8)))
        .expireAfter(Duration.ofDays(7))
        .build();
    for (String member : new String[] {"camille", "yanis", "maryam", "louis", "ines"}) {
      community.member(MemberId.of(member)).ifPresent(found -> ledger.openAccount(Account.builder()
          .id(AccountId.of(member)).holder(found.id()).category(found.categories().first()).build()));
    }
    ledger.openAccount(Account.community(CARGO));

    out.printf("%nTime bank: a month of exchanges at ESS CARGO (March 2026)%n");
    out.println("  limits -20 h / +40 h (warning beyond -15 h / +35 h), students -10 h; at most 8 h per exchange");
    show(out, ledger, clock, at(2, 9), single("m-01", "camille", "maryam", 90, Category.DIGITAL,
        "Help with an online housing-aid form"));
    show(out, ledger, clock, at(4, 18), Exchange.builder().id(ExchangeId.of("m-02")).category(Category.COOKING)
        .description("Soup workshop in the shared kitchen, led by Louis")
        .addLegs(leg("camille", "louis", 120), leg("yanis", "louis", 120), leg("maryam", "louis", 120))
        .occurredAt(clock.instant()).build());
    show(out, ledger, clock, at(9, 10), single("m-03", "cargo", "yanis", 240, Category.DIY,
        "Repaired the greenhouse door for the venue"));
    show(out, ledger, clock, at(11, 14), single("m-04", "camille", "yanis", 420, Category.DIY,
        "Bike overhaul, the whole afternoon"));
    show(out, ledger, clock, at(12, 10), single("m-05", "ines", "maryam", 60, Category.DIGITAL,
        "Phone set-up"));
    clock.set(at(16, 11));
    PostResult proposed = ledger.propose(now(clock, single("m-06", "louis", "yanis", 120, Category.GARDENING,
        "Planting the hanging garden")), MemberId.of("yanis"));
    line(out, clock, "m-06", "proposed by yanis, louis to confirm", proposed);
    clock.set(at(17, 9));
    line(out, clock, "m-06", "confirmed by louis", ledger.confirm(ExchangeId.of("m-06"), MemberId.of("louis")));
    show(out, ledger, clock, at(20, 16), single("m-07", "maryam", "camille", 180, Category.MOBILITY,
        "Lift to the station (typed 3 h instead of 30 min)"));
    clock.set(at(20, 17));
    line(out, clock, "r-07", "reversal of m-07", ledger.reverse(ExchangeId.of("m-07"), ExchangeId.of("r-07"),
        "Typo: 3 h instead of 30 min"));
    show(out, ledger, clock, at(20, 17), single("m-08", "maryam", "camille", 30, Category.MOBILITY,
        "Lift to the station"));
    clock.set(at(23, 12));
    PartyId proposer = MemberId.of("camille");
    line(out, clock, "m-09", "proposed by camille, maryam to confirm", ledger.propose(now(clock, single("m-09",
        "maryam", "camille", 60, Category.COOKING, "Batch cooking for the week")), proposer));
    clock.set(at(31, 20));
    ledger.resolveDue();
    line(out, clock, "m-09", "not confirmed within 7 days: " + ledger.status(ExchangeId.of("m-09"))
        .map(status -> status.name().toLowerCase(Locale.ROOT)).orElse("?"), null);

    StringJoiner balances = new StringJoiner(", ");
    for (Map.Entry<AccountId, Long> balance : ledger.balances().entrySet()) {
      balances.add(balance.getKey() + " " + Minutes.format(balance.getValue()));
    }
    out.printf("  Balances on 31 March: %s (sum %s, %d events in the journal)%n", balances,
        Minutes.format(ledger.sumOfBalances()), ledger.journal().size());
    out.print("  Statement of camille:");
    ledger.statement(AccountId.of("camille")).forEach(statementLine -> out.printf(" %s %s%s → %s;",
        statementLine.exchange().id(), statementLine.change() > 0 ? "+" : "", Minutes.format(statementLine.change()),
        Minutes.format(statementLine.balanceAfter())));
    out.println();
  }

  private static void show(PrintWriter out, Ledger ledger, ManualClock clock, Instant when, Exchange given) {
    clock.set(when);
    Exchange exchange = Exchange.builder().from(given).occurredAt(when).build();
    StringJoiner legs = new StringJoiner(", ");
    exchange.legs().forEach(leg -> legs.add(
        leg.to() + " helped " + leg.from() + " " + Minutes.format(leg.minutes())));
    line(out, clock, exchange.id().value(), exchange.category() + ": " + legs + " \"" + exchange.description() + "\"",
        ledger.post(exchange));
  }

  private static void line(PrintWriter out, Clock clock, String id, String what, @Nullable PostResult result) {
    String day = LocalDateTime.ofInstant(clock.instant(), EssCargo.ZONE).toLocalDate().toString();
    out.printf("  %s  %-5s %s%s%n", day, id, what,
        result == null ? "" : "  → " + result.outcome().name().toLowerCase(Locale.ROOT));
    if (result != null) {
      for (Violation violation : result.violations()) {
        out.printf("      [%s] en: %s%n", violation.code(), violation.messageEn());
        out.printf("      %s fr: %s%n", " ".repeat(violation.code().length() + 2), violation.messageFr());
      }
    }
  }

  private static Exchange single(String id, String from, String to, long minutes, Category category,
      String description) {
    return Exchange.builder().id(ExchangeId.of(id)).addLegs(leg(from, to, minutes)).category(category)
        .description(description).occurredAt(Instant.EPOCH).build();
  }

  private static Exchange now(Clock clock, Exchange exchange) {
    return Exchange.builder().from(exchange).occurredAt(clock.instant()).build();
  }

  private static Leg leg(String from, String to, long minutes) {
    return Leg.of(AccountId.of(from), AccountId.of(to), minutes);
  }

  private static Instant at(int day, int hour) {
    return LocalDateTime.of(2026, 3, day, hour, 0).atZone(EssCargo.ZONE).toInstant();
  }

}
