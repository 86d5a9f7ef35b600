package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.booking.BookingSeries;
import coop.ess.booking.OccurrenceReport;
import coop.ess.booking.SeriesDecision;
import coop.ess.booking.SeriesId;
import coop.ess.booking.SeriesMode;
import coop.ess.booking.SeriesRequest;
import coop.ess.booking.time.Recurrence;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

/**
 * The JSON form of recurring series: recurrences (the RRULE text and its parts), series requests, series as the
 * calendar holds them, series decisions and occurrence reports, series ids and modes.
 */
class BookingSeriesJsonTest {

  private static final EssJson JSON = EssJson.standard();

  private static void refused(String json, Class<?> type, String pointer) {
    assertThatThrownBy(() -> JSON.read(json, type)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo(pointer));
  }

  @Test
  void aSeriesIdKeysAMapAndAModeIsLowerCase() {
    Map<SeriesId, SeriesMode> modes = Map.of(SeriesId.of("s1"), SeriesMode.SKIP_CONFLICTS);

    String json = JSON.write(modes);

    assertThat(json).isEqualTo("{\"s1\":\"skip-conflicts\"}");
    assertThat(JSON.read(json, new TypeReference<Map<SeriesId, SeriesMode>>() {})).isEqualTo(modes);
  }

  @Test
  void anUnknownModeListsTheKnownOnes() {
    assertThatThrownBy(() -> JSON.read("\"skip\"", SeriesMode.class)).isInstanceOfSatisfying(
        EssJsonException.class, e -> assertThat(e.reason()).contains("refuse-whole-series, skip-conflicts"));
  }

  @Test
  void aRecurrenceMatchesItsGoldenFile() {
    Golden.check("Recurrence", BookingSamples.recurrence(), Recurrence.class);
  }

  @Test
  void aMalformedRuleNamesTheRuleAndThePart() {
    String json = JSON.write(BookingSamples.recurrence()).replace("COUNT=8", "COUNT=8O");

    assertThatThrownBy(() -> JSON.read(json, Recurrence.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> {
          assertThat(e.pointer()).isEqualTo("/rule");
          assertThat(e.reason()).contains("COUNT=8O");
        });
  }

  @Test
  void aRecurrenceDateWithAnOffsetIsRefused() {
    String json = JSON.write(BookingSamples.recurrence()).replace("2026-03-07T10:00", "2026-03-07T10:00+01:00");

    refused(json, Recurrence.class, "/rdates/0");
  }

  @Property(tries = 100)
  void recurrencesSurviveARoundTrip(@ForAll("recurrences") Recurrence recurrence) {
    assertThat(JSON.read(JSON.write(recurrence), Recurrence.class)).isEqualTo(recurrence);
  }

  @Test
  void aSeriesRequestMatchesItsGoldenFile() {
    Golden.check("SeriesRequest", BookingSamples.seriesRequest(), SeriesRequest.class);
  }

  @Test
  void aSeriesThatNeverEndsNamesItsRecurrence() {
    String json = JSON.write(BookingSamples.seriesRequest()).replace(";COUNT=8", "");

    refused(json, SeriesRequest.class, "/recurrence");
  }

  @Test
  void aDurationThatIsNotWholeMinutesIsWrittenAsIsoText() {
    SeriesRequest request = SeriesRequest.builder().from(BookingSamples.seriesRequest())
        .duration(Duration.ofSeconds(5430)).build();

    String json = JSON.write(request);

    assertThat(json).contains("\"duration\":\"PT1H30M30S\"");
    assertThat(JSON.read(json, SeriesRequest.class)).isEqualTo(request);
  }

  @Property(tries = 50)
  void seriesRequestsSurviveARoundTrip(@ForAll("seriesRequests") SeriesRequest request) {
    assertThat(JSON.read(JSON.write(request), SeriesRequest.class)).isEqualTo(request);
  }

  @Test
  void aSeriesMatchesItsGoldenFile() {
    Golden.check("BookingSeries", BookingSamples.series(), BookingSeries.class);
  }

  @Test
  void aBookingListedTwiceInASeriesNamesTheSecond() {
    String json = JSON.write(BookingSamples.series()).replace("\"b3\"", "\"b2\"");

    refused(json, BookingSeries.class, "/bookings/1");
  }

  @Property(tries = 50)
  void seriesSurviveARoundTrip(@ForAll("series") BookingSeries series) {
    assertThat(JSON.read(JSON.write(series), BookingSeries.class)).isEqualTo(series);
  }

  @Test
  void anOccurrenceReportMatchesItsGoldenFile() {
    Golden.check("OccurrenceReport", BookingSamples.refusedOccurrence(), OccurrenceReport.class);
  }

  @Test
  void aRefusedOccurrenceWithABookingNamesTheBooking() {
    String json = JSON.write(BookingSamples.refusedOccurrence()).replace("\"violations\"",
        "\"booking\":\"b9\",\"violations\"");

    refused(json, OccurrenceReport.class, "/booking");
  }

  @Property(tries = 100)
  void occurrenceReportsSurviveARoundTrip(@ForAll("occurrences") OccurrenceReport report) {
    assertThat(JSON.read(JSON.write(report), OccurrenceReport.class)).isEqualTo(report);
  }

  @Test
  void aSeriesDecisionMatchesItsGoldenFile() {
    Golden.check("SeriesDecision", BookingSamples.seriesDecision(), SeriesDecision.class);
  }

  @Test
  void aSeriesDecisionWithAnUnknownModeNamesTheMode() {
    String json = JSON.write(BookingSamples.seriesDecision()).replace("skip-conflicts", "skip");

    refused(json, SeriesDecision.class, "/mode");
  }

  @Property(tries = 100)
  void seriesDecisionsSurviveARoundTrip(@ForAll("seriesDecisions") SeriesDecision decision) {
    assertThat(JSON.read(JSON.write(decision), SeriesDecision.class)).isEqualTo(decision);
  }

  @Test
  void aListOfSeriesIdsIsAnArrayOfStrings() {
    assertThat(JSON.write(List.of(SeriesId.of("s1"), SeriesId.of("s2")))).isEqualTo("[\"s1\",\"s2\"]");
  }

  @Provide
  Arbitrary<Recurrence> recurrences() {
    return BookingSamples.recurrences();
  }

  @Provide
  Arbitrary<SeriesRequest> seriesRequests() {
    return BookingSamples.seriesRequests();
  }

  @Provide
  Arbitrary<BookingSeries> series() {
    return BookingSamples.seriesArbitrary();
  }

  @Provide
  Arbitrary<OccurrenceReport> occurrences() {
    return BookingSamples.occurrences();
  }

  @Provide
  Arbitrary<SeriesDecision> seriesDecisions() {
    return BookingSamples.seriesDecisions();
  }
}
