package coop.ess.core.governance;

import coop.ess.core.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssStateException;
import coop.ess.core.MemberId;
import coop.ess.core.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ElectionWithoutCandidatesTest {

  private static final MemberId ANA = MemberId.of("ana");
  private static final MemberId BO = MemberId.of("bo");
  private static final MemberId CYD = MemberId.of("cyd");

  private final ManualClock clock = ManualClock.of(Instant.parse("2026-03-02T18:00:00Z"));

  private ElectionWithoutCandidates election() {
    return ElectionWithoutCandidates.start(clock, ProposalId.of("facilitation-2026"), "facilitator",
        List.of(ANA, BO, CYD));
  }

  private static List<String> codes(Receipt receipt) {
    return receipt.violations().stream().map(Violation::code).toList();
  }

  @Test
  void nominationsThenAChangeRoundThenAProposalThenConsentElect() {
    ElectionWithoutCandidates election = election();
    election.nominate(ANA, BO, "Bo listens to everyone.");
    election.nominate(BO, CYD, "Cyd knows the statutes.");
    election.nominate(CYD, BO, "Bo ran the last forum well.");
    election.startChangeRound();
    election.changeNomination(BO, BO, "Having heard you, I am willing.");

    assertThat(election.nominationCounts()).containsExactly(Map.entry(BO, 3L));
    ConsentProcess consent = election.propose(BO, "Named three times.");
    consent.consent();

    assertThat(election.conclude()).isEqualTo(BO);
    assertThat(election.phase()).isEqualTo(ElectionWithoutCandidates.Phase.ELECTED);
    assertThat(election.nominations()).filteredOn(Nomination::changed).extracting(Nomination::voter)
        .containsExactly(BO);
  }

  @Test
  void aNominationNeedsItsReasonsAndTheRightPhase() {
    ElectionWithoutCandidates election = election();

    assertThat(codes(election.nominate(ANA, BO, ""))).containsExactly("election.reasonBlank");
    assertThat(codes(election.changeNomination(ANA, BO, "why not"))).containsExactly("election.wrongPhase");
    assertThat(codes(election.nominate(ANA, MemberId.of("zoe"), "outsider"))).containsExactly(
        "election.nomineeUnknown");
    assertThat(election.nominations()).isEmpty();
  }

  @Test
  void anObjectionLeadsToAnotherProposal() {
    ElectionWithoutCandidates election = election();
    election.nominate(ANA, BO, "Bo listens.");
    election.nominate(BO, CYD, "Cyd knows the statutes.");
    election.startChangeRound();
    ConsentProcess first = election.propose(BO, "Most named.");
    first.object(BO, "I cannot take it on this year.");

    assertThatThrownBy(election::conclude).isInstanceOf(EssStateException.class);
    ConsentProcess second = election.propose(CYD, "Second most named.");
    second.consent();

    assertThat(second.proposal()).isEqualTo(ProposalId.of("facilitation-2026-p2"));
    assertThat(election.conclude()).isEqualTo(CYD);
  }

  @Test
  void aProposalBeforeTheChangeRoundIsAnApiError() {
    ElectionWithoutCandidates election = election();

    assertThatThrownBy(() -> election.propose(ANA, "early")).isInstanceOf(EssStateException.class);
  }
}
