package coop.ess.booking.event;

import coop.ess.booking.internal.EventMessages;
import coop.ess.booking.time.Interval;
import coop.ess.core.ResourceId;
import coop.ess.core.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One time slot of an event's programme, held in one or several spaces of the venue: "9:30 welcome in the convivial
 * area and the greenhouse". Scheduling the event books each space for the session's interval in the
 * {@link coop.ess.booking.BookingCalendar}; the seats may not exceed the spaces' capacities in people added up.
 * Example:
 *
 * <pre>{@code
 * Session welcome = Session.builder().title("Accueil")
 *     .addSpaces(ResourceId.of("cuisine-partagee"), ResourceId.of("serre"))
 *     .interval(Interval.ofLocal(day.atTime(9, 30), day.atTime(10, 0), zone)).seats(35)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Session {

  Session() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * What happens in the session.
   *
   * @return the title, not blank, not null
   */
  public abstract String title();

  /**
   * The spaces held together for the session; their people fill them in this order.
   *
   * @return the spaces, not empty, without duplicates, not null
   */
  public abstract List<ResourceId> spaces();

  /**
   * When the session takes place.
   *
   * @return the interval, not null
   */
  public abstract Interval interval();

  /**
   * How many people the session welcomes.
   *
   * @return the seats, at least 1
   */
  public abstract int seats();

  @Value.Check
  final void check() {
    Checks checks = Checks.of(EventMessages.CATALOG, "Session");
    checks.text("title", title(), 200);
    checks.check(!spaces().isEmpty(), "session.noSpace", "spaces");
    Set<ResourceId> seen = new HashSet<>();
    for (int i = 0; i < spaces().size(); i++) {
      checks.check(seen.add(spaces().get(i)), "session.duplicateSpace", "spaces[" + i + "]", "space",
          spaces().get(i));
    }
    checks.check(seats() >= 1, "session.seatsNotPositive", "seats", "seats", seats());
    checks.throwIfInvalid();
  }

  /** Builds a {@link Session}; not thread-safe. */
  public static final class Builder extends ImmutableSession.Builder {
    Builder() {}
  }
}
