package coop.ess.timebank;

import coop.ess.core.MemberId;
import coop.ess.core.Violation;
import coop.ess.core.community.Member;
import coop.ess.timebank.internal.Rules;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One question the ledger asks of every exchange before posting or holding it, answered with violations: errors
 * refuse the exchange, warnings let it post. The ledger runs every rule and reports every violation.
 *
 * <p>The ledger always runs {@link #positiveAmounts()}, {@link #noSelfExchange()} and its account limits (floor and
 * ceiling, hard and soft, pending holds included); the other rules are chosen per community with
 * {@link Ledger.Builder#addRules}. Rules run under the ledger's lock: they must be quick and must not call the ledger.
 */
public interface ExchangeRule {

  /**
   * Checks the exchange in {@code context}, adding every violation found to {@code out}.
   *
   * @param context the exchange and the state of its accounts, valid during this call only, not null
   * @param out where violations go, not null
   */
  void check(RuleContext context, List<Violation> out);

  /**
   * Whether the rule also applies to reversals. Rules about the service itself (category, members' activity, size)
   * do not: a correction must stay possible.
   *
   * @return false by default
   */
  default boolean appliesToReversals() {
    return false;
  }

  /**
   * Every leg moves at least one minute (and at most a billion): code {@code exchange.amountNotPositive} or
   * {@code exchange.amountTooLarge}.
   *
   * @return the rule, not null
   */
  static ExchangeRule positiveAmounts() {
    return Rules.POSITIVE_AMOUNTS;
  }

  /**
   * No leg pays its own account: code {@code exchange.selfExchange}.
   *
   * @return the rule, not null
   */
  static ExchangeRule noSelfExchange() {
    return Rules.NO_SELF_EXCHANGE;
  }

  /**
   * No leg moves more than a maximum: code {@code exchange.overMaximum}.
   *
   * @param maximumMinutes the largest amount of one leg, at least 1
   * @return the rule, not null
   * @throws IllegalArgumentException if the maximum is below 1
   */
  static ExchangeRule maximumPerExchange(long maximumMinutes) {
    return new Rules.MaximumPerExchange(maximumMinutes);
  }

  /**
   * The exchange's category belongs to the community's taxonomy: code {@code exchange.categoryNotAllowed}.
   *
   * @param allowed the allowed categories, not null, not empty
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code allowed} is empty
   */
  static ExchangeRule allowedCategories(Set<Category> allowed) {
    return new Rules.AllowedCategories(allowed);
  }

  /**
   * Every member holding an account of the exchange is active ({@link Member#isActiveOn}) on the day the service
   * was given, in {@code zone}: code {@code member.notActive}. Organisation and community accounts pass.
   *
   * @param members finds a member by id, empty if unknown (an unknown member is not active), not null
   * @param zone the zone in which the day is reckoned, not null
   * @return the rule, not null
   */
  static ExchangeRule activeMembers(Function<MemberId, Optional<Member>> members, ZoneId zone) {
    return new Rules.ActiveMembers(Objects.requireNonNull(members, "members"), Objects.requireNonNull(zone, "zone"));
  }
}
