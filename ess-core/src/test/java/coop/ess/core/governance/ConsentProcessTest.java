package coop.ess.core.governance;

import coop.ess.core.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.MemberId;
import coop.ess.core.Violation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentProcessTest {

  private static final MemberId ANA = MemberId.of("ana");
  private static final MemberId BO = MemberId.of("bo");
  private static final MemberId CYD = MemberId.of("cyd");
  private static final ProposalId HOURS = ProposalId.of("coworking-hours");

  private final ManualClock clock = ManualClock.of(Instant.parse("2026-03-02T18:00:00Z"));

  private ConsentProcess process() {
    return ConsentProcess.start(clock, HOURS, "Open the coworking until 22:00 on weekdays.", List.of(ANA, BO, CYD));
  }

  private static List<String> codes(Receipt receipt) {
    return receipt.violations().stream().map(Violation::code).toList();
  }

  @Test
  void withoutObjectionConsentIsReachedInTheFirstRound() {
    ConsentProcess process = process();

    assertThat(process.consent().accepted()).isTrue();
    assertThat(process.state()).isEqualTo(ConsentProcess.State.CONSENTED);
    assertThat(process.round()).isEqualTo(1);
  }

  @Test
  void aStandingObjectionBlocksConsent() {
    ConsentProcess process = process();
    process.object(BO, "Nobody is there to close the building at 22:00.");

    Receipt refused = process.consent();

    assertThat(codes(refused)).containsExactly("consent.objectionsRemain");
    assertThat(refused.violations().get(0).messageEn()).contains("r1-o1");
    assertThat(process.state()).isEqualTo(ConsentProcess.State.OPEN);
  }

  @Test
  void anObjectionMustGiveItsReason() {
    ConsentProcess process = process();

    assertThat(codes(process.object(BO, "  "))).containsExactly("consent.reasonBlank");
    assertThat(process.objections()).isEmpty();
  }

  @Test
  void anAnsweredObjectionLiftedByItsAuthorNoLongerBlocks() {
    ConsentProcess process = process();
    process.object(BO, "Nobody is there to close the building at 22:00.");
    ObjectionId objection = process.objections().get(0).id();

    process.answer(objection, ANA, "The hosts take turns; the rota is on the wall.");
    assertThat(codes(process.lift(objection, ANA))).containsExactly("consent.notObjector");
    assertThat(process.lift(objection, BO).accepted()).isTrue();

    assertThat(process.objections().get(0).answers()).containsExactly("The hosts take turns; the rota is on the wall.");
    assertThat(process.consent().accepted()).isTrue();
  }

  @Test
  void anAmendedProposalStartsANewRoundWhereOldObjectionsNoLongerStand() {
    ConsentProcess process = process();
    process.object(BO, "Nobody is there to close the building at 22:00.");

    Receipt amended = process.amend(ANA, "Open the coworking until 22:00 on weekdays when a host is on the rota.");

    assertThat(amended.event().kind()).isEqualTo(GovernanceEvent.Kind.ROUND_STARTED);
    assertThat(process.round()).isEqualTo(2);
    assertThat(process.standingObjections()).isEmpty();
    assertThat(process.objections()).hasSize(1);
    assertThat(process.texts()).hasSize(2);
    assertThat(process.consent().accepted()).isTrue();
    assertThat(process.events()).extracting(GovernanceEvent::kind).containsExactly(
        GovernanceEvent.Kind.ROUND_STARTED, GovernanceEvent.Kind.OBJECTION_RAISED, GovernanceEvent.Kind.ROUND_STARTED,
        GovernanceEvent.Kind.CONSENT_REACHED);
  }

  @Test
  void objectionsOfAnEarlierRoundCannotBeAnsweredAnyMore() {
    ConsentProcess process = process();
    process.object(BO, "Too late for the neighbours.");
    process.amend(ANA, "Until 21:00.");

    assertThat(codes(process.answer(ObjectionId.of("r1-o1"), ANA, "Answer"))).containsExactly(
        "consent.unknownObjection");
  }

  @Test
  void someoneOutsideTheCircleCannotObjectAndNothingChangesAfterConsent() {
    ConsentProcess process = process();

    assertThat(codes(process.object(MemberId.of("zoe"), "I was not asked."))).containsExactly(
        "consent.notParticipant");
    process.consent();
    assertThat(codes(process.object(BO, "Too late"))).containsExactly("consent.finished");
    assertThat(process.objections()).isEmpty();
  }
}
