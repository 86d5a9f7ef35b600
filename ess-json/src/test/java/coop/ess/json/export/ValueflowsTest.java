package coop.ess.json.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ValueflowsTest {

  private static final String VF = Valueflows.VF;
  private static final String OM2 = Valueflows.OM2;
  private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

  private static Rdf rdf(ExportOptions options) {
    return Rdf.of(Valueflows.write(Fixtures.data(), options));
  }

  @Test
  void aLegIsAnEconomicEventOfWorkFromTheGiverToTheReceiver() {
    Rdf rdf = rdf(Fixtures.withPersonalData());
    String event = "urn:ess:exchange/m-01#leg-1";

    assertThat(rdf.has(event, Rdf.RDF_TYPE, VF + "EconomicEvent")).isTrue();
    assertThat(rdf.object(event, VF + "action")).isEqualTo(VF + "work");
    assertThat(rdf.object(event, VF + "provider")).isEqualTo("urn:ess:member/maryam");
    assertThat(rdf.object(event, VF + "receiver")).isEqualTo("urn:ess:member/camille");
    assertThat(rdf.object(event, VF + "hasPointInTime")).isEqualTo("2026-03-02T08:00:00Z");
    assertThat(rdf.object(event, VF + "resourceClassifiedAs")).isEqualTo("urn:ess:category/digital");
    assertThat(rdf.object(event, VF + "satisfies")).isEqualTo("urn:ess:intent/l-1");
    assertThat(rdf.object(event, VF + "note")).isEqualTo("Aide pour un formulaire en ligne");
  }

  @Test
  void effortIsMeasuredInHours() {
    Rdf rdf = rdf(ExportOptions.defaults());
    String measure = rdf.object("urn:ess:exchange/m-01#leg-1", VF + "effortQuantity");

    assertThat(rdf.object(measure, OM2 + "hasUnit")).isEqualTo(OM2 + "hour");
    assertThat(rdf.object(measure, OM2 + "hasNumericalValue")).isEqualTo("1.5");
    assertThat(rdf.triples()).filteredOn(t -> t.subject().equals(measure)
        && t.predicate().equals(OM2 + "hasNumericalValue")).extracting(Rdf.Triple::datatype)
        .containsExactly(XSD + "decimal");
  }

  @Test
  void eachLegOfAnExchangeIsItsOwnEventAndTheCommunityAccountIsTheVenue() {
    Rdf rdf = rdf(ExportOptions.defaults());

    assertThat(rdf.subjectsOfType(VF + "EconomicEvent")).hasSize(3);
    assertThat(rdf.object("urn:ess:exchange/m-02#leg-1", VF + "receiver")).isEqualTo("urn:ess:venue/ess-cargo");
    assertThat(rdf.object("urn:ess:exchange/m-02#leg-2", VF + "receiver"))
        .isEqualTo("urn:ess:organisation/epicerie-gratuite");
    assertThat(rdf.object("urn:ess:venue/ess-cargo", VF + "name")).isEqualTo("ESS CARGO");
  }

  @Property
  void anEffortIsExactInHoursOrInMinutes(@ForAll @LongRange(min = 1, max = 100_000) long minutes) {
    ObjectNode measure = Valueflows.effort(minutes);
    BigDecimal value = new BigDecimal(measure.get("om2:hasNumericalValue").get("@value").asString());
    String unit = measure.get("om2:hasUnit").get("@id").asString();

    BigDecimal back = unit.equals("om2:hour") ? value.multiply(BigDecimal.valueOf(60)) : value;
    assertThat(back.compareTo(BigDecimal.valueOf(minutes))).isZero();
    assertThat(unit).isIn("om2:hour", "om2:minute-Time");
    assertThat(unit.equals("om2:hour")).isEqualTo(minutes % 3 == 0);
  }

  @Test
  void offersAndRequestsAreIntentsPublishedByProposals() {
    Rdf rdf = rdf(ExportOptions.defaults());
    String offer = "urn:ess:intent/l-1";
    String request = "urn:ess:intent/l-2";

    assertThat(rdf.has(offer, Rdf.RDF_TYPE, VF + "Intent")).isTrue();
    assertThat(rdf.object(offer, VF + "action")).isEqualTo(VF + "work");
    assertThat(rdf.objects(offer, VF + "provider")).hasSize(1);
    assertThat(rdf.objects(offer, VF + "receiver")).isEmpty();
    assertThat(rdf.object(offer, VF + "hasBeginning")).isEqualTo("2026-03-02T08:00:00Z");
    assertThat(rdf.objects(request, VF + "receiver")).hasSize(1);
    assertThat(rdf.objects(request, VF + "provider")).isEmpty();
    assertThat(rdf.object("urn:ess:proposal/l-1", VF + "purpose")).isEqualTo(VF + "offer");
    assertThat(rdf.object("urn:ess:proposal/l-1", VF + "publishes")).isEqualTo(offer);
    assertThat(rdf.object("urn:ess:proposal/l-2", VF + "purpose")).isEqualTo(VF + "request");
  }

  @Test
  void everyTermIsAValueflowsTermUsedAsTheOntologySays() {
    Rdf rdf = rdf(Fixtures.withPersonalData());
    List<String> known = Vocabulary.terms("valueflows-terms.txt");

    assertThat(rdf.triples()).allSatisfy(triple -> {
      for (String iri : List.of(triple.predicate(), triple.datatype() == null ? triple.object() : "")) {
        if (iri.startsWith(VF)) {
          assertThat(known).contains(iri.substring(VF.length()));
        }
      }
    });
    // vf:work measures effort, so a work event carries an effortQuantity and no resourceQuantity
    assertThat(rdf.triples()).noneMatch(t -> t.predicate().equals(VF + "resourceQuantity"));
    for (String event : rdf.subjectsOfType(VF + "EconomicEvent")) {
      assertThat(rdf.objects(event, VF + "effortQuantity")).hasSize(1);
    }
    // vf:name is not a property of vf:Intent in the ontology
    for (String intent : rdf.subjectsOfType(VF + "Intent")) {
      assertThat(rdf.objects(intent, VF + "name")).isEmpty();
    }
  }

  @Test
  void membersArePseudonymsWithoutNameContactOrPlaceByDefault() {
    String text = Valueflows.write(Fixtures.data(), ExportOptions.defaults());
    Rdf rdf = Rdf.of(text);

    assertThat(text).doesNotContain(Fixtures.EMAIL, "33612345678", "Maryam", "maryam", "Camille", "camille",
        "48.1213");
    List<String> people = rdf.subjectsOfType(VF + "Person");
    assertThat(people).hasSize(2).allSatisfy(person -> {
      assertThat(person).matches("urn:ess:member/[0-9a-f-]{36}");
      assertThat(rdf.objects(person, VF + "name")).isEmpty();
    });
  }

  @Test
  void membersAreNamedWithTheirContactAndPlaceWhenAsked() {
    Rdf rdf = rdf(Fixtures.withPersonalData());
    String maryam = "urn:ess:member/maryam";

    assertThat(rdf.object(maryam, VF + "name")).isEqualTo("Maryam");
    assertThat(rdf.object(maryam, "http://xmlns.com/foaf/0.1/mbox")).isEqualTo("mailto:" + Fixtures.EMAIL);
    assertThat(rdf.object(maryam, "http://xmlns.com/foaf/0.1/phone")).isEqualTo("tel:+33612345678");
    String place = rdf.object("urn:ess:intent/l-1", VF + "atLocation");
    assertThat(rdf.object(place, VF + "lat")).isEqualTo("48.1213");
  }
}
