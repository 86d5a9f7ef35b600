package coop.ess.timebank.internal;

import coop.ess.core.MemberId;
import coop.ess.core.PartyId;
import coop.ess.core.Violation;
import coop.ess.core.community.Member;
import coop.ess.timebank.Account;
import coop.ess.timebank.Category;
import coop.ess.timebank.ExchangeRule;
import coop.ess.timebank.Leg;
import coop.ess.timebank.Limits;
import coop.ess.timebank.Minutes;
import coop.ess.timebank.RuleContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** The built-in rules of the ledger; users reach them through {@link ExchangeRule}'s factories. */
public final class Rules {

  /** The largest amount of one leg: a billion minutes, so that sums of legs never overflow. */
  public static final long LARGEST_AMOUNT = 1_000_000_000L;

  /** See {@link ExchangeRule#positiveAmounts()}. */
  public static final ExchangeRule POSITIVE_AMOUNTS = new ExchangeRule() {
    @Override
    public void check(RuleContext context, List<Violation> out) {
      int legs = context.legCount();
      for (int i = 0; i < legs; i++) {
        long minutes = context.minutes(i);
        if (minutes < 1) {
          out.add(TimebankMessages.CATALOG.error("exchange.amountNotPositive", "legs[" + i + "].minutes",
              "leg", i, "minutes", minutes));
        } else if (minutes > LARGEST_AMOUNT) {
          out.add(TimebankMessages.CATALOG.error("exchange.amountTooLarge", "legs[" + i + "].minutes",
              "leg", i, "minutes", minutes, "max", LARGEST_AMOUNT));
        }
      }
    }

    @Override
    public boolean appliesToReversals() {
      return true;
    }

    @Override
    public String toString() {
      return "positiveAmounts";
    }
  };

  /** See {@link ExchangeRule#noSelfExchange()}. */
  public static final ExchangeRule NO_SELF_EXCHANGE = new ExchangeRule() {
    @Override
    public void check(RuleContext context, List<Violation> out) {
      int legs = context.legCount();
      for (int i = 0; i < legs; i++) {
        int from = context.from(i);
        int to = context.to(i);
        if (from >= 0 && to >= 0) {
          if (from == to) {
            out.add(TimebankMessages.CATALOG.error("exchange.selfExchange", "legs[" + i + "].to",
                "leg", i, "account", context.account(from).id()));
          }
          continue;
        }
        Leg leg = context.exchange().legs().get(i);
        if (leg.from().equals(leg.to())) {
          out.add(TimebankMessages.CATALOG.error("exchange.selfExchange", "legs[" + i + "].to",
              "leg", i, "account", leg.from()));
        }
      }
    }

    @Override
    public String toString() {
      return "noSelfExchange";
    }
  };

  private Rules() {}

  /**
   * The hard and soft limits of every touched account, pending holds included: what a payer would reach if every
   * pending debit posted must stay at or above its floor, what a payee would reach if every pending credit posted
   * must stay at or below its ceiling.
   *
   * @param context the exchange
   * @param errors where hard-limit violations go
   * @param warnings where soft-limit warnings go
   */
  public static void checkLimits(RuleContext context, List<Violation> errors, List<Violation> warnings) {
    for (int i = 0; i < context.touchedCount(); i++) {
      int account = context.touched(i);
      long change = context.netChange(i);
      Limits limits = context.limits(account);
      long balance = context.balance(account);
      if (change < 0) {
        long held = context.heldDebits(account);
        long worst = balance - held + change;
        long floor = context.floor(account);
        if (LimitArithmetic.breaksFloor(balance, held, change, floor)) {
          errors.add(limitViolation(context, true, "balance.belowFloor", account, balance, held, change,
              "floor", floor));
        } else if (worst < limits.softFloor()) {
          warnings.add(limitViolation(context, false, "balance.belowSoftFloor", account, balance, held, change,
              "floor", limits.softFloor()));
        }
      } else if (change > 0) {
        long held = context.heldCredits(account);
        long worst = balance + held + change;
        if (LimitArithmetic.breaksCeiling(balance, held, change, limits.ceiling())) {
          errors.add(limitViolation(context, true, "balance.aboveCeiling", account, balance, held, change,
              "ceiling", limits.ceiling()));
        } else if (worst > limits.softCeiling()) {
          warnings.add(limitViolation(context, false, "balance.aboveSoftCeiling", account, balance, held, change,
              "ceiling", limits.softCeiling()));
        }
      }
    }
  }

