package coop.ess.core.venue;

import coop.ess.core.EssNotFoundException;
import coop.ess.core.ResourceId;
import coop.ess.core.VenueId;
import coop.ess.core.internal.Checks;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A venue: a <i>tiers-lieu</i>, a third place with an address, a time zone and its resources.
 *
 * <p>Everything that happens at a venue (opening hours, bookings) is reckoned in its {@link #zone() time zone}.
 * Resource identifiers are unique within the venue, and the floor areas of its spaces add up to no more than its
 * {@link #totalAreaSquareMetres() total area}. Example:
 *
 * <pre>{@code
 * Venue cargo = Venue.builder()
 *     .id(VenueId.of("ess-cargo")).name("ESS CARGO").zone(ZoneId.of("Europe/Paris"))
 *     .address(Address.builder().street("Dalle Kennedy").postalCode("35000").city("Rennes").build())
 *     .totalAreaSquareMetres(350)
 *     .addResources(meetingRoom, coworking1, coworking2)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Venue {

  Venue() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The identifier, unique within a network.
   *
   * @return the identifier, not null
   */
  public abstract VenueId id();

  /**
   * The name, such as {@code ESS CARGO}.
   *
   * @return the name, not null, not blank
   */
  public abstract String name();

  /**
   * What the venue is for, in a few sentences.
   *
   * @return the description, not null, possibly empty
   */
  public abstract Optional<String> description();

  /**
   * The postal address.
   *
   * @return the address, not null
   */
  public abstract Address address();

  /**
   * The time zone in which the venue's hours and bookings are reckoned, such as {@code Europe/Paris}.
   *
   * @return the zone, not null
   */
  public abstract ZoneId zone();

  /**
   * The total floor area in square metres.
   *
   * @return the area, not negative, possibly empty
   */
  public abstract OptionalDouble totalAreaSquareMetres();

  /**
   * The spaces and things of this venue, in the order given.
   *
   * @return the resources, not null
   */
  public abstract List<Resource> resources();

  /**
   * The resources that are spaces.
   *
   * @return the spaces, in order, not null
   */
  public final List<Resource> spaces() {
    return resources().stream().filter(Resource::isSpace).toList();
  }

  /**
   * Looks a resource up.
   *
   * @param id the identifier, not null
   * @return the resource, or empty if this venue has none with that identifier
   */
  public final Optional<Resource> resource(ResourceId id) {
    return Optional.ofNullable(index().get(id));
  }

  /**
   * Looks a resource up that must exist.
   *
   * @param id the identifier, not null
   * @return the resource, not null
   * @throws EssNotFoundException if this venue has no such resource
   */
  public final Resource requireResource(ResourceId id) {
    Resource resource = index().get(id);
    if (resource == null) {
      throw new EssNotFoundException("resource", id.value(), "venue " + id());
    }
    return resource;
  }

  @Value.Lazy
  Map<ResourceId, Resource> index() {
    Map<ResourceId, Resource> map = new HashMap<>();
    for (Resource resource : resources()) {
      map.put(resource.id(), resource);
    }
    return Map.copyOf(map);
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of("Venue " + id());
    checks.text("name", name(), 200);
    totalAreaSquareMetres().ifPresent(area -> checks.nonNegative("totalAreaSquareMetres", area));
    Map<ResourceId, Integer> seen = new HashMap<>();
    double spaceArea = 0;
    for (int i = 0; i < resources().size(); i++) {
      Resource resource = resources().get(i);
      Integer first = seen.putIfAbsent(resource.id(), i);
      checks.check(first == null, "venue.duplicateResource", "resources[" + i + "].id",
          "id", resource.id(), "first", "resources[" + first + "]");
      if (resource.isSpace()) {
        spaceArea += resource.areaSquareMetres().orElse(0);
      }
    }
    if (totalAreaSquareMetres().isPresent()) {
      double total = totalAreaSquareMetres().getAsDouble();
      checks.check(spaceArea <= total + 1e-9, "venue.spacesExceedArea", "resources",
          "spaces", formatArea(spaceArea), "total", formatArea(total));
    }
    checks.throwIfInvalid();
  }

  private static String formatArea(double area) {
    return area == Math.rint(area) ? Long.toString((long) area) : Double.toString(area);
  }

  /** Builds a {@link Venue}; not thread-safe. */
  public static final class Builder extends ImmutableVenue.Builder {
    Builder() {}
  }
}
