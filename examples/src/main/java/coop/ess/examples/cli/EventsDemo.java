package coop.ess.examples.cli;

import coop.ess.booking.BookingCalendar;
import coop.ess.booking.event.Allocation;
import coop.ess.booking.event.AllocationLine;
import coop.ess.booking.event.Applicant;
import coop.ess.booking.event.DiversityRule;
import coop.ess.booking.event.Event;
import coop.ess.booking.event.EventDecision;
import coop.ess.booking.event.EventId;
import coop.ess.booking.event.EventRegistry;
import coop.ess.booking.event.Invitation;
import coop.ess.booking.event.Registration;
import coop.ess.booking.event.RegistrationEvent;
import coop.ess.booking.event.RegistrationMode;
import coop.ess.booking.event.RegistrationState;
import coop.ess.booking.event.Session;
import coop.ess.booking.time.Interval;
import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.core.ResourceId;
import coop.ess.core.Violation;
import coop.ess.core.venue.Venue;
import coop.ess.examples.cargo.EssCargo;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The events section of {@code ess demo}: the one-day gathering "Partager plus que des m²" of 35 people by
 * co-optation at ESS CARGO, with a waitlist promotion, and a workshop whose seats go by diversity priority.
 */
final class EventsDemo {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private static final LocalDate GATHERING_DAY = EssCargo.DEMO_DAY.plusDays(4); // Friday 6 March 2026
  private static final LocalDate WORKSHOP_DAY = EssCargo.DEMO_DAY.plusDays(3);  // Thursday 5 March 2026
  private static final EventId GATHERING = EventId.of("partager-plus-que-des-m2");
  private static final EventId WORKSHOP = EventId.of("atelier-mutualiser");
  private static final List<String> SEEDS = List.of("louis", "maryam", "camille", "yanis", "sophie");
  private static final List<String> GUESTS = List.of("adele", "bastien", "chloe", "damien", "elsa", "farid",
      "gaelle", "hamid", "isabelle", "jules", "karima", "leo", "manon", "nael", "oceane", "pierre", "quentin",
      "rose", "samir", "thais", "ugo", "valentine", "wassim", "xavier", "yasmine", "zacharie", "amandine",
      "benoit", "celia", "dylan", "emma", "fatou");
  /** Candidates to the workshop: name, organisation type, when they applied (February 2026). */
  private static final String[][] CANDIDATES = {
      {"anais", "association", "18T14:00"}, {"bruno", "association", "18T15:30"},
      {"carla", "association", "18T17:00"}, {"dina", "association", "19T09:00"},
      {"eric", "association", "19T11:00"}, {"flora", "association", "19T14:00"}, {"gabin", "SCIC", "19T16:00"},
      {"helene", "SCIC", "20T09:30"}, {"ivan", "SCOP", "20T11:00"}, {"jade", "insertion company", "20T11:00"},
      {"kevin", "association", "20T15:00"}, {"lina", "informal collective", "21T10:00"},
      {"marc", "informal collective", "21T10:00"}, {"nina", "SCIC", "21T12:00"}, {"oscar", "public body", "21T16:00"},
      {"paula", "association", "22T10:00"}, {"remi", "insertion company", "22T11:00"},
      {"selma", "association", "22T18:00"}};

  private EventsDemo() {}

