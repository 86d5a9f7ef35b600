package coop.ess.core.governance;

import coop.ess.core.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssNotFoundException;
import coop.ess.core.EssStateException;
import coop.ess.core.EssValidationException;
import coop.ess.core.MemberId;
import coop.ess.core.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BallotBoxTest {

  private static final Instant START = Instant.parse("2026-03-02T17:00:00Z");
  private static final ProposalId BUDGET = ProposalId.of("budget-2026");
  private static final MemberId ANA = MemberId.of("ana");
  private static final MemberId BO = MemberId.of("bo");
  private static final MemberId CYD = MemberId.of("cyd");
  private static final MemberId DAN = MemberId.of("dan");
  private static final MemberId EVE = MemberId.of("eve");
  private static final MemberId OUTSIDER = MemberId.of("outsider");

  private static final ResolutionType ORDINARY = ResolutionType.builder().name("ordinary")
      .threshold(Threshold.simpleMajority())
      .quorum(Quorum.of(1, 2, Boundary.AT_LEAST, Quorum.Base.PRESENT_AND_REPRESENTED)).build();

  private final ManualClock clock = ManualClock.of(START);

  private static Electorate electorate(int size) {
    return Electorate.builder().referenceDate(LocalDate.of(2026, 2, 15))
        .addAllVoters(IntStream.range(0, size).mapToObj(i -> MemberId.of("m" + i)).toList()).build();
  }

  private static Electorate five() {
    return Electorate.builder().referenceDate(LocalDate.of(2026, 2, 15)).addVoters(ANA, BO, CYD, DAN, EVE).build();
  }

  private BallotBox openBox(boolean secret) {
    BallotBox box = BallotBox.create(clock, five(), 2);
    box.draft(Proposal.builder().id(BUDGET).title("Budget 2026").type(ORDINARY).secret(secret).build());
    box.open(BUDGET);
    return box;
  }

  private static List<String> codes(Receipt receipt) {
    return receipt.violations().stream().map(Violation::code).toList();
  }

  // ---- life cycle ----

  @Test
  void aProposalGoesFromDraftToDecidedWithAnOutcomeStatement() {
    BallotBox box = BallotBox.create(clock, five(), 2);
    box.draft(Proposal.builder().id(BUDGET).title("Budget 2026").type(ORDINARY).build());
    assertThat(box.schedule(BUDGET, START.plusSeconds(60), START.plusSeconds(3600)).state())
        .isEqualTo(ProposalState.SCHEDULED);
    box.open(BUDGET);
    List.of(ANA, BO, CYD).forEach(m -> box.recordPresence(m, Attendance.IN_ROOM));
    box.vote(BUDGET, ANA, VoteChoice.FOR);
    box.vote(BUDGET, BO, VoteChoice.FOR);
    box.vote(BUDGET, CYD, VoteChoice.AGAINST);
    box.close(BUDGET);

    MotionResult result = box.decide(BUDGET, 1, "The 2026 budget is adopted.");

    assertThat(result.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(box.proposal(BUDGET).state()).isEqualTo(ProposalState.DECIDED);
    assertThat(box.proposal(BUDGET).outcome()).contains(Outcome.ADOPTED);
    assertThat(box.proposal(BUDGET).statement()).contains("The 2026 budget is adopted.");
    assertThat(box.history(BUDGET)).extracting(GovernanceEvent::kind).containsExactly(
        GovernanceEvent.Kind.PROPOSAL_DRAFTED, GovernanceEvent.Kind.PROPOSAL_SCHEDULED,
        GovernanceEvent.Kind.PROPOSAL_OPENED, GovernanceEvent.Kind.VOTE_CAST, GovernanceEvent.Kind.VOTE_CAST,
        GovernanceEvent.Kind.VOTE_CAST, GovernanceEvent.Kind.PROPOSAL_CLOSED, GovernanceEvent.Kind.PROPOSAL_DECIDED);
  }

  @Test
  void aScheduledProposalOpensAndClosesByTheClock() {
    BallotBox box = BallotBox.create(clock, five(), 2);
    box.draft(Proposal.builder().id(BUDGET).title("Budget").type(ORDINARY).build());
    box.schedule(BUDGET, START.plusSeconds(60), START.plusSeconds(120));

    assertThat(codes(box.vote(BUDGET, ANA, VoteChoice.FOR))).containsExactly("vote.notOpen");
    clock.advance(Duration.ofSeconds(60));
    assertThat(box.vote(BUDGET, ANA, VoteChoice.FOR).accepted()).isTrue();
    clock.advance(Duration.ofSeconds(60));

    assertThat(box.proposal(BUDGET).state()).isEqualTo(ProposalState.CLOSED);
    assertThat(codes(box.vote(BUDGET, BO, VoteChoice.FOR))).containsExactly("vote.afterClose");
  }

  @Test
  void aDeadlineBeforeTheOpeningIsRefusedAndTheDraftStays() {
    BallotBox box = BallotBox.create(clock, five(), 2);
    box.draft(Proposal.builder().id(BUDGET).title("Budget").type(ORDINARY).build());

    assertThatThrownBy(() -> box.schedule(BUDGET, START.plusSeconds(120), START.plusSeconds(60)))
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code, Violation::field)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("proposal.deadlineOrder", "closesAt")));
    assertThat(box.proposal(BUDGET).state()).isEqualTo(ProposalState.DRAFT);
  }

  @Test
  void aWrongTransitionIsAnApiError() {
    BallotBox box = openBox(false);

    assertThatThrownBy(() -> box.decide(BUDGET, 1, "too early")).isInstanceOf(EssStateException.class)
        .hasMessageContaining("OPEN");
    assertThatThrownBy(() -> box.draft(Proposal.builder().id(BUDGET).title("again").type(ORDINARY).build()))
        .isInstanceOf(EssStateException.class);
    assertThatThrownBy(() -> box.open(ProposalId.of("nope"))).isInstanceOf(EssNotFoundException.class);
  }

  @Test
  void aBlankStatementIsRefused() {
    BallotBox box = openBox(false);
    box.close(BUDGET);

    assertThatThrownBy(() -> box.decide(BUDGET, 1, " ")).isInstanceOf(EssValidationException.class);
    assertThat(box.proposal(BUDGET).state()).isEqualTo(ProposalState.CLOSED);
  }

  @Test
  void anOpenProposalCanBeWithdrawnAndThenTakesNoVote() {
    BallotBox box = openBox(false);

    assertThat(box.withdraw(BUDGET, "Replaced by a new text").state()).isEqualTo(ProposalState.WITHDRAWN);
    assertThat(codes(box.vote(BUDGET, ANA, VoteChoice.FOR))).containsExactly("vote.notOpen");
  }

  // ---- votes ----

  @Test
  void aVoteCanBeChangedUntilCloseAndTheHistoryIsKept() {
    BallotBox box = openBox(false);
    box.vote(BUDGET, ANA, VoteChoice.AGAINST);
    Receipt change = box.vote(BUDGET, ANA, VoteChoice.FOR);
    box.close(BUDGET);

    assertThat(change.event().kind()).isEqualTo(GovernanceEvent.Kind.VOTE_CHANGED);
    assertThat(change.event().previousChoice()).contains(VoteChoice.AGAINST);
    assertThat(box.choiceOf(BUDGET, ANA)).contains(VoteChoice.FOR);
    assertThat(box.count(BUDGET).tally()).isEqualTo(Tally.of(1, 0, 0, 0));
    assertThat(codes(box.vote(BUDGET, ANA, VoteChoice.AGAINST))).containsExactly("vote.afterClose");
    assertThat(box.choiceOf(BUDGET, ANA)).contains(VoteChoice.FOR);
  }

  @Test
  void aRefusalIsRecordedInBothLanguagesAndChangesNothing() {
    BallotBox box = openBox(false);
    box.vote(BUDGET, ANA, VoteChoice.FOR);
    box.close(BUDGET);
    MotionResult before = box.count(BUDGET);

    Receipt late = box.vote(BUDGET, BO, VoteChoice.AGAINST);

    assertThat(late.accepted()).isFalse();
    assertThat(late.violations().get(0).messageEn()).isEqualTo("Proposal budget-2026 is closed: votes are no longer accepted.");
    assertThat(late.violations().get(0).messageFr()).contains("est close");
    assertThat(box.events()).last().isEqualTo(late.event());
    assertThat(box.count(BUDGET)).isEqualTo(before);
    assertThat(box.participants(BUDGET)).containsExactly(ANA);
  }

  @Test
  void someoneOutsideTheElectorateCannotVote() {
    BallotBox box = openBox(false);

    assertThat(codes(box.vote(BUDGET, OUTSIDER, VoteChoice.FOR))).containsExactly("vote.notInElectorate");
    assertThat(box.count(BUDGET).tally().ballots()).isZero();
  }

  // ---- proxies ----

  @Test
  void aProxyLetsItsHolderVoteForTheGiverAndCountsAsRepresented() {
    BallotBox box = openBox(false);
    box.recordPresence(ANA, Attendance.IN_ROOM);
    box.recordPresence(BO, Attendance.ONLINE);
    assertThat(box.giveProxy(CYD, ANA).accepted()).isTrue();

    Receipt used = box.voteByProxy(BUDGET, ANA, CYD, VoteChoice.FOR);

    assertThat(used.event().kind()).isEqualTo(GovernanceEvent.Kind.PROXY_USED);
    assertThat(used.event().actor()).contains(ANA);
    assertThat(used.event().other()).contains(CYD);
    assertThat(box.turnout()).isEqualTo(Turnout.builder().electorate(5).present(2).online(1).represented(1).build());
    assertThat(box.choiceOf(BUDGET, CYD)).contains(VoteChoice.FOR);
  }

  @Test
  void aMembersOwnVoteOverridesTheirProxy() {
    BallotBox box = openBox(false);
    box.giveProxy(CYD, ANA);
    box.voteByProxy(BUDGET, ANA, CYD, VoteChoice.FOR);

    Receipt own = box.vote(BUDGET, CYD, VoteChoice.AGAINST);

    assertThat(own.event().kind()).isEqualTo(GovernanceEvent.Kind.PROXY_VOTE_OVERRIDDEN);
    assertThat(own.event().previousChoice()).contains(VoteChoice.FOR);
    assertThat(box.choiceOf(BUDGET, CYD)).contains(VoteChoice.AGAINST);
    assertThat(codes(box.voteByProxy(BUDGET, ANA, CYD, VoteChoice.FOR))).containsExactly("proxy.giverVoted");
    assertThat(box.count(BUDGET).tally()).isEqualTo(Tally.of(0, 1, 0, 0));
  }

  @Test
  void aHolderCannotExceedTheCap() {
    BallotBox box = openBox(false);
    box.giveProxy(BO, ANA);
    box.giveProxy(CYD, ANA);

    Receipt third = box.giveProxy(DAN, ANA);

    assertThat(codes(third)).containsExactly("proxy.cap");
    assertThat(third.violations().get(0).field()).isEqualTo("holder");
    assertThat(box.proxiesHeldBy(ANA)).isEqualTo(2);
    assertThat(box.proxies()).doesNotContainKey(DAN);
  }

  @Test
  void proxiesCannotChainNorBeGivenTwiceNorToOneself() {
    BallotBox box = openBox(false);
    box.giveProxy(BO, ANA);

    assertThat(codes(box.giveProxy(CYD, BO))).containsExactly("proxy.holderGaveProxy");
    assertThat(codes(box.giveProxy(ANA, CYD))).containsExactly("proxy.giverHolds");
    assertThat(codes(box.giveProxy(BO, CYD))).containsExactly("proxy.alreadyGiven");
    assertThat(codes(box.giveProxy(DAN, DAN))).containsExactly("proxy.self");
    assertThat(codes(box.giveProxy(OUTSIDER, DAN))).containsExactly("proxy.notInElectorate");
    assertThat(box.proxies()).containsOnly(Map.entry(BO, ANA));
  }

  @Test
  void aProxyUsedOnAnOpenProposalCannotBeRevokedUntilItCloses() {
    BallotBox box = openBox(false);
    box.giveProxy(BO, ANA);
    box.voteByProxy(BUDGET, ANA, BO, VoteChoice.FOR);

    assertThat(codes(box.revokeProxy(BO))).containsExactly("proxy.usedOnOpenProposal");
    box.close(BUDGET);
    assertThat(box.revokeProxy(BO).event().kind()).isEqualTo(GovernanceEvent.Kind.PROXY_REVOKED);
    assertThat(codes(box.revokeProxy(BO))).containsExactly("proxy.none");
  }

  @Test
  void aHolderWithoutTheProxyCannotVoteForSomeoneElse() {
    BallotBox box = openBox(false);

    assertThat(codes(box.voteByProxy(BUDGET, ANA, BO, VoteChoice.FOR))).containsExactly("proxy.notHeld");
  }

  @Test
  void everyProxyStepIsAnEvent() {
    BallotBox box = openBox(false);
    box.giveProxy(BO, ANA);
    box.voteByProxy(BUDGET, ANA, BO, VoteChoice.AGAINST);
    box.close(BUDGET);
    box.revokeProxy(BO);

    assertThat(box.events()).extracting(GovernanceEvent::kind).containsSubsequence(
        GovernanceEvent.Kind.PROXY_GIVEN, GovernanceEvent.Kind.PROXY_USED, GovernanceEvent.Kind.PROXY_REVOKED);
    assertThat(box.events()).extracting(GovernanceEvent::sequence).isSorted().doesNotHaveDuplicates();
  }

  // ---- presence and quorum ----

  @Test
  void withoutQuorumTheDecisionSaysSoAndASecondConvocationDecides() {
    BallotBox box = openBox(false);
    box.recordPresence(ANA, Attendance.IN_ROOM);
    box.vote(BUDGET, ANA, VoteChoice.FOR);
    box.close(BUDGET);

    assertThat(box.count(BUDGET).outcome()).isEqualTo(Outcome.NO_QUORUM);
    assertThat(box.decide(BUDGET, 2, "Adopted on second convocation.").outcome()).isEqualTo(Outcome.ADOPTED);
  }

  @Test
  void presenceOfANonVoterIsRefused() {
    BallotBox box = openBox(false);

    assertThat(codes(box.recordPresence(OUTSIDER, Attendance.ONLINE))).containsExactly("presence.notInElectorate");
    assertThat(box.turnout().present()).isZero();
  }

  // ---- attendance: who may vote once the sitting keeps an attendance sheet ----

  @Test
  void onceAttendanceIsTakenAMemberNeitherPresentNorRepresentedCannotVote() {
    BallotBox box = openBox(false);
    box.recordPresence(ANA, Attendance.IN_ROOM);
    box.vote(BUDGET, ANA, VoteChoice.FOR);
    MotionResult before = box.count(BUDGET);

    Receipt absent = box.vote(BUDGET, BO, VoteChoice.AGAINST);

    assertThat(absent.accepted()).isFalse();
    assertThat(absent.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("vote.absent");
      assertThat(v.field()).isEqualTo("voter");
      assertThat(v.parameters()).containsEntry("member", "bo").containsEntry("proposal", "budget-2026");
      assertThat(v.messageEn()).isEqualTo("bo is neither present nor represented at the sitting: their vote on "
          + "budget-2026 is refused.");
      assertThat(v.messageFr()).isEqualTo("bo n'est ni présent·e ni représenté·e à la séance : son vote sur "
          + "budget-2026 est refusé.");
    });
    assertThat(box.events()).last().isEqualTo(absent.event());
    assertThat(box.count(BUDGET)).isEqualTo(before);
    assertThat(box.participants(BUDGET)).containsExactly(ANA);
  }

  @Test
  void anAbsentMemberRepresentedByAPresentHolderMayStillCastTheirOwnVote() {
    BallotBox box = openBox(false);
    box.recordPresence(ANA, Attendance.IN_ROOM);
    box.giveProxy(BO, ANA);
    box.voteByProxy(BUDGET, ANA, BO, VoteChoice.FOR);

    Receipt own = box.vote(BUDGET, BO, VoteChoice.AGAINST);

    assertThat(own.event().kind()).isEqualTo(GovernanceEvent.Kind.PROXY_VOTE_OVERRIDDEN);
    assertThat(box.choiceOf(BUDGET, BO)).contains(VoteChoice.AGAINST);
  }

  @Test
  void onceAttendanceIsTakenAProxyVoteNeedsItsHolderPresent() {
    BallotBox box = openBox(false);
    box.recordPresence(ANA, Attendance.ONLINE);
    box.giveProxy(CYD, DAN);

    Receipt proxy = box.voteByProxy(BUDGET, DAN, CYD, VoteChoice.FOR);

    assertThat(proxy.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("proxy.holderAbsent");
      assertThat(v.field()).isEqualTo("holder");
      assertThat(v.messageEn()).isEqualTo("dan is not present at the sitting, so cyd is not represented: the proxy "
          + "vote on budget-2026 is refused.");
      assertThat(v.messageFr()).contains("n'est pas présent·e");
    });
    assertThat(box.participants(BUDGET)).isEmpty();
  }

  @Test
  void aMemberWhoLeftTheSittingCanNoLongerVote() {
    BallotBox box = openBox(true);
    box.recordPresence(ANA, Attendance.IN_ROOM);
    box.recordPresence(BO, Attendance.IN_ROOM);
    box.recordDeparture(BO);

    assertThat(codes(box.vote(BUDGET, BO, VoteChoice.FOR))).containsExactly("vote.absent");
    assertThat(box.vote(BUDGET, ANA, VoteChoice.FOR).accepted()).isTrue();
    assertThat(box.participants(BUDGET)).containsExactly(ANA);
  }

  @Test
  void withoutAnyAttendanceRecordedEveryVoterOfTheElectorateMayVote() {
    BallotBox box = openBox(false);

    assertThat(box.vote(BUDGET, BO, VoteChoice.FOR).accepted()).isTrue();
    assertThat(box.turnout().present()).isZero();
  }

  // ---- colleges ----

  // ---- votes by correspondence ----

  @Test
  void aMemberRecordedByCorrespondenceMayVoteOnceAttendanceIsTaken() {
    BallotBox box = openBox(false);
    box.recordPresence(ANA, Attendance.IN_ROOM);
    box.recordPresence(BO, Attendance.BY_CORRESPONDENCE);

    Receipt form = box.vote(BUDGET, BO, VoteChoice.AGAINST);

    assertThat(form.accepted()).isTrue();
    assertThat(box.choiceOf(BUDGET, BO)).contains(VoteChoice.AGAINST);
    assertThat(codes(box.vote(BUDGET, CYD, VoteChoice.FOR))).containsExactly("vote.absent");
  }

  @Test
  void theTurnoutCountsCorrespondenceVotersApartFromThePresentAndTheRepresented() {
    BallotBox box = openBox(false);
    box.recordPresence(ANA, Attendance.IN_ROOM);
    box.recordPresence(BO, Attendance.ONLINE);
    box.recordPresence(CYD, Attendance.BY_CORRESPONDENCE);
    box.giveProxy(DAN, ANA);
    box.giveProxy(CYD, BO);

    assertThat(box.turnout()).isEqualTo(Turnout.builder().electorate(5).present(2).online(1).byCorrespondence(1)
        .represented(1).build());
    assertThat(box.attendance()).containsExactly(Map.entry(ANA, Attendance.IN_ROOM), Map.entry(BO, Attendance.ONLINE),
        Map.entry(CYD, Attendance.BY_CORRESPONDENCE));
  }

  @Test
  void aCorrespondenceVoterCannotBeGivenAProxy() {
    BallotBox box = openBox(false);
    box.recordPresence(BO, Attendance.BY_CORRESPONDENCE);

    Receipt refused = box.giveProxy(CYD, BO);

    assertThat(codes(refused)).containsExactly("proxy.holderByCorrespondence");
    assertThat(refused.violations().get(0).field()).isEqualTo("holder");
    assertThat(refused.violations().get(0).messageFr()).contains("correspondance");
    assertThat(box.proxies()).isEmpty();
  }

  @Test
  void aProxyHolderCannotBeRecordedAsVotingByCorrespondence() {
    BallotBox box = openBox(false);
    box.giveProxy(CYD, BO);
    box.recordPresence(BO, Attendance.IN_ROOM);

    Receipt refused = box.recordPresence(BO, Attendance.BY_CORRESPONDENCE);

    assertThat(codes(refused)).containsExactly("presence.correspondenceHoldsProxies");
    assertThat(refused.violations().get(0).messageEn()).contains("cyd");
    assertThat(box.attendance()).containsEntry(BO, Attendance.IN_ROOM);
    box.revokeProxy(CYD);
    assertThat(box.recordPresence(BO, Attendance.BY_CORRESPONDENCE).accepted()).isTrue();
  }

  @Test
  void aCorrespondenceVoterWhoGaveAProxyCountsOnceAndTheirFormOverridesTheProxyVote() {
    BallotBox box = openBox(false);
    box.recordPresence(ANA, Attendance.IN_ROOM);
    box.giveProxy(CYD, ANA);
    box.recordPresence(CYD, Attendance.BY_CORRESPONDENCE);
    box.voteByProxy(BUDGET, ANA, CYD, VoteChoice.FOR);

    Receipt form = box.vote(BUDGET, CYD, VoteChoice.AGAINST);

    assertThat(form.event().kind()).isEqualTo(GovernanceEvent.Kind.PROXY_VOTE_OVERRIDDEN);
    assertThat(box.turnout())
        .isEqualTo(Turnout.builder().electorate(5).present(1).byCorrespondence(1).represented(0).build());
    assertThat(box.count(BUDGET).tally()).isEqualTo(Tally.of(0, 1, 0, 0));
  }

  @Test
  void correspondenceVotesCountTowardTheQuorumUnlessTheStatutesSayNot() {
    ResolutionType notCounted = ResolutionType.builder().from(ORDINARY).quorum(Quorum.builder()
        .from(ORDINARY.quorum()).correspondence(Quorum.Correspondence.NOT_COUNTED).build()).build();
    BallotBox box = BallotBox.create(clock, five(), 2);
    ProposalId rules = ProposalId.of("rules");
    box.draft(Proposal.builder().id(BUDGET).title("Budget 2026").type(ORDINARY).build());
    box.draft(Proposal.builder().id(rules).title("Internal rules").type(notCounted).build());
    box.open(BUDGET);
    box.open(rules);
    box.recordPresence(ANA, Attendance.IN_ROOM);
    box.recordPresence(BO, Attendance.BY_CORRESPONDENCE);
    box.recordPresence(CYD, Attendance.BY_CORRESPONDENCE);
    for (ProposalId id : List.of(BUDGET, rules)) {
      box.vote(id, ANA, VoteChoice.FOR);
      box.vote(id, BO, VoteChoice.FOR);
      box.vote(id, CYD, VoteChoice.AGAINST);
    }

    MotionResult counted = box.count(BUDGET);
    MotionResult without = box.count(rules);

    assertThat(counted.quorumMet()).as("3 of 5 counted, quorum 1/2").isTrue();
    assertThat(counted.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(without.quorumMet()).as("1 of 5 counted, quorum 1/2").isFalse();
    assertThat(without.tally()).isEqualTo(counted.tally());
    assertThat(counted.toString()).contains("by correspondence 2");
  }

  /**
   * A sitting with every kind of attendance, proxies, overrides and departures in any order: each member is counted
   * at most once in the turnout (present, by correspondence or represented), the turnout matches the attendance
   * sheet and proxies read independently from the journal, nobody voting by correspondence holds a proxy, and votes
   * are conserved: the tally has one ballot per voter with a counted vote, carrying their last accepted choice.
   */
  @Property(tries = 100)
  void everyMemberCountsAtMostOnceInTheTurnoutAndVotesAreConservedWhateverTheAttendance(
      @ForAll @IntRange(min = 2, max = 12) int size, @ForAll("sittings") List<Step> steps) {
    Electorate electorate = electorate(size);
    List<MemberId> voters = new ArrayList<>(electorate.voters());
    BallotBox box = budgetOpen(electorate);
    Map<MemberId, Attendance> sheet = new HashMap<>();
    Map<MemberId, MemberId> proxies = new HashMap<>();
    Map<MemberId, VoteChoice> expected = new HashMap<>();
    boolean taken = false;
    for (Step step : steps) {
      MemberId a = voters.get(step.a() % size);
      MemberId b = voters.get(step.b() % size);
      Attendance kind = Attendance.values()[step.b() % Attendance.values().length];
      boolean mayVote = sheet.containsKey(a) || (proxies.containsKey(a) && isPresent(sheet, proxies.get(a)));
      Receipt receipt = switch (step.kind()) {
        case 0 -> box.recordPresence(a, kind);
        case 1 -> box.recordDeparture(a);
        case 2 -> box.giveProxy(a, b);
        case 3 -> box.revokeProxy(a);
        case 4 -> box.vote(BUDGET, a, step.choice());
        default -> box.voteByProxy(BUDGET, b, a, step.choice());
      };
      if (receipt.accepted()) {
        switch (step.kind()) {
          case 0 -> {
            sheet.put(a, kind);
            taken = true;
          }
          case 1 -> sheet.remove(a);
          case 2 -> proxies.put(a, b);
          case 3 -> proxies.remove(a);
          case 4 -> {
            assertThat(!taken || mayVote).as("%s voted without attending nor being represented", a)
                .isTrue();
            expected.put(a, step.choice());
          }
          default -> {
            assertThat(!taken || isPresent(sheet, b)).as("%s voted for %s without being present", b, a).isTrue();
            expected.put(a, step.choice());
          }
        }
      }
      assertThat(box.attendanceTaken()).isEqualTo(taken);
      assertThat(box.attendance()).isEqualTo(sheet);
      assertThat(box.proxies()).isEqualTo(proxies);
      for (MemberId holder : proxies.values()) {
        assertThat(sheet.get(holder)).as("%s holds a proxy", holder).isNotEqualTo(Attendance.BY_CORRESPONDENCE);
      }
      Turnout turnout = box.turnout();
      long present = voters.stream().filter(m -> isPresent(sheet, m)).count();
      long online = voters.stream().filter(m -> sheet.get(m) == Attendance.ONLINE).count();
      long byCorrespondence = voters.stream().filter(m -> sheet.get(m) == Attendance.BY_CORRESPONDENCE).count();
      long represented = voters.stream()
          .filter(m -> !sheet.containsKey(m) && proxies.containsKey(m) && isPresent(sheet, proxies.get(m))).count();
      assertThat(turnout).isEqualTo(Turnout.builder().electorate(size).present(present).online(online)
          .byCorrespondence(byCorrespondence).represented(represented).build());
      assertThat(turnout.counted(Quorum.Base.PRESENT_AND_REPRESENTED)).isLessThanOrEqualTo(size);
    }
    Tally tally = box.count(BUDGET).tally();
    assertThat(tally.ballots()).isEqualTo(expected.size());
    assertThat(box.participants(BUDGET)).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (VoteChoice choice : VoteChoice.values()) {
      assertThat(tally.count(choice)).isEqualTo(expected.values().stream().filter(choice::equals).count());
    }
  }

  private static boolean isPresent(Map<MemberId, Attendance> sheet, MemberId member) {
    Attendance attendance = sheet.get(member);
    return attendance != null && attendance.present();
  }

  @Test
  void aBallotBoxWithCollegesCountsByTheStatute() {
    Electorate electorate = five().placedInColleges(Map.of(ANA, CollegeId.of("salaries"),
        BO, CollegeId.of("salaries"), CYD, CollegeId.of("usagers"), DAN, CollegeId.of("usagers"),
        EVE, CollegeId.of("soutiens")));
    BallotBox box = BallotBox.create(clock, electorate, 1,
        CollegeStatuteTest.scic(CollegeStatute.Reading.PROPORTIONAL, CollegeStatute.EmptyCollege.REDISTRIBUTE));
    box.draft(Proposal.builder().id(BUDGET).title("Budget").type(ORDINARY).build());
    box.open(BUDGET);
    box.vote(BUDGET, ANA, VoteChoice.FOR);
    box.vote(BUDGET, BO, VoteChoice.FOR);
    box.vote(BUDGET, CYD, VoteChoice.AGAINST);
    box.vote(BUDGET, DAN, VoteChoice.AGAINST);
    box.vote(BUDGET, EVE, VoteChoice.AGAINST);

    MotionResult result = box.count(BUDGET);

    // 3 against 2 in heads, but the salariés weigh 40 %, the others 60 %: 2/5.
    assertThat(result.share()).isEqualTo("2/5");
    assertThat(result.collegeTallies().get(CollegeId.of("salaries"))).isEqualTo(Tally.of(2, 0, 0, 0));
  }

  @Test
  void aVoterInACollegeTheStatuteLacksIsAnError() {
    Electorate electorate = Electorate.builder().referenceDate(LocalDate.of(2026, 2, 15)).addVoters(ANA).build()
        .placedInColleges(Map.of(ANA, CollegeId.of("inconnu")));

    assertThatThrownBy(() -> BallotBox.create(clock, electorate, 1,
        CollegeStatuteTest.scic(CollegeStatute.Reading.BLOC, CollegeStatute.EmptyCollege.REDISTRIBUTE)))
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field).containsExactly("colleges.ana"));
  }

  // ---- secret ballots ----

  @Test
  void aSecretBallotWarnsWhenACollegeHasASingleParticipant() {
    Electorate electorate = five().placedInColleges(Map.of(ANA, CollegeId.of("salaries"),
        BO, CollegeId.of("salaries"), CYD, CollegeId.of("usagers"), DAN, CollegeId.of("usagers"),
        EVE, CollegeId.of("soutiens")));
    BallotBox box = BallotBox.create(clock, electorate, 1,
        CollegeStatuteTest.scic(CollegeStatute.Reading.PROPORTIONAL, CollegeStatute.EmptyCollege.REDISTRIBUTE));
    box.draft(Proposal.builder().id(BUDGET).title("Budget").type(ORDINARY).secret(true).build());
    box.open(BUDGET);
    box.vote(BUDGET, ANA, VoteChoice.FOR);
    box.vote(BUDGET, BO, VoteChoice.AGAINST);
    box.vote(BUDGET, CYD, VoteChoice.AGAINST);
    box.vote(BUDGET, EVE, VoteChoice.FOR);

    List<Violation> warnings = box.secrecyWarnings(BUDGET);

    assertThat(warnings).extracting(Violation::code).containsExactly("secret.collegeOfOne", "secret.collegeOfOne");
    assertThat(warnings).extracting(Violation::field)
        .containsExactlyInAnyOrder("collegeTallies.usagers", "collegeTallies.soutiens");
    assertThat(warnings).allSatisfy(warning -> assertThat(warning.isError()).isFalse());
    assertThat(warnings.get(0).messageFr()).contains("révélerait son choix");
  }

  @Test
  void anOpenBallotOrABoxWithoutCollegesHasNoSecrecyWarning() {
    assertThat(openBox(false).secrecyWarnings(BUDGET)).isEmpty();
    BallotBox secret = openBox(true);
    secret.vote(BUDGET, ANA, VoteChoice.FOR);
    assertThat(secret.secrecyWarnings(BUDGET)).isEmpty();
  }

  @Test
  void aSecretBallotKeepsParticipationApartFromChoices() {
    BallotBox box = openBox(true);
    box.giveProxy(DAN, CYD);
    box.vote(BUDGET, ANA, VoteChoice.FOR);
    box.vote(BUDGET, BO, VoteChoice.AGAINST);
    box.voteByProxy(BUDGET, CYD, DAN, VoteChoice.FOR);
    box.vote(BUDGET, EVE, VoteChoice.BLANK);
    box.close(BUDGET);
    MotionResult result = box.decide(BUDGET, 1, "Adopted by secret ballot.");

    assertThat(result.tally()).isEqualTo(Tally.of(2, 1, 0, 1));
    assertThat(box.participants(BUDGET)).containsExactly(ANA, BO, DAN, EVE);
    for (GovernanceEvent event : box.events()) {
      boolean namesSomeone = event.actor().isPresent() || event.other().isPresent();
      assertThat(namesSomeone && (event.choice().isPresent() || event.previousChoice().isPresent()))
          .as("event %s links a voter to a choice", event).isFalse();
      for (VoteChoice choice : VoteChoice.values()) {
        assertThat(event.toString() + event.detail()).doesNotContain(choice.name());
      }
    }
    assertThat(result.toString()).doesNotContain("ana", "bo", "dan", "eve");
    assertThatThrownBy(() -> box.choiceOf(BUDGET, ANA)).isInstanceOf(EssStateException.class);
  }

  @Test
  void aSecretVoteCannotBeChangedNorCastAfterTheProxyHolderVoted() {
    BallotBox box = openBox(true);
    box.giveProxy(DAN, CYD);
    box.vote(BUDGET, ANA, VoteChoice.FOR);
    box.voteByProxy(BUDGET, CYD, DAN, VoteChoice.FOR);

    assertThat(codes(box.vote(BUDGET, ANA, VoteChoice.AGAINST))).containsExactly("vote.secretAlreadyCast");
    assertThat(codes(box.vote(BUDGET, DAN, VoteChoice.AGAINST))).containsExactly("vote.secretAlreadyCast");
    box.close(BUDGET);
    assertThat(box.count(BUDGET).tally()).isEqualTo(Tally.of(2, 0, 0, 0));
  }

  @Test
  void aSecretBallotIsNotCountedBeforeItCloses() {
    BallotBox box = openBox(true);
    box.vote(BUDGET, ANA, VoteChoice.FOR);

    // Two counts around one vote would tell that vote's choice.
    assertThatThrownBy(() -> box.count(BUDGET)).isInstanceOf(EssStateException.class)
        .hasMessageContaining("secret");
  }

  @Test
  void aDepartureEndsPresenceAndTheRepresentationOfTheHoldersProxies() {
    BallotBox box = openBox(false);
    box.recordPresence(ANA, Attendance.IN_ROOM);
    box.giveProxy(BO, ANA);
    assertThat(box.turnout()).isEqualTo(Turnout.of(5, 1, 1));

    assertThat(box.recordDeparture(ANA).event().kind()).isEqualTo(GovernanceEvent.Kind.DEPARTURE_RECORDED);

    assertThat(box.turnout()).isEqualTo(Turnout.of(5, 0, 0));
    assertThat(codes(box.recordDeparture(ANA))).containsExactly("presence.notPresent");
  }

  // ---- concurrency ----

  @Test
  void concurrentVotersEachCountOnce() throws InterruptedException {
    Electorate electorate = electorate(200);
    BallotBox box = BallotBox.create(clock, electorate, 1);
    box.draft(Proposal.builder().id(BUDGET).title("Budget").type(ORDINARY).build());
    box.open(BUDGET);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (MemberId voter : electorate.voters()) {
      pool.submit(() -> {
        box.vote(BUDGET, voter, VoteChoice.AGAINST);
        box.vote(BUDGET, voter, VoteChoice.FOR);
      });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    assertThat(box.count(BUDGET).tally()).isEqualTo(Tally.of(200, 0, 0, 0));
    assertThat(box.history(BUDGET)).hasSize(2 + 400);
  }

  // ---- properties ----

  /** One request of a random session: a proxy given or revoked, or a vote by a member or a holder. */
  record Step(int kind, int a, int b, VoteChoice choice) {}

  @Property(tries = 100)
  void aHolderNeverExceedsTheCapAndEachVoterCountsOnce(@ForAll @IntRange(min = 2, max = 12) int size,
      @ForAll @IntRange(min = 0, max = 3) int cap, @ForAll("sessions") @Size(max = 80) List<Step> steps) {
    Electorate electorate = electorate(size);
    List<MemberId> voters = new ArrayList<>(electorate.voters());
    BallotBox box = BallotBox.create(clock, electorate, cap);
    box.draft(Proposal.builder().id(BUDGET).title("Budget").type(ORDINARY).build());
    box.open(BUDGET);
    Map<MemberId, VoteChoice> expected = new HashMap<>();
    for (Step step : steps) {
      MemberId a = voters.get(step.a() % size);
      MemberId b = voters.get(step.b() % size);
      Receipt receipt = switch (step.kind()) {
        case 0 -> box.giveProxy(a, b);
        case 1 -> box.revokeProxy(a);
        case 2 -> box.vote(BUDGET, a, step.choice());
        default -> box.voteByProxy(BUDGET, b, a, step.choice());
      };
      if (receipt.accepted() && step.kind() >= 2) {
        expected.put(a, step.choice());
      }
      for (MemberId holder : voters) {
        assertThat(box.proxiesHeldBy(holder)).isLessThanOrEqualTo(cap);
      }
    }
    Tally tally = box.count(BUDGET).tally();
    assertThat(tally.ballots()).isEqualTo(expected.size());
    assertThat(box.participants(BUDGET)).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (VoteChoice choice : VoteChoice.values()) {
      assertThat(tally.count(choice)).isEqualTo(expected.values().stream().filter(choice::equals).count());
    }
  }

  /** A box for the electorate, with a cap of two proxies, whose budget proposal is open. */
  private BallotBox budgetOpen(Electorate electorate) {
    BallotBox box = BallotBox.create(clock, electorate, 2);
    box.draft(Proposal.builder().id(BUDGET).title("Budget").type(ORDINARY).build());
    box.open(BUDGET);
    return box;
  }

  /**
   * A sitting with an attendance sheet: members arrive and leave, give and revoke proxies, vote and vote by proxy,
   * in any order. Every accepted vote comes from a member present, or represented by a present holder, at that
   * moment; every refused one changes nothing; and each voter is counted once, with their last accepted choice.
   */
  @Property(tries = 100)
  void onlyMembersPresentOrRepresentedVoteAndEveryAcceptedVoteIsCountedOnce(
      @ForAll @IntRange(min = 2, max = 12) int size, @ForAll("sittings") List<Step> steps) {
    Electorate electorate = electorate(size);
    List<MemberId> voters = new ArrayList<>(electorate.voters());
    BallotBox box = budgetOpen(electorate);
    box.recordPresence(voters.get(0), Attendance.IN_ROOM);
    Map<MemberId, VoteChoice> expected = new HashMap<>();
    for (Step step : steps) {
      MemberId a = voters.get(step.a() % size);
      MemberId b = voters.get(step.b() % size);
      boolean aPresent = isPresent(box, a);
      MemberId holder = box.proxies().get(a);
      boolean aRepresented = holder != null && isPresent(box, holder);
      MotionResult before = box.count(BUDGET);
      Receipt receipt = switch (step.kind()) {
        case 0 -> box.recordPresence(a, step.choice().ordinal() % 2 == 0 ? Attendance.IN_ROOM : Attendance.ONLINE);
        case 1 -> box.recordDeparture(a);
        case 2 -> box.giveProxy(a, b);
        case 3 -> box.revokeProxy(a);
        case 4 -> box.vote(BUDGET, a, step.choice());
        default -> box.voteByProxy(BUDGET, b, a, step.choice());
      };
      if (step.kind() == 4 && receipt.accepted()) {
        assertThat(aPresent || aRepresented).as("%s voted while neither present nor represented", a).isTrue();
      }
      if (step.kind() == 5 && receipt.accepted()) {
        assertThat(isPresent(box, b)).as("%s voted for %s while absent", b, a).isTrue();
      }
      if (receipt.accepted() && step.kind() >= 4) {
        expected.put(a, step.choice());
      }
      if (!receipt.accepted()) {
        assertThat(box.count(BUDGET)).isEqualTo(before);
      }
    }
    Tally tally = box.count(BUDGET).tally();
    assertThat(tally.ballots()).isEqualTo(expected.size());
    assertThat(box.participants(BUDGET)).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (VoteChoice choice : VoteChoice.values()) {
      assertThat(tally.count(choice)).isEqualTo(expected.values().stream().filter(choice::equals).count());
    }
  }

  /** Whether the box's journal leaves the member present now (their last presence not followed by a departure). */
  private static boolean isPresent(BallotBox box, MemberId member) {
    boolean present = false;
    for (GovernanceEvent event : box.events()) {
      if (event.actor().filter(member::equals).isPresent()) {
        if (event.kind() == GovernanceEvent.Kind.PRESENCE_RECORDED) {
          present = true;
        } else if (event.kind() == GovernanceEvent.Kind.DEPARTURE_RECORDED) {
          present = false;
        }
      }
    }
    return present;
  }

  @Provide
  Arbitrary<List<Step>> sittings() {
    Arbitrary<Step> step = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 5),
        Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 11),
        Arbitraries.of(VoteChoice.class)).as(Step::new);
    return step.list().ofMaxSize(60);
  }

  @Property(tries = 100)
  void noEventOfASecretBallotLinksAVoterToAChoice(@ForAll @IntRange(min = 2, max = 12) int size,
      @ForAll("sessions") List<Step> steps) {
    Electorate electorate = electorate(size);
    List<MemberId> voters = new ArrayList<>(electorate.voters());
    BallotBox box = BallotBox.create(clock, electorate, 2);
    box.draft(Proposal.builder().id(BUDGET).title("Budget").type(ORDINARY).secret(true).build());
    box.open(BUDGET);
    for (Step step : steps) {
      MemberId a = voters.get(step.a() % size);
      MemberId b = voters.get(step.b() % size);
      switch (step.kind()) {
        case 0 -> box.giveProxy(a, b);
        case 1 -> box.revokeProxy(a);
        case 2 -> box.vote(BUDGET, a, step.choice());
        default -> box.voteByProxy(BUDGET, b, a, step.choice());
      }
    }
    box.close(BUDGET);
    MotionResult result = box.decide(BUDGET, 2, "Counted.");

    for (GovernanceEvent event : box.events()) {
      assertThat(event.choice()).isEmpty();
      assertThat(event.previousChoice()).isEmpty();
    }
    assertThat(result.tally().ballots()).isEqualTo(box.participants(BUDGET).size());
  }

  @Provide
  Arbitrary<List<Step>> sessions() {
    Arbitrary<Step> step = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 11),
        Arbitraries.of(VoteChoice.class)).as(Step::new);
    return step.list().ofMaxSize(80);
  }
}
