package coop.ess.booking.event;

import static coop.ess.booking.event.EventFixtures.EVENT;
import static coop.ess.booking.event.EventFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.EssNotFoundException;
import coop.ess.core.EssStateException;
import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EventRegistryPropertyTest {

  private static final int SEATS = 3;
  private static final int CAP = 2;

  enum Kind { REGISTER, CANCEL, ACCEPT, INVITE, WAIT }

  /** One step of a random workload among six people p0…p5; p0 and p1 are the seeds of invitation events. */
  record Op(Kind kind, int who, int other, int minutes) {}

  @Provide
  Arbitrary<List<Op>> workloads() {
    return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 5),
        Arbitraries.integers().between(0, 5), Arbitraries.integers().between(1, 50))
        .as(Op::new).list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<Event> events() {
    return Combinators.combine(Arbitraries.of(RegistrationMode.OPEN, RegistrationMode.INVITATION),
        Arbitraries.of(Duration.ZERO, Duration.ofMinutes(30)), Arbitraries.of(true, false))
        .as((mode, hold, waitlist) -> {
          Event.Builder builder = event(SEATS).mode(mode).offerHold(hold).waitlist(waitlist);
          if (mode == RegistrationMode.INVITATION) {
            builder.addSeeds(member(0), member(1)).invitationsPerParticipant(CAP);
          }
          return builder.build();
        });
  }

  private static MemberId member(int i) {
    return MemberId.of("p" + i);
  }

  private static void apply(EventRegistry registry, ManualClock clock, Op op) {
    MemberId who = member(op.who());
    try {
      switch (op.kind()) {
        case REGISTER -> {
          Optional<Invitation> invitation = registry.invitations(EVENT).stream()
              .filter(i -> i.invitee().equals(who) && !i.used()).findFirst();
          if (invitation.isPresent()) {
            registry.register(EVENT, Applicant.of(who), invitation.get().id());
          } else {
            registry.register(EVENT, Applicant.of(who));
          }
        }
        case CANCEL -> registry.cancel(EVENT, who);
        case ACCEPT -> registry.acceptOffer(EVENT, who);
        case INVITE -> registry.invite(EVENT, who, member(op.other()));
        case WAIT -> clock.advance(Duration.ofMinutes(op.minutes()));
      }
    } catch (EssStateException | EssNotFoundException misuse) {
      // cancelling or accepting for someone who cannot: the workload is random, nothing was recorded
    }
  }

  @Property
  void seatsAreNeverExceededAfterAnySequence(@ForAll("events") Event event, @ForAll("workloads") List<Op> workload) {
    ManualClock clock = EventFixtures.clock();
    EventRegistry registry = EventFixtures.registry(clock);
    registry.schedule(event);
    for (Op op : workload) {
      apply(registry, clock, op);
      long holding = registry.registrations(EVENT).stream().filter(r -> r.state().holdsSeat()).count();
      assertThat(holding).isLessThanOrEqualTo(SEATS).isEqualTo(registry.seatsTaken(EVENT));
    }
  }

  @Property
  void aFreeSeatNeverLeavesSomeoneWaiting(@ForAll("events") Event event, @ForAll("workloads") List<Op> workload) {
    ManualClock clock = EventFixtures.clock();
    EventRegistry registry = EventFixtures.registry(clock);
    registry.schedule(event);
    for (Op op : workload) {
      apply(registry, clock, op);
      if (registry.seatsTaken(EVENT) < SEATS) {
        assertThat(registry.waitlist(EVENT)).isEmpty();
      }
    }
  }

  @Property
  void noParticipantInvitesMoreThanTheCap(@ForAll("events") Event event, @ForAll("workloads") List<Op> workload) {
    ManualClock clock = EventFixtures.clock();
    EventRegistry registry = EventFixtures.registry(clock);
    registry.schedule(event);
    workload.forEach(op -> apply(registry, clock, op));

    Map<MemberId, Integer> issued = new HashMap<>();
    registry.invitations(EVENT).forEach(i -> issued.merge(i.inviter(), 1, Integer::sum));
    assertThat(issued.values()).allMatch(n -> n <= CAP);
    long invitedInJournal = registry.journal().stream().filter(e -> e.cause().equals("invited")).count();
    assertThat(invitedInJournal).isEqualTo(registry.invitations(EVENT).size());
  }

  @Property
  void cancellingAndRegisteringAgainRestoresTheState(@ForAll("workloads") List<Op> workload) {
    ManualClock clock = EventFixtures.clock();
    EventRegistry registry = EventFixtures.registry(clock);
    registry.schedule(event(SEATS).offerHold(Duration.ofMinutes(30)).build());
    workload.forEach(op -> apply(registry, clock, op));
    registry.expireOffers(); // reads do not process expiries; the next operation would
    List<Registration> before = registry.registrations(EVENT);
    MemberId fresh = MemberId.of("fresh");

    EventDecision first = registry.register(EVENT, Applicant.of(fresh));
    if (first.state().orElseThrow() != RegistrationState.REGISTERED) {
      return; // full: the newcomer only joined the waitlist
    }
    registry.cancel(EVENT, fresh);
    List<Registration> others = registry.registrations(EVENT).stream().filter(r -> !r.member().equals(fresh)).toList();
    assertThat(others).isEqualTo(before);
    assertThat(registry.register(EVENT, Applicant.of(fresh)).state()).contains(RegistrationState.REGISTERED);
    assertThat(registry.seatsTaken(EVENT)).isEqualTo(before.stream().filter(r -> r.state().holdsSeat()).count() + 1);
  }
}
