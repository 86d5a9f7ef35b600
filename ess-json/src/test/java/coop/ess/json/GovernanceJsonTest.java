package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.ManualClock;
import coop.ess.core.EssStateException;
import coop.ess.core.governance.AssemblyRecord;
import coop.ess.core.governance.Attendance;
import coop.ess.core.governance.BallotBox;
import coop.ess.core.governance.Boundary;
import coop.ess.core.governance.College;
import coop.ess.core.governance.CollegeId;
import coop.ess.core.governance.CollegeStatute;
import coop.ess.core.governance.ConsentProcess;
import coop.ess.core.governance.ElectionWithoutCandidates;
import coop.ess.core.governance.Electorate;
import coop.ess.core.governance.GovernanceEvent;
import coop.ess.core.governance.MotionResult;
import coop.ess.core.governance.Nomination;
import coop.ess.core.governance.Objection;
import coop.ess.core.governance.ObjectionId;
import coop.ess.core.governance.Outcome;
import coop.ess.core.governance.Proposal;
import coop.ess.core.governance.ProposalId;
import coop.ess.core.governance.ProposalState;
import coop.ess.core.governance.Quorum;
import coop.ess.core.governance.Receipt;
import coop.ess.core.governance.ResolutionType;
import coop.ess.core.governance.Tally;
import coop.ess.core.governance.Threshold;
import coop.ess.core.governance.Treatment;
import coop.ess.core.governance.Turnout;
import coop.ess.core.governance.VoteChoice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/** The JSON form of governance: golden files, round trips, bad input, secret ballots, saved and reloaded boxes. */
class GovernanceJsonTest {

  private static final EssJson JSON = EssJson.standard();

  private static GovernanceEvent event(GovernanceEvent.Kind kind) {
    return GovernanceSamples.assembly().events().stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
  }

  private static GovernanceEvent secretClosing() {
    return GovernanceSamples.assembly().events().stream()
        .filter(e -> e.kind() == GovernanceEvent.Kind.PROPOSAL_CLOSED && e.tally().isPresent()).findFirst()
        .orElseThrow();
  }

  // ---- golden files ----

  @Test
  void aThresholdMatchesItsGoldenFile() {
    Golden.check("Threshold", Threshold.twoThirds(), Threshold.class);
  }

  @Test
  void aQuorumMatchesItsGoldenFile() {
    Golden.check("Quorum", Quorum.of(1, 2, Boundary.MORE_THAN, Quorum.Base.PRESENT), Quorum.class);
  }

  @Test
  void aResolutionTypeMatchesItsGoldenFile() {
    Golden.check("ResolutionType", GovernanceSamples.extraordinary(), ResolutionType.class);
  }

  @Test
  void aProposalMatchesItsGoldenFile() {
    Golden.check("Proposal", GovernanceSamples.proposal(), Proposal.class);
  }

  @Test
  void aCollegeMatchesItsGoldenFile() {
    Golden.check("College", College.of(CollegeId.of("salaries"), "Salariés", 40), College.class);
  }

  @Test
  void aCollegeStatuteMatchesItsGoldenFile() {
    Golden.check("CollegeStatute", GovernanceSamples.STATUTE, CollegeStatute.class);
  }

  @Test
  void anElectorateMatchesItsGoldenFile() {
    Golden.check("Electorate", GovernanceSamples.electorate(true), Electorate.class);
  }

  @Test
  void aTallyMatchesItsGoldenFile() {
    Golden.check("Tally", Tally.of(7, 3, 1, 0), Tally.class);
  }

  @Test
  void aTurnoutMatchesItsGoldenFile() {
    Golden.check("Turnout", Turnout.builder().electorate(40).present(23).online(3).byCorrespondence(4).represented(6)
        .build(), Turnout.class);
  }

  @Test
  void aTurnoutWrittenBeforeVotesByCorrespondenceStillReads() {
    assertThat(JSON.read("{\"electorate\":40,\"present\":23,\"represented\":6}", Turnout.class))
        .isEqualTo(Turnout.of(40, 23, 6));
  }