  static void print(PrintWriter out) {
    Venue venue = EssCargo.venue();
    ManualClock clock = ManualClock.of(at(EssCargo.DEMO_DAY.minusDays(14), 9, 0), EssCargo.ZONE);
    EventRegistry registry = new EventRegistry(BookingCalendar.of(venue, clock), clock);
    out.printf("%nEvents with registration at ESS CARGO (clock from %s)%n", when(clock.instant()));

    Event gathering = Event.builder().id(GATHERING).title("Partager plus que des m²")
        .organiser(EssCargo.UNIVERSITY)
        .addSessions(
            session(GATHERING_DAY, "Accueil café", "09:30", "10:00", EssCargo.KITCHEN, EssCargo.GREENHOUSE),
            session(GATHERING_DAY, "Tables rondes en parallèle", "10:00", "12:30", EssCargo.MEETING_ROOM,
                EssCargo.GREENHOUSE, EssCargo.COWORKING_2),
            session(GATHERING_DAY, "Déjeuner partagé", "12:30", "14:00", EssCargo.KITCHEN, EssCargo.GREENHOUSE),
            session(GATHERING_DAY, "Visites et ateliers", "14:00", "16:30", EssCargo.MEETING_ROOM,
                EssCargo.GREENHOUSE, EssCargo.COWORKING_2),
            session(GATHERING_DAY, "Clôture", "16:30", "17:00", EssCargo.KITCHEN, EssCargo.GREENHOUSE))
        .seats(35).mode(RegistrationMode.INVITATION)
        .addAllSeeds(SEEDS.stream().map(MemberId::of).toList())
        .invitationsPerParticipant(2).offerHold(Duration.ofHours(24))
        .registrationWindow(Interval.of(clock.instant(), at(GATHERING_DAY.minusDays(1), 18, 0)))
        .build();
    registry.schedule(gathering);
    out.printf("  \"%s\", %s: %d seats by co-optation (%d seeds, %d invitations each, offers held %d h)%n",
        gathering.title(), GATHERING_DAY.format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH)),
        gathering.seats(), gathering.seeds().size(), gathering.invitationsPerParticipant(),
        gathering.offerHold().toHours());
    for (Session session : gathering.sessions()) {
      out.printf("    %s-%s %-27s %s%n", time(session.interval().start()), time(session.interval().end()),
          session.title(), session.spaces().stream().map(id -> venue.requireResource(id).name())
              .collect(Collectors.joining(" + ")));
    }

    // Co-optation: the seeds register, then each generation invites the next, two people each.
    List<MemberId> generation = new ArrayList<>();
    for (String seed : SEEDS) {
      registry.register(GATHERING, Applicant.of(MemberId.of(seed)));
      generation.add(MemberId.of(seed));
    }
    List<Integer> sizes = new ArrayList<>(List.of(generation.size()));
    int guest = 0;
    while (registry.seatsTaken(GATHERING) < gathering.seats()) {
      List<MemberId> next = new ArrayList<>();
      for (MemberId inviter : generation) {
        for (int i = 0; i < 2 && registry.seatsTaken(GATHERING) < gathering.seats(); i++) {
          next.add(invite(registry, clock, inviter, GUESTS.get(guest++)));
        }
      }
      sizes.add(next.size());
      generation = next;
    }
    out.printf("  Co-optation: %s = %d registered, %d invitations%n",
        sizes.stream().map(String::valueOf).collect(Collectors.joining(" + ")), registry.seatsTaken(GATHERING),
        registry.invitations(GATHERING).size());
    EventDecision third = registry.invite(GATHERING, MemberId.of("louis"), MemberId.of("zoe"));
    printRefusal(out, "louis invites a third person", third.violations());
    EventDecision stranger = registry.register(GATHERING, Applicant.of(MemberId.of("zoe")));
    printRefusal(out, "zoe registers without an invitation", stranger.violations());

    // Two more invitees find the seats taken and wait.
    MemberId lateOne = invite(registry, clock, generation.get(0), GUESTS.get(guest++));
    MemberId lateTwo = invite(registry, clock, generation.get(1), GUESTS.get(guest++));
    out.printf("  Waitlist: %s (invited by %s), %s (invited by %s) [%s]%n", lateOne, generation.get(0), lateTwo,
        generation.get(1), registry.registration(GATHERING, lateOne).map(Registration::state).orElseThrow());

    printWorkshop(out, registry, clock, venue);

    out.printf("%n  Back at the gathering:%n");
    clock.set(at(GATHERING_DAY.minusDays(3), 10, 0));
    MemberId leaving = MemberId.of("pierre");
    registry.cancel(GATHERING, leaving);
    out.printf("  %s: %s cancels; %s is %s until %s%n", when(clock.instant()), leaving, lateOne,
        state(registry, lateOne), registry.registration(GATHERING, lateOne).orElseThrow().offerExpiresAt()
            .map(EventsDemo::when).orElse("-"));
    clock.advance(Duration.ofHours(25));
    registry.expireOffers();
    out.printf("  %s: no answer from %s (%s, offer expired); %s is %s%n", when(clock.instant()), lateOne,
        state(registry, lateOne), lateTwo, state(registry, lateTwo));
    clock.advance(Duration.ofHours(2));
    registry.acceptOffer(GATHERING, lateTwo);
    out.printf("  %s: %s accepts: %s, %d/%d seats taken%n", when(clock.instant()), lateTwo,
        state(registry, lateTwo), registry.seatsTaken(GATHERING), gathering.seats());


    Map<String, Long> causes = new TreeMap<>(registry.journal().stream()
        .collect(Collectors.groupingBy(RegistrationEvent::cause, Collectors.counting())));
    out.printf("  Journal: %d changes (%s)%n", registry.journal().size(), causes.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
  }

  private static void printWorkshop(PrintWriter out, EventRegistry registry, ManualClock clock, Venue venue) {
    DiversityRule rule = DiversityRule.of("organisationType", DiversityRule.TieBreak.APPLICATION_TIME, 2026);
    Event workshop = Event.builder().id(WORKSHOP).title("Atelier : mutualiser un tiers-lieu")
        .organiser(EssCargo.UNIVERSITY)
        .addSessions(session(WORKSHOP_DAY, "Atelier", "14:00", "16:00", EssCargo.MEETING_ROOM))
        .seats(10).mode(RegistrationMode.DIVERSITY).diversity(rule)
        .registrationWindow(Interval.of(clock.instant(), at(EssCargo.DEMO_DAY.minusDays(7), 9, 0)))
        .build();
    registry.schedule(workshop);
    for (int i = 0; i < CANDIDATES.length; i++) {
      clock.set(LocalDateTime.parse("2026-02-" + CANDIDATES[i][2]).atZone(EssCargo.ZONE).toInstant());
      registry.register(WORKSHOP, Applicant.builder().member(MemberId.of(CANDIDATES[i][0]))
          .putAttribute("organisationType", CANDIDATES[i][1]).build());
    }
    clock.set(workshop.registrationWindow().orElseThrow().end());
    Allocation allocation = registry.allocate(WORKSHOP);
    out.printf("%n  \"%s\", %s %s-%s, %s: %d seats, %d candidates by diversity of %s%n", workshop.title(),
        WORKSHOP_DAY.format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH)),
        time(workshop.sessions().get(0).interval().start()), time(workshop.sessions().get(0).interval().end()),
        venue.requireResource(EssCargo.MEETING_ROOM).name(), workshop.seats(), CANDIDATES.length,
        rule.attribute());
    out.println("  (fewest seats first; ties: earliest application, then a draw seeded with 2026)");
    for (AllocationLine line : allocation.lines()) {
      out.printf("  %2d %-7s %-20s applied %s  %-11s %s%n", line.rank(), line.candidate().applicant().member(),
          line.value(), when(line.candidate().appliedAt()),
          line.selected() ? "seat" : "waitlist " + (line.rank() - allocation.seats()),
          line.reason().name().toLowerCase(Locale.ROOT));
    }
    allocation.lines().stream().filter(line -> line.reason() == AllocationLine.Reason.DRAW).findFirst()
        .ifPresent(line -> out.println("  en: " + line.explanation().messageEn()));
    out.println("  fr: " + allocation.lines().get(allocation.seats()).explanation().messageFr());
    out.println("  Seats by organisation type: " + allocation.seatsByValue().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    clock.advance(Duration.ofDays(1));
    MemberId leaving = MemberId.of("gabin");
    registry.cancel(WORKSHOP, leaving);
    Registration promoted = registry.registrations(WORKSHOP).stream()
        .filter(r -> r.state() == RegistrationState.REGISTERED && r.rank().orElse(0) > workshop.seats())
        .findFirst().orElseThrow();
    out.printf("  %s: %s (SCIC) cancels; the seat goes to %s (%s, rank %d): the fewest seats now%n",
        when(clock.instant()), leaving, promoted.member(),
        promoted.applicant().attribute("organisationType").orElse("-"), promoted.rank().orElse(0));
  }

  private static MemberId invite(EventRegistry registry, ManualClock clock, MemberId inviter, String name) {
    clock.advance(Duration.ofMinutes(37));
    MemberId invitee = MemberId.of(name);
    Invitation invitation = registry.invite(GATHERING, inviter, invitee).invitation().orElseThrow();
    clock.advance(Duration.ofMinutes(53));
    registry.register(GATHERING, Applicant.of(invitee), invitation.id());
    return invitee;
  }

  private static void printRefusal(PrintWriter out, String what, List<Violation> violations) {
    for (Violation violation : violations) {
      out.printf("  Refused: %s [%s]%n      en: %s%n      fr: %s%n", what, violation.code(), violation.messageEn(),
          violation.messageFr());
    }
  }

  private static String state(EventRegistry registry, MemberId member) {
    return registry.registration(GATHERING, member).map(r -> r.state().name()).orElse("-");
  }

  /** A session of {@code day} in the spaces given, with as many seats as they hold (at most 35). */
  private static Session session(LocalDate day, String title, String from, String to, ResourceId... spaces) {
    Venue venue = EssCargo.venue();
    int seats = 0;
    for (ResourceId space : spaces) {
      seats += venue.requireResource(space).capacity().orElse(0);
    }
    return Session.builder().title(title).addSpaces(spaces)
        .interval(Interval.ofLocal(day.atTime(LocalTime.parse(from)), day.atTime(LocalTime.parse(to)), EssCargo.ZONE))
        .seats(Math.min(seats, 35)).build();
  }

  private static Instant at(LocalDate day, int hour, int minute) {
    return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(EssCargo.ZONE).toInstant();
  }

  private static String when(Instant instant) {
    return instant.atZone(EssCargo.ZONE).format(WHEN);
  }

  private static String time(Instant instant) {
    return instant.atZone(EssCargo.ZONE).toLocalTime().toString();
  }
}
