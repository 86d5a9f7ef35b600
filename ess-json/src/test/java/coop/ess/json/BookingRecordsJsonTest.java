package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.booking.AvailabilityQuery;
import coop.ess.booking.Booking;
import coop.ess.booking.BookingDecision;
import coop.ess.booking.BookingEvent;
import coop.ess.booking.Displacement;
import coop.ess.booking.FreeSlot;
import java.time.Duration;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The JSON form of what a booking calendar records and answers: bookings, their events (the journal), decisions,
 * displacements, free slots and their queries. Golden files, round trips, a refused document each.
 */
class BookingRecordsJsonTest {

  private static final EssJson JSON = EssJson.standard();
  private static final EssJson AS_TEXT =
      EssJson.with(EssJacksonModule.standard().with(EssJsonFeature.WRITE_AMOUNTS_AS_TEXT, true));

  private static void refused(String json, Class<?> type, String pointer) {
    assertThatThrownBy(() -> JSON.read(json, type)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo(pointer));
  }

  @Test
  void aBookingMatchesItsGoldenFile() {
    Golden.check("Booking", BookingSamples.booking(), Booking.class);
  }

  @Test
  void anOfferedBookingMatchesItsGoldenFile() {
    Golden.check("BookingOffered", BookingSamples.offered(), Booking.class);
  }

  @Test
  void anOfferWithoutExpiryNamesTheExpiry() {
    String json = JSON.write(BookingSamples.booking()).replace("\"confirmed\"", "\"offered\"");

    refused(json, Booking.class, "/offerExpiresAt");
  }

  @Property(tries = 100)
  void bookingsSurviveARoundTrip(@ForAll("bookings") Booking booking) {
    assertThat(JSON.read(JSON.write(booking), Booking.class)).isEqualTo(booking);
  }

  @Test
  void anOccurrenceMatchesItsGoldenFile() {
    Golden.check("BookingOccurrence", BookingSamples.occurrence(), Booking.class);
  }

  @Test
  void anOccurrenceWithoutItsDateNamesTheDate() {
    String json = JSON.write(BookingSamples.occurrence()).replace(",\"recurrenceId\":\"2026-03-03T17:00\"", "");

    refused(json, Booking.class, "/recurrenceId");
  }

  @Test
  void aBookingEventMatchesItsGoldenFile() {
    Golden.check("BookingEvent", BookingSamples.event(), BookingEvent.class);
  }

  @Test
  void aWaitlistingEventMatchesItsGoldenFile() {
    Golden.check("BookingEventWaitlisted", BookingSamples.waitlisted(), BookingEvent.class);
  }

  @Test
  void aBadStateInsideAnEventNamesItsPlace() {
    String json = JSON.write(BookingSamples.waitlisted()).replace("\"waitlisted\"", "\"waiting\"");

    refused(json, BookingEvent.class, "/after/state");
  }

  @Test
  void anEventNumberedZeroNamesItsSequence() {
    String json = JSON.write(BookingSamples.waitlisted()).replace("\"sequence\":4", "\"sequence\":0");

    refused(json, BookingEvent.class, "/sequence");
  }

  @Property(tries = 100)
  void bookingEventsSurviveARoundTrip(@ForAll("events") BookingEvent event) {
    assertThat(JSON.read(JSON.write(event), BookingEvent.class)).isEqualTo(event);
    assertThat(AS_TEXT.read(AS_TEXT.write(event), BookingEvent.class)).isEqualTo(event);
  }

  @Test
  void aDisplacementMatchesItsGoldenFile() {
    Golden.check("Displacement", BookingSamples.displacement(), Displacement.class);
  }

  @Test
  void aDisplacedBookingThatIsNotCancelledIsRefused() {
    String json = JSON.write(BookingSamples.displacement()).replace("\"cancelled\"", "\"confirmed\"");

    refused(json, Displacement.class, "/booking");
  }