  @Test
  void aQuorumWritesItsCorrespondenceRuleOnlyWhenVotesByCorrespondenceDoNotCount() {
    Quorum counted = Quorum.of(1, 4, Boundary.AT_LEAST, Quorum.Base.PRESENT);
    Quorum notCounted = Quorum.builder().from(counted).correspondence(Quorum.Correspondence.NOT_COUNTED).build();

    assertThat(JSON.write(counted)).doesNotContain("correspondence");
    assertThat(JSON.write(notCounted)).contains("\"correspondence\":\"not-counted\"");
    assertThat(JSON.read(JSON.write(notCounted), Quorum.class)).isEqualTo(notCounted);
  }

  @Test
  void aMotionResultMatchesItsGoldenFile() {
    Golden.check("MotionResult", GovernanceSamples.collegeResult(), MotionResult.class);
  }

  @Test
  void aVoteMatchesItsGoldenFile() {
    Golden.check("GovernanceEvent-vote-changed", event(GovernanceEvent.Kind.VOTE_CHANGED), GovernanceEvent.class);
  }

  @Test
  void aDraftedProposalEventMatchesItsGoldenFile() {
    Golden.check("GovernanceEvent-proposal-drafted", event(GovernanceEvent.Kind.PROPOSAL_DRAFTED),
        GovernanceEvent.class);
  }

  @Test
  void aDecisionEventMatchesItsGoldenFile() {
    Golden.check("GovernanceEvent-proposal-decided", event(GovernanceEvent.Kind.PROPOSAL_DECIDED),
        GovernanceEvent.class);
  }

  @Test
  void theClosingOfASecretBallotMatchesItsGoldenFile() {
    Golden.check("GovernanceEvent-secret-closed", secretClosing(), GovernanceEvent.class);
  }

  @Test
  void aRefusalMatchesItsGoldenFile() {
    Golden.check("GovernanceEvent-refused", event(GovernanceEvent.Kind.REFUSED), GovernanceEvent.class);
  }

  @Test
  void aReceiptMatchesItsGoldenFile() {
    Golden.check("Receipt", Receipt.of(event(GovernanceEvent.Kind.PROXY_USED)), Receipt.class);
  }

  @Test
  void anObjectionMatchesItsGoldenFile() {
    Golden.check("Objection", GovernanceSamples.objection(), Objection.class);
  }

  @Test
  void aNominationMatchesItsGoldenFile() {
    Golden.check("Nomination", GovernanceSamples.nomination(), Nomination.class);
  }

  @Test
  void anAssemblyRecordMatchesItsGoldenFile() {
    Golden.check("AssemblyRecord", GovernanceSamples.assembly().record(), AssemblyRecord.class);
  }

  @Test
  void identifiersAndEnumsAreStrings() {
    assertThat(JSON.write(ProposalId.of("budget-2026"))).isEqualTo("\"budget-2026\"");
    assertThat(JSON.write(CollegeId.of("salaries"))).isEqualTo("\"salaries\"");
    assertThat(JSON.write(ObjectionId.of("r1-o1"))).isEqualTo("\"r1-o1\"");
    assertThat(JSON.write(ProposalState.WITHDRAWN)).isEqualTo("\"withdrawn\"");
    assertThat(JSON.write(VoteChoice.ABSTAIN)).isEqualTo("\"abstain\"");
    assertThat(JSON.write(Outcome.NO_QUORUM)).isEqualTo("\"no-quorum\"");
    assertThat(JSON.write(Attendance.IN_ROOM)).isEqualTo("\"in-room\"");
    assertThat(JSON.write(Attendance.BY_CORRESPONDENCE)).isEqualTo("\"by-correspondence\"");
    assertThat(JSON.write(Treatment.COUNTED_AS_CAST)).isEqualTo("\"counted-as-cast\"");
    assertThat(JSON.write(GovernanceEvent.Kind.PROXY_VOTE_OVERRIDDEN)).isEqualTo("\"proxy-vote-overridden\"");
    assertThat(JSON.write(ConsentProcess.State.CONSENTED)).isEqualTo("\"consented\"");
    assertThat(JSON.write(ElectionWithoutCandidates.Phase.CHANGE_ROUND)).isEqualTo("\"change-round\"");
    assertThat(JSON.read("\"more-than\"", Boundary.class)).isEqualTo(Boundary.MORE_THAN);
    assertThat(JSON.read("\"present-and-represented\"", Quorum.Base.class))
        .isEqualTo(Quorum.Base.PRESENT_AND_REPRESENTED);
    assertThat(JSON.read("\"electorate\"", Threshold.Base.class)).isEqualTo(Threshold.Base.ELECTORATE);
    assertThat(JSON.read("\"bloc\"", CollegeStatute.Reading.class)).isEqualTo(CollegeStatute.Reading.BLOC);
    assertThat(JSON.read("\"count-as-against\"", CollegeStatute.EmptyCollege.class))
        .isEqualTo(CollegeStatute.EmptyCollege.COUNT_AS_AGAINST);
  }

