package coop.ess.booking;

import static coop.ess.booking.Fixtures.CAMILLE;
import static coop.ess.booking.Fixtures.CLOCK;
import static coop.ess.booking.Fixtures.DESKS;
import static coop.ess.booking.Fixtures.KITCHEN;
import static coop.ess.booking.Fixtures.PROJECTOR;
import static coop.ess.booking.Fixtures.ROOM;
import static coop.ess.booking.Fixtures.VENUE;
import static coop.ess.booking.Fixtures.YANN;
import static coop.ess.booking.Fixtures.at;
import static coop.ess.booking.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.booking.rules.ResourcePolicy;
import coop.ess.core.EssNotFoundException;
import coop.ess.core.EssStateException;
import coop.ess.core.ResourceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BookingCalendarTest {

  private final BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);

  @Test
  void aFreeExclusiveResourceIsConfirmed() {
    BookingDecision decision = calendar.request(request(CAMILLE, ROOM, at(3, "14:00", "16:00")));

    assertThat(decision.accepted()).isTrue();
    assertThat(decision.state()).isEqualTo(BookingState.CONFIRMED);
    assertThat(decision.booking().id()).isEqualTo(BookingId.of("b1"));
    assertThat(decision.violations()).isEmpty();
  }

  @Test
  void aDoubleBookingOfAnExclusiveResourceIsDeclinedWithItsReason() {
    calendar.request(request(CAMILLE, ROOM, at(3, "14:00", "16:00")));

    BookingDecision decision = calendar.request(request(YANN, ROOM, at(3, "15:00", "17:00")));

    assertThat(decision.state()).isEqualTo(BookingState.DECLINED);
    assertThat(decision.codes()).containsExactly("booking.overlap");
    assertThat(decision.violations().get(0).field()).isEqualTo("resources[0]");
    assertThat(decision.violations().get(0).messageEn())
        .isEqualTo("Meeting room is already booked from 2026-03-03T14:00 to 2026-03-03T16:00 (booking b1).");
  }

  @Test
  void backToBackBookingsDoNotOverlap() {
    calendar.request(request(CAMILLE, ROOM, at(3, "14:00", "16:00")));

    assertThat(calendar.request(request(YANN, ROOM, at(3, "16:00", "17:00"))).accepted()).isTrue();
  }

  @Test
  void theIssuesSharedOccupancyExampleIsAccepted() {
    // Capacity 3; existing 13:30-14:30, 13:30-15:00, 14:00-16:00, 15:00-15:30; new 14:30-16:00: peak 2 + 1.
    calendar.request(request(CAMILLE, DESKS, at(3, "13:30", "14:30")));
    calendar.request(request(CAMILLE, DESKS, at(3, "13:30", "15:00")));
    calendar.request(request(CAMILLE, DESKS, at(3, "14:00", "16:00")));
    calendar.request(request(CAMILLE, DESKS, at(3, "15:00", "15:30")));
    assertThat(calendar.peakOccupancy(DESKS, at(3, "14:30", "16:00"))).isEqualTo(2);

    BookingDecision decision = calendar.request(request(YANN, DESKS, at(3, "14:30", "16:00")));

    assertThat(decision.state()).isEqualTo(BookingState.CONFIRMED);
    assertThat(calendar.peakOccupancy(DESKS, at(3, "13:00", "17:00"))).isEqualTo(3);
  }

  @Test
  void aSharedResourceRefusesTheBookingThatWouldExceedItsUnits() {
    calendar.request(request(CAMILLE, DESKS, at(3, "13:30", "14:30")));
    calendar.request(request(CAMILLE, DESKS, at(3, "13:30", "15:00")));
    calendar.request(request(CAMILLE, DESKS, at(3, "14:00", "16:00")));

    BookingDecision decision = calendar.request(request(YANN, DESKS, at(3, "14:15", "14:45")));

    assertThat(decision.codes()).containsExactly("booking.full");
    assertThat(decision.violations().get(0).parameters()).containsEntry("held", "3").containsEntry("at",
        "2026-03-03T14:15");
  }

  @Test
  void moreUnitsThanTheResourceOffersAreRefused() {
    BookingDecision decision = calendar.request(BookingRequest.builder().requester(CAMILLE).addResources(DESKS)
        .interval(at(3, "09:00", "10:00")).units(4).build());

    assertThat(decision.codes()).containsExactly("booking.unitsExceedResource");
  }

  @Test
  void severalResourcesAreBookedTogetherOrNotAtAll() {
    calendar.request(request(CAMILLE, PROJECTOR, at(3, "15:00", "16:00")));

    BookingDecision both = calendar.request(BookingRequest.builder().requester(YANN).addResources(ROOM, PROJECTOR)
        .interval(at(3, "14:00", "16:00")).build());

    assertThat(both.state()).isEqualTo(BookingState.DECLINED);
    assertThat(both.violations()).extracting(v -> v.field()).containsExactly("resources[1]");
    assertThat(calendar.isFree(ROOM, at(3, "14:00", "16:00"), 1)).isTrue();
  }

  @Test
  void cancellingFreesTheResource() {
    BookingDecision first = calendar.request(request(CAMILLE, ROOM, at(3, "14:00", "16:00")));

    BookingDecision cancelled = calendar.cancel(first.booking().id());

    assertThat(cancelled.state()).isEqualTo(BookingState.CANCELLED);
    assertThat(calendar.request(request(YANN, ROOM, at(3, "14:00", "16:00"))).accepted()).isTrue();
  }

  @Test
  void cancellingTwiceIsMisuse() {
    BookingId id = calendar.request(request(CAMILLE, ROOM, at(3, "14:00", "16:00"))).booking().id();
    calendar.cancel(id);

    assertThatThrownBy(() -> calendar.cancel(id)).isInstanceOf(EssStateException.class).hasMessageContaining("b1");
  }

  @Test
  void anUnknownResourceThrowsAndRecordsNothing() {
    assertThatThrownBy(() -> calendar.request(request(CAMILLE, ResourceId.of("ghost"), at(3, "14:00", "16:00"))))
        .isInstanceOf(EssNotFoundException.class).hasMessageContaining("ghost");
    assertThat(calendar.bookings()).isEmpty();
    assertThat(calendar.events()).isEmpty();
  }

  @Test
  void everyChangeIsAnEventInOrder() {
    BookingId id = calendar.request(request(CAMILLE, ROOM, at(3, "14:00", "16:00"))).booking().id();
    calendar.request(request(YANN, ROOM, at(3, "15:00", "16:00")));
    calendar.cancel(id);

    assertThat(calendar.events()).extracting(BookingEvent::sequence).containsExactly(1L, 2L, 3L);
    assertThat(calendar.events()).extracting(BookingEvent::to)
        .containsExactly(BookingState.CONFIRMED, BookingState.DECLINED, BookingState.CANCELLED);
    assertThat(calendar.events().get(2).from()).isEqualTo(Optional.of(BookingState.CONFIRMED));
    assertThat(calendar.events().get(1).violations()).extracting(v -> v.code()).containsExactly("booking.overlap");
    assertThat(calendar.events().get(0).at()).isEqualTo(Instant.parse("2026-03-01T11:00:00Z"));
  }

  @Test
  void aResourceNeedingApprovalHoldsItWhilePending() {
    BookingCalendar withApproval = new BookingCalendar(VENUE,
        Map.of(ROOM, ResourcePolicy.builder().approvalRequired(true).build()), CLOCK);
    BookingDecision pending = withApproval.request(request(CAMILLE, ROOM, at(3, "14:00", "16:00")));
    assertThat(pending.state()).isEqualTo(BookingState.PENDING_APPROVAL);
    assertThat(withApproval.isFree(ROOM, at(3, "15:00", "16:00"), 1)).isFalse();

    assertThat(withApproval.approve(pending.booking().id()).state()).isEqualTo(BookingState.CONFIRMED);
  }

  @Test
  void aWaitlistedRequestIsPromotedWhenThePlaceFreesUp() {
    BookingId first = calendar.request(request(CAMILLE, ROOM, at(3, "14:00", "16:00"))).booking().id();
    BookingDecision waiting = calendar.request(BookingRequest.builder().requester(YANN).addResources(ROOM)
        .interval(at(3, "15:00", "16:00")).waitlistIfFull(true).build());
    assertThat(waiting.state()).isEqualTo(BookingState.WAITLISTED);
    assertThat(waiting.codes()).containsExactly("booking.overlap");

    calendar.cancel(first);

    assertThat(calendar.booking(waiting.booking().id()).orElseThrow().state()).isEqualTo(BookingState.CONFIRMED);
    assertThat(calendar.events().get(calendar.events().size() - 1).cause()).isEqualTo("promoted");
  }

  @Test
  void kitchenBuffersKeepCleaningTimeBetweenBookings() {
    BookingCalendar kitchen = new BookingCalendar(VENUE,
        Map.of(KITCHEN, ResourcePolicy.builder().bufferAfter(Duration.ofMinutes(30)).build()), CLOCK);
    kitchen.request(request(CAMILLE, KITCHEN, at(3, "10:00", "12:00")));

    BookingDecision tooSoon = kitchen.request(request(YANN, KITCHEN, at(3, "12:15", "14:00")));
    BookingDecision afterCleaning = kitchen.request(request(YANN, KITCHEN, at(3, "12:30", "14:00")));
    BookingDecision tooCloseBefore = kitchen.request(request(YANN, KITCHEN, at(3, "08:00", "09:45")));

    assertThat(tooSoon.codes()).containsExactly("booking.buffer");
    assertThat(afterCleaning.accepted()).isTrue();
    assertThat(tooCloseBefore.codes()).containsExactly("booking.buffer");
  }

  @Test
  void lateCancellationIsRefusedAsADecision() {
    BookingCalendar strict = new BookingCalendar(VENUE,
        Map.of(ROOM, ResourcePolicy.builder().cancellationDeadline(Duration.ofDays(3)).build()), CLOCK);
    BookingId id = strict.request(request(CAMILLE, ROOM, at(3, "14:00", "16:00"))).booking().id();

    BookingDecision decision = strict.cancel(id);

    assertThat(decision.accepted()).isFalse();
    assertThat(decision.state()).isEqualTo(BookingState.CONFIRMED);
    assertThat(decision.codes()).containsExactly("rule.cancellationDeadline");
  }

  @Test
  void aPolicyForAnUnknownResourceIsRefused() {
    assertThatThrownBy(() -> new BookingCalendar(VENUE, Map.of(ResourceId.of("ghost"), ResourcePolicy.standard()),
        CLOCK)).isInstanceOf(EssNotFoundException.class);
  }
}
