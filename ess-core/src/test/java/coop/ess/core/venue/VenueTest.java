package coop.ess.core.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssNotFoundException;
import coop.ess.core.EssValidationException;
import coop.ess.core.ResourceId;
import coop.ess.core.VenueId;
import coop.ess.core.Violation;
import java.time.ZoneId;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class VenueTest {

  private static final Address RENNES =
      Address.builder().street("Dalle Kennedy").postalCode("35000").city("Rennes").build();

  private static Resource space(String id, ResourceKind kind, double area) {
    return Resource.builder().id(ResourceId.of(id)).name(id).kind(kind).areaSquareMetres(area).build();
  }

  private static Venue.Builder cargo() {
    return Venue.builder().id(VenueId.of("ess-cargo")).name("ESS CARGO").address(RENNES)
        .zone(ZoneId.of("Europe/Paris")).totalAreaSquareMetres(350);
  }

  @Test
  void resourcesAreFoundByIdAndSpacesAreTold() {
    Resource projector = Resource.builder().id(ResourceId.of("projector")).name("Projector")
        .kind(ResourceKind.EQUIPMENT).build();
    Venue venue = cargo().addResources(space("meeting", ResourceKind.MEETING_ROOM, 30), projector).build();

    assertThat(venue.spaces()).extracting(Resource::id).containsExactly(ResourceId.of("meeting"));
    assertThat(venue.resource(ResourceId.of("projector"))).contains(projector);
    assertThat(venue.resource(ResourceId.of("van"))).isEmpty();
    assertThatThrownBy(() -> venue.requireResource(ResourceId.of("van")))
        .isInstanceOf(EssNotFoundException.class).hasMessageContaining("'van'");
  }

  @Test
  void deskSpacesAreSharedByDefault() {
    Resource coworking = Resource.builder().id(ResourceId.of("cowork")).name("Coworking")
        .kind(ResourceKind.COWORKING).capacity(12).bookableUnits(12).build();
    Resource room = space("meeting", ResourceKind.MEETING_ROOM, 30);

    assertThat(coworking.sharing()).isEqualTo(SharingMode.SHARED);
    assertThat(room.sharing()).isEqualTo(SharingMode.EXCLUSIVE);
  }

  @Test
  void negativeMeasuresAreAllReportedWithTheirFields() {
    assertThatThrownBy(() -> Resource.builder().id(ResourceId.of("bad")).name("Bad").kind(ResourceKind.HALL)
        .areaSquareMetres(-3).capacity(-1).bookableUnits(0).build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code, Violation::field)
            .containsExactly(
                Tuple.tuple("value.negative", "areaSquareMetres"),
                Tuple.tuple("value.negative", "capacity"),
                Tuple.tuple("value.notPositive", "bookableUnits")));
  }

  @Test
  void moreDesksThanPeopleIsRefused() {
    assertThatThrownBy(() -> Resource.builder().id(ResourceId.of("cowork")).name("Coworking")
        .kind(ResourceKind.COWORKING).capacity(8).bookableUnits(12).build())
        .isInstanceOf(EssValidationException.class).hasMessageContaining("resource.unitsExceedCapacity");
  }

  @Test
  void duplicateResourcesAndOversizedSpacesAreReported() {
    assertThatThrownBy(() -> cargo()
        .addResources(space("a", ResourceKind.KITCHEN, 200), space("a", ResourceKind.GREENHOUSE, 200))
        .build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code, Violation::field)
            .containsExactly(
                Tuple.tuple("venue.duplicateResource", "resources[1].id"),
                Tuple.tuple("venue.spacesExceedArea", "resources")))
        .hasMessageContaining("400 m², more than the venue's 350 m²");
  }

  @Test
  void aNetworkNamesEachResourceOnce() {
    Venue cargo = cargo().addResources(space("kitchen", ResourceKind.KITCHEN, 40)).build();
    Venue other = Venue.builder().id(VenueId.of("other")).name("Other").address(RENNES)
        .zone(ZoneId.of("Europe/Paris")).addResources(space("hall", ResourceKind.HALL, 100)).build();
    VenueNetwork network = VenueNetwork.builder().name("Pôle").addVenues(cargo, other).build();

    assertThat(network.venueOf(ResourceId.of("hall"))).isEqualTo(other);
    assertThat(network.venue(VenueId.of("ess-cargo"))).contains(cargo);

    Venue clash = Venue.builder().from(other).id(VenueId.of("clash"))
        .resources(java.util.List.of(space("kitchen", ResourceKind.KITCHEN, 10))).build();
    assertThatThrownBy(() -> VenueNetwork.builder().name("Pôle").addVenues(cargo, clash, cargo).build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code, Violation::field)
            .containsExactly(
                Tuple.tuple("network.duplicateResource", "venues[1].resources[0].id"),
                Tuple.tuple("network.duplicateVenue", "venues[2].id"),
                Tuple.tuple("network.duplicateResource", "venues[2].resources[0].id")));
  }

  @Test
  void frenchPostalCodesHaveFiveDigitsAndPositionsAreOnEarth() {
    assertThatThrownBy(() -> Address.builder().street("x").postalCode("3500").city("Rennes")
        .location(GeoPoint.of(48.12, -1.70)).build())
        .isInstanceOf(EssValidationException.class).hasMessageContaining("address.postalCodeFr");
    assertThatThrownBy(() -> GeoPoint.of(91, 181)).isInstanceOfSatisfying(EssValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("geo.latitude", "geo.longitude"));
  }

  @Test
  void distancesFollowTheGreatCircle() {
    GeoPoint rennes = GeoPoint.of(48.1173, -1.6778);
    GeoPoint nantes = GeoPoint.of(47.2184, -1.5536);
    assertThat(rennes.distanceMetres(nantes)).isBetween(99_000.0, 101_000.0);
    assertThat(rennes.distanceMetres(rennes)).isZero();
  }
}
