package coop.ess.booking.event;

import coop.ess.booking.internal.EventMessages;
import coop.ess.core.Severity;
import coop.ess.core.Violation;
import coop.ess.core.internal.Checks;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.immutables.value.Value;

/**
 * What an allocation by diversity priority decided for one candidate, and why.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AllocationLine {

  /** Why the candidate came at this rank: how the value was chosen among the values with candidates left. */
  public enum Reason {
    /** Its value had fewer seats than every other value with candidates left. */
    FEWEST,
    /** Tied on seats with other values; this candidate applied strictly earliest. */
    EARLIEST,
    /** Tied on seats (and on application time, or the rule ignores it); the seeded draw chose. */
    DRAW
  }

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  AllocationLine() {}

  /**
   * A builder, for applications that rebuild allocation lines (from a file, say); the allocator builds its own.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The candidate.
   *
   * @return the candidate, not null
   */
  public abstract Candidate candidate();

  /**
   * The candidate's value of the diversified attribute, {@link DiversityAllocator#NO_VALUE} when missing.
   *
   * @return the value, not null
   */
  public abstract String value();

  /**
   * The rank, from 1: the first {@code seats} ranks get a seat, the others form the waitlist in rank order.
   *
   * @return the rank, at least 1
   */
  public abstract int rank();

  /**
   * Whether the candidate got a seat.
   *
   * @return true for the first {@code seats} ranks
   */
  public abstract boolean selected();

  /**
   * How many ranks the candidate's value had before this one.
   *
   * @return the count, not negative
   */
  public abstract int seatsBefore();

  /**
   * How many other values with candidates left had as many ranks at that point.
   *
   * @return the number of tied values, not negative
   */
  public abstract int tied();

  /**
   * How the value was chosen.
   *
   * @return the reason, not null
   */
  public abstract Reason reason();

  /**
   * The rule applied.
   *
   * @return the rule, not null
   */
  @Value.Auxiliary
  public abstract DiversityRule rule();

  /**
   * The seats given by the allocation.
   *
   * @return the number of seats, not negative
   */
  @Value.Auxiliary
  public abstract int seats();

  /**
   * The zone in which the explanation shows the application time.
   *
   * @return the zone, not null
   */
  @Value.Auxiliary
  public abstract ZoneId zone();

  /**
   * The explanation in English and French, an {@link coop.ess.core.Severity#INFO} violation with code
   * {@code allocation.selected.fewest}, {@code allocation.waitlisted.draw}, and so on. Written on first use (most
   * callers of a large allocation read few of them).
   *
   * @return the explanation, not null
   */
  @Value.Lazy
  public Violation explanation() {
    String code = "allocation." + (selected() ? "selected." : "waitlisted.") + switch (reason()) {
      case FEWEST -> "fewest";
      case EARLIEST -> "earliest";
      case DRAW -> "draw";
    };
    return EventMessages.CATALOG.violation(Severity.INFO, code, "", "rank", rank(), "seats", seats(),
        "position", rank() - seats(), "attribute", rule().attribute(), "value", value(), "before", seatsBefore(),
        "tied", tied(), "appliedAt", candidate().appliedAt().atZone(zone()).format(TIME), "seed", rule().seed());
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(EventMessages.CATALOG, "AllocationLine");
    checks.check(rank() >= 1, "allocationLine.rankNotPositive", "rank", "rank", rank());
    checks.throwIfInvalid();
  }

  /** Builds a {@link AllocationLine}; not thread-safe. */
  public static final class Builder extends ImmutableAllocationLine.Builder {
    Builder() {}
  }
}
