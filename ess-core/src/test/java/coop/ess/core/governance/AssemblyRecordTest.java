package coop.ess.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssStateException;
import coop.ess.core.EssValidationException;
import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** Saving a ballot box as its record and rebuilding it with {@link BallotBox#replay}. */
class AssemblyRecordTest {

  private static final Instant START = Instant.parse("2026-03-02T17:00:00Z");
  private static final List<MemberId> MEMBERS =
      IntStream.range(0, 6).mapToObj(i -> MemberId.of("m" + i)).toList();
  private static final MemberId OUTSIDER = MemberId.of("outsider");
  private static final List<ProposalId> PROPOSALS =
      List.of(ProposalId.of("open-1"), ProposalId.of("secret-2"), ProposalId.of("timed-3"), ProposalId.of("timed-4"));
  private static final ResolutionType ORDINARY = ResolutionType.builder().name("ordinary")
      .threshold(Threshold.simpleMajority())
      .quorum(Quorum.of(1, 3, Boundary.AT_LEAST, Quorum.Base.PRESENT_AND_REPRESENTED)).build();
  private static final CollegeStatute STATUTE = CollegeStatute.builder()
      .addColleges(College.of(CollegeId.of("workers"), "Salariés", 40),
          College.of(CollegeId.of("users"), "Usagers", 40), College.of(CollegeId.of("friends"), "Soutiens", 20))
      .reading(CollegeStatute.Reading.PROPORTIONAL).emptyCollege(CollegeStatute.EmptyCollege.REDISTRIBUTE).build();

  private static Electorate electorate(boolean colleges) {
    Electorate plain = Electorate.builder().referenceDate(LocalDate.of(2026, 2, 15)).addAllVoters(MEMBERS).build();
    if (!colleges) {
      return plain;
    }
    Map<MemberId, CollegeId> placed = new TreeMap<>();
    for (int i = 0; i < MEMBERS.size(); i++) {
      placed.put(MEMBERS.get(i), STATUTE.colleges().get(i % 3).id());
    }
    return plain.placedInColleges(placed);
  }

  private static BallotBox box(ManualClock clock, boolean colleges) {
    return colleges ? BallotBox.create(clock, electorate(true), 2, STATUTE) : BallotBox.create(clock, electorate(false), 2);
  }

  /** Drafts the four proposals: an open ballot, a secret one, and two with a voting period (the last secret). */
  private static void draftAll(BallotBox box) {
    box.draft(Proposal.builder().id(PROPOSALS.get(0)).title("Budget 2026").type(ORDINARY).build());
    box.draft(Proposal.builder().id(PROPOSALS.get(1)).title("Board").type(ORDINARY).secret(true).build());
    box.draft(Proposal.builder().id(PROPOSALS.get(2)).title("Opening hours").text("Open on Sundays")
        .type(ORDINARY).build());
    box.draft(Proposal.builder().id(PROPOSALS.get(3)).title("Fees").type(ORDINARY).secret(true).build());
  }

  @Test
  void aSavedThenReloadedBallotBoxGivesTheSameResult() {
    ManualClock clock = ManualClock.of(START);
    BallotBox live = box(clock, false);
    draftAll(live);
    ProposalId budget = PROPOSALS.get(0);
    live.open(budget);
    MEMBERS.subList(0, 4).forEach(m -> live.recordPresence(m, Attendance.IN_ROOM));
    live.giveProxy(MEMBERS.get(5), MEMBERS.get(0));
    live.vote(budget, MEMBERS.get(0), VoteChoice.FOR);
    live.voteByProxy(budget, MEMBERS.get(0), MEMBERS.get(5), VoteChoice.FOR);
    live.vote(budget, MEMBERS.get(1), VoteChoice.AGAINST);
    clock.advance(Duration.ofMinutes(5));
    live.vote(budget, MEMBERS.get(1), VoteChoice.FOR);
    live.close(budget);
    MotionResult decided = live.decide(budget, 1, "The 2026 budget is adopted.");

    BallotBox reloaded = BallotBox.replay(ManualClock.of(START.plusSeconds(3600)), live.record());

    assertThat(reloaded.count(budget)).isEqualTo(live.count(budget)).satisfies(
        r -> assertThat(r.outcome()).isEqualTo(decided.outcome()));
    assertThat(reloaded.proposal(budget)).isEqualTo(live.proposal(budget));
    assertThat(reloaded.events()).isEqualTo(live.events());
    assertThat(reloaded.choiceOf(budget, MEMBERS.get(1))).contains(VoteChoice.FOR);
  }

  @Test
  void aRecordWithVotesByCorrespondenceCastAfterAPresenceReplaysIdentically() {
    ManualClock clock = ManualClock.of(START);
    BallotBox live = box(clock, true);
    draftAll(live);
    ProposalId budget = PROPOSALS.get(0);
    ProposalId board = PROPOSALS.get(1);
    live.open(budget);
    live.open(board);
    live.recordPresence(MEMBERS.get(0), Attendance.IN_ROOM);
    live.recordPresence(MEMBERS.get(1), Attendance.BY_CORRESPONDENCE);
    live.recordPresence(MEMBERS.get(2), Attendance.BY_CORRESPONDENCE);
    live.giveProxy(MEMBERS.get(3), MEMBERS.get(1));
    live.giveProxy(MEMBERS.get(4), MEMBERS.get(0));
    live.vote(budget, MEMBERS.get(1), VoteChoice.FOR);
    live.vote(budget, MEMBERS.get(2), VoteChoice.AGAINST);
    live.vote(budget, MEMBERS.get(0), VoteChoice.FOR);
    live.voteByProxy(budget, MEMBERS.get(0), MEMBERS.get(4), VoteChoice.ABSTAIN);
    live.vote(board, MEMBERS.get(1), VoteChoice.FOR);
    live.vote(board, MEMBERS.get(2), VoteChoice.BLANK);
    live.close(budget);
    live.close(board);
    live.decide(budget, 1, "The 2026 budget is adopted.");
    live.decide(board, 1, "The board is elected.");

    AssemblyRecord saved = live.record();
    BallotBox reloaded = BallotBox.replay(clock, saved);

    assertThat(saved.events()).filteredOn(e -> e.kind() == GovernanceEvent.Kind.REFUSED).singleElement()
        .satisfies(e -> assertThat(e.violations().get(0).code()).isEqualTo("proxy.holderByCorrespondence"));
    assertThat(reloaded.events()).isEqualTo(live.events());
    assertThat(reloaded.attendance()).isEqualTo(live.attendance());
    assertThat(reloaded.turnout()).isEqualTo(live.turnout())
        .satisfies(t -> assertThat(t.byCorrespondence()).isEqualTo(2));
    assertThat(reloaded.count(budget)).isEqualTo(live.count(budget))
        .satisfies(r -> assertThat(r.tally()).isEqualTo(Tally.of(2, 1, 1, 0)));
    assertThat(reloaded.count(board)).isEqualTo(live.count(board));
    assertThat(reloaded.participants(board)).containsExactly(MEMBERS.get(1), MEMBERS.get(2));
  }

  @Test
  void aClosedSecretBallotReloadsFromItsAnonymousTally() {
    ManualClock clock = ManualClock.of(START);
    BallotBox live = box(clock, true);
    draftAll(live);
    ProposalId board = PROPOSALS.get(1);
    live.open(board);
    live.vote(board, MEMBERS.get(0), VoteChoice.FOR);
    live.vote(board, MEMBERS.get(1), VoteChoice.AGAINST);
    live.vote(board, MEMBERS.get(2), VoteChoice.FOR);
    live.close(board);

    AssemblyRecord saved = live.record();
    BallotBox reloaded = BallotBox.replay(clock, saved);

    assertThat(reloaded.count(board)).isEqualTo(live.count(board));
    assertThat(reloaded.participants(board)).containsExactlyElementsOf(live.participants(board));
    GovernanceEvent closing = saved.events().get(saved.events().size() - 1);
    assertThat(closing.kind()).isEqualTo(GovernanceEvent.Kind.PROPOSAL_CLOSED);
    assertThat(closing.tally()).contains(Tally.of(2, 1, 0, 0));
    assertThat(closing.actor()).isEmpty();
  }

  @Test
  void anOpenSecretBallotWithVotesCannotBeReloaded() {
    ManualClock clock = ManualClock.of(START);
    BallotBox live = box(clock, false);
    draftAll(live);
    live.open(PROPOSALS.get(1));
    live.vote(PROPOSALS.get(1), MEMBERS.get(0), VoteChoice.FOR);

    assertThatThrownBy(() -> BallotBox.replay(clock, live.record())).isInstanceOf(EssStateException.class)
        .hasMessageContaining("secret-2").hasMessageContaining("only when it closes");
  }

  @Test
  void anEditedRecordDoesNotReplay() {
    ManualClock clock = ManualClock.of(START);
    BallotBox live = box(clock, false);
    draftAll(live);
    live.open(PROPOSALS.get(0));
    live.vote(PROPOSALS.get(0), MEMBERS.get(0), VoteChoice.AGAINST);
    AssemblyRecord saved = live.record();
    List<GovernanceEvent> edited = new ArrayList<>(saved.events());
    GovernanceEvent vote = edited.get(edited.size() - 1);
    edited.set(edited.size() - 1, GovernanceEvent.builder().from(vote).actor(OUTSIDER).build());

    AssemblyRecord forged = AssemblyRecord.builder().from(saved).events(edited).build();

    assertThatThrownBy(() -> BallotBox.replay(clock, forged)).isInstanceOf(EssStateException.class)
        .hasMessageContaining("#" + vote.sequence());
  }

  @Test
  void aRecordWithAGapInItsSequenceIsRefused() {
    ManualClock clock = ManualClock.of(START);
    BallotBox live = box(clock, false);
    draftAll(live);
    List<GovernanceEvent> events = new ArrayList<>(live.record().events());
    events.remove(1);

    assertThatThrownBy(() -> AssemblyRecord.builder().electorate(electorate(false)).proxyCap(2).events(events).build())
        .isInstanceOf(EssValidationException.class)
        .satisfies(e -> assertThat(((EssValidationException) e).violations().get(0).field())
            .isEqualTo("events[1].sequence"));
  }

  /** One request to a ballot box, applied to the live box; misuse that throws is part of the game. */
  private record Step(int what, int member, int other, int proposal, VoteChoice choice, int minutes) {

    void apply(BallotBox box, ManualClock clock) {
      clock.advance(Duration.ofMinutes(minutes));
      MemberId a = member == MEMBERS.size() ? OUTSIDER : MEMBERS.get(member);
      MemberId b = MEMBERS.get(other % MEMBERS.size());
      ProposalId p = PROPOSALS.get(proposal);
      try {
        switch (what) {
          case 0 -> box.recordPresence(a, Attendance.values()[choice.ordinal() % Attendance.values().length]);
          case 1 -> box.recordDeparture(a);
          case 2 -> box.giveProxy(a, b);
          case 3 -> box.revokeProxy(a);
          case 4, 5, 6 -> box.vote(p, a, choice);
          case 7 -> box.voteByProxy(p, b, a, choice);
          case 8 -> box.open(p);
          case 9 -> box.close(p);
          case 10 -> box.decide(p, 1 + choice.ordinal() % 2, "Decided.");
          case 11 -> {
            if (other == 0) {
              box.withdraw(p, "Withdrawn by its authors.");
            } else {
              box.close(p);
            }
          }
          default -> box.schedule(p, clock.instant().plusSeconds(60L * other), clock.instant().plusSeconds(
              60L * (other + 10)));
        }
      } catch (EssStateException e) {
        // a transition from the wrong state: nothing recorded but the deadlines already applied
      }
    }
  }

  @Property(tries = 150)
  void replayingTheEventsGivesTheLiveState(@ForAll("steps") List<Step> steps, @ForAll boolean colleges) {
    ManualClock clock = ManualClock.of(START);
    BallotBox live = box(clock, colleges);
    draftAll(live);
    live.open(PROPOSALS.get(0));
    live.open(PROPOSALS.get(1));
    live.schedule(PROPOSALS.get(3), START.plusSeconds(600), START.plusSeconds(6000));
    for (Step step : steps) {
      step.apply(live, clock);
    }
    for (ProposalId id : PROPOSALS) {
      if (live.proposal(id).secret() && live.proposal(id).state() == ProposalState.OPEN) {
        live.close(id);
      }
    }

    AssemblyRecord saved = live.record();
    Statistics.label("secret tally with votes").collect(saved.events().stream()
        .anyMatch(e -> e.tally().filter(t -> t.ballots() > 0).isPresent()));
    Statistics.label("decided").collect(saved.events().stream()
        .anyMatch(e -> e.kind() == GovernanceEvent.Kind.PROPOSAL_DECIDED));

    BallotBox reloaded = BallotBox.replay(clock, saved);

    assertThat(reloaded.events()).isEqualTo(live.events());
    assertThat(reloaded.proxies()).isEqualTo(live.proxies());
    assertThat(reloaded.turnout()).isEqualTo(live.turnout());
    for (ProposalId id : PROPOSALS) {
      Proposal proposal = live.proposal(id);
      assertThat(reloaded.proposal(id)).isEqualTo(proposal);
      assertThat(reloaded.participants(id)).isEqualTo(live.participants(id));
      boolean countable = !proposal.secret() || proposal.state() == ProposalState.CLOSED
          || proposal.state() == ProposalState.DECIDED;
      if (countable) {
        assertThat(reloaded.count(id)).isEqualTo(live.count(id));
      }
      if (!proposal.secret()) {
        for (MemberId member : MEMBERS) {
          assertThat(reloaded.choiceOf(id, member)).isEqualTo(live.choiceOf(id, member));
        }
      }
    }
    MemberId voter = MEMBERS.get(3);
    assertThat(reloaded.vote(PROPOSALS.get(0), voter, VoteChoice.FOR).event())
        .isEqualTo(live.vote(PROPOSALS.get(0), voter, VoteChoice.FOR).event());
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 12),
        Arbitraries.integers().between(0, MEMBERS.size()), Arbitraries.integers().between(0, 5),
        Arbitraries.integers().between(0, PROPOSALS.size() - 1), Arbitraries.of(VoteChoice.class),
        Arbitraries.integers().between(0, 7)).as(Step::new);
    return step.list().ofMinSize(10).ofMaxSize(60);
  }
}
