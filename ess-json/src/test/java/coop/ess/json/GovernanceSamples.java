package coop.ess.json;

import coop.ess.core.EssStateException;
import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.core.governance.AssemblyRecord;
import coop.ess.core.governance.Attendance;
import coop.ess.core.governance.BallotBox;
import coop.ess.core.governance.Boundary;
import coop.ess.core.governance.College;
import coop.ess.core.governance.CollegeId;
import coop.ess.core.governance.CollegeStatute;
import coop.ess.core.governance.Electorate;
import coop.ess.core.governance.MotionCount;
import coop.ess.core.governance.MotionResult;
import coop.ess.core.governance.Nomination;
import coop.ess.core.governance.Objection;
import coop.ess.core.governance.ObjectionId;
import coop.ess.core.governance.Outcome;
import coop.ess.core.governance.Proposal;
import coop.ess.core.governance.ProposalId;
import coop.ess.core.governance.ProposalState;
import coop.ess.core.governance.Quorum;
import coop.ess.core.governance.ResolutionType;
import coop.ess.core.governance.Tally;
import coop.ess.core.governance.Threshold;
import coop.ess.core.governance.Treatment;
import coop.ess.core.governance.Turnout;
import coop.ess.core.governance.VoteChoice;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Governance values for the JSON tests: the samples pinned by golden files, and arbitraries for round trips. */
final class GovernanceSamples {

  static final Instant START = Instant.parse("2026-03-02T17:00:00Z");
  static final ProposalId BUDGET = ProposalId.of("budget-2026");
  static final ProposalId BOARD = ProposalId.of("board-2026");
  static final List<MemberId> MEMBERS =
      List.of("ana", "bo", "cyd", "dan", "eve", "fay").stream().map(MemberId::of).toList();
  static final CollegeStatute STATUTE = CollegeStatute.builder()
      .addColleges(College.of(CollegeId.of("salaries"), "Salariés", 40),
          College.of(CollegeId.of("usagers"), "Usagers", 40), College.of(CollegeId.of("soutiens"), "Soutiens", 20))
      .reading(CollegeStatute.Reading.PROPORTIONAL).emptyCollege(CollegeStatute.EmptyCollege.REDISTRIBUTE).build();

  private GovernanceSamples() {}

  static ResolutionType ordinary() {
    return ResolutionType.builder().name("ordinary").threshold(Threshold.simpleMajority())
        .quorum(Quorum.of(1, 4, Boundary.AT_LEAST, Quorum.Base.PRESENT_AND_REPRESENTED))
        .abstentions(Treatment.EXCLUDED).blankVotes(Treatment.EXCLUDED).build();
  }

  static ResolutionType extraordinary() {
    return ResolutionType.builder().name("statute-change").threshold(Threshold.twoThirds())
        .quorum(Quorum.of(1, 2, Boundary.MORE_THAN, Quorum.Base.PRESENT))
        .secondConvocationQuorum(Quorum.of(1, 4, Boundary.AT_LEAST, Quorum.Base.PRESENT_AND_REPRESENTED))
        .abstentions(Treatment.COUNTED_AS_CAST).build();
  }

  static Proposal proposal() {
    return Proposal.builder().id(BUDGET).title("Budget 2026").text("The budget of 2026 is 135,502 €.")
        .type(ordinary()).state(ProposalState.DECIDED).opensAt(START.plusSeconds(600))
        .closesAt(START.plusSeconds(4200)).outcome(Outcome.ADOPTED).statement("Le budget 2026 est adopté.").build();
  }

