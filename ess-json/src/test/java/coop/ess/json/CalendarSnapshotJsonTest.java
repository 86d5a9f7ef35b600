package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.booking.Booking;
import coop.ess.booking.BookingId;
import coop.ess.booking.BookingSeries;
import coop.ess.booking.BookingState;
import coop.ess.booking.CalendarSnapshot;
import coop.ess.booking.SeriesId;
import coop.ess.booking.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The JSON form of a booking calendar's snapshot, the state that the booking journal keeps beside its file. */
class CalendarSnapshotJsonTest {

  private static final EssJson JSON = EssJson.standard();

  /**
   * After event 9: b1 cancelled, b2 and b3 two occurrences of series s2 (split from s1), b4 offered a freed place.
   */
  static CalendarSnapshot snapshot() {
    Booking next = BookingSamples.occurrence();
    Booking third = Booking.builder().from(next).id(BookingId.of("b3"))
        .request(BookingSamples.seriesRequest().occurrence(Interval.of(Instant.parse("2026-03-05T16:00:00Z"),
            Duration.ofHours(2))))
        .recurrenceId(LocalDateTime.parse("2026-03-05T17:00")).build();
    return CalendarSnapshot.builder().sequence(9).lastBookingId(4).lastSeriesId(2)
        .addBookings(Booking.builder().from(BookingSamples.booking()).state(BookingState.CANCELLED).build())
        .addBookings(next, third, BookingSamples.offered())
        .addSeries(BookingSamples.series())
        .build();
  }

  private static void refused(String json, String pointer, String reason) {
    assertThatThrownBy(() -> JSON.read(json, CalendarSnapshot.class)).isInstanceOfSatisfying(
        EssJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo(pointer);
          assertThat(e.reason()).contains(reason);
        });
  }

  @Test
  void aSnapshotMatchesItsGoldenFile() {
    Golden.check("CalendarSnapshot", snapshot(), CalendarSnapshot.class);
  }

  @Test
  void aSnapshotStartsWithItsEventAndCounters() {
    assertThat(JSON.write(snapshot())).startsWith(
        "{\"schemaVersion\":1,\"sequence\":9,\"lastBookingId\":4,\"lastSeriesId\":2,\"bookings\":[{\"id\":\"b1\"");
  }

  @Test
  void aBookingListedTwiceNamesTheSecondId() {
    String json = JSON.write(snapshot()).replace("\"id\":\"b4\"", "\"id\":\"b1\"");

    refused(json, "/bookings/3/id", "Booking b1 appears twice");
  }

  @Test
  void aBookingAboveTheCounterNamesItsId() {
    String json = JSON.write(snapshot()).replace("\"lastBookingId\":4", "\"lastBookingId\":3");

    refused(json, "/bookings/3/id", "above the last booking identifier given, b3");
  }

  @Test
  void aSeriesNamingAMissingBookingNamesTheElement() {
    String json = JSON.write(snapshot()).replace("\"bookings\":[\"b2\",\"b3\"]", "\"bookings\":[\"b2\",\"b9\"]");

    refused(json, "/series/0/bookings/1", "Series s2 names booking b9, which is not in the snapshot");
  }

  @Test
  void aMissingCounterIsNamed() {
    String json = JSON.write(snapshot()).replace("\"lastSeriesId\":2,", "");

    refused(json, "", "lastSeriesId");
  }

  @Test
  void aBadDateInsideABookingNamesItsPointer() {
    String json = JSON.write(snapshot()).replace("\"2026-03-05T17:00\"", "\"2026-03-05T17:00+01:00\"");

    refused(json, "/bookings/2/recurrenceId", "without offset");
  }

  @Property(tries = 100)
  void snapshotsSurviveARoundTrip(@ForAll("snapshots") CalendarSnapshot snapshot) {
    assertThat(JSON.read(JSON.write(snapshot), CalendarSnapshot.class)).isEqualTo(snapshot);
  }

  /** Valid snapshots: bookings numbered in order, the first ones occurrences of one series, counters at or above. */
  @Provide
  Arbitrary<CalendarSnapshot> snapshots() {
    return Combinators.combine(BookingSamples.bookings().list().ofMaxSize(6), BookingSamples.seriesRequests(),
        Arbitraries.integers().between(0, 6), Arbitraries.longs().between(0, 1_000_000_000L),
        Arbitraries.longs().between(0, 5)).as((bookings, request, occurrences, sequence, extra) -> {
          CalendarSnapshot.Builder builder = CalendarSnapshot.builder().sequence(sequence);
          List<BookingId> inSeries = new ArrayList<>();
          for (int i = 0; i < bookings.size(); i++) {
            boolean occurrence = i < occurrences;
            BookingId id = BookingId.of("b" + (i + 1));
            builder.addBookings(Booking.builder().from(bookings.get(i)).id(id)
                .series(occurrence ? Optional.of(SeriesId.of("s1")) : Optional.empty())
                .recurrenceId(occurrence ? Optional.of(LocalDateTime.of(2026, 3, 2 + i, 10, 0)) : Optional.empty())
                .build());
            if (occurrence) {
              inSeries.add(id);
            }
          }
          if (!inSeries.isEmpty()) {
            builder.addSeries(BookingSeries.builder().id(SeriesId.of("s1")).request(request).addAllBookings(inSeries)
                .build());
          }
          return builder.lastBookingId(bookings.size() + extra).lastSeriesId((inSeries.isEmpty() ? 0 : 1) + extra)
              .build();
        });
  }
}
