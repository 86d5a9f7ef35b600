package coop.ess.booking;

import coop.ess.booking.internal.BookingMessages;
import coop.ess.booking.time.Interval;
import coop.ess.core.PartyId;
import coop.ess.core.ResourceId;
import coop.ess.core.community.MemberCategory;
import coop.ess.core.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A request to hold one or several resources together for an interval: the meeting room and the projector from
 * 14:00 to 16:00, for a member or an organisation. Example:
 *
 * <pre>{@code
 * BookingRequest request = BookingRequest.builder()
 *     .requester(MemberId.of("camille"))
 *     .addResources(ResourceId.of("meeting-room"), ResourceId.of("projector"))
 *     .interval(Interval.ofLocal(LocalDateTime.parse("2026-03-03T14:00"), LocalDateTime.parse("2026-03-03T16:00"),
 *         ZoneId.of("Europe/Paris")))
 *     .purpose("Association board meeting").attendees(8)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BookingRequest {

  BookingRequest() {}

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
   * The categories of the requester, which some rules read (hours by category, categories allowed).
   *
   * @return the categories, possibly empty, not null
   */
  @Value.NaturalOrder
  public abstract java.util.SortedSet<MemberCategory> categories();

  /**
   * The resources held together, in the order given; all or none are booked.
   *
   * @return the resources, not empty, without duplicates, not null
   */
  public abstract List<ResourceId> resources();

  /**
   * The time the resources are held.
   *
   * @return the interval, not null
   */
  public abstract Interval interval();

  /**
   * What the booking is for.
   *
   * @return the purpose, possibly empty, not null
   */
  @Value.Default
  public String purpose() {
    return "";
  }

  /**
   * How many people will attend.
   *
   * @return the number of attendees, not negative; 1 by default
   */
  @Value.Default
  public int attendees() {
    return 1;
  }

  /**
   * How many units of each shared resource are held (desks of a coworking space); 1 by default.
   *
   * @return the units, at least 1
   */
  @Value.Default
  public int units() {
    return 1;
  }

  /**
   * Whether to join the waitlist instead of being declined when the resources are full.
   *
   * @return false by default
   */
  @Value.Default
  public boolean waitlistIfFull() {
    return false;
  }

  /**
   * How important the use is: a request may displace bookings of lower priority where the resource's policy
   * allows it ({@link coop.ess.booking.rules.ResourcePolicy#displacementNotice()}). The weekly grocery
   * distribution might have 10, ordinary bookings 0.
   *
   * @return the priority, 0 by default
   */
  @Value.Default
  public int priority() {
    return 0;
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(BookingMessages.CATALOG, "BookingRequest");
    checks.check(!resources().isEmpty(), "request.noResource", "resources");
    checks.check(attendees() >= 0, "request.attendeesNegative", "attendees", "attendees", attendees());
    checks.check(units() >= 1, "request.unitsNotPositive", "units", "units", units());
    Set<ResourceId> seen = new HashSet<>();
    for (int i = 0; i < resources().size(); i++) {
      checks.check(seen.add(resources().get(i)), "request.duplicateResource", "resources[" + i + "]",
          "resource", resources().get(i));
    }
    checks.text("purpose", purpose().isEmpty() ? "-" : purpose(), 500);
    checks.throwIfInvalid();
  }

  /** Builds a {@link BookingRequest}; not thread-safe. */
  public static final class Builder extends ImmutableBookingRequest.Builder {
    Builder() {}
  }
}