  static Electorate electorate(boolean colleges) {
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

  static MotionResult collegeResult() {
    Map<CollegeId, Tally> tallies = Map.of(CollegeId.of("salaries"), Tally.of(2, 0, 0, 0),
        CollegeId.of("usagers"), Tally.of(1, 1, 0, 0), CollegeId.of("soutiens"), Tally.of(0, 1, 1, 0));
    Map<CollegeId, Long> sizes = Map.of(CollegeId.of("salaries"), 2L, CollegeId.of("usagers"), 2L,
        CollegeId.of("soutiens"), 2L);
    return MotionCount.count(ordinary(), 1, Turnout.of(6, 5, 1), STATUTE, tallies, sizes);
  }

  /**
   * The general assembly of the golden files: an open ballot with a proxy and a vote by correspondence, and a secret
   * ballot, both decided.
   */
  static BallotBox assembly() {
    ManualClock clock = ManualClock.of(START);
    BallotBox box = BallotBox.create(clock, electorate(false), 1);
    box.draft(Proposal.builder().id(BUDGET).title("Budget 2026").type(ordinary()).build());
    box.draft(Proposal.builder().id(BOARD).title("Board election").type(ordinary()).secret(true).build());
    box.schedule(BUDGET, START.plusSeconds(600), START.plusSeconds(4200));
    MEMBERS.subList(0, 4).forEach(m -> box.recordPresence(m,
        m.equals(MEMBERS.get(2)) ? Attendance.BY_CORRESPONDENCE : Attendance.IN_ROOM));
    box.recordPresence(MEMBERS.get(4), Attendance.ONLINE);
    box.giveProxy(MEMBERS.get(5), MEMBERS.get(0));
    clock.advance(Duration.ofMinutes(10));
    box.vote(BUDGET, MEMBERS.get(0), VoteChoice.FOR);
    box.voteByProxy(BUDGET, MEMBERS.get(0), MEMBERS.get(5), VoteChoice.FOR);
    box.vote(BUDGET, MEMBERS.get(1), VoteChoice.AGAINST);
    box.vote(BUDGET, MEMBERS.get(1), VoteChoice.FOR);
    box.vote(BUDGET, MEMBERS.get(2), VoteChoice.ABSTAIN);
    box.giveProxy(MEMBERS.get(3), MEMBERS.get(0));
    clock.advance(Duration.ofMinutes(60));
    box.decide(BUDGET, 1, "Le budget 2026 est adopté.");
    box.open(BOARD);
    box.vote(BOARD, MEMBERS.get(0), VoteChoice.FOR);
    box.vote(BOARD, MEMBERS.get(1), VoteChoice.AGAINST);
    box.vote(BOARD, MEMBERS.get(2), VoteChoice.FOR);
    box.vote(BOARD, MEMBERS.get(3), VoteChoice.BLANK);
    box.close(BOARD);
    box.decide(BOARD, 1, "Le bureau est élu.");
    return box;
  }

  static Objection objection() {
    return Objection.builder().id(ObjectionId.of("r1-o1")).round(1).objector(MEMBERS.get(2))
        .reason("Sunday openings would leave the volunteers without a day off.")
        .addAnswers("We would rotate: each volunteer works one Sunday a month.").lifted(true).build();
  }

  static Nomination nomination() {
    return Nomination.of(MEMBERS.get(1), MEMBERS.get(3), "Dan listens and keeps time.", true);
  }

  // ---- arbitraries ----

  static Arbitrary<String> texts() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(20).filter(s -> !s.isBlank());
  }

