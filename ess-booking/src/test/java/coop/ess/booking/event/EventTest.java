package coop.ess.booking.event;

import static coop.ess.booking.event.EventFixtures.ROOM;
import static coop.ess.booking.event.EventFixtures.at;
import static coop.ess.booking.event.EventFixtures.event;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EventTest {

  @Test
  void anEventReportsEveryProblemAtOnce() {
    assertThatThrownBy(() -> event(13).mode(RegistrationMode.DIVERSITY).offerHold(Duration.ofMinutes(-1)).build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> org.assertj.core.api.Assertions.assertThat(
            e.violations()).extracting(v -> v.code()).containsExactly("event.seatsAboveSession", "event.noWindow",
                "event.noDiversityRule", "event.offerHoldNegative"));
  }

  @Test
  void anEventByInvitationNeedsSeeds() {
    assertThatThrownBy(() -> event(5).mode(RegistrationMode.INVITATION).build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> org.assertj.core.api.Assertions.assertThat(
            e.violations()).extracting(v -> v.code()).containsExactly("event.noSeeds"));
  }

  @Test
  void aSessionNamesEachSpaceOnceAndOffersSeats() {
    assertThatThrownBy(() -> Session.builder().title("A").addSpaces(ROOM, ROOM).interval(at(3, "10:00", "11:00"))
        .seats(0).build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> org.assertj.core.api.Assertions.assertThat(
            e.violations()).extracting(v -> v.code()).containsExactly("session.duplicateSpace",
                "session.seatsNotPositive"));
  }
}
