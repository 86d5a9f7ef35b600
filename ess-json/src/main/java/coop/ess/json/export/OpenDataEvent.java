package coop.ess.json.export;

import coop.ess.booking.time.Interval;
import coop.ess.core.OrganisationId;
import coop.ess.core.ResourceId;
import coop.ess.core.internal.Checks;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A public event in one of the venue's spaces, such as a forum or a collective-intelligence session, as the exports
 * publish it (the booking module does not model public events yet). Example:
 *
 * <pre>{@code
 * OpenDataEvent forum = OpenDataEvent.builder()
 *     .id("forum-ess-2026").name("Forum de l'ESS").space(ResourceId.of("cuisine-partagee"))
 *     .interval(Interval.ofLocal(LocalDateTime.parse("2026-03-05T14:00"), LocalDateTime.parse("2026-03-05T17:00"), zone))
 *     .maximumAttendees(30)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpenDataEvent {

  OpenDataEvent() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The identifier, unique among the events of an {@link OpenDataSet}.
   *
   * @return the identifier, 1 to 128 letters, digits or {@code . _ : @ + ~ -}, not null
   */
  public abstract String id();

  /**
   * The public name.
   *
   * @return the name, not blank, not null
   */
  public abstract String name();

  /**
   * What happens there.
   *
   * @return the description, possibly empty
   */
  public abstract Optional<String> description();

  /**
   * When it takes place.
   *
   * @return the interval, not null
   */
  public abstract Interval interval();

  /**
   * The space of the venue where it takes place.
   *
   * @return the space, not null
   */
  public abstract ResourceId space();

  /**
   * The organisation that organises it.
   *
   * @return the organiser, possibly empty
   */
  public abstract Optional<OrganisationId> organiser();

  /**
   * How many people may attend.
   *
   * @return the maximum, at least 1, possibly empty
   */
  public abstract OptionalInt maximumAttendees();

  /**
   * Whether it is free of charge; true by default.
   *
   * @return true if free
   */
  @Value.Default
  public boolean free() {
    return true;
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of("OpenDataEvent " + id());
    checks.identifier("id", id());
    checks.text("name", name(), 300);
    description().ifPresent(description -> checks.text("description", description, 4000));
    maximumAttendees().ifPresent(maximum -> checks.positive("maximumAttendees", maximum));
    checks.throwIfInvalid();
  }

  /** Builds an {@link OpenDataEvent}; not thread-safe. */
  public static final class Builder extends ImmutableOpenDataEvent.Builder {
    Builder() {}
  }
}