  private static Violation limitViolation(RuleContext context, boolean error, String code, int account,
      long balance, long held, long change, String limitName, long limit) {
    String field = "";
    int legs = context.legCount();
    for (int leg = 0; leg < legs && field.isEmpty(); leg++) {
      if (change < 0 && context.from(leg) == account) {
        field = "legs[" + leg + "].from";
      } else if (change > 0 && context.to(leg) == account) {
        field = "legs[" + leg + "].to";
      }
    }
    long after = change < 0 ? balance - held + change : balance + held + change;
    Object[] parameters = {"account", context.account(account).id(), "balance", Minutes.format(balance),
        "held", Minutes.format(held), "change", Minutes.format(change), "after", Minutes.format(after),
        limitName, Minutes.format(limit)};
    return error ? TimebankMessages.CATALOG.error(code, field, parameters)
        : TimebankMessages.CATALOG.warning(code, field, parameters);
  }

  /** See {@link ExchangeRule#maximumPerExchange(long)}. */
  public static final class MaximumPerExchange implements ExchangeRule {
    private final long maximum;

    /**
     * The rule.
     *
     * @param maximum the largest amount of a leg
     */
    public MaximumPerExchange(long maximum) {
      if (maximum < 1) {
        throw new IllegalArgumentException("The maximum per exchange must be at least 1 minute, got " + maximum);
      }
      this.maximum = maximum;
    }

    /**
     * The largest amount of a leg.
     *
     * @return minutes, at least 1
     */
    public long maximum() {
      return maximum;
    }

    @Override
    public void check(RuleContext context, List<Violation> out) {
      int legs = context.legCount();
      for (int i = 0; i < legs; i++) {
        long minutes = context.minutes(i);
        if (minutes > maximum) {
          out.add(TimebankMessages.CATALOG.error("exchange.overMaximum", "legs[" + i + "].minutes",
              "leg", i, "amount", Minutes.format(minutes), "max", Minutes.format(maximum)));
        }
      }
    }

    @Override
    public String toString() {
      return "maximumPerExchange(" + Minutes.format(maximum) + ")";
    }
  }

  /** See {@link ExchangeRule#allowedCategories(Set)}. */
  public static final class AllowedCategories implements ExchangeRule {
    private final Set<Category> allowed;
    private final String list;

    /**
     * The rule.
     *
     * @param allowed the taxonomy
     */
    public AllowedCategories(Set<Category> allowed) {
      if (allowed.isEmpty()) {
        throw new IllegalArgumentException("The taxonomy of allowed categories must not be empty");
      }
      this.allowed = Set.copyOf(allowed);
      this.list = String.join(", ", new TreeSet<>(allowed.stream().map(Category::code).toList()));
    }

    /**
     * Whether the taxonomy holds a category.
     *
     * @param category the category
     * @return true if the rule lets it through
     */
    public boolean allows(Category category) {
      return allowed.contains(category);
    }

    @Override
    public void check(RuleContext context, List<Violation> out) {
      Category category = context.category();
      if (!allowed.contains(category)) {
        out.add(TimebankMessages.CATALOG.error("exchange.categoryNotAllowed", "category",
            "category", category, "allowed", list));
      }
    }

    @Override
    public String toString() {
      return "allowedCategories(" + list + ")";
    }
  }

  /** See {@link ExchangeRule#activeMembers(Function, ZoneId)}. */
  public static final class ActiveMembers implements ExchangeRule {
    private final Function<MemberId, Optional<Member>> members;
    private final ZoneId zone;

    /**
     * The rule.
     *
     * @param members the member directory
     * @param zone the zone of the day
     */
    public ActiveMembers(Function<MemberId, Optional<Member>> members, ZoneId zone) {
      this.members = members;
      this.zone = zone;
    }

    @Override
    public void check(RuleContext context, List<Violation> out) {
      LocalDate day = LocalDate.ofInstant(context.occurredAt(), zone);
      int legs = context.legCount();
      for (int leg = 0; leg < legs; leg++) {
        checkAccount(context, context.from(leg), "legs[" + leg + "].from", day, out);
        checkAccount(context, context.to(leg), "legs[" + leg + "].to", day, out);
      }
    }

    private void checkAccount(RuleContext context, int number, String field, LocalDate day, List<Violation> out) {
      if (number < 0) {
        return;
      }
      Account account = context.account(number);
      Optional<PartyId> holder = account.holder();
      if (holder.isPresent() && holder.get() instanceof MemberId member) {
        boolean active = members.apply(member).map(found -> found.isActiveOn(day)).orElse(false);
        if (!active) {
          out.add(TimebankMessages.CATALOG.error("member.notActive", field,
              "member", member, "account", account.id(), "date", day));
        }
      }
    }

    @Override
    public String toString() {
      return "activeMembers(" + zone + ")";
    }
  }
}
