package coop.ess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.EssValidationException;
import coop.ess.core.ResourceId;
import coop.ess.core.VenueId;
import coop.ess.core.Violation;
import coop.ess.core.community.Siret;
import coop.ess.core.venue.Address;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.ResourceKind;
import coop.ess.core.venue.SharingMode;
import coop.ess.core.venue.Venue;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The quick start of README.md, kept compiling and true. */
class ReadmeQuickStartTest {

  @Test
  void theQuickStartRunsAsTheReadmeSays() {
    Venue cargo = Venue.builder()
        .id(VenueId.of("ess-cargo")).name("ESS CARGO").zone(ZoneId.of("Europe/Paris"))
        .address(Address.builder().street("Dalle Kennedy").postalCode("35000").city("Rennes").build())
        .totalAreaSquareMetres(350)
        .addResources(Resource.builder().id(ResourceId.of("coworking-1")).name("Coworking 1")
            .kind(ResourceKind.COWORKING).areaSquareMetres(45).capacity(10).bookableUnits(8).build())
        .build();

    List<String> printed = new ArrayList<>();
    try {
      Siret.parse("732 829 320 00075");
    } catch (EssValidationException e) {
      for (Violation v : e.violations()) {
        printed.add(v.code() + " " + v.field() + ": " + v.message(Locale.FRENCH));
      }
    }

    assertThat(cargo.requireResource(ResourceId.of("coworking-1")).sharing()).isEqualTo(SharingMode.SHARED);
    assertThat(printed).containsExactly(
        "siret.checksum siret: Le SIRET 73282932000075 a une clé de contrôle erronée (Luhn).");
  }
}
