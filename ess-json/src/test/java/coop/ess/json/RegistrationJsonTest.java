package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.booking.event.Allocation;
import coop.ess.booking.event.AllocationLine;
import coop.ess.booking.event.Applicant;
import coop.ess.booking.event.Candidate;
import coop.ess.booking.event.DiversityAllocator;
import coop.ess.booking.event.DiversityRule;
import coop.ess.booking.event.Event;
import coop.ess.booking.event.EventDecision;
import coop.ess.booking.event.EventId;
import coop.ess.booking.event.Invitation;
import coop.ess.booking.event.InvitationId;
import coop.ess.booking.event.ProgrammeDecision;
import coop.ess.booking.event.Registration;
import coop.ess.booking.event.RegistrationEvent;
import coop.ess.booking.event.RegistrationMode;
import coop.ess.booking.event.RegistrationState;
import coop.ess.booking.event.Session;
import coop.ess.booking.time.Interval;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.ResourceId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

/**
 * The JSON form of events with registration: events and sessions, applicants and candidates, registrations,
 * invitations, the registry's events, decisions and allocations by diversity priority.
 */
class RegistrationJsonTest {

  private static final EssJson JSON = EssJson.standard();
  private static final Instant NOW = Instant.parse("2026-03-01T11:00:00Z");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static void refused(String json, Class<?> type, String pointer) {
    assertThatThrownBy(() -> JSON.read(json, type)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo(pointer));
  }

  static Session session() {
    return Session.builder().title("Atelier réparation").addSpaces(ResourceId.of("atelier"), ResourceId.of("cuisine"))
        .interval(Interval.of(Instant.parse("2026-03-07T13:00:00Z"), Duration.ofHours(3))).seats(20).build();
  }

  static DiversityRule rule() {
    return DiversityRule.of("quartier", DiversityRule.TieBreak.LOTTERY, 2026);
  }

  static Event event() {
    return Event.builder().id(EventId.of("repair-cafe")).title("Repair café").organiser(OrganisationId.of("cargo"))
        .addSessions(session()).seats(12).mode(RegistrationMode.DIVERSITY)
        .registrationWindow(Interval.of(NOW, Duration.ofDays(5))).diversity(rule()).offerHold(Duration.ofHours(2))
        .build();
  }

  static Applicant applicant() {
    return Applicant.builder().member(MemberId.of("nadia")).putAttribute("quartier", "Villejean")
        .putAttribute("age", "30-45").build();
  }

  static Registration registration() {
    return Registration.builder().event(EventId.of("repair-cafe")).applicant(applicant())
        .state(RegistrationState.OFFERED).number(3).requestedAt(NOW).invitation(InvitationId.of("inv1")).rank(13)
        .offerExpiresAt(NOW.plus(Duration.ofHours(2))).build();
  }

  static Invitation invitation() {
    return Invitation.builder().id(InvitationId.of("inv1")).event(EventId.of("repair-cafe"))
        .inviter(MemberId.of("camille")).invitee(MemberId.of("nadia")).issuedAt(NOW).usedAt(NOW.plusSeconds(600))
        .build();
  }

  static RegistrationEvent registrationEvent() {
    return RegistrationEvent.builder().sequence(5).at(NOW).event(EventId.of("repair-cafe"))
        .member(MemberId.of("nadia")).before(RegistrationState.WAITLISTED).after(RegistrationState.OFFERED)
        .cause("offered").build();
  }

  static Allocation allocation() {
    List<Candidate> candidates = List.of(
        Candidate.of(applicant(), NOW),
        Candidate.of(Applicant.builder().member(MemberId.of("yann")).putAttribute("quartier", "Maurepas").build(),
            NOW.plusSeconds(60)),
        Candidate.of(Applicant.builder().member(MemberId.of("lou")).putAttribute("quartier", "Villejean").build(),
            NOW.plusSeconds(120)));
    return DiversityAllocator.allocate(candidates, 2, rule(), PARIS);
  }

  static EventDecision decision() {
    return EventDecision.of(Optional.of(registration()), Optional.of(invitation()), List.of(BookingSamples.overlap()));
  }

