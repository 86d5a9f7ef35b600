package coop.ess.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssStateException;
import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Rebuilding a {@link ConsentProcess} and an {@link ElectionWithoutCandidates} from their saved events. */
class ConsentReplayTest {

  private static final Instant START = Instant.parse("2026-03-02T18:00:00Z");
  private static final List<MemberId> CIRCLE = List.of(MemberId.of("ana"), MemberId.of("bo"), MemberId.of("cyd"));
  private static final MemberId OUTSIDER = MemberId.of("outsider");
  private static final ProposalId HOURS = ProposalId.of("coworking-hours");

  /** One request to a consent process; the texts are blank when {@code blank} is set, to provoke refusals. */
  private record Step(int what, int member, int objection, boolean blank, int minutes) {

    void apply(ConsentProcess process, ManualClock clock) {
      clock.advance(Duration.ofMinutes(minutes));
      MemberId who = member == CIRCLE.size() ? OUTSIDER : CIRCLE.get(member);
      ObjectionId id = ObjectionId.of("r" + process.round() + "-o" + objection);
      String text = blank ? " " : "text " + what + member + objection;
      switch (what) {
        case 0, 1 -> process.object(who, text);
        case 2 -> process.answer(id, who, text);
        case 3, 4 -> process.lift(id, who);
        case 5 -> process.amend(who, text);
        default -> process.consent();
      }
    }
  }

  @Property(tries = 150)
  void replayingAConsentProcessGivesTheLiveState(@ForAll("steps") List<Step> steps) {
    ManualClock clock = ManualClock.of(START);
    ConsentProcess live = ConsentProcess.start(clock, HOURS, "Open until 22:00.", CIRCLE);
    for (Step step : steps) {
      step.apply(live, clock);
    }

    ConsentProcess reloaded = ConsentProcess.replay(clock, CIRCLE, live.events());

    assertThat(reloaded.events()).isEqualTo(live.events());
    assertThat(reloaded.state()).isEqualTo(live.state());
    assertThat(reloaded.texts()).isEqualTo(live.texts());
    assertThat(reloaded.objections()).isEqualTo(live.objections());
    assertThat(reloaded.standingObjections()).isEqualTo(live.standingObjections());
    assertThat(reloaded.consent()).isEqualTo(live.consent());
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, CIRCLE.size()),
        Arbitraries.integers().between(1, 3), Arbitraries.of(false, false, false, true),
        Arbitraries.integers().between(0, 5)).as(Step::new).list().ofMaxSize(30);
  }

  @Test
  void anEditedConsentProcessDoesNotReplay() {
    ManualClock clock = ManualClock.of(START);
    ConsentProcess live = ConsentProcess.start(clock, HOURS, "Open until 22:00.", CIRCLE);
    live.object(CIRCLE.get(1), "Nobody closes the building.");
    live.lift(ObjectionId.of("r1-o1"), CIRCLE.get(1));
    List<GovernanceEvent> edited = new ArrayList<>(live.events());
    edited.set(2, GovernanceEvent.builder().from(edited.get(2)).actor(CIRCLE.get(2)).build());

    assertThatThrownBy(() -> ConsentProcess.replay(clock, CIRCLE, edited)).isInstanceOf(EssStateException.class)
        .hasMessageContaining("#3");
  }

  @Test
  void anElectionWithoutCandidatesReplaysWithItsConsentProcesses() {
    ManualClock clock = ManualClock.of(START);
    ElectionWithoutCandidates live = ElectionWithoutCandidates.start(clock, ProposalId.of("facilitation-2026"),
        "facilitator", CIRCLE);
    live.nominate(CIRCLE.get(0), CIRCLE.get(1), "Bo keeps time.");
    live.nominate(CIRCLE.get(1), CIRCLE.get(2), "Cyd listens.");
    live.nominate(OUTSIDER, CIRCLE.get(1), "Refused: not in the circle.");
    clock.advance(Duration.ofMinutes(5));
    live.startChangeRound();
    live.changeNomination(CIRCLE.get(1), CIRCLE.get(1), "After hearing you, Bo.");
    List<List<GovernanceEvent>> consents = new ArrayList<>();
    ConsentProcess first = live.propose(CIRCLE.get(2), "Cyd listens.");
    first.object(CIRCLE.get(2), "I am away in April.");
    consents.add(first.events());
    clock.advance(Duration.ofMinutes(5));
    ConsentProcess second = live.propose(CIRCLE.get(1), "Two nominations.");
    second.consent();
    consents.add(second.events());
    MemberId elected = live.conclude();

    ElectionWithoutCandidates reloaded =
        ElectionWithoutCandidates.replay(clock, "facilitator", CIRCLE, live.events(), consents);

    assertThat(elected).isEqualTo(CIRCLE.get(1));
    assertThat(reloaded.events()).isEqualTo(live.events());
    assertThat(reloaded.phase()).isEqualTo(ElectionWithoutCandidates.Phase.ELECTED);
    assertThat(reloaded.nominations()).isEqualTo(live.nominations());
    assertThat(reloaded.consent().orElseThrow().events()).isEqualTo(second.events());
  }

  @Test
  void anElectionWhoseConsentEventsAreMissingDoesNotReplay() {
    ManualClock clock = ManualClock.of(START);
    ElectionWithoutCandidates live = ElectionWithoutCandidates.start(clock, ProposalId.of("facilitation-2026"),
        "facilitator", CIRCLE);
    live.startChangeRound();
    live.propose(CIRCLE.get(0), "Ana volunteers.");

    assertThatThrownBy(() -> ElectionWithoutCandidates.replay(clock, "facilitator", CIRCLE, live.events(), List.of()))
        .isInstanceOf(EssStateException.class).hasMessageContaining("missing");
  }
}
