package coop.ess.booking.event;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The result of an allocation by diversity priority: every candidate ranked, with an explanation.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Allocation {

  Allocation() {}

  /**
   * A builder, for applications that rebuild allocations (from a file, say); the allocator builds its own.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The rule applied.
   *
   * @return the rule, not null
   */
  public abstract DiversityRule rule();

  /**
   * The seats given.
   *
   * @return the number of seats, not negative
   */
  public abstract int seats();

  /**
   * Every candidate, in rank order.
   *
   * @return the lines, possibly empty, not null
   */
  public abstract List<AllocationLine> lines();

  /**
   * The candidates who got a seat, in rank order.
   *
   * @return the lines selected, possibly empty, not null
   */
  public final List<AllocationLine> selected() {
    return lines().stream().filter(AllocationLine::selected).toList();
  }

  /**
   * The candidates who did not, in rank order (the waitlist).
   *
   * @return the lines not selected, possibly empty, not null
   */
  public final List<AllocationLine> notSelected() {
    return lines().stream().filter(line -> !line.selected()).toList();
  }

  /**
   * The seats each value of the attribute received, values sorted.
   *
   * @return the seats by value, only values with at least one seat, not null
   */
  public final Map<String, Integer> seatsByValue() {
    Map<String, Integer> seats = new TreeMap<>();
    for (AllocationLine line : selected()) {
      seats.merge(line.value(), 1, Integer::sum);
    }
    return seats;
  }

  /** Builds a {@link Allocation}; not thread-safe. */
  public static final class Builder extends ImmutableAllocation.Builder {
    Builder() {}
  }
}
