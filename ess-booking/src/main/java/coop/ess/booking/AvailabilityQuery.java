package coop.ess.booking;

import coop.ess.booking.internal.BookingMessages;
import coop.ess.booking.time.Interval;
import coop.ess.core.community.MemberCategory;
import coop.ess.core.internal.Checks;
import coop.ess.core.venue.AccessibilityFeature;
import coop.ess.core.venue.ResourceKind;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * What {@link BookingCalendar#freeSlots(AvailabilityQuery)} looks for: slots of a duration within a range, on
 * resources that match needs (kind, capacity, equipment, accessibility), for a requester of some categories. Example:
 *
 * <pre>{@code
 * AvailabilityQuery query = AvailabilityQuery.builder()
 *     .range(Interval.ofLocal(monday.atTime(8, 0), friday.atTime(20, 0), zone))
 *     .duration(Duration.ofHours(2)).kind(ResourceKind.MEETING_ROOM).minCapacity(10).addEquipment("projector")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AvailabilityQuery {

  AvailabilityQuery() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Where to look: slots lie wholly within it.
   *
   * @return the range, not null
   */
  public abstract Interval range();

  /**
   * The length of each slot.
   *
   * @return the duration, positive, not null
   */
  public abstract Duration duration();

  /**
   * The spacing of slot starts, counted from the range's start.
   *
   * @return the step, 15 minutes by default, positive, not null
   */
  @Value.Default
  public Duration step() {
    return Duration.ofMinutes(15);
  }

  /**
   * The kind of resource wanted; empty for any.
   *
   * @return the kind, possibly empty
   */
  public abstract Optional<ResourceKind> kind();

  /**
   * The fewest people the resource must hold; empty for no need.
   *
   * @return the capacity, possibly empty
   */
  public abstract OptionalInt minCapacity();

  /**
   * Equipment the resource must have, all of it.
   *
   * @return the equipment, possibly empty, not null
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> equipment();

  /**
   * Accessibility features the resource must have, all of them.
   *
   * @return the features, possibly empty, not null
   */
  @Value.NaturalOrder
  public abstract SortedSet<AccessibilityFeature> accessibility();

  /**
   * The units wanted on shared resources.
   *
   * @return the units, 1 by default
   */
  @Value.Default
  public int units() {
    return 1;
  }

  /**
   * The requester's categories (hours by category, categories allowed).
   *
   * @return the categories, possibly empty, not null
   */
  @Value.NaturalOrder
  public abstract SortedSet<MemberCategory> categories();

  @Value.Check
  final void check() {
    Checks checks = Checks.of(BookingMessages.CATALOG, "AvailabilityQuery");
    checks.check(!duration().isNegative() && !duration().isZero(), "policy.notPositive", "duration",
        "field", "duration", "value", duration());
    checks.check(!step().isNegative() && !step().isZero(), "policy.notPositive", "step",
        "field", "step", "value", step());
    checks.check(units() >= 1, "request.unitsNotPositive", "units", "units", units());
    checks.throwIfInvalid();
  }

  /** Builds an {@link AvailabilityQuery}; not thread-safe. */
  public static final class Builder extends ImmutableAvailabilityQuery.Builder {
    Builder() {}
  }
}