  static Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(0, 4_000_000_000L).map(Instant::ofEpochSecond);
  }

  static Arbitrary<Threshold> thresholds() {
    return Combinators.combine(texts(), Arbitraries.longs().between(1, 9), Arbitraries.longs().between(0, 9),
        Arbitraries.of(Boundary.class), Arbitraries.of(Threshold.Base.class))
        .as((name, n, extra, boundary, base) -> Threshold.of(name, n, n + extra, boundary, base));
  }

  static Arbitrary<Quorum> quorums() {
    return Combinators.combine(Arbitraries.longs().between(0, 9), Arbitraries.longs().between(0, 9),
        Arbitraries.of(Boundary.class), Arbitraries.of(Quorum.Base.class), Arbitraries.of(Quorum.Correspondence.class))
        .as((n, extra, boundary, base, correspondence) -> Quorum.builder().numerator(n)
            .denominator(Math.max(1, n + extra)).boundary(boundary).base(base).correspondence(correspondence).build());
  }

  static Arbitrary<ResolutionType> resolutionTypes() {
    return Combinators.combine(texts(), thresholds(), quorums(), quorums(), Arbitraries.of(Treatment.class),
        Arbitraries.of(Treatment.class))
        .as((name, threshold, first, second, abstentions, blank) -> ResolutionType.builder().name(name)
            .threshold(threshold).quorum(first).secondConvocationQuorum(second).abstentions(abstentions)
            .blankVotes(blank).build());
  }

  static Arbitrary<Proposal> proposals() {
    Arbitrary<Optional<Instant>> maybe = instants().optional();
    return Combinators.combine(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10),
        texts(), Arbitraries.strings().ofMaxLength(30), resolutionTypes(), Arbitraries.of(ProposalState.class),
        Combinators.combine(maybe, maybe).as(List::of), Arbitraries.of(Outcome.class).optional(),
        texts().optional())
        .as((id, title, text, type, state, period, outcome, statement) -> {
          Optional<Instant> opens = period.get(0);
          Optional<Instant> closes = period.get(1).map(c -> opens.isPresent() && !c.isAfter(opens.get())
              ? opens.get().plusSeconds(60) : c);
          return Proposal.builder().id(ProposalId.of(id)).title(title).text(text).type(type)
              .secret(id.hashCode() % 2 == 0).state(state).opensAt(opens).closesAt(closes).outcome(outcome)
              .statement(statement).build();
        });
  }

  static Arbitrary<Tally> tallies() {
    Arbitrary<Long> count = Arbitraries.longs().between(0, 1_000_000);
    return Combinators.combine(count, count, count, count).as(Tally::of);
  }

  static Arbitrary<MotionResult> motionResults() {
    Arbitrary<Long> small = Arbitraries.longs().between(0, 30);
    return Combinators.combine(resolutionTypes(), Arbitraries.integers().between(1, 2), small, small, small, small,
        Arbitraries.of(true, false))
        .as((type, convocation, f, a, ab, bl, colleges) -> {
          Tally tally = Tally.of(f, a, ab, bl);
          long size = tally.ballots() + 3;
          Turnout turnout = Turnout.of(3 * size, Math.min(3 * size, f + a), ab);
          if (!colleges) {
            return MotionCount.count(type, convocation, turnout, tally);
          }
          Map<CollegeId, Tally> byCollege = Map.of(CollegeId.of("salaries"), tally,
              CollegeId.of("usagers"), Tally.of(a, f, 0, 0));
          Map<CollegeId, Long> sizes = Map.of(CollegeId.of("salaries"), size, CollegeId.of("usagers"), size,
              CollegeId.of("soutiens"), size);
          return MotionCount.count(type, convocation, turnout, STATUTE, byCollege, sizes);
        });
  }

  static Arbitrary<Objection> objections() {
    return Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.of(MEMBERS), texts(),
        texts().list().ofMaxSize(3), Arbitraries.of(true, false))
        .as((round, who, reason, answers, lifted) -> Objection.builder().id(ObjectionId.of("r" + round + "-o1"))
            .round(round).objector(who).reason(reason).addAllAnswers(answers).lifted(lifted).build());
  }

  static Arbitrary<Nomination> nominations() {
    return Combinators.combine(Arbitraries.of(MEMBERS), Arbitraries.of(MEMBERS), texts(), Arbitraries.of(true, false))
        .as(Nomination::of);
  }

  /** One request to a ballot box; misuse that throws is skipped. */
  record Step(int what, int member, int other, int proposal, VoteChoice choice, int minutes) {

    void apply(BallotBox box, ManualClock clock) {
      clock.advance(Duration.ofMinutes(minutes));
      MemberId a = member == MEMBERS.size() ? MemberId.of("outsider") : MEMBERS.get(member);
      MemberId b = MEMBERS.get(other % MEMBERS.size());
      ProposalId p = proposal == 0 ? BUDGET : BOARD;
      try {
        switch (what) {
          case 0 -> box.recordPresence(a, Attendance.values()[choice.ordinal() % Attendance.values().length]);
          case 1 -> box.recordDeparture(a);
          case 2 -> box.giveProxy(a, b);
          case 3 -> box.revokeProxy(a);
          case 4, 5, 6 -> box.vote(p, a, choice);
          case 7 -> box.voteByProxy(p, b, a, choice);
          case 8 -> box.close(p);
          case 9 -> box.decide(p, 1 + choice.ordinal() % 2, "Decided.");
          default -> box.withdraw(p, "Withdrawn.");
        }
      } catch (EssStateException e) {
        // a transition from the wrong state
      }
    }
  }

  /** The record of a random assembly: an open and a secret ballot, presence, proxies, votes and refusals. */
  static Arbitrary<AssemblyRecord> records() {
    Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 10),
        Arbitraries.integers().between(0, MEMBERS.size()), Arbitraries.integers().between(0, 5),
        Arbitraries.integers().between(0, 1), Arbitraries.of(VoteChoice.class), Arbitraries.integers().between(0, 5))
        .as(Step::new);
    return Combinators.combine(step.list().ofMaxSize(40), Arbitraries.of(true, false)).as((steps, colleges) -> {
      ManualClock clock = ManualClock.of(START);
      BallotBox box = colleges ? BallotBox.create(clock, electorate(true), 2, STATUTE)
          : BallotBox.create(clock, electorate(false), 2);
      box.draft(Proposal.builder().id(BUDGET).title("Budget").type(ordinary()).build());
      box.draft(Proposal.builder().id(BOARD).title("Board").type(extraordinary()).secret(true)
          .closesAt(START.plusSeconds(3600)).build());
      box.open(BUDGET);
      box.open(BOARD);
      for (Step s : steps) {
        s.apply(box, clock);
      }
      return box.record();
    });
  }
}
