package coop.ess.json.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.booking.time.OsmOpeningHours;
import coop.ess.core.EssValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class LieuxCsvTest {

  /** Reads CSV back with Apache Commons CSV in its strict RFC 4180 format. */
  private static List<CSVRecord> parse(String csv) {
    try (CSVParser parser = CSVParser.parse(new StringReader(csv),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertThat(parser.getHeaderNames()).isEqualTo(LieuxCsv.COLUMNS);
      return parser.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theVenueAndEachSpaceAreARowThatParsesBack() {
    List<CSVRecord> records = parse(LieuxCsv.write(Fixtures.data(), ExportOptions.defaults()));

    assertThat(records).hasSize(4);
    assertThat(records).allSatisfy(record -> assertThat(record.size()).isEqualTo(LieuxCsv.COLUMNS.size()));
    assertThat(records).extracting(record -> record.get("id_lieu")).containsExactly("ess-cargo",
        "ess-cargo/salle-reunion", "ess-cargo/coworking-1", "ess-cargo/epicerie");
    CSVRecord venue = records.get(0);
    assertThat(venue.get("type")).isEqualTo("tiers-lieu");
    assertThat(venue.get("surface_m2")).isEqualTo("350");
    assertThat(venue.get("code_postal")).isEqualTo("35000");
    assertThat(venue.get("latitude")).isEqualTo("48.1206");
  }

  @Test
  void theOperatorsSiretIsThePivot() {
    List<CSVRecord> records = parse(LieuxCsv.write(Fixtures.data(), ExportOptions.defaults()));

    assertThat(records).extracting(record -> record.get("siret")).containsOnly("73282932000074");
    assertThat(records.get(0).get("rna")).isEmpty();
  }

  @Test
  void hoursAreOpenStreetMapHoursThatParseBack() {
    List<CSVRecord> records = parse(LieuxCsv.write(Fixtures.data(), ExportOptions.defaults()));
    String venueHours = records.get(0).get("horaires");

    assertThat(OsmOpeningHours.format(OsmOpeningHours.parse(venueHours, Fixtures.ZONE))).isEqualTo(venueHours);
    assertThat(venueHours).startsWith("Mo-Fr 09:00-18:00; Sa 10:00-13:00").contains("PH off");
    assertThat(records.get(2).get("horaires")).isEqualTo("Mo-Fr 08:00-20:00");
  }

  @Test
  void textWithCommasQuotesAndAccentsSurvives() {
    List<CSVRecord> records = parse(LieuxCsv.write(Fixtures.data(), ExportOptions.defaults()));

    assertThat(records.get(3).get("description"))
        .isEqualTo("Locaux de l'épicerie gratuite étudiante, \"contre\" la précarité, et le gaspillage.");
    assertThat(records.get(3).get("nom")).isEqualTo("Épicerie gratuite");
  }

  @Test
  void multiValuedCellsUseTheChosenDelimiter() {
    ExportOptions semicolon = ExportOptions.builder().multiValueDelimiter(";").updatedOn(LocalDate.of(2026, 3, 2))
        .build();
    List<CSVRecord> records = parse(LieuxCsv.write(Fixtures.data(), semicolon));

    assertThat(records.get(1).get("equipements").split(";")).containsExactly("whiteboard", "wifi");
    assertThat(records.get(1).get("services")).isEqualTo("Groupe d'entraide numérique");
    assertThat(records.get(0).get("services").split(";")).containsExactly("Distribution alimentaire gratuite",
        "Groupe d'entraide numérique");
    assertThat(records.get(3).get("structures")).isEqualTo("L'Épicerie gratuite");
    assertThat(records.get(0).get("date_maj")).isEqualTo("2026-03-02");
  }

  @Test
  void aValueThatContainsTheDelimiterIsRefused() {
    ExportOptions dash = ExportOptions.builder().multiValueDelimiter(" ").build();

    assertThatThrownBy(() -> LieuxCsv.write(Fixtures.data(), dash)).isInstanceOf(EssValidationException.class)
        .satisfies(e -> assertThat(((EssValidationException) e).violations()).extracting(v -> v.code())
            .contains("csv.delimiterInValue"))
        .hasMessageContaining("ess-cargo.services");
  }

  @Test
  void aValueThatALongDelimiterWouldSplitWronglyIsRefused() {
    assertThat(LieuxCsv.readsBack("a|", "||")).isFalse();
    assertThat(LieuxCsv.readsBack("|b", "||")).isFalse();
    assertThat(LieuxCsv.readsBack("a|b", "||")).isTrue();
    assertThat(LieuxCsv.readsBack("a|", "|")).isFalse();
    assertThat(LieuxCsv.readsBack("wifi", " ; ")).isTrue();
  }

  @Test
  void contactsStayEmptyByDefault() {
    String csv = LieuxCsv.write(Fixtures.data(), ExportOptions.defaults());

    assertThat(csv).doesNotContain(Fixtures.EMAIL, Fixtures.PHONE, "Maryam");
    assertThat(parse(csv).get(0).get("contact_courriel")).isEmpty();
  }

  @Test
  void contactsAreWrittenWhenAsked() {
    CSVRecord venue = parse(LieuxCsv.write(Fixtures.data(), Fixtures.withPersonalData())).get(0);

    assertThat(venue.get("contact_nom")).isEqualTo("Maryam");
    assertThat(venue.get("contact_courriel")).isEqualTo(Fixtures.EMAIL);
    assertThat(venue.get("contact_telephone")).isEqualTo(Fixtures.PHONE);
  }

  @Property
  void anyFieldRoundTripsThroughRfc4180(@ForAll("texts") List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      line.append(i == 0 ? "" : ",").append(LieuxCsv.field(cells.get(i)));
    }
    try (CSVParser parser = CSVParser.parse(new StringReader(line + "\r\n"), CSVFormat.RFC4180)) {
      List<CSVRecord> records = parser.getRecords();
      assertThat(records).hasSize(1);
      assertThat(records.get(0).toList()).isEqualTo(cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property
  void multiValuesSplitBackWithAnyAllowedDelimiter(@ForAll("delimiters") String delimiter,
      @ForAll("equipment") List<String> equipment) {
    List<String> allowed = equipment.stream().filter(item -> LieuxCsv.readsBack(item, delimiter)).distinct().sorted().toList();
    OpenDataSet data = OpenDataSet.builder().from(Fixtures.data()).venue(coop.ess.core.venue.Venue.builder()
        .from(Fixtures.venue()).resources(List.of(coop.ess.core.venue.Resource.builder()
            .from(Fixtures.venue().requireResource(Fixtures.MEETING)).equipment(allowed).build())).build())
        .spaceHours(java.util.Map.of()).services(List.of()).events(List.of()).build();

    String csv = LieuxCsv.write(data, ExportOptions.builder().multiValueDelimiter(delimiter).build());

    String cell = parse(csv).get(1).get("equipements");
    List<String> back = cell.isEmpty() ? List.of() : Arrays.asList(cell.split(java.util.regex.Pattern.quote(
        delimiter), -1));
    assertThat(back).isEqualTo(allowed);
  }

  @Provide
  Arbitrary<List<String>> texts() {
    return Arbitraries.strings().withChars("ab ,\"\r\n;|é€\t").ofMaxLength(8).list().ofMinSize(2).ofMaxSize(5);
  }

  @Provide
  Arbitrary<String> delimiters() {
    return Arbitraries.of("|", ";", "/", "||", " ; ", "#", "¦");
  }

  @Provide
  Arbitrary<List<String>> equipment() {
    return Arbitraries.strings().withChars("abc ;|/#¦,\"").ofMinLength(1).ofMaxLength(6)
        .filter(s -> !s.isBlank() && s.strip().equals(s)).list().ofMaxSize(5);
  }
}