  // ---- saving and reloading decisions ----

  @Test
  void aBallotBoxSavedAsJsonReloadsWithTheSameResults() {
    BallotBox live = GovernanceSamples.assembly();
    String saved = JSON.write(live.record());

    BallotBox reloaded = BallotBox.replay(ManualClock.of(GovernanceSamples.START),
        JSON.read(saved, AssemblyRecord.class));

    for (ProposalId id : List.of(GovernanceSamples.BUDGET, GovernanceSamples.BOARD)) {
      assertThat(reloaded.count(id)).isEqualTo(live.count(id));
      assertThat(reloaded.proposal(id)).isEqualTo(live.proposal(id));
    }
    assertThat(reloaded.events()).isEqualTo(live.events());
    assertThat(reloaded.attendance()).isEqualTo(live.attendance());
    assertThat(reloaded.turnout()).isEqualTo(live.turnout())
        .satisfies(turnout -> assertThat(turnout.byCorrespondence()).isEqualTo(1));
  }

  @Property(tries = 60)
  void recordsSurviveARoundTripAndReplay(@ForAll("records") AssemblyRecord record) {
    AssemblyRecord back = JSON.read(JSON.write(record), AssemblyRecord.class);

    assertThat(back).isEqualTo(record);
    ManualClock clock = ManualClock.of(record.events().get(record.events().size() - 1).at());
    try {
      assertThat(BallotBox.replay(clock, back).events()).isEqualTo(record.events());
    } catch (EssStateException e) {
      assertThat(e).hasMessageContaining("only when it closes");
    }
  }

  @Property(tries = 60)
  void eventsSurviveARoundTrip(@ForAll("records") AssemblyRecord record) {
    String json = JSON.write(record.events());

    assertThat(JSON.read(json, new TypeReference<List<GovernanceEvent>>() {})).isEqualTo(record.events());
    for (GovernanceEvent event : record.events()) {
      assertThat(JSON.read(JSON.write(Receipt.of(event)), Receipt.class).event()).isEqualTo(event);
    }
  }

  // ---- secret ballots ----

  @Test
  void theJsonOfASecretBallotNeverLinksAVoterToAChoice() {
    BallotBox box = GovernanceSamples.assembly();
    JsonNode events = JSON.mapper().readTree(JSON.write(box.history(GovernanceSamples.BOARD)));
    JsonNode result = JSON.mapper().readTree(JSON.write(box.count(GovernanceSamples.BOARD)));
    Set<String> voters = new HashSet<>();
    GovernanceSamples.MEMBERS.forEach(m -> voters.add(m.value()));

    List<JsonNode> objects = new ArrayList<>();
    collectObjects(events, objects);
    collectObjects(result, objects);

    assertThat(box.participants(GovernanceSamples.BOARD)).hasSize(4);
    for (JsonNode object : objects) {
      boolean namesVoter = object.properties().stream()
          .anyMatch(p -> p.getValue().isString() && voters.contains(p.getValue().asString()));
      boolean carriesChoice = object.has("choice") || object.has("previousChoice");
      assertThat(namesVoter && carriesChoice).as("%s links a voter to a choice", object).isFalse();
    }
    assertThat(result.toString()).doesNotContain(voters.stream().map(v -> "\"" + v + "\"").toArray(String[]::new));
  }

  private static void collectObjects(JsonNode node, List<JsonNode> objects) {
    if (node.isObject()) {
      objects.add(node);
    }
    for (JsonNode child : node) {
      collectObjects(child, objects);
    }
  }

  // ---- round trips ----

  @Property
  void thresholdsSurviveARoundTrip(@ForAll("thresholds") Threshold threshold) {
    assertThat(JSON.read(JSON.write(threshold), Threshold.class)).isEqualTo(threshold);
  }