  static ProgrammeDecision programme() {
    return ProgrammeDecision.of(event(), List.of(BookingSamples.booking()), List.of());
  }

  @Test
  void idsStatesAndModesAreStrings() {
    Map<EventId, RegistrationMode> modes = Map.of(EventId.of("repair-cafe"), RegistrationMode.INVITATION);
    Map<InvitationId, RegistrationState> states = Map.of(InvitationId.of("inv1"), RegistrationState.WAITLISTED);

    assertThat(JSON.write(modes)).isEqualTo("{\"repair-cafe\":\"invitation\"}");
    assertThat(JSON.read(JSON.write(modes), new TypeReference<Map<EventId, RegistrationMode>>() {}))
        .isEqualTo(modes);
    assertThat(JSON.read(JSON.write(states), new TypeReference<Map<InvitationId, RegistrationState>>() {}))
        .isEqualTo(states);
  }

  @Test
  void anUnknownRegistrationStateListsTheKnownOnes() {
    assertThatThrownBy(() -> JSON.read("\"pending\"", RegistrationState.class)).isInstanceOfSatisfying(
        EssJsonException.class, e -> assertThat(e.reason()).contains("registered"));
  }

  @Test
  void anEventMatchesItsGoldenFile() {
    Golden.check("Event", event(), Event.class);
  }

  @Test
  void moreSeatsThanASessionNamesTheSessionsSeats() {
    String json = JSON.write(event()).replace("\"seats\":12", "\"seats\":40");

    refused(json, Event.class, "/sessions/0/seats");
  }

  @Property(tries = 100)
  void eventsSurviveARoundTrip(@ForAll("events") Event event) {
    assertThat(JSON.read(JSON.write(event), Event.class)).isEqualTo(event);
  }

  @Test
  void aSessionMatchesItsGoldenFile() {
    Golden.check("Session", session(), Session.class);
  }

  @Test
  void aSessionInTheSameSpaceTwiceNamesTheSecond() {
    String json = JSON.write(session()).replace("\"cuisine\"", "\"atelier\"");

    refused(json, Session.class, "/spaces/1");
  }

  @Test
  void aDiversityRuleMatchesItsGoldenFile() {
    Golden.check("DiversityRule", rule(), DiversityRule.class);
  }

  @Test
  void aBlankAttributeIsRefused() {
    refused("{\"attribute\":\" \",\"tieBreak\":\"lottery\",\"seed\":1}", DiversityRule.class, "/attribute");
  }

  @Test
  void anApplicantMatchesItsGoldenFile() {
    Golden.check("Applicant", applicant(), Applicant.class);
  }

  @Test
  void anApplicantWithoutMemberIsRefused() {
    assertThatThrownBy(() -> JSON.read("{\"attributes\":{}}", Applicant.class)).isInstanceOfSatisfying(
        EssJsonException.class, e -> assertThat(e.reason()).isEqualTo("missing field \"member\""));
  }

  @Test
  void anAttributeThatIsNotAStringNamesItsPlace() {
    refused("{\"member\":\"nadia\",\"attributes\":{\"age\":30}}", Applicant.class, "/attributes/age");
  }

  @Test
  void aCandidateMatchesItsGoldenFile() {
    Golden.check("Candidate", Candidate.of(applicant(), NOW), Candidate.class);
  }

  @Test
  void aCandidateWithABadTimeNamesIt() {
    refused("{\"applicant\":{\"member\":\"nadia\"},\"appliedAt\":\"2026-03-01\"}", Candidate.class, "/appliedAt");
  }

  @Test
  void aRegistrationMatchesItsGoldenFile() {
    Golden.check("Registration", registration(), Registration.class);
  }

  @Test
  void anOfferedRegistrationWithoutExpiryNamesTheExpiry() {
    String json = JSON.write(registration()).replaceAll(",\"offerExpiresAt\":\"[^\"]*\"", "");

    refused(json, Registration.class, "/offerExpiresAt");
  }

  @Property(tries = 100)
  void registrationsSurviveARoundTrip(@ForAll("registrations") Registration registration) {
    assertThat(JSON.read(JSON.write(registration), Registration.class)).isEqualTo(registration);
  }

