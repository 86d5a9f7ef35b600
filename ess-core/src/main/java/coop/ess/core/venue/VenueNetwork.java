package coop.ess.core.venue;

import coop.ess.core.EssNotFoundException;
import coop.ess.core.ResourceId;
import coop.ess.core.VenueId;
import coop.ess.core.internal.Checks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Several venues that work together, such as the sites of a multipolar resource pole or the tiers-lieux of a
 * territory. Venue identifiers are unique in the network, and so are resource identifiers across all its venues,
 * so that a {@link ResourceId} alone names one resource.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class VenueNetwork {

  VenueNetwork() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The network's name.
   *
   * @return the name, not null, not blank
   */
  public abstract String name();

  /**
   * The venues, in the order given.
   *
   * @return the venues, not null
   */
  public abstract List<Venue> venues();

  /**
   * Looks a venue up.
   *
   * @param id the identifier, not null
   * @return the venue, or empty if unknown
   */
  public final Optional<Venue> venue(VenueId id) {
    return venues().stream().filter(venue -> venue.id().equals(id)).findFirst();
  }

  /**
   * The venue that holds a resource.
   *
   * @param id the resource, not null
   * @return the venue, not null
   * @throws EssNotFoundException if no venue of the network has that resource
   */
  public final Venue venueOf(ResourceId id) {
    Venue venue = owners().get(id);
    if (venue == null) {
      throw new EssNotFoundException("resource", id.value(), "network " + name());
    }
    return venue;
  }

  @Value.Lazy
  Map<ResourceId, Venue> owners() {
    Map<ResourceId, Venue> map = new HashMap<>();
    for (Venue venue : venues()) {
      for (Resource resource : venue.resources()) {
        map.put(resource.id(), venue);
      }
    }
    return Map.copyOf(map);
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of("VenueNetwork " + name());
    checks.text("name", name(), 200);
    Map<VenueId, Integer> venueIds = new HashMap<>();
    Map<ResourceId, String> resourceIds = new HashMap<>();
    for (int v = 0; v < venues().size(); v++) {
      Venue venue = venues().get(v);
      Integer first = venueIds.putIfAbsent(venue.id(), v);
      checks.check(first == null, "network.duplicateVenue", "venues[" + v + "].id",
          "id", venue.id(), "first", "venues[" + first + "]");
      for (int r = 0; r < venue.resources().size(); r++) {
        ResourceId id = venue.resources().get(r).id();
        String path = "venues[" + v + "].resources[" + r + "]";
        String earlier = resourceIds.putIfAbsent(id, path);
        // A venue's own resource ids are unique (Venue checks it), so a clash is always with another venue.
        checks.check(earlier == null, "network.duplicateResource", path + ".id", "id", id, "first", earlier);
      }
    }
    checks.throwIfInvalid();
  }

  /** Builds a {@link VenueNetwork}; not thread-safe. */
  public static final class Builder extends ImmutableVenueNetwork.Builder {
    Builder() {}
  }
}
