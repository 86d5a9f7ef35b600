package coop.ess.booking;

import static coop.ess.booking.Fixtures.CAMILLE;
import static coop.ess.booking.Fixtures.CLOCK;
import static coop.ess.booking.Fixtures.ROOM;
import static coop.ess.booking.Fixtures.VENUE;
import static coop.ess.booking.Fixtures.at;
import static coop.ess.booking.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.booking.rules.ResourcePolicy;
import coop.ess.booking.time.OpeningHours;
import coop.ess.booking.time.WeeklyHours;
import coop.ess.core.OrganisationId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Higher-priority requests displacing bookings in {@link BookingCalendar}. */
class DisplacementTest {

  private static final OrganisationId GROCERY = OrganisationId.of("epicerie");

  private static final ResourcePolicy DISPLACEABLE = ResourcePolicy.builder()
      .displacementNotice(Duration.ofHours(24))
      .openingHours(OpeningHours.builder().zone(Fixtures.PARIS)
          .weekly(WeeklyHours.builder().open(DayOfWeek.TUESDAY, "09:00-19:00").open(DayOfWeek.MONDAY, "09:00-19:00")
              .build()).build())
      .build();

  private final BookingCalendar calendar = new BookingCalendar(VENUE, Map.of(ROOM, DISPLACEABLE), CLOCK);

  private static BookingRequest distribution(String from, String to) {
    return BookingRequest.builder().requester(GROCERY).addResources(ROOM).interval(at(3, from, to))
        .purpose("Distribution alimentaire").priority(10).build();
  }

  @Test
  void aHigherPriorityUseDisplacesALowerOneAndTheDisplacedIsToldWhyWithAlternatives() {
    BookingId meeting = calendar.request(request(CAMILLE, ROOM, at(3, "14:00", "16:00"))).booking().id();

    BookingDecision decision = calendar.request(distribution("14:00", "17:00"));

    assertThat(decision.state()).isEqualTo(BookingState.CONFIRMED);
    assertThat(decision.displaced()).hasSize(1);
    Displacement displacement = decision.displaced().get(0);
    assertThat(displacement.booking().id()).isEqualTo(meeting);
    assertThat(displacement.booking().state()).isEqualTo(BookingState.CANCELLED);
    assertThat(displacement.reason().code()).isEqualTo("booking.displaced");
    assertThat(displacement.reason().messageEn())
        .isEqualTo("Booking b1 was displaced by booking b2 (Distribution alimentaire), which has priority 10.");
    // Two free hours the same day within opening hours (the room is taken 14:00-17:00), nearest first.
    assertThat(displacement.alternatives()).containsExactly(at(3, "12:00", "14:00"), at(3, "11:45", "13:45"),
        at(3, "11:30", "13:30"));
    assertThat(calendar.booking(meeting).orElseThrow().state()).isEqualTo(BookingState.CANCELLED);
    assertThat(calendar.events()).extracting(BookingEvent::cause).contains("displaced");
  }

  @Test
  void equalPriorityDoesNotDisplace() {
    calendar.request(request(CAMILLE, ROOM, at(3, "14:00", "16:00")));

    BookingDecision decision = calendar.request(request(GROCERY, ROOM, at(3, "15:00", "17:00")));

    assertThat(decision.state()).isEqualTo(BookingState.DECLINED);
    assertThat(decision.codes()).containsExactly("booking.overlap");
    assertThat(decision.displaced()).isEmpty();
  }

  @Test
  void bookingsInsideTheNoticeAreNotDisplaced() {
    BookingCalendar close = new BookingCalendar(VENUE,
        Map.of(ROOM, ResourcePolicy.builder().displacementNotice(Duration.ofDays(5)).build()), CLOCK);
    close.request(request(CAMILLE, ROOM, at(3, "14:00", "16:00")));

    BookingDecision decision = close.request(distribution("14:00", "17:00"));

    assertThat(decision.state()).isEqualTo(BookingState.DECLINED);
    assertThat(close.bookings().get(0).state()).isEqualTo(BookingState.CONFIRMED);
  }

  @Test
  void withoutADisplacementPolicyNothingIsDisplaced() {
    BookingCalendar plain = BookingCalendar.of(VENUE, CLOCK);
    plain.request(request(CAMILLE, ROOM, at(3, "14:00", "16:00")));

    assertThat(plain.request(distribution("14:00", "17:00")).codes()).containsExactly("booking.overlap");
  }
}
