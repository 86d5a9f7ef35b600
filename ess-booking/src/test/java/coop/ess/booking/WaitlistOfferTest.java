package coop.ess.booking;

import coop.ess.core.ManualClock;
import static coop.ess.booking.Fixtures.CAMILLE;
import static coop.ess.booking.Fixtures.ROOM;
import static coop.ess.booking.Fixtures.VENUE;
import static coop.ess.booking.Fixtures.YANN;
import static coop.ess.booking.Fixtures.at;
import static coop.ess.booking.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssStateException;
import coop.ess.core.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The waitlist of {@link BookingCalendar} when freed places are offered for a while. */
class WaitlistOfferTest {

  private static final MemberId LOU = MemberId.of("lou");

  private final ManualClock clock = ManualClock.of(Instant.parse("2026-03-01T11:00:00Z"));
  private final BookingCalendar calendar = new BookingCalendar(VENUE, Map.of(), clock, Duration.ofHours(2));

  private BookingId waitFor(MemberId who) {
    return calendar.request(BookingRequest.builder().requester(who).addResources(ROOM)
        .interval(at(3, "14:00", "16:00")).waitlistIfFull(true).build()).booking().id();
  }

  @Test
  void aFreedPlaceIsOfferedToTheFirstWaitlistedRequestAndHeldForIt() {
    BookingId first = calendar.request(request(CAMILLE, ROOM, at(3, "14:00", "16:00"))).booking().id();
    BookingId yann = waitFor(YANN);
    BookingId lou = waitFor(LOU);

    calendar.cancel(first);

    Booking offered = calendar.booking(yann).orElseThrow();
    assertThat(offered.state()).isEqualTo(BookingState.OFFERED);
    assertThat(offered.offerExpiresAt()).contains(Instant.parse("2026-03-01T13:00:00Z"));
    assertThat(calendar.booking(lou).orElseThrow().state()).isEqualTo(BookingState.WAITLISTED);
    assertThat(calendar.isFree(ROOM, at(3, "14:00", "16:00"), 1)).isFalse();
  }

  @Test
  void acceptingInTimeConfirms() {
    BookingId first = calendar.request(request(CAMILLE, ROOM, at(3, "14:00", "16:00"))).booking().id();
    BookingId yann = waitFor(YANN);
    calendar.cancel(first);
    clock.advance(Duration.ofMinutes(90));

    BookingDecision decision = calendar.acceptOffer(yann);

    assertThat(decision.state()).isEqualTo(BookingState.CONFIRMED);
    assertThat(decision.booking().offerExpiresAt()).isEmpty();
  }

  @Test
  void anExpiredOfferGoesToTheNextRequest() {
    BookingId first = calendar.request(request(CAMILLE, ROOM, at(3, "14:00", "16:00"))).booking().id();
    BookingId yann = waitFor(YANN);
    BookingId lou = waitFor(LOU);
    calendar.cancel(first);
    clock.advance(Duration.ofHours(2));

    BookingDecision late = calendar.acceptOffer(yann);

    assertThat(late.accepted()).isFalse();
    assertThat(late.codes()).containsExactly("waitlist.offerExpired");
    assertThat(late.state()).isEqualTo(BookingState.CANCELLED);
    assertThat(calendar.booking(lou).orElseThrow().state()).isEqualTo(BookingState.OFFERED);
    assertThat(calendar.events()).extracting(BookingEvent::cause).containsSubsequence("offered", "offer expired",
        "offered");
  }

  @Test
  void expireOffersBringsTheCalendarUpToDate() {
    BookingId first = calendar.request(request(CAMILLE, ROOM, at(3, "14:00", "16:00"))).booking().id();
    BookingId yann = waitFor(YANN);
    calendar.cancel(first);
    clock.advance(Duration.ofHours(3));

    calendar.expireOffers();

    assertThat(calendar.booking(yann).orElseThrow().state()).isEqualTo(BookingState.CANCELLED);
    assertThat(calendar.isFree(ROOM, at(3, "14:00", "16:00"), 1)).isTrue();
  }

  @Test
  void acceptingWithoutAnOfferIsMisuse() {
    BookingId confirmed = calendar.request(request(CAMILLE, ROOM, at(3, "14:00", "16:00"))).booking().id();

    assertThatThrownBy(() -> calendar.acceptOffer(confirmed)).isInstanceOf(EssStateException.class)
        .hasMessageContaining("CONFIRMED");
  }
}
