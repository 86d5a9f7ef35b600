package coop.ess.booking;

import static coop.ess.booking.Fixtures.CAMILLE;
import static coop.ess.booking.Fixtures.ROOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssValidationException;
import coop.ess.core.Violation;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class BookingTest {

  private static Booking.Builder confirmed() {
    return Booking.builder().id(BookingId.of("b1")).request(Fixtures.request(CAMILLE, ROOM,
        Fixtures.at(3, "14:00", "16:00"))).state(BookingState.CONFIRMED)
        .requestedAt(Instant.parse("2026-03-01T11:00:00Z"));
  }

  @Test
  void aBookingIsBuiltThroughItsPublicBuilder() {
    Booking booking = confirmed().build();

    assertThat(booking.state()).isEqualTo(BookingState.CONFIRMED);
    assertThat(booking.resources()).containsExactly(ROOM);
  }

  @Test
  void anOfferNeedsItsExpiryAndAnExpiryNeedsAnOffer() {
    assertThatThrownBy(() -> confirmed().state(BookingState.OFFERED).build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("booking.offerWithoutExpiry"));
    assertThatThrownBy(() -> confirmed().offerExpiresAt(Instant.parse("2026-03-01T12:00:00Z")).build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("booking.expiryWithoutOffer"));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertThatThrownBy(() -> confirmed().offerExpiresAt(Instant.parse("2026-03-01T12:00:00Z"))
        .recurrenceId(LocalDateTime.parse("2026-03-03T14:00")).build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("booking.expiryWithoutOffer", "booking.seriesWithoutDate"));
  }

  @Test
  void anEventsSequenceStartsAtOne() {
    assertThatThrownBy(() -> BookingEvent.builder().sequence(0).at(Instant.EPOCH).after(confirmed().build())
        .cause("requested").build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field).containsExactly("sequence"));
  }

  @Test
  void aSeriesListsEachBookingOnce() {
    assertThatThrownBy(() -> BookingSeries.builder().id(SeriesId.of("s1")).addBookings(BookingId.of("b1"),
        BookingId.of("b1")).request(SeriesRequest.builder().requester(CAMILLE).addResources(ROOM)
            .recurrence(coop.ess.booking.time.Recurrence.of(LocalDateTime.parse("2026-03-03T14:00"), Fixtures.PARIS,
                "FREQ=DAILY;COUNT=2")).duration(java.time.Duration.ofHours(1)).build()).build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field).containsExactly("bookings[1]"));
  }
}