  @Property
  void quorumsSurviveARoundTrip(@ForAll("quorums") Quorum quorum) {
    assertThat(JSON.read(JSON.write(quorum), Quorum.class)).isEqualTo(quorum);
  }

  @Property
  void resolutionTypesSurviveARoundTrip(@ForAll("resolutionTypes") ResolutionType type) {
    assertThat(JSON.read(JSON.write(type), ResolutionType.class)).isEqualTo(type);
  }

  @Property
  void proposalsSurviveARoundTrip(@ForAll("proposals") Proposal proposal) {
    assertThat(JSON.read(JSON.write(proposal), Proposal.class)).isEqualTo(proposal);
  }

  @Property
  void talliesAndTurnoutsSurviveARoundTrip(@ForAll("tallies") Tally tally) {
    assertThat(JSON.read(JSON.write(tally), Tally.class)).isEqualTo(tally);
    Turnout turnout = Turnout.builder().electorate(tally.ballots()).present(tally.votesFor())
        .online(Math.min(tally.votesFor(), tally.abstain())).byCorrespondence(tally.blank())
        .represented(tally.against()).build();
    assertThat(JSON.read(JSON.write(turnout), Turnout.class)).isEqualTo(turnout);
  }

  @Property
  void motionResultsSurviveARoundTrip(@ForAll("motionResults") MotionResult result) {
    assertThat(JSON.read(JSON.write(result), MotionResult.class)).isEqualTo(result);
  }

  @Property(tries = 60)
  void electoratesAndStatutesSurviveARoundTrip(@ForAll("records") AssemblyRecord record) {
    assertThat(JSON.read(JSON.write(record.electorate()), Electorate.class)).isEqualTo(record.electorate());
    record.statute().ifPresent(statute ->
        assertThat(JSON.read(JSON.write(statute), CollegeStatute.class)).isEqualTo(statute));
    for (College college : GovernanceSamples.STATUTE.colleges()) {
      assertThat(JSON.read(JSON.write(college), College.class)).isEqualTo(college);
    }
  }

  @Property
  void objectionsSurviveARoundTrip(@ForAll("objections") Objection objection) {
    assertThat(JSON.read(JSON.write(objection), Objection.class)).isEqualTo(objection);
  }

  @Property
  void nominationsSurviveARoundTrip(@ForAll("nominations") Nomination nomination) {
    assertThat(JSON.read(JSON.write(nomination), Nomination.class)).isEqualTo(nomination);
  }

  // ---- bad input ----