  @Property(tries = 100)
  void displacementsSurviveARoundTrip(@ForAll("displacements") Displacement displacement) {
    assertThat(JSON.read(JSON.write(displacement), Displacement.class)).isEqualTo(displacement);
  }

  @Test
  void aBookingDecisionMatchesItsGoldenFile() {
    Golden.check("BookingDecision", BookingSamples.decision(), BookingDecision.class);
  }

  @Test
  void aDecisionWithoutBookingIsRefused() {
    assertThatThrownBy(() -> JSON.read("{\"violations\":[]}", BookingDecision.class)).isInstanceOfSatisfying(
        EssJsonException.class, e -> {
          assertThat(e.pointer()).isEmpty();
          assertThat(e.reason()).isEqualTo("missing field \"booking\"");
        });
  }

  @Test
  void aBadDisplacementInsideADecisionNamesItsPlace() {
    String json = JSON.write(BookingSamples.decision()).replace("\"cancelled\"", "\"declined\"");

    refused(json, BookingDecision.class, "/displaced/0/booking");
  }

  @Property(tries = 100)
  void bookingDecisionsSurviveARoundTrip(@ForAll("decisions") BookingDecision decision) {
    assertThat(JSON.read(JSON.write(decision), BookingDecision.class)).isEqualTo(decision);
  }

  @Test
  void aFreeSlotMatchesItsGoldenFile() {
    Golden.check("FreeSlot", BookingSamples.freeSlot(), FreeSlot.class);
  }

  @Test
  void aFreeSlotOfABadResourceNamesTheResource() {
    String json = JSON.write(BookingSamples.freeSlot()).replace("salle-reunion", "salle reunion");

    refused(json, FreeSlot.class, "/resource");
  }

  @Property(tries = 100)
  void freeSlotsSurviveARoundTrip(@ForAll("freeSlots") FreeSlot slot) {
    assertThat(JSON.read(JSON.write(slot), FreeSlot.class)).isEqualTo(slot);
  }

  @Test
  void anAvailabilityQueryMatchesItsGoldenFile() {
    Golden.check("AvailabilityQuery", BookingSamples.query(), AvailabilityQuery.class);
  }

  @Test
  void anAvailabilityQueryTakesItsDefaultsAndReadsDurationsAsText() {
    String json = "{\"range\":{\"start\":\"2026-03-02T07:00:00Z\",\"end\":\"2026-03-06T19:00:00Z\"},"
        + "\"duration\":\"1 h 30\"}";

    AvailabilityQuery query = JSON.read(json, AvailabilityQuery.class);

    assertThat(query.duration()).isEqualTo(Duration.ofMinutes(90));
    assertThat(query.step()).isEqualTo(Duration.ofMinutes(15));
    assertThat(query.units()).isEqualTo(1);
  }

  @Test
  void anAvailabilityQueryOfNoTimeNamesTheDuration() {
    String json = JSON.write(BookingSamples.query()).replace("\"duration\":120", "\"duration\":0");

    refused(json, AvailabilityQuery.class, "/duration");
  }

  @Property(tries = 100)
  void availabilityQueriesSurviveARoundTrip(@ForAll("queries") AvailabilityQuery query) {
    assertThat(JSON.read(JSON.write(query), AvailabilityQuery.class)).isEqualTo(query);
    assertThat(AS_TEXT.read(AS_TEXT.write(query), AvailabilityQuery.class)).isEqualTo(query);
  }

  @Provide
  Arbitrary<Booking> bookings() {
    return BookingSamples.bookings();
  }

  @Provide
  Arbitrary<BookingEvent> events() {
    return BookingSamples.events();
  }

  @Provide
  Arbitrary<Displacement> displacements() {
    return BookingSamples.displacements();
  }

  @Provide
  Arbitrary<BookingDecision> decisions() {
    return BookingSamples.decisions();
  }

  @Provide
  Arbitrary<FreeSlot> freeSlots() {
    return BookingSamples.freeSlots();
  }

  @Provide
  Arbitrary<AvailabilityQuery> queries() {
    return BookingSamples.queries();
  }
}
