package coop.ess.core.governance;

import coop.ess.core.internal.Checks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a SCIC's statutes weigh its colleges: at least three {@link College}s, each weighing 10 % to 50 %, together
 * 100 %; the {@link Reading} of the weighting; and what happens to a college in which nobody voted.
 *
 * <p>Every problem is reported at once, each violation naming its field ({@code colleges},
 * {@code colleges[2].weightPercent}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CollegeStatute {

  /** The two readings of a weighted vote found in SCIC statutes. */
  public enum Reading {
    /**
     * Each college's share of "for" among its votes, multiplied by its weight; the weighted sum is compared with the
     * threshold.
     */
    PROPORTIONAL,
    /**
     * Each college decides by a simple majority of its votes (more than half) and carries its whole weight for or
     * against; a tied college carries its weight against. The weight "for" is compared with the threshold.
     */
    BLOC
  }

  /** What the statutes say about a college in which nobody cast a vote that counts. */
  public enum EmptyCollege {
    /** Its weight is shared among the other colleges in proportion to their weights. */
    REDISTRIBUTE,
    /** Its weight counts against the motion. */
    COUNT_AS_AGAINST
  }

  CollegeStatute() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The colleges, in the statutes' order.
   *
   * @return at least three colleges, not null
   */
  public abstract List<College> colleges();

  /**
   * How weights apply.
   *
   * @return the reading, not null
   */
  public abstract Reading reading();

  /**
   * What to do with a college without counted votes.
   *
   * @return the rule, not null
   */
  public abstract EmptyCollege emptyCollege();

  /**
   * A college by identifier.
   *
   * @param id the identifier, not null
   * @return the college, or empty if the statutes have no such college
   */
  public final Optional<College> college(CollegeId id) {
    return colleges().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "CollegeStatute");
    checks.check(colleges().size() >= 3, "college.tooFew", "colleges", "count", colleges().size());
    int total = 0;
    Map<CollegeId, Integer> seen = new HashMap<>();
    for (int i = 0; i < colleges().size(); i++) {
      College college = colleges().get(i);
      total += college.weightPercent();
      checks.check(college.weightPercent() >= 10 && college.weightPercent() <= 50, "college.weightRange",
          "colleges[" + i + "].weightPercent", "college", college.id(), "weight", college.weightPercent());
      Integer first = seen.putIfAbsent(college.id(), i);
      checks.check(first == null, "college.duplicate", "colleges[" + i + "].id", "college", college.id(),
          "first", "colleges[" + first + "]");
    }
    checks.check(total == 100, "college.total", "colleges", "total", total);
    checks.throwIfInvalid();
  }

  /** Builds a {@link CollegeStatute}; not thread-safe. */
  public static final class Builder extends ImmutableCollegeStatute.Builder {
    Builder() {}
  }
}
