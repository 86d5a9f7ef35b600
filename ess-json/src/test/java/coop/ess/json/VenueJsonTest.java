package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.ResourceId;
import coop.ess.core.VenueId;
import coop.ess.core.venue.AccessibilityFeature;
import coop.ess.core.venue.Address;
import coop.ess.core.venue.GeoPoint;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.ResourceKind;
import coop.ess.core.venue.SharingMode;
import coop.ess.core.venue.Venue;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The JSON form of venues, their resources and addresses: golden files and round trips. */
class VenueJsonTest {

  private static final EssJson JSON = EssJson.standard();

  static GeoPoint geoPoint() {
    return GeoPoint.of(47.2184, -1.5536);
  }

  static Address address() {
    return Address.builder().street("4 rue de la Gare").postalCode("44000").city("Nantes").location(geoPoint())
        .build();
  }

  static Resource resource() {
    return Resource.builder().id(ResourceId.of("coworking")).name("Espace de coworking")
        .kind(ResourceKind.COWORKING).description("Douze postes, lumière du jour").areaSquareMetres(85.5)
        .capacity(12).bookableUnits(12).addAccessibility(AccessibilityFeature.STEP_FREE_ACCESS,
            AccessibilityFeature.ACCESSIBLE_TOILET).addEquipment("wifi", "printer").addTags("calme").build();
  }

  static Venue venue() {
    return Venue.builder().id(VenueId.of("cargo")).name("ESS CARGO").description("Tiers-lieu de la gare")
        .address(address()).zone(ZoneId.of("Europe/Paris")).totalAreaSquareMetres(400).addResources(resource())
        .addResources(Resource.builder().id(ResourceId.of("van")).name("Utilitaire").kind(ResourceKind.VEHICLE)
            .build())
        .build();
  }

  @Test
  void aGeoPointMatchesItsGoldenFile() {
    Golden.check("GeoPoint", geoPoint(), GeoPoint.class);
  }

  @Test
  void anAddressMatchesItsGoldenFile() {
    Golden.check("Address", address(), Address.class);
  }

  @Test
  void aResourceMatchesItsGoldenFile() {
    Golden.check("Resource", resource(), Resource.class);
  }

  @Test
  void aVenueMatchesItsGoldenFile() {
    Golden.check("Venue", venue(), Venue.class);
  }

  @Test
  void enumsAreLowerCaseWithDashes() {
    assertThat(JSON.write(ResourceKind.MEETING_ROOM)).isEqualTo("\"meeting-room\"");
    assertThat(JSON.write(SharingMode.SHARED)).isEqualTo("\"shared\"");
    assertThat(JSON.read("\"step-free-access\"", AccessibilityFeature.class))
        .isEqualTo(AccessibilityFeature.STEP_FREE_ACCESS);
  }

  @Test
  void aDuplicateResourceNamesItsPlace() {
    String json = JSON.write(venue()).replace("\"id\":\"van\"", "\"id\":\"coworking\"");

    assertThatThrownBy(() -> JSON.read(json, Venue.class)).isInstanceOfSatisfying(EssJsonException.class, e ->
        assertThat(e.reason()).contains("coworking"));
  }

  @Test
  void anUnknownTimeZoneIsRefused() {
    String json = JSON.write(venue()).replace("Europe/Paris", "Europe/Nantes");

    assertThatThrownBy(() -> JSON.read(json, Venue.class)).isInstanceOfSatisfying(EssJsonException.class, e -> {
      assertThat(e.pointer()).isEqualTo("/zone");
      assertThat(e.reason()).contains("Europe/Nantes");
    });
  }

  @Test
  void aLatitudeOutOfRangeNamesItsField() {
    String json = JSON.write(venue()).replace("47.2184", "97.2184");

    assertThatThrownBy(() -> JSON.read(json, Venue.class)).isInstanceOfSatisfying(EssJsonException.class, e ->
        assertThat(e.pointer()).isEqualTo("/address/location/latitude"));
  }

  @Test
  void aFrenchPostalCodeHasFiveDigits() {
    String json = JSON.write(address()).replace("44000", "440");

    assertThatThrownBy(() -> JSON.read(json, Address.class)).isInstanceOfSatisfying(EssJsonException.class, e ->
        assertThat(e.pointer()).isEqualTo("/postalCode"));
  }

  @Property
  void venuesSurviveARoundTrip(@ForAll("venues") Venue venue) {
    assertThat(JSON.read(JSON.write(venue), Venue.class)).isEqualTo(venue);
  }

  @Provide
  Arbitrary<Venue> venues() {
    Arbitrary<String> texts = Arbitraries.strings().ofMinLength(1).ofMaxLength(15)
        .filter(text -> !text.isBlank() && text.strip().equals(text));
    Arbitrary<GeoPoint> points = Combinators.combine(Arbitraries.doubles().between(-90, 90),
        Arbitraries.doubles().between(-180, 180)).as(GeoPoint::of);
    Arbitrary<Address> addresses = Combinators.combine(texts, Arbitraries.strings().numeric().ofLength(5), texts,
        points.optional()).as((street, code, city, location) -> Address.builder().street(street).postalCode(code)
        .city(city).location(location).build());
    Arbitrary<Resource> resources = Combinators.combine(TimebankSamples.ids(), texts,
        Arbitraries.of(ResourceKind.class), texts.optional(), Arbitraries.doubles().between(0, 50).optional(),
        Arbitraries.of(AccessibilityFeature.class).set().ofMaxSize(3), texts.set().ofMaxSize(3))
        .as((id, name, kind, description, area, access, equipment) -> Resource.builder().id(ResourceId.of(id))
            .name(name).kind(kind).description(description)
            .areaSquareMetres(area.map(OptionalDouble::of).orElse(OptionalDouble.empty()))
            .capacity(kind.isSpace() ? OptionalInt.of(10) : OptionalInt.empty())
            .addAllAccessibility(access).addAllEquipment(equipment).addAllTags(equipment).build());
    return Combinators.combine(TimebankSamples.ids(), texts, addresses,
        Arbitraries.of("Europe/Paris", "UTC", "America/Cayenne"),
        resources.list().ofMaxSize(4).uniqueElements(Resource::id))
        .as((id, name, address, zone, list) -> Venue.builder().id(VenueId.of(id)).name(name).address(address)
            .zone(ZoneId.of(zone)).addAllResources(List.copyOf(list)).build());
  }
}
