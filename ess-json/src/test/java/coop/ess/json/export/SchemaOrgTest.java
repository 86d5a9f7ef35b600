package coop.ess.json.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaOrgTest {

  private static final String S = SchemaOrg.VOCABULARY;
  private static final String VENUE = "urn:ess:venue/ess-cargo";
  private static final String MEETING = "urn:ess:space/ess-cargo/salle-reunion";

  private static Rdf rdf(ExportOptions options) {
    return Rdf.of(SchemaOrg.write(Fixtures.data(), options));
  }

  @Test
  void theVenueIsACivicStructureWithAddressAndPosition() {
    Rdf rdf = rdf(ExportOptions.defaults());

    assertThat(rdf.has(VENUE, Rdf.RDF_TYPE, S + "CivicStructure")).isTrue();
    assertThat(rdf.object(VENUE, S + "name")).isEqualTo("ESS CARGO");
    String address = rdf.object(VENUE, S + "address");
    assertThat(rdf.object(address, S + "postalCode")).isEqualTo("35000");
    assertThat(rdf.object(address, S + "addressLocality")).isEqualTo("Rennes");
    String geo = rdf.object(VENUE, S + "geo");
    assertThat(Double.parseDouble(rdf.object(geo, S + "latitude"))).isEqualTo(48.1206);
    assertThat(rdf.objects(VENUE, S + "containsPlace")).contains(MEETING).hasSize(3);
  }

  @Test
  void openingHoursAreOpeningHoursSpecificationsWithSchemaOrgDays() {
    Rdf rdf = rdf(ExportOptions.defaults());
    List<String> specifications = rdf.objects(VENUE, S + "openingHoursSpecification");

    assertThat(specifications).hasSize(2);
    String weekdays = specifications.get(0);
    assertThat(rdf.has(weekdays, Rdf.RDF_TYPE, S + "OpeningHoursSpecification")).isTrue();
    assertThat(rdf.objects(weekdays, S + "dayOfWeek")).containsExactlyInAnyOrder(S + "Monday", S + "Tuesday",
        S + "Wednesday", S + "Thursday", S + "Friday");
    assertThat(rdf.object(weekdays, S + "opens")).isEqualTo("09:00");
    assertThat(rdf.object(weekdays, S + "closes")).isEqualTo("18:00");
    assertThat(rdf.objects(specifications.get(1), S + "dayOfWeek")).containsExactly(S + "Saturday");
  }

  @Test
  void exceptionsAndBlackoutsAreSpecialOpeningHours() {
    Rdf rdf = rdf(ExportOptions.defaults());
    List<String> special = rdf.objects(VENUE, S + "specialOpeningHoursSpecification");

    assertThat(special).hasSize(3);
    assertThat(special).extracting(node -> rdf.object(node, S + "validFrom") + " " + rdf.object(node, S + "opens")
        + "-" + rdf.object(node, S + "closes")).containsExactlyInAnyOrder("2026-05-01 10:00-16:00",
        "2026-12-24 00:00-00:00", "2026-08-01 00:00-00:00");
  }

  @Test
  void spacesArePlacesInTheVenue() {
    Rdf rdf = rdf(ExportOptions.defaults());

    assertThat(rdf.has(MEETING, Rdf.RDF_TYPE, S + "Place")).isTrue();
    assertThat(rdf.object(MEETING, S + "containedInPlace")).isEqualTo(VENUE);
    assertThat(rdf.object(MEETING, S + "maximumAttendeeCapacity")).isEqualTo("16");
    assertThat(rdf.objects(MEETING, S + "amenityFeature")).extracting(node -> rdf.object(node, S + "name"))
        .containsExactly("Step-free access", "whiteboard", "wifi");
  }

  @Test
  void organisationsCarryTheirIdentifiers() {
    Rdf rdf = rdf(ExportOptions.defaults());
    String coop = "urn:ess:organisation/cargo-coop";

    assertThat(rdf.has(coop, Rdf.RDF_TYPE, S + "Organization")).isTrue();
    assertThat(rdf.object(coop, S + "iso6523Code")).isEqualTo("0009:73282932000074");
    assertThat(rdf.objects(coop, S + "identifier")).extracting(node -> rdf.object(node, S + "propertyID") + "="
        + rdf.object(node, S + "value")).containsExactly("SIREN=732829320", "SIRET=73282932000074");
  }

  @Test
  void eventsHaveTheirPlaceOrganiserAndTimesWithOffset() {
    Rdf rdf = rdf(ExportOptions.defaults());
    String forum = "urn:ess:event/forum-ess";

    assertThat(rdf.has(forum, Rdf.RDF_TYPE, S + "Event")).isTrue();
    assertThat(rdf.object(forum, S + "startDate")).isEqualTo("2026-03-05T14:00+01:00");
    assertThat(rdf.object(forum, S + "endDate")).isEqualTo("2026-03-05T17:00+01:00");
    assertThat(rdf.object(forum, S + "location")).isEqualTo(MEETING);
    assertThat(rdf.object(forum, S + "organizer")).isEqualTo("urn:ess:organisation/cargo-coop");
    assertThat(rdf.object(forum, S + "eventStatus")).isEqualTo(S + "EventScheduled");
    assertThat(rdf.object(forum, S + "isAccessibleForFree")).isEqualTo("true");
  }

  @Test
  void everyTermIsASchemaOrgTermWeKnow() {
    Rdf rdf = rdf(Fixtures.withPersonalData());
    List<String> known = Vocabulary.terms("schema-org-terms.txt");

    assertThat(rdf.triples()).allSatisfy(triple -> {
      assertThat(triple.predicate()).satisfiesAnyOf(p -> assertThat(p).isEqualTo(Rdf.RDF_TYPE),
          p -> assertThat(known).contains(p.substring(S.length())));
      if (triple.predicate().equals(Rdf.RDF_TYPE)) {
        assertThat(known).contains(triple.object().substring(S.length()));
      }
    });
  }

  @Test
  void membersAreLeftOutByDefault() {
    String text = SchemaOrg.write(Fixtures.data(), ExportOptions.defaults());

    assertThat(text).doesNotContain(Fixtures.EMAIL, Fixtures.PHONE, "Maryam", "maryam");
    assertThat(Rdf.of(text).subjectsOfType(S + "Person")).isEmpty();
  }

  @Test
  void membersAndTheirContactsAreWrittenWhenAsked() {
    Rdf rdf = rdf(Fixtures.withPersonalData());
    String maryam = "urn:ess:member/maryam";

    assertThat(rdf.object("urn:ess:organisation/epicerie-gratuite", S + "member")).isEqualTo(maryam);
    assertThat(rdf.object(maryam, S + "name")).isEqualTo("Maryam");
    assertThat(rdf.object(maryam, S + "email")).isEqualTo(Fixtures.EMAIL);
    assertThat(rdf.object(maryam, S + "telephone")).isEqualTo(Fixtures.PHONE);
  }

  @Test
  void theBaseIriIsTheCallersChoice() {
    Rdf rdf = Rdf.of(SchemaOrg.write(Fixtures.data(),
        ExportOptions.builder().baseIri("https://cargo.example/data/").build()));

    assertThat(rdf.subjectsOfType(S + "CivicStructure")).containsExactly("https://cargo.example/data/venue/ess-cargo");
  }
}