  @Test
  void anInvitationMatchesItsGoldenFile() {
    Golden.check("Invitation", invitation(), Invitation.class);
  }

  @Test
  void anInvitationFromABadMemberNamesTheInviter() {
    String json = JSON.write(invitation()).replace("\"camille\"", "\"camille dupont\"");

    refused(json, Invitation.class, "/inviter");
  }

  @Test
  void aRegistrationEventMatchesItsGoldenFile() {
    Golden.check("RegistrationEvent", registrationEvent(), RegistrationEvent.class);
  }

  @Test
  void aRegistrationEventNumberedZeroNamesItsSequence() {
    String json = JSON.write(registrationEvent()).replace("\"sequence\":5", "\"sequence\":0");

    refused(json, RegistrationEvent.class, "/sequence");
  }

  @Property(tries = 100)
  void registrationEventsSurviveARoundTrip(@ForAll("registrationEvents") RegistrationEvent event) {
    assertThat(JSON.read(JSON.write(event), RegistrationEvent.class)).isEqualTo(event);
  }

  @Test
  void anAllocationMatchesItsGoldenFile() {
    Golden.check("Allocation", allocation(), Allocation.class);
  }

  @Test
  void anAllocationLineReadBackExplainsItselfTheSameWay() {
    AllocationLine line = allocation().lines().get(1);

    AllocationLine read = JSON.read(JSON.write(line), AllocationLine.class);

    assertThat(read).isEqualTo(line);
    assertThat(read.explanation()).isEqualTo(line.explanation());
  }

  @Test
  void anAllocationLineRankedZeroNamesItsRank() {
    String json = JSON.write(allocation().lines().get(0)).replace("\"rank\":1", "\"rank\":0");

    refused(json, AllocationLine.class, "/rank");
  }

  @Test
  void aBadZoneInsideAnAllocationNamesItsPlace() {
    String json = JSON.write(allocation()).replace("Europe/Paris", "Europe/Rennes");

    refused(json, Allocation.class, "/lines/0/zone");
  }

  @Property(tries = 50)
  void allocationsSurviveARoundTrip(@ForAll("allocations") Allocation allocation) {
    Allocation read = JSON.read(JSON.write(allocation), Allocation.class);

    assertThat(read).isEqualTo(allocation);
    assertThat(read.lines()).extracting(AllocationLine::explanation)
        .isEqualTo(allocation.lines().stream().map(AllocationLine::explanation).toList());
  }

  @Test
  void anEventDecisionMatchesItsGoldenFile() {
    Golden.check("EventDecision", decision(), EventDecision.class);
  }

  @Test
  void aBadRegistrationInsideADecisionNamesItsPlace() {
    String json = JSON.write(decision()).replace("\"number\":3", "\"number\":0");

    refused(json, EventDecision.class, "/registration/number");
  }

  @Test
  void aProgrammeDecisionMatchesItsGoldenFile() {
    Golden.check("ProgrammeDecision", programme(), ProgrammeDecision.class);
  }

  @Test
  void aProgrammeDecisionWithoutEventIsRefused() {
    assertThatThrownBy(() -> JSON.read("{\"bookings\":[],\"violations\":[]}", ProgrammeDecision.class))
        .isInstanceOfSatisfying(EssJsonException.class,
            e -> assertThat(e.reason()).isEqualTo("missing field \"event\""));
  }

  @Property(tries = 50)
  void decisionsSurviveARoundTrip(@ForAll("decisions") EventDecision decision) {
    assertThat(JSON.read(JSON.write(decision), EventDecision.class)).isEqualTo(decision);
  }

  // ------------------------------------------------------------------------------------------------ arbitraries

  private static Arbitrary<MemberId> members() {
    return TimebankSamples.ids().map(MemberId::of);
  }

  private static Arbitrary<Applicant> applicants() {
    return Combinators.combine(members(), Arbitraries.maps(Arbitraries.of("quartier", "age", "genre"),
        Arbitraries.strings().ofMaxLength(10)).ofMaxSize(3))
        .as((member, attributes) -> Applicant.builder().member(member).putAllAttributes(attributes).build());
  }

