package coop.ess.booking.event;

import static coop.ess.booking.event.EventFixtures.EVENT;
import static coop.ess.booking.event.EventFixtures.GREENHOUSE;
import static coop.ess.booking.event.EventFixtures.HALL;
import static coop.ess.booking.event.EventFixtures.ORGANISER;
import static coop.ess.booking.event.EventFixtures.PROJECTOR;
import static coop.ess.booking.event.EventFixtures.ROOM;
import static coop.ess.booking.event.EventFixtures.at;
import static coop.ess.booking.event.EventFixtures.event;
import static coop.ess.booking.event.EventFixtures.person;
import static coop.ess.booking.event.EventFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.booking.BookingCalendar;
import coop.ess.booking.BookingRequest;
import coop.ess.booking.BookingState;
import coop.ess.core.EssNotFoundException;
import coop.ess.core.EssStateException;
import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRegistryTest {

  private final ManualClock clock = EventFixtures.clock();
  private final BookingCalendar calendar = BookingCalendar.of(EventFixtures.VENUE, clock);
  private final EventRegistry registry = new EventRegistry(calendar, clock);

  private static final MemberId ANA = MemberId.of("ana");
  private static final MemberId BO = MemberId.of("bo");
  private static final MemberId CY = MemberId.of("cy");
  private static final MemberId DEE = MemberId.of("dee");

  @Test
  void schedulingBooksEverySpaceOfEverySessionInTheCalendar() {
    Event event = Event.builder().id(EVENT).title("Journée").organiser(ORGANISER)
        .addSessions(Session.builder().title("Accueil").addSpaces(HALL, GREENHOUSE).interval(at(3, "09:30", "10:00"))
            .seats(35).build())
        .addSessions(session("Atelier", ROOM, at(3, "10:00", "12:00"), 12))
        .seats(12).build();

    ProgrammeDecision decision = registry.schedule(event);

    assertThat(decision.accepted()).isTrue();
    assertThat(decision.bookings()).extracting(b -> b.resources().get(0)).containsExactly(HALL, GREENHOUSE, ROOM);
    assertThat(decision.bookings()).extracting(b -> b.request().attendees()).containsExactly(30, 5, 12);
    assertThat(calendar.holding(HALL, at(3, "09:00", "11:00"))).hasSize(1);
  }

  @Test
  void aSessionCannotOfferMoreSeatsThanItsSpacesHold() {
    Event event = Event.builder().id(EVENT).title("Journée").organiser(ORGANISER)
        .addSessions(session("Plénière", ROOM, at(3, "09:30", "10:00"), 20)).seats(20).build();

    ProgrammeDecision decision = registry.schedule(event);

    assertThat(decision.codes()).containsExactly("event.seatsOverCapacity");
    assertThat(decision.violations().get(0).field()).isEqualTo("sessions[0].seats");
    assertThat(decision.violations().get(0).messageFr()).contains("20 places").contains("12 personnes");
    assertThatThrownBy(() -> registry.event(EVENT)).isInstanceOf(EssNotFoundException.class);
  }

  @Test
  void aSessionIsHeldInSpacesNotInEquipment() {
    Event event = Event.builder().id(EVENT).title("Journée").organiser(ORGANISER)
        .addSessions(session("Projection", PROJECTOR, at(3, "09:30", "10:00"), 5)).seats(5).build();

    assertThat(registry.schedule(event).codes()).containsExactly("event.notASpace");
  }

  @Test
  void aSessionCannotDoubleBookItsSpaceAndNothingStaysBooked() {
    calendar.request(BookingRequest.builder().requester(MemberId.of("zoe")).addResources(ROOM)
        .interval(at(3, "15:00", "17:00")).build());
    Event event = Event.builder().id(EVENT).title("Journée").organiser(ORGANISER)
        .addSessions(session("Accueil", HALL, at(3, "09:30", "10:00"), 12))
        .addSessions(session("Atelier", ROOM, at(3, "14:00", "16:00"), 12)).seats(12).build();

    ProgrammeDecision decision = registry.schedule(event);

    assertThat(decision.codes()).containsExactly("booking.overlap");
    assertThat(decision.violations().get(0).field()).startsWith("sessions[1].spaces[0]");
    assertThat(calendar.bookings()).filteredOn(b -> b.resources().contains(HALL))
        .extracting(b -> b.state()).containsExactly(BookingState.CANCELLED);
  }

  @Test
  void twoSessionsOfOneEventCannotShareASpaceAtOnce() {
    Event event = Event.builder().id(EVENT).title("Journée").organiser(ORGANISER)
        .addSessions(session("A", ROOM, at(3, "14:00", "16:00"), 10))
        .addSessions(session("B", ROOM, at(3, "15:00", "17:00"), 10)).seats(10).build();

    assertThat(registry.schedule(event).codes()).containsExactly("booking.overlap");
  }

  @Test
  void schedulingTheSameEventTwiceIsAMistake() {
    registry.schedule(event(5).build());

    assertThatThrownBy(() -> registry.schedule(event(5).build())).isInstanceOf(EssStateException.class);
  }

  @Test
  void openRegistrationIsFirstComeFirstServed() {
    registry.schedule(event(2).build());

    assertThat(registry.register(EVENT, person("ana")).state()).contains(RegistrationState.REGISTERED);
    assertThat(registry.register(EVENT, person("bo")).state()).contains(RegistrationState.REGISTERED);
    EventDecision third = registry.register(EVENT, person("cy"));

    assertThat(third.state()).contains(RegistrationState.WAITLISTED);
    assertThat(third.codes()).containsExactly("event.full");
    assertThat(registry.seatsTaken(EVENT)).isEqualTo(2);
  }

  @Test
  void withoutAWaitlistAFullEventRefuses() {
    registry.schedule(event(1).waitlist(false).build());
    registry.register(EVENT, person("ana"));

    EventDecision refused = registry.register(EVENT, person("bo"));

    assertThat(refused.codes()).containsExactly("event.full");
    assertThat(refused.registration()).isEmpty();
    assertThat(registry.registration(EVENT, BO)).isEmpty();
  }

  @Test
  void registeringTwiceIsRefused() {
    registry.schedule(event(5).build());
    registry.register(EVENT, person("ana"));

    EventDecision again = registry.register(EVENT, person("ana"));

    assertThat(again.codes()).containsExactly("event.alreadyRegistered");
    assertThat(again.violations().get(0).messageEn()).isEqualTo("ana is already registered for Atelier (REGISTERED).");
  }

  @Test
  void registrationOutsideTheWindowIsClosed() {
    registry.schedule(event(5).registrationWindow(at(2, "09:00", "18:00")).build());

    EventDecision early = registry.register(EVENT, person("ana"));

    assertThat(early.codes()).containsExactly("event.closed");
    assertThat(early.violations().get(0).messageEn())
        .isEqualTo("Registration for Atelier is open from 2026-03-02 09:00 to 2026-03-02 18:00; "
            + "it is now 2026-03-01 12:00.");
  }

  @Test
  void cancellingPromotesTheFirstOfTheWaitlistAtOnceWithoutAHold() {
    registry.schedule(event(1).build());
    registry.register(EVENT, person("ana"));
    registry.register(EVENT, person("bo"));
    registry.register(EVENT, person("cy"));

    registry.cancel(EVENT, ANA);

    assertThat(registry.registration(EVENT, BO).orElseThrow().state()).isEqualTo(RegistrationState.REGISTERED);
    assertThat(registry.registration(EVENT, CY).orElseThrow().state()).isEqualTo(RegistrationState.WAITLISTED);
    assertThat(registry.journal()).extracting(RegistrationEvent::cause).contains("promoted");
  }

  @Test
  void aFreedSeatIsOfferedForTheHoldThenGoesToTheNext() {
    registry.schedule(event(1).offerHold(Duration.ofHours(2)).build());
    registry.register(EVENT, person("ana"));
    registry.register(EVENT, person("bo"));
    registry.register(EVENT, person("cy"));

    registry.cancel(EVENT, ANA);
    Registration offered = registry.registration(EVENT, BO).orElseThrow();
    clock.advance(Duration.ofHours(2));
    registry.expireOffers();

    assertThat(offered.state()).isEqualTo(RegistrationState.OFFERED);
    assertThat(offered.offerExpiresAt()).contains(EventFixtures.NOW.plus(Duration.ofHours(2)));
    assertThat(registry.registration(EVENT, BO).orElseThrow().state()).isEqualTo(RegistrationState.CANCELLED);
    assertThat(registry.registration(EVENT, CY).orElseThrow().state()).isEqualTo(RegistrationState.OFFERED);
    assertThat(registry.seatsTaken(EVENT)).isEqualTo(1);
  }

  @Test
  void anOfferAcceptedInTimeRegisters() {
    registry.schedule(event(1).offerHold(Duration.ofHours(2)).build());
    registry.register(EVENT, person("ana"));
    registry.register(EVENT, person("bo"));
    registry.cancel(EVENT, ANA);
    clock.advance(Duration.ofMinutes(90));

    EventDecision accepted = registry.acceptOffer(EVENT, BO);

    assertThat(accepted.state()).contains(RegistrationState.REGISTERED);
  }

  @Test
  void aLateAcceptanceIsRefusedWithTheExpiry() {
    registry.schedule(event(1).offerHold(Duration.ofHours(2)).build());
    registry.register(EVENT, person("ana"));
    registry.register(EVENT, person("bo"));
    registry.cancel(EVENT, ANA);
    clock.advance(Duration.ofHours(3));

    EventDecision late = registry.acceptOffer(EVENT, BO);

    assertThat(late.codes()).containsExactly("event.offerExpired");
    assertThat(late.violations().get(0).messageFr()).contains("2026-03-01 14:00");
  }

  @Test
  void acceptingWithoutAnOfferIsAMistake() {
    registry.schedule(event(1).build());
    registry.register(EVENT, person("ana"));

    assertThatThrownBy(() -> registry.acceptOffer(EVENT, ANA)).isInstanceOf(EssStateException.class);
  }

  @Test
  void cancellingTwiceIsAMistake() {
    registry.schedule(event(1).build());
    registry.register(EVENT, person("ana"));
    registry.cancel(EVENT, ANA);

    assertThatThrownBy(() -> registry.cancel(EVENT, ANA)).isInstanceOf(EssStateException.class);
  }

  @Test
  void anUnknownEventIsNotFound() {
    assertThatThrownBy(() -> registry.register(EventId.of("nope"), person("ana")))
        .isInstanceOf(EssNotFoundException.class);
  }

  @Test
  void seedParticipantsRegisterWithoutAnInvitationOthersNeedOne() {
    registry.schedule(event(5).mode(RegistrationMode.INVITATION).addSeeds(ANA).invitationsPerParticipant(2).build());

    assertThat(registry.register(EVENT, person("ana")).state()).contains(RegistrationState.REGISTERED);
    EventDecision stranger = registry.register(EVENT, person("bo"));

    assertThat(stranger.codes()).containsExactly("event.notInvited");
  }

  @Test
  void anInviteeRegistersThroughTheInvitation() {
    registry.schedule(event(5).mode(RegistrationMode.INVITATION).addSeeds(ANA).invitationsPerParticipant(2).build());
    registry.register(EVENT, person("ana"));

    Invitation invitation = registry.invite(EVENT, ANA, BO).invitation().orElseThrow();
    EventDecision registered = registry.register(EVENT, person("bo"), invitation.id());

    assertThat(registered.state()).contains(RegistrationState.REGISTERED);
    assertThat(registered.registration().orElseThrow().invitation()).contains(invitation.id());
    assertThat(registry.invitations(EVENT)).singleElement().satisfies(i -> assertThat(i.used()).isTrue());
  }

  @Test
  void anInvitedParticipantMayInviteInTurn() {
    registry.schedule(event(5).mode(RegistrationMode.INVITATION).addSeeds(ANA).invitationsPerParticipant(1).build());
    registry.register(EVENT, person("ana"));
    registry.register(EVENT, person("bo"), registry.invite(EVENT, ANA, BO).invitation().orElseThrow().id());

    EventDecision invite = registry.invite(EVENT, BO, CY);

    assertThat(invite.accepted()).isTrue();
    assertThat(invite.invitation().orElseThrow().inviter()).isEqualTo(BO);
  }

  @Test
  void theInvitationCapIsEnforcedAndAudited() {
    registry.schedule(event(5).mode(RegistrationMode.INVITATION).addSeeds(ANA).invitationsPerParticipant(2).build());
    registry.register(EVENT, person("ana"));
    registry.invite(EVENT, ANA, BO);
    registry.invite(EVENT, ANA, CY);

    EventDecision third = registry.invite(EVENT, ANA, DEE);

    assertThat(third.codes()).containsExactly("event.invitationCap");
    assertThat(third.violations().get(0).messageEn())
        .isEqualTo("ana has already issued the 2 invitations a participant may give for Atelier.");
    assertThat(registry.journal()).filteredOn(e -> e.member().equals(java.util.Optional.of(ANA)))
        .extracting(RegistrationEvent::cause).containsExactly("registered", "invited", "invited", "invitation refused");
  }

  @Test
  void onlyARegisteredParticipantMayInvite() {
    registry.schedule(event(5).mode(RegistrationMode.INVITATION).addSeeds(ANA).invitationsPerParticipant(2).build());

    assertThat(registry.invite(EVENT, ANA, BO).codes()).containsExactly("event.inviterNotRegistered");
  }

  @Test
  void anInvitationServesOnlyItsInviteeAndOnlyOnce() {
    registry.schedule(event(5).mode(RegistrationMode.INVITATION).addSeeds(ANA).invitationsPerParticipant(2).build());
    registry.register(EVENT, person("ana"));
    InvitationId token = registry.invite(EVENT, ANA, BO).invitation().orElseThrow().id();

    assertThat(registry.register(EVENT, person("cy"), token).codes()).containsExactly("event.invitationNotYours");
    registry.register(EVENT, person("bo"), token);
    registry.cancel(EVENT, BO);
    assertThat(registry.register(EVENT, person("bo"), token).codes()).containsExactly("event.invitationUsed");
    assertThat(registry.register(EVENT, person("bo"), InvitationId.of("forged")).codes())
        .containsExactly("event.invitationUnknown");
  }

  @Test
  void anInviteeWhoCancelledMayRegisterAgainWithoutANewInvitation() {
    registry.schedule(event(5).mode(RegistrationMode.INVITATION).addSeeds(ANA).invitationsPerParticipant(1).build());
    registry.register(EVENT, person("ana"));
    registry.register(EVENT, person("bo"), registry.invite(EVENT, ANA, BO).invitation().orElseThrow().id());
    registry.cancel(EVENT, BO);

    assertThat(registry.register(EVENT, person("bo")).state()).contains(RegistrationState.REGISTERED);
  }

  @Test
  void aPersonIsInvitedOnceAtATime() {
    registry.schedule(event(5).mode(RegistrationMode.INVITATION).addSeeds(ANA, BO).invitationsPerParticipant(2)
        .build());
    registry.register(EVENT, person("ana"));
    registry.register(EVENT, person("bo"));
    registry.invite(EVENT, ANA, CY);

    assertThat(registry.invite(EVENT, BO, CY).codes()).containsExactly("event.alreadyInvited");
    assertThat(registry.invite(EVENT, BO, ANA).codes()).containsExactly("event.alreadyRegistered");
  }

  @Test
  void invitationsBelongToEventsByInvitation() {
    registry.schedule(event(5).build());
    registry.register(EVENT, person("ana"));

    assertThat(registry.invite(EVENT, ANA, BO).codes()).containsExactly("event.notByInvitation");
  }

  @Test
  void diversityPriorityTakesApplicationsThenAllocatesAfterTheWindow() {
    registry.schedule(event(2).mode(RegistrationMode.DIVERSITY).registrationWindow(at(1, "09:00", "18:00"))
        .diversity(DiversityRule.of("territory", DiversityRule.TieBreak.APPLICATION_TIME, 7)).build());
    registry.register(EVENT, person("ana", "Villejean"));
    clock.advance(Duration.ofMinutes(1));
    registry.register(EVENT, person("bo", "Villejean"));
    clock.advance(Duration.ofMinutes(1));
    registry.register(EVENT, person("cy", "Maurepas"));
    assertThatThrownBy(() -> registry.allocate(EVENT)).isInstanceOf(EssStateException.class);
    clock.set(at(1, "18:00", "19:00").start());

    Allocation allocation = registry.allocate(EVENT);

    assertThat(allocation.selected()).extracting(l -> l.candidate().applicant().member()).containsExactly(ANA, CY);
    assertThat(registry.registration(EVENT, BO).orElseThrow().state()).isEqualTo(RegistrationState.WAITLISTED);
    assertThat(allocation.lines().get(1).explanation().messageEn()).isEqualTo(
        "Seat 2 of 2: territory \"Maurepas\" had the fewest seats so far (0), fewer than every other value with "
            + "candidates left.");
    assertThat(registry.register(EVENT, person("dee", "Bréquigny")).codes()).containsExactly("event.closed");
  }

  @Test
  void inADiversityEventAFreedSeatGoesToTheLeastRepresentedValue() {
    registry.schedule(event(3).mode(RegistrationMode.DIVERSITY).registrationWindow(at(1, "09:00", "18:00"))
        .diversity(DiversityRule.of("territory", DiversityRule.TieBreak.APPLICATION_TIME, 7)).build());
    for (String[] p : List.of(new String[] {"ana", "A"}, new String[] {"bo", "A"}, new String[] {"cy", "B"},
        new String[] {"dee", "A"}, new String[] {"eve", "B"})) {
      registry.register(EVENT, person(p[0], p[1]));
      clock.advance(Duration.ofMinutes(1));
    }
    clock.set(at(1, "18:00", "19:00").start());
    registry.allocate(EVENT); // ana(A) cy(B) bo(A) selected; eve(B) rank 4, dee(A) rank 5

    registry.cancel(EVENT, CY);

    assertThat(registry.registration(EVENT, MemberId.of("eve")).orElseThrow().state())
        .isEqualTo(RegistrationState.REGISTERED);
  }
}
