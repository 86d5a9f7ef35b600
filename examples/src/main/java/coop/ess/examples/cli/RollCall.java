package coop.ess.examples.cli;

import coop.ess.core.EssValidationException;
import coop.ess.core.MemberId;
import coop.ess.core.governance.Attendance;
import coop.ess.core.governance.BallotBox;
import coop.ess.core.governance.CollegeId;
import coop.ess.core.governance.CollegeStatute;
import coop.ess.core.governance.Electorate;
import coop.ess.core.governance.GovernanceEvent;
import coop.ess.core.governance.MotionResult;
import coop.ess.core.governance.Proposal;
import coop.ess.core.governance.ProposalId;
import coop.ess.core.governance.Receipt;
import coop.ess.core.governance.ResolutionType;
import coop.ess.core.governance.Turnout;
import coop.ess.core.governance.VoteChoice;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * A motion decided by roll call ({@code /motion/members}): who is present (in the room or online) or voted by
 * correspondence, who gave a proxy to whom (with the cap per holder), and each member's vote, replayed in file order through the same {@link BallotBox} as the Java API. So
 * a member's own vote overrides the vote their holder cast for them, proxies of absent members whose holder is
 * present count as represented for the quorum, and every refusal of the ballot box (a proxy beyond the cap, an
 * unknown member, a proxy vote after the giver voted…) is reported with the JSON pointer of the entry. Not
 * thread-safe; used once.
 */
final class RollCall {

  private static final ProposalId MOTION = ProposalId.of("motion");

  private final MotionFile file;
  private final JsonNode motion;
  private final ResolutionType type;
  private final int convocation;
  private final Optional<CollegeStatute.Builder> statute;

  RollCall(MotionFile file, JsonNode motion, ResolutionType type, int convocation,
      Optional<CollegeStatute.Builder> statute) {
    this.file = file;
    this.motion = motion;
    this.type = type;
    this.convocation = convocation;
    this.statute = statute;
  }