  @Provide
  Arbitrary<Event> events() {
    Arbitrary<Session> sessions = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20),
        TimebankSamples.ids().map(ResourceId::of).list().ofMinSize(1).ofMaxSize(3).uniqueElements(),
        BookingSamples.intervals(), Arbitraries.integers().between(50, 500))
        .as((title, spaces, interval, seats) -> Session.builder().title(title).spaces(spaces).interval(interval)
            .seats(seats).build());
    Arbitrary<DiversityRule> rules = Combinators.combine(Arbitraries.of("quartier", "âge"),
        Arbitraries.of(DiversityRule.TieBreak.class), Arbitraries.longs()).as(DiversityRule::of);
    return Combinators.combine(TimebankSamples.ids().map(EventId::of), sessions.list().ofMinSize(1).ofMaxSize(3),
        Arbitraries.integers().between(1, 50), Arbitraries.of(RegistrationMode.class),
        members().set().ofMinSize(1).ofMaxSize(3), BookingSamples.intervals(), rules,
        BookingSamples.durations())
        .as((id, list, seats, mode, seeds, window, rule, hold) -> Event.builder().id(id).title("Événement " + id)
            .organiser(OrganisationId.of("cargo")).sessions(list).seats(seats).mode(mode).seeds(seeds)
            .invitationsPerParticipant(seats % 4).registrationWindow(window).diversity(rule)
            .waitlist(seats % 2 == 0).offerHold(hold).build());
  }

  @Provide
  Arbitrary<Registration> registrations() {
    return Combinators.combine(TimebankSamples.ids().map(EventId::of), applicants(),
        Arbitraries.of(RegistrationState.class), Arbitraries.longs().between(1, Long.MAX_VALUE),
        TimebankSamples.instants(), TimebankSamples.ids().map(InvitationId::of).optional(),
        Arbitraries.integers().between(1, 1000).optional())
        .as((event, applicant, state, number, at, invitation, rank) -> {
          Registration.Builder builder = Registration.builder().event(event).applicant(applicant).state(state)
              .number(number).requestedAt(at).invitation(invitation);
          rank.ifPresent(builder::rank);
          if (state == RegistrationState.OFFERED) {
            builder.offerExpiresAt(at.plusSeconds(number % 10_000));
          }
          return builder.build();
        });
  }

  @Provide
  Arbitrary<RegistrationEvent> registrationEvents() {
    return Combinators.combine(Arbitraries.longs().between(1, Long.MAX_VALUE), TimebankSamples.instants(),
        TimebankSamples.ids().map(EventId::of), members().optional(), Arbitraries.of(RegistrationState.class)
            .optional(), Arbitraries.of(RegistrationState.class).optional(),
        TimebankSamples.ids().map(InvitationId::of).optional(), BookingSamples.violations())
        .as((sequence, at, event, member, before, after, invitation, violations) -> RegistrationEvent.builder()
            .sequence(sequence).at(at).event(event).member(member).before(before).after(after)
            .invitation(invitation).cause("registered").violations(violations).build());
  }

  @Provide
  Arbitrary<Allocation> allocations() {
    Arbitrary<Candidate> candidates = Combinators.combine(applicants(), TimebankSamples.instants())
        .as(Candidate::of);
    return Combinators.combine(candidates.list().ofMaxSize(8).uniqueElements(c -> c.applicant().member()),
        Arbitraries.integers().between(0, 6), Arbitraries.of(DiversityRule.TieBreak.class), Arbitraries.longs(),
        Arbitraries.of("Europe/Paris", "UTC", "Pacific/Noumea"))
        .as((list, seats, tieBreak, seed, zone) -> DiversityAllocator.allocate(new ArrayList<>(list), seats,
            DiversityRule.of("quartier", tieBreak, seed), ZoneId.of(zone)));
  }

  @Provide
  Arbitrary<EventDecision> decisions() {
    return Combinators.combine(registrations().optional(), Arbitraries.just(invitation()).optional(),
        BookingSamples.violations()).as(EventDecision::of);
  }
}
