package coop.ess.booking.rules;

import coop.ess.booking.internal.BookingMessages;
import coop.ess.booking.time.Interval;
import coop.ess.booking.time.OpeningHours;
import coop.ess.core.community.MemberCategory;
import coop.ess.core.internal.Checks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * How a venue lets one resource be booked: the rules it applies, buffers, approval and cancellation terms. Every
 * setting is optional; the default policy only refuses bookings that start in the past. Example, the shared kitchen:
 *
 * <pre>{@code
 * ResourcePolicy kitchen = ResourcePolicy.builder()
 *     .openingHours(hours)
 *     .minDuration(Duration.ofHours(1)).maxDuration(Duration.ofHours(6))
 *     .minimumNotice(Duration.ofHours(24)).maximumHorizon(Duration.ofDays(90))
 *     .bufferAfter(Duration.ofMinutes(30))                        // cleaning
 *     .addQuotas(Quota.of(Quota.Measure.HOURS, Quota.Period.WEEK, 10))
 *     .addAllowedCategories(MemberCategory.PROJECT_CARRIER, MemberCategory.ASSOCIATION_MEMBER)
 *     .approvalRequired(true)
 *     .cancellationDeadline(Duration.ofHours(48))
 *     .build();
 * }</pre>
 *
 * <p>Buffers are enforced by the calendar with its interval index: two bookings of the resource must be at least
 * {@code bufferAfter + bufferBefore} apart (the cleaning after the first, the setting up before the second); on a
 * shared resource the buffers count as occupied time. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ResourcePolicy {

  ResourcePolicy() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default policy: no rule but "not in the past".
   *
   * @return the policy, not null
   */
  public static ResourcePolicy standard() {
    return Standard.POLICY;
  }

  /** Holds the standard policy, built once on first use. */
  private static final class Standard {
    static final ResourcePolicy POLICY = builder().build();
  }

  /**
   * When the resource may be booked; absent means at any time.
   *
   * @return the hours, possibly empty
   */
  public abstract Optional<OpeningHours> openingHours();

  /**
   * The shortest booking.
   *
   * @return the duration, possibly empty
   */
  public abstract Optional<Duration> minDuration();

  /**
   * The longest booking.
   *
   * @return the duration, possibly empty
   */
  public abstract Optional<Duration> maxDuration();

  /**
   * How long before its start a booking must be made.
   *
   * @return the notice, zero by default, not null
   */
  @Value.Default
  public Duration minimumNotice() {
    return Duration.ZERO;
  }

  /**
   * How far ahead a booking may start.
   *
   * @return the horizon, possibly empty
   */
  public abstract Optional<Duration> maximumHorizon();

  /**
   * Time kept free before each booking (setting up).
   *
   * @return the buffer, zero by default, not null
   */
  @Value.Default
  public Duration bufferBefore() {
    return Duration.ZERO;
  }

  /**
   * Time kept free after each booking (cleaning the kitchen).
   *
   * @return the buffer, zero by default, not null
   */
  @Value.Default
  public Duration bufferAfter() {
    return Duration.ZERO;
  }

  /**
   * Limits per requester and period.
   *
   * @return the quotas, possibly empty, not null
   */
  public abstract List<Quota> quotas();

  /**
   * The most bookings a requester may hold that have not started yet.
   *
   * @return the cap, possibly empty
   */
  public abstract OptionalInt maxFutureBookings();

  /**
   * The member categories that may book; empty means everybody.
   *
   * @return the categories, possibly empty, not null
   */
  @Value.NaturalOrder
  public abstract SortedSet<MemberCategory> allowedCategories();

  /**
   * Whether bookings wait for a manager's approval ({@code PENDING_APPROVAL}) instead of being confirmed.
   *
   * @return false by default
   */
  @Value.Default
  public boolean approvalRequired() {
    return false;
  }

  /**
   * Periods during which the resource cannot be booked at all (a private event, maintenance).
   *
   * @return the periods, possibly empty, not null
   */
  public abstract List<Interval> blackouts();

  /**
   * How long before its start a booking may still be cancelled by its requester; absent means until it starts.
   *
   * @return the deadline, possibly empty
   */
  public abstract Optional<Duration> cancellationDeadline();

  /**
   * Whether, and how far ahead, a request of higher {@link coop.ess.booking.BookingRequest#priority() priority} may
   * displace bookings of this resource: only bookings that start at least this long after now can be displaced, so
   * that the people displaced have time to move. Absent means bookings are never displaced.
   *
   * @return the notice, possibly empty
   */
  public abstract Optional<Duration> displacementNotice();

  /**
   * The rules this policy applies to a request, in the order they run.
   *
   * @return the rules, not null
   */
  @Value.Lazy
  public List<BookingRule> rules() {
    List<BookingRule> rules = new ArrayList<>();
    rules.add(Rules.minimumNotice(minimumNotice()));
    maximumHorizon().ifPresent(horizon -> rules.add(Rules.maximumHorizon(horizon)));
    minDuration().ifPresent(min -> rules.add(Rules.minDuration(min)));
    maxDuration().ifPresent(max -> rules.add(Rules.maxDuration(max)));
    openingHours().ifPresent(hours -> rules.add(Rules.openingHours(hours)));
    if (!blackouts().isEmpty()) {
      rules.add(Rules.blackout(blackouts()));
    }
    if (!allowedCategories().isEmpty()) {
      rules.add(Rules.categoriesAllowed(allowedCategories()));
    }
    rules.add(Rules.attendeesWithinCapacity());
    quotas().forEach(quota -> rules.add(Rules.quota(quota)));
    maxFutureBookings().ifPresent(cap -> rules.add(Rules.maxFutureBookings(cap)));
    return List.copyOf(rules);
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(BookingMessages.CATALOG, "ResourcePolicy");
    nonNegative(checks, "minimumNotice", minimumNotice());
    nonNegative(checks, "bufferBefore", bufferBefore());
    nonNegative(checks, "bufferAfter", bufferAfter());
    maximumHorizon().ifPresent(d -> nonNegative(checks, "maximumHorizon", d));
    cancellationDeadline().ifPresent(d -> nonNegative(checks, "cancellationDeadline", d));
    displacementNotice().ifPresent(d -> nonNegative(checks, "displacementNotice", d));
    minDuration().ifPresent(d -> nonNegative(checks, "minDuration", d));
    maxDuration().ifPresent(d -> checks.check(!d.isNegative() && !d.isZero(), "policy.notPositive", "maxDuration",
        "field", "maxDuration", "value", d));
    if (minDuration().isPresent() && maxDuration().isPresent()) {
      checks.check(minDuration().get().compareTo(maxDuration().get()) <= 0, "policy.minAboveMax", "minDuration",
          "min", minDuration().get(), "max", maxDuration().get());
    }
    maxFutureBookings().ifPresent(cap -> checks.check(cap >= 0, "policy.negative", "maxFutureBookings",
        "field", "maxFutureBookings", "value", cap));
    checks.throwIfInvalid();
  }

  private static void nonNegative(Checks checks, String field, Duration value) {
    checks.check(!value.isNegative(), "policy.negative", field, "field", field, "value", value);
  }

  /** Builds a {@link ResourcePolicy}; not thread-safe. */
  public static final class Builder extends ImmutableResourcePolicy.Builder {
    Builder() {}
  }
}