  static Stream<Arguments> badInput() {
    return Stream.of(
        bad(Threshold.class, "{\"name\":\"x\",\"numerator\":3,\"denominator\":2,\"boundary\":\"at-least\","
            + "\"base\":\"votes-cast\"}", "/numerator"),
        bad(Quorum.class, "{\"numerator\":1,\"denominator\":2,\"boundary\":\"above\",\"base\":\"present\"}",
            "/boundary"),
        bad(ResolutionType.class, "{\"name\":\"x\",\"threshold\":{\"name\":\"t\",\"numerator\":1,\"denominator\":2,"
            + "\"boundary\":\"at-least\",\"base\":\"votes-cast\"}}", ""),
        bad(Proposal.class, "{\"id\":\"p\",\"title\":\"T\",\"type\":" + JSON.write(GovernanceSamples.ordinary())
            .replace("{\"schemaVersion\":1,", "{") + ",\"opensAt\":\"2026-03-02T10:00:00Z\","
            + "\"closesAt\":\"2026-03-02T09:00:00Z\"}", "/closesAt"),
        bad(College.class, "{\"id\":\"c\",\"name\":\"C\",\"weightPercent\":\"40 %\"}", "/weightPercent"),
        bad(CollegeStatute.class, "{\"colleges\":[{\"id\":\"a\",\"name\":\"A\",\"weightPercent\":40},"
            + "{\"id\":\"b\",\"name\":\"B\",\"weightPercent\":40},{\"id\":\"c\",\"name\":\"C\",\"weightPercent\":5}],"
            + "\"reading\":\"bloc\",\"emptyCollege\":\"redistribute\"}", "/colleges/2/weightPercent"),
        bad(Electorate.class, "{\"referenceDate\":\"2026-02-15\",\"voters\":[\"ana\",\"bo\"],"
            + "\"colleges\":{\"ana\":\"a\",\"bo\":\"b c\"}}", "/colleges/bo"),
        bad(Tally.class, "{\"for\":1,\"against\":-2,\"abstain\":0,\"blank\":0}", "/against"),
        bad(Turnout.class, "{\"electorate\":5,\"present\":4,\"represented\":3}", "/present"),
        bad(Turnout.class, "{\"electorate\":5,\"present\":1,\"online\":2,\"represented\":0}", "/online"),
        bad(MotionResult.class, JSON.write(GovernanceSamples.collegeResult()).replace("\"adopted\"", "\"rejected\""),
            "/outcome"),
        bad(GovernanceEvent.class, "{\"sequence\":3,\"at\":\"2026-03-02T17:00:00Z\",\"kind\":\"vote-cast\","
            + "\"choice\":\"maybe\"}", "/choice"),
        bad(GovernanceEvent.class, "{\"sequence\":3,\"at\":\"2026-03-02T17:00:00Z\",\"kind\":\"refused\"}",
            "/violations"),
        bad(Receipt.class, "{\"accepted\":false,\"event\":{\"sequence\":1,\"at\":\"2026-03-02T17:00:00Z\","
            + "\"kind\":\"proposal-opened\"}}", "/accepted"),
        bad(Objection.class, "{\"id\":\"r1-o1\",\"round\":0,\"objector\":\"ana\",\"reason\":\"why\"}", "/round"),
        bad(Nomination.class, "{\"voter\":\"ana\",\"nominee\":\"bo\",\"reason\":\" \"}", "/reason"),
        bad(AssemblyRecord.class, "{\"electorate\":{\"referenceDate\":\"2026-02-15\",\"voters\":[]},\"proxyCap\":1,"
            + "\"events\":[{\"sequence\":1,\"at\":\"2026-03-02T17:00:00Z\",\"kind\":\"proposal-opened\"},"
            + "{\"sequence\":3,\"at\":\"2026-03-02T17:00:00Z\",\"kind\":\"proposal-opened\"}]}",
            "/events/1/sequence"),
        bad(ProposalId.class, "\"not an id\"", ""));
  }

  private static Arguments bad(Class<?> type, String json, String pointer) {
    return Arguments.of(Named.of(type.getSimpleName() + " at \"" + pointer + "\"", type), json, pointer);
  }

  @ParameterizedTest
  @MethodSource("badInput")
  void badInputIsRefusedAtItsPointer(Class<?> type, String json, String pointer) {
    assertThatThrownBy(() -> JSON.read(json, type)).isInstanceOf(EssJsonException.class)
        .satisfies(e -> assertThat(((EssJsonException) e).pointer()).isEqualTo(pointer));
  }

  @Test
  void anUnknownFieldOfAnEventIsRefused() {
    String json = "{\"sequence\":1,\"at\":\"2026-03-02T17:00:00Z\",\"kind\":\"proposal-opened\",\"voter\":\"ana\"}";

    assertThatThrownBy(() -> JSON.read(json, GovernanceEvent.class)).isInstanceOf(EssJsonException.class)
        .satisfies(e -> assertThat(((EssJsonException) e).pointer()).isEqualTo("/voter"));
  }

  // ---- arbitraries ----

  @Provide
  Arbitrary<AssemblyRecord> records() {
    return GovernanceSamples.records();
  }

  @Provide
  Arbitrary<Threshold> thresholds() {
    return GovernanceSamples.thresholds();
  }

  @Provide
  Arbitrary<Quorum> quorums() {
    return GovernanceSamples.quorums();
  }

  @Provide
  Arbitrary<ResolutionType> resolutionTypes() {
    return GovernanceSamples.resolutionTypes();
  }

  @Provide
  Arbitrary<Proposal> proposals() {
    return GovernanceSamples.proposals();
  }

  @Provide
  Arbitrary<Tally> tallies() {
    return GovernanceSamples.tallies();
  }

  @Provide
  Arbitrary<MotionResult> motionResults() {
    return GovernanceSamples.motionResults();
  }

  @Provide
  Arbitrary<Objection> objections() {
    return GovernanceSamples.objections();
  }

  @Provide
  Arbitrary<Nomination> nominations() {
    return GovernanceSamples.nominations();
  }
}
