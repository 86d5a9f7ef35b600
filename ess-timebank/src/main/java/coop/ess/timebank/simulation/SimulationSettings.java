package coop.ess.timebank.simulation;

import coop.ess.core.internal.Checks;
import coop.ess.timebank.Category;
import coop.ess.timebank.LimitPolicy;
import coop.ess.timebank.Limits;
import coop.ess.timebank.internal.Rules;
import coop.ess.timebank.simulation.internal.SimulationMessages;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything that decides a simulation run: a run is a pure function of its settings (and of nothing else: the
 * number of threads does not change the result). Every attribute has a documented default, so
 * {@code SimulationSettings.builder().build()} is a small valid run.
 *
 * <pre>{@code
 * SimulationSettings settings = SimulationSettings.builder()
 *     .members(100_000).months(12).seed(1)
 *     .limits(Limits.of(Minutes.ofHours(-10), Minutes.ofHours(30)))
 *     .demurrage(Demurrage.of(3, 10))
 *     .build();
 * }</pre>
 *
 * <p>The maps keep the order in which they were given; that order is part of the settings (it decides which random
 * draw maps to which category or duration). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SimulationSettings {

  /** The largest number of members a run may start with. */
  public static final int MAX_MEMBERS = 50_000_000;

  SimulationSettings() {}

  /**
   * A builder with every default.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The members at the start.
   *
   * @return 2 to {@value #MAX_MEMBERS}; 1,000 by default
   */
  @Value.Default
  public int members() {
    return 1_000;
  }

  /**
   * The number of periods (months) to run.
   *
   * @return 1 to 1,200; 12 by default
   */
  @Value.Default
  public int months() {
    return 12;
  }

  /**
   * The seed of the one random stream of the run.
   *
   * @return any value; 1 by default
   */
  @Value.Default
  public long seed() {
    return 1;
  }

  /**
   * The arrival rate of needs: each period brings {@code round(current members × rate)} needs, each from a current
   * member drawn uniformly.
   *
   * @return 0 to 1,000; 2.0 by default
   */
  @Value.Default
  public double needsPerMemberPerMonth() {
    return 2.0;
  }

  /**
   * The categories of service with their weights: a need's category is drawn with these weights, and so are the
   * skills of each member (distinct categories).
   *
   * @return categories to weights (each at least 1), in order, not empty; by default digital 3, diy 3, cooking 2,
   *     gardening 2, mobility 1, teaching 1
   */
  @Value.Default
  public Map<Category, Integer> categoryWeights() {
    Map<Category, Integer> weights = new LinkedHashMap<>();
    weights.put(Category.DIGITAL, 3);
    weights.put(Category.DIY, 3);
    weights.put(Category.COOKING, 2);
    weights.put(Category.GARDENING, 2);
    weights.put(Category.MOBILITY, 1);
    weights.put(Category.TEACHING, 1);
    return weights;
  }

  /**
   * How many distinct skills (categories offered) each member has.
   *
   * @return 1 to the number of categories; 2 by default
   */
  @Value.Default
  public int skillsPerMember() {
    return 2;
  }

  /**
   * The duration distribution of a service: minutes to weights.
   *
   * @return durations in minutes (1 to a billion) to weights (at least 1), in order, not empty; by default 30 min 2,
   *     1 h 4, 1 h 30 2, 2 h 3, 3 h 1, 4 h 1
   */
  @Value.Default
  public Map<Long, Integer> durationWeights() {
    Map<Long, Integer> weights = new LinkedHashMap<>();
    weights.put(30L, 2);
    weights.put(60L, 4);
    weights.put(90L, 2);
    weights.put(120L, 3);
    weights.put(180L, 1);
    weights.put(240L, 1);
    return weights;
  }

  /**
   * The hard floor and ceiling of every member's account, as the ledger's {@link LimitPolicy#defaults()}. Soft limits
   * only warn in the ledger, so they do not change any decision.
   *
   * @return the limits, not null; those of {@link LimitPolicy#STANDARD} (−20 h, +40 h) by default
   */
  @Value.Default
  public Limits limits() {
    return LimitPolicy.STANDARD.defaults();
  }

  /**
   * The ledger's limit policy these settings stand for: {@link #limits()} for every member, the community account
   * unlimited.
   *
   * @return the policy, not null
   */
  @Value.Derived
  @Value.Auxiliary
  public LimitPolicy limitPolicy() {
    return LimitPolicy.builder().defaults(limits()).build();
  }

  /**
   * The dynamic floor.
   *
   * @return the growth, empty (off) by default
   */
  public abstract Optional<FloorGrowth> floorGrowth();

  /**
   * The demurrage applied at the end of every period.
   *
   * @return the demurrage, empty (off) by default
   */
  public abstract Optional<Demurrage> demurrage();

  /**
   * Churn in: each period after the first, {@code round(current members × rate)} new members join.
   *
   * @return 0 to 1; 0.02 by default
   */
  @Value.Default
  public double joinRatePerMonth() {
    return 0.02;
  }

  /**
   * Churn out: at the end of each period, {@code round(current members × rate)} current members drawn uniformly
   * leave; their accounts stay with their balances.
   *
   * @return 0 to 1; 0.01 by default
   */
  @Value.Default
  public double leaveRatePerMonth() {
    return 0.01;
  }

  /**
   * How a need finds its provider.
   *
   * @return the policy, {@link MatchingPolicy#RANDOM} by default
   */
  @Value.Default
  public MatchingPolicy matching() {
    return MatchingPolicy.RANDOM;
  }

  /**
   * How many providers a need draws at most (see {@link MatchingPolicy}); a need that finds none is unmatched.
   *
   * @return 1 to 64; 4 by default
   */
  @Value.Default
  public int candidates() {
    return 4;
  }

  /**
   * Pending holds: how many days an accepted exchange waits, proposed and holding its amount, before the side that
   * received the service confirms it, as {@link coop.ess.timebank.Ledger#propose} then
   * {@link coop.ess.timebank.Ledger#confirm}. A month is 30 days and its needs are spread evenly over them (need k of
   * n arrives on day {@code floor(30 k / n)}); while an exchange is pending its minutes count against the payer's floor
   * (held debits) and the payee's ceiling (held credits) for every other attempt, exactly as in the ledger. An
   * exchange proposed on day t posts at the start of day t + delay, before that day's attempts, or at the month's end
   * (before churn and demurrage) if that day falls after it: no hold carries over to the next month. 0 posts every
   * accepted exchange at once, as {@link coop.ess.timebank.Ledger#post}.
   *
   * @return 0 to 30; 0 (no holds) by default
   */
  @Value.Default
  public int confirmationDelayDays() {
    return 0;
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(SimulationMessages.CATALOG, "SimulationSettings");
    checks.check(members() >= 2 && members() <= MAX_MEMBERS, "settings.members", "members",
        "value", members(), "max", MAX_MEMBERS);
    checks.check(months() >= 1 && months() <= 1200, "settings.months", "months", "value", months());
    checks.check(needsPerMemberPerMonth() >= 0 && needsPerMemberPerMonth() <= 1000, "settings.rate",
        "needsPerMemberPerMonth", "value", needsPerMemberPerMonth(), "max", 1000);
    checks.check(!categoryWeights().isEmpty() && categoryWeights().size() <= 1000, "settings.categories",
        "categoryWeights", "count", categoryWeights().size());
    categoryWeights().forEach((category, weight) -> checks.check(weight >= 1, "settings.weight",
        "categoryWeights." + category.code(), "value", weight));
    checks.check(skillsPerMember() >= 1 && skillsPerMember() <= Math.max(1, categoryWeights().size()),
        "settings.skills", "skillsPerMember", "value", skillsPerMember(), "categories", categoryWeights().size());
    checks.check(!durationWeights().isEmpty() && durationWeights().size() <= 1000, "settings.durations",
        "durationWeights", "count", durationWeights().size());
    durationWeights().forEach((minutes, weight) -> {
      checks.check(minutes >= 1 && minutes <= Rules.LARGEST_AMOUNT, "settings.duration",
          "durationWeights." + minutes, "value", minutes, "max", Rules.LARGEST_AMOUNT);
      checks.check(weight >= 1, "settings.weight", "durationWeights." + minutes, "value", weight);
    });
    checks.check(joinRatePerMonth() >= 0 && joinRatePerMonth() <= 1, "settings.share", "joinRatePerMonth",
        "value", joinRatePerMonth());
    checks.check(leaveRatePerMonth() >= 0 && leaveRatePerMonth() <= 1, "settings.share", "leaveRatePerMonth",
        "value", leaveRatePerMonth());
    checks.check(candidates() >= 1 && candidates() <= 64, "settings.candidates", "candidates",
        "value", candidates());
    checks.check(confirmationDelayDays() >= 0 && confirmationDelayDays() <= 30, "settings.delay",
        "confirmationDelayDays", "value", confirmationDelayDays());
    checks.throwIfInvalid();
  }

  /** Builds {@link SimulationSettings}; not thread-safe. */
  public static final class Builder extends ImmutableSimulationSettings.Builder {
    Builder() {}
  }
}
