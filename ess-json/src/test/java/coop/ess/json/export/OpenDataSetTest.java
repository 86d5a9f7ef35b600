package coop.ess.json.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.booking.time.OpeningHours;
import coop.ess.core.EssValidationException;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.ResourceId;
import coop.ess.core.Violation;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Category;
import coop.ess.timebank.Listing;
import coop.ess.timebank.ListingId;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OpenDataSetTest {

  @Test
  void everyBrokenReferenceIsReportedWithItsPath() {
    OpenDataSet.Builder builder = OpenDataSet.builder().venue(Fixtures.venue()).community(Fixtures.community())
        .operator(OrganisationId.of("nobody"))
        .hours(OpeningHours.always(ZoneId.of("Europe/London")))
        .addServices(OpenDataService.builder().id("s").name("S").addSpaces(ResourceId.of("videoprojecteur"))
            .addContacts(MemberId.of("ghost")).build(), OpenDataService.builder().id("s").name("Twice").build())
        .addListings(Listing.builder().id(ListingId.of("l")).kind(Listing.Kind.OFFER).account(AccountId.of("x"))
            .category(Category.DIY).build());

    assertThatThrownBy(builder::build).isInstanceOf(EssValidationException.class)
        .satisfies(e -> assertThat(((EssValidationException) e).violations()).extracting(Violation::field)
            .containsExactly("operator", "hours", "services[0].spaces[0]", "services[0].contacts[0]",
                "services[1].id", "listings[0].account"));
  }

  @Test
  void aSpaceWithoutHoursOfItsOwnHasTheVenues() {
    OpenDataSet data = Fixtures.data();

    assertThat(data.hoursOf(Fixtures.MEETING)).isEqualTo(data.hours());
    assertThat(data.hoursOf(Fixtures.COWORKING).orElseThrow().weekly().on(java.time.DayOfWeek.MONDAY))
        .containsExactly(coop.ess.booking.time.TimeWindow.parse("08:00-20:00"));
  }

  @Test
  void theFormatsAreFoundByTheirCommandLineNames() {
    assertThat(OpenDataFormat.ofLabel("Schema-Org")).isEqualTo(OpenDataFormat.SCHEMA_ORG);
    assertThat(OpenDataFormat.CSV.write(Fixtures.data(), ExportOptions.defaults()))
        .isEqualTo(LieuxCsv.write(Fixtures.data(), ExportOptions.defaults()));
    assertThatThrownBy(() -> OpenDataFormat.ofLabel("xml")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hsds, schema-org, valueflows or csv");
  }
}
