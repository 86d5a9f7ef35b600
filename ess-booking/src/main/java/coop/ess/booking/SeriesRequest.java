package coop.ess.booking;

import coop.ess.booking.internal.BookingMessages;
import coop.ess.booking.time.Interval;
import coop.ess.booking.time.Recurrence;
import coop.ess.core.PartyId;
import coop.ess.core.ResourceId;
import coop.ess.core.internal.Checks;
import coop.ess.core.community.MemberCategory;
import java.time.Duration;
import java.util.List;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A request for a recurring series of bookings: the same resources, requester and purpose at every occurrence of
 * a {@link Recurrence}, each occurrence lasting {@link #duration()}. The recurrence must end (a rule with
 * {@code COUNT} or {@code UNTIL}, or explicit dates only) and is read in the venue's zone.
 *
 * <pre>{@code
 * SeriesRequest groceries = SeriesRequest.builder()
 *     .requester(OrganisationId.of("epicerie-gratuite")).addResources(ResourceId.of("salle-reunion"))
 *     .recurrence(Recurrence.of(LocalDateTime.parse("2026-03-03T17:00"), paris, "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8"))
 *     .duration(Duration.ofHours(2)).purpose("Distribution alimentaire").priority(10)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SeriesRequest {

  /** The most occurrences one series may have. */
  public static final int MAX_OCCURRENCES = 1000;

  SeriesRequest() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Who asks: a member or an organisation.
   *
   * @return the requester, not null
   */
  public abstract PartyId requester();

  /**
   * The categories of the requester, which some rules read.
   *
   * @return the categories, possibly empty, not null
   */
  @Value.NaturalOrder
  public abstract SortedSet<MemberCategory> categories();

  /**
   * The resources held together at every occurrence.
   *
   * @return the resources, not empty, not null
   */
  public abstract List<ResourceId> resources();

  /**
   * When: the start of every occurrence.
   *
   * @return the recurrence, bounded, not null
   */
  public abstract Recurrence recurrence();

  /**
   * How long each occurrence lasts (real time, the same across daylight-saving changes).
   *
   * @return the duration, positive, not null
   */
  public abstract Duration duration();

  /**
   * What the series is for.
   *
   * @return the purpose, possibly empty, not null
   */
  @Value.Default
  public String purpose() {
    return "";
  }

  /**
   * How many people attend each occurrence.
   *
   * @return the attendees, 1 by default
   */
  @Value.Default
  public int attendees() {
    return 1;
  }

  /**
   * How many units of each shared resource each occurrence holds.
   *
   * @return the units, 1 by default
   */
  @Value.Default
  public int units() {
    return 1;
  }

  /**
   * The priority of each occurrence (see {@link BookingRequest#priority()}); series never displace other bookings.
   *
   * @return the priority, 0 by default
   */
  @Value.Default
  public int priority() {
    return 0;
  }

  /**
   * The request of one occurrence.
   *
   * @param interval the occurrence's interval, not null
   * @return the request, not null
   */
  public final BookingRequest occurrence(Interval interval) {
    return BookingRequest.builder().requester(requester()).categories(categories()).resources(resources())
        .interval(interval).purpose(purpose()).attendees(attendees()).units(units()).priority(priority()).build();
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(BookingMessages.CATALOG, "SeriesRequest");
    checks.check(!resources().isEmpty(), "request.noResource", "resources");
    checks.check(duration().compareTo(Duration.ZERO) > 0, "policy.notPositive", "duration",
        "field", "duration", "value", duration());
    checks.check(recurrence().isBounded(), "series.unbounded", "recurrence", "rule",
        recurrence().rule().orElse("-"));
    if (recurrence().isBounded()) {
      int count = recurrence().localOccurrences(MAX_OCCURRENCES + 1).size();
      checks.check(count <= MAX_OCCURRENCES, "series.tooMany", "recurrence", "max", MAX_OCCURRENCES);
    }
    checks.check(attendees() >= 0, "request.attendeesNegative", "attendees", "attendees", attendees());
    checks.check(units() >= 1, "request.unitsNotPositive", "units", "units", units());
    checks.throwIfInvalid();
  }

  /** Builds a {@link SeriesRequest}; not thread-safe. */
  public static final class Builder extends ImmutableSeriesRequest.Builder {
    Builder() {}
  }
}