  /**
   * Replays the roll call and decides the motion.
   *
   * @return the decision, with the turnout, the proxies and the journal of the ballot box, not null
   * @throws EssValidationException listing every problem, each with its JSON pointer
   */
  MotionFile.Decision decide() {
    for (String field : List.of("electorate", "present", "byCorrespondence", "represented")) {
      if (!motion.path(field).isMissingNode()) {
        file.derived("/motion/" + field);
      }
    }
    LocalDate date = date(motion.path("date"));
    long cap = file.number(motion.path("proxyCap"), "/motion/proxyCap", 1);
    boolean secret = motion.path("secret").isMissingNode() ? false : bool(motion.path("secret"), "/motion/secret");
    Map<MemberId, Attendance> presence = new LinkedHashMap<>();
    Electorate electorate = electorate(date, presence);
    if (!file.problems.isEmpty()) {
      throw new EssValidationException(file.source, file.problems);
    }
    Clock clock = Clock.fixed(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    BallotBox box;
    try {
      box = statute.isPresent()
          ? BallotBox.create(clock, electorate, (int) Math.min(cap, Integer.MAX_VALUE), statute.get().build())
          : BallotBox.create(clock, electorate, (int) Math.min(cap, Integer.MAX_VALUE));
    } catch (EssValidationException e) {
      throw new EssValidationException(file.source, MotionFile.relocate(e.violations(), "/motion", Map.of()));
    }
    // Presence first, proxies next: a member voting by correspondence is then refused as a proxy holder
    // (proxy.holderByCorrespondence, at /motion/proxies/i/holder).
    presence.forEach(box::recordPresence);
    JsonNode proxies = motion.path("proxies");
    if (array(proxies, "/motion/proxies")) {
      for (int i = 0; i < proxies.size(); i++) {
        String path = "/motion/proxies/" + i;
        JsonNode proxy = proxies.get(i);
        Optional<MemberId> giver = member(proxy.path("giver"), path + "/giver");
        Optional<MemberId> holder = member(proxy.path("holder"), path + "/holder");
        if (giver.isPresent() && holder.isPresent()) {
          refused(box.giveProxy(giver.get(), holder.get()), path, Map.of());
        }
      }
    }
    box.draft(Proposal.builder().id(MOTION).title(file.text(motion.path("name"), "/motion/name", "motion"))
        .type(type).secret(secret).build());
    box.open(MOTION);
    JsonNode votes = motion.path("votes");
    if (array(votes, "/motion/votes")) {
      for (int i = 0; i < votes.size(); i++) {
        vote(box, votes.get(i), "/motion/votes/" + i);
      }
    }
    if (!file.problems.isEmpty()) {
      throw new EssValidationException(file.source, file.problems);
    }
    box.close(MOTION);
    String statement = file.text(motion.path("statement"), "/motion/statement",
        file.text(motion.path("name"), "/motion/name", "motion"));
    MotionResult result = box.decide(MOTION, convocation, statement);
    Map<String, Object> json = MotionFile.resultJson(result);
    Turnout turnout = result.turnout();
    Map<String, Object> turnoutJson = new LinkedHashMap<>();
    turnoutJson.put("electorate", turnout.electorate());
    turnoutJson.put("present", turnout.present());
    turnoutJson.put("online", turnout.online());
    turnoutJson.put("byCorrespondence", turnout.byCorrespondence());
    turnoutJson.put("represented", turnout.represented());
    json.put("turnout", turnoutJson);
    List<Object> given = new ArrayList<>();
    new TreeMap<>(box.proxies()).forEach((giver, holder) -> {
      Map<String, Object> proxy = new LinkedHashMap<>();
      proxy.put("giver", giver.value());
      proxy.put("holder", holder.value());
      given.add(proxy);
    });
    json.put("proxies", given);
    json.put("statement", result.toString());
    json.put("events", events(box.events()));
    return new MotionFile.Decision(json, result.tally());
  }

  private Electorate electorate(LocalDate date, Map<MemberId, Attendance> presence) {
    Electorate.Builder electorate = Electorate.builder().referenceDate(date);
    Map<MemberId, CollegeId> colleges = new LinkedHashMap<>();
    TreeSet<String> known = new TreeSet<>();
    TreeSet<MemberId> seen = new TreeSet<>();
    JsonNode collegeList = motion.path("colleges");
    for (int i = 0; collegeList.isArray() && i < collegeList.size(); i++) {
      known.add(collegeList.get(i).path("id").asString(""));
    }
    JsonNode members = motion.path("members");
    if (!array(members, "/motion/members")) {
      return electorate.build();
    }
    for (int i = 0; i < members.size(); i++) {
      String path = "/motion/members/" + i;
      JsonNode member = members.get(i);
      Optional<MemberId> id = member(member.path("id"), path + "/id");
      if (id.isEmpty()) {
        continue;
      }
      if (!seen.add(id.get())) {
        file.problems.add(VoteFileMessages.at("motion.duplicateMember", path + "/id", "member", id.get().value()));
        continue;
      }
      electorate.addVoters(id.get());
      String attendance = member.path("attendance").isMissingNode() ? "absent"
          : member.path("attendance").asString("");
      switch (attendance) {
        case "in-room" -> presence.put(id.get(), Attendance.IN_ROOM);
        case "online" -> presence.put(id.get(), Attendance.ONLINE);
        case "by-correspondence" -> presence.put(id.get(), Attendance.BY_CORRESPONDENCE);
        case "absent" -> { }
        default -> file.problems.add(VoteFileMessages.at("motion.value", path + "/attendance", "allowed",
            "[in-room, online, by-correspondence, absent]"));
      }
      if (statute.isPresent()) {
        String college = file.text(member.path("college"), path + "/college", "");
        if (!known.contains(college)) {
          file.problems.add(VoteFileMessages.at("motion.unknownCollege", path + "/college", "college", college));
        } else {
          colleges.put(id.get(), CollegeId.of(college));
        }
      }
    }
    if (!file.problems.isEmpty()) {
      return Electorate.builder().referenceDate(LocalDate.EPOCH).build();
    }
    return electorate.colleges(colleges).build();
  }

  private void vote(BallotBox box, JsonNode vote, String path) {
    Optional<MemberId> member = member(vote.path("member"), path + "/member");
    int index = file.choice(vote.path("choice"), path + "/choice");
    if (member.isEmpty() || index < 0) {
      return;
    }
    VoteChoice choice = VoteChoice.values()[index];
    if (vote.path("for").isMissingNode()) {
      refused(box.vote(MOTION, member.get(), choice), path, Map.of("voter", "member"));
    } else {
      Optional<MemberId> giver = member(vote.path("for"), path + "/for");
      if (giver.isPresent()) {
        refused(box.voteByProxy(MOTION, member.get(), giver.get(), choice), path,
            Map.of("holder", "member", "giver", "for"));
      }
    }
  }

  private Optional<MemberId> member(JsonNode node, String path) {
    String value = file.text(node, path, "");
    if (value.isEmpty()) {
      if (node.isMissingNode()) {
        file.problem(path, "memberId");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(MemberId.of(value));
    } catch (EssValidationException e) {
      file.problems.addAll(MotionFile.relocate(e.violations(), path, Map.of()));
      return Optional.empty();
    }
  }

  private void refused(Receipt receipt, String path, Map<String, String> fields) {
    if (!receipt.accepted()) {
      file.problems.addAll(MotionFile.relocate(receipt.violations(), path, fields));
    }
  }

  private boolean array(JsonNode node, String path) {
    if (node.isMissingNode()) {
      return false;
    }
    if (!node.isArray()) {
      file.problem(path, "array");
      return false;
    }
    return true;
  }

  private boolean bool(JsonNode node, String path) {
    if (!node.isBoolean()) {
      file.problem(path, "boolean");
      return false;
    }
    return node.booleanValue();
  }

  private LocalDate date(JsonNode node) {
    if (node.isMissingNode()) {
      return LocalDate.EPOCH;
    }
    try {
      return LocalDate.parse(node.asString(""));
    } catch (DateTimeParseException e) {
      file.problem("/motion/date", "date");
      return LocalDate.EPOCH;
    }
  }

  private static List<Object> events(List<GovernanceEvent> events) {
    List<Object> json = new ArrayList<>();
    for (GovernanceEvent event : events) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("sequence", event.sequence());
      e.put("kind", event.kind().name());
      event.actor().ifPresent(actor -> e.put("actor", actor.value()));
      event.other().ifPresent(other -> e.put("other", other.value()));
      event.choice().ifPresent(choice -> e.put("choice", choice.name()));
      event.previousChoice().ifPresent(choice -> e.put("previousChoice", choice.name()));
      if (!event.detail().isEmpty()) {
        e.put("detail", event.detail());
      }
      json.add(e);
    }
    return json;
  }
}
