package coop.ess.examples.cli;

import coop.ess.core.EssValidationException;
import coop.ess.core.Violation;
import coop.ess.core.governance.Boundary;
import coop.ess.core.governance.College;
import coop.ess.core.governance.CollegeId;
import coop.ess.core.governance.CollegeStatute;
import coop.ess.core.governance.MotionCount;
import coop.ess.core.governance.MotionResult;
import coop.ess.core.governance.Quorum;
import coop.ess.core.governance.ResolutionType;
import coop.ess.core.governance.Tally;
import coop.ess.core.governance.Threshold;
import coop.ess.core.governance.Treatment;
import coop.ess.core.governance.Turnout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The {@code "motion"} section of a {@code majority} ballot file: the statutes under which a yes/no motion is decided
 * (threshold, quorum, turnout with members present, voting by correspondence and represented, convocation, and SCIC
 * colleges with their reading), counted by {@link MotionCount}.
 * Every problem is collected with its JSON pointer before anything is counted.
 */
final class MotionFile {

  final String source;
  final List<Violation> problems = new ArrayList<>();

  private MotionFile(String source) {
    this.source = source;
  }

  /**
   * The decision of a motion: its JSON form and the final tally (after proxies and overrides in a roll call).
   *
   * @param json the motion's result as an ordered JSON map, not null
   * @param tally the votes counted, not null
   */
  record Decision(Map<String, Object> json, Tally tally) {}

  /**
   * Whether the file's motion is a roll call: a {@code "members"} list with presence, proxies and individual votes.
   *
   * @param root the whole ballot file, not null
   * @return true if {@code /motion/members} is present
   */
  static boolean isRollCall(JsonNode root) {
    return !root.path("motion").path("members").isMissingNode();
  }

  /**
   * Counts the motion described by {@code root}.
   *
   * @param root the whole ballot file, with a {@code "motion"} object
   * @param source the file name, for messages
   * @return the motion's decision, not null
   * @throws EssValidationException listing every problem, each with its JSON pointer
   */
  static Decision count(JsonNode root, String source) {
    return new MotionFile(source).read(root);
  }

  private Decision read(JsonNode root) {
    JsonNode motion = root.path("motion");
    boolean rollCall = isRollCall(root);
    ResolutionType type = ResolutionType.builder()
        .name(text(motion.path("name"), "/motion/name", "motion"))
        .threshold(threshold(motion.path("threshold"), "/motion/threshold"))
        .quorum(quorum(motion.path("quorum"), "/motion/quorum"))
        .secondConvocationQuorum(quorum(motion.path("secondConvocationQuorum"), "/motion/secondConvocationQuorum"))
        .abstentions(treatment(motion.path("abstentions"), "/motion/abstentions"))
        .blankVotes(treatment(motion.path("blank"), "/motion/blank"))
        .build();
    int convocation = (int) number(motion.path("convocation"), "/motion/convocation", 1);
    long electorate = number(motion.path("electorate"), "/motion/electorate", -1);
    long present = number(motion.path("present"), "/motion/present", -1);
    long byCorrespondence = number(motion.path("byCorrespondence"), "/motion/byCorrespondence", 0);
    long represented = number(motion.path("represented"), "/motion/represented", 0);
    JsonNode colleges = motion.path("colleges");
    Map<String, long[]> tallies = new LinkedHashMap<>();
    Map<String, Long> sizes = new LinkedHashMap<>();
    CollegeStatute.Builder statute = CollegeStatute.builder();
    if (colleges.isArray()) {
      for (int i = 0; i < colleges.size(); i++) {
        JsonNode college = colleges.get(i);
        String path = "/motion/colleges/" + i;
        String id = text(college.path("id"), path + "/id", "?");
        statute.addColleges(College.of(CollegeId.of(id), text(college.path("name"), path + "/name", id),
            (int) number(college.path("weightPercent"), path + "/weightPercent", -1)));
        if (rollCall && !college.path("members").isMissingNode()) {
          derived(path + "/members");
        }
        sizes.put(id, number(college.path("members"), path + "/members", -1));
        tallies.put(id, new long[4]);
      }
      statute.reading(enumValue(CollegeStatute.Reading.class, motion.path("reading"), "/motion/reading",
          CollegeStatute.Reading.PROPORTIONAL));
      statute.emptyCollege(enumValue(CollegeStatute.EmptyCollege.class, motion.path("emptyCollege"),
          "/motion/emptyCollege", CollegeStatute.EmptyCollege.REDISTRIBUTE));
    } else if (!colleges.isMissingNode()) {
      problem("/motion/colleges", "colleges");
    }
    if (rollCall) {
      return new RollCall(this, motion, type, convocation,
          colleges.isArray() ? Optional.of(statute) : Optional.empty()).decide();
    }
    long[] overall = new long[4];
    JsonNode ballots = root.path("ballots");
    for (int i = 0; ballots.isArray() && i < ballots.size(); i++) {
      JsonNode ballot = ballots.get(i);
      String path = "/ballots/" + i;
      long count = number(ballot.path("count"), path + "/count", 1);
      int choice = choice(ballot.path("choice"), path + "/choice");
      if (choice < 0) {
        continue;
      }
      overall[choice] += count;
      if (!tallies.isEmpty()) {
        String college = text(ballot.path("college"), path + "/college", "?");
        long[] tally = tallies.get(college);
        if (tally == null) {
          problems.add(VoteFileMessages.at("motion.unknownCollege", path + "/college", "college", college));
        } else {
          tally[choice] += count;
        }
      }
    }
    if (electorate < 0) {
      electorate = overall[0] + overall[1] + overall[2] + overall[3];
    }
    if (present < 0) {
      present = electorate;
    }
    long cast = overall[0] + overall[1] + overall[2] + overall[3];
    if (cast > present + byCorrespondence + represented) {
      problems.add(VoteFileMessages.at("motion.moreBallotsThanVoters", "/motion/present", "cast", cast, "present",
          present, "byCorrespondence", byCorrespondence, "represented", represented));
    }
    if (!problems.isEmpty()) {
      throw new EssValidationException(source, problems);
    }
    Turnout turnout;
    try {
      turnout = Turnout.builder().electorate(electorate).present(present).byCorrespondence(byCorrespondence)
          .represented(represented).build();
    } catch (EssValidationException e) {
      throw new EssValidationException(source, relocate(e.violations(), "/motion", Map.of()));
    }
    MotionResult result;
    if (tallies.isEmpty()) {
      result = MotionCount.count(type, convocation, turnout, tally(overall));
    } else {
      Map<CollegeId, Tally> byCollege = new LinkedHashMap<>();
      Map<CollegeId, Long> collegeSizes = new LinkedHashMap<>();
      tallies.forEach((id, counts) -> byCollege.put(CollegeId.of(id), tally(counts)));
      sizes.forEach((id, size) -> collegeSizes.put(CollegeId.of(id), size));
      CollegeStatute built;
      try {
        built = statute.build();
      } catch (EssValidationException e) {
        throw new EssValidationException(source, relocate(e.violations(), "/motion", Map.of()));
      }
      result = MotionCount.count(type, convocation, turnout, built, byCollege, collegeSizes);
    }
    Map<String, Object> json = resultJson(result);
    json.put("statement", result.toString());
    return new Decision(json, result.tally());
  }

  /** A problem: in a roll call, {@code path} is derived from the members and must not be given. */
  void derived(String path) {
    problems.add(VoteFileMessages.at("motion.derived", path));
  }

  static Map<String, Object> resultJson(MotionResult result) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("outcome", result.outcome().name());
    json.put("share", result.share());
    json.put("thresholdMet", result.thresholdMet());
    json.put("quorumMet", result.quorumMet());
    json.put("tally", tallyJson(result.tally()));
    if (!result.collegeTallies().isEmpty()) {
      Map<String, Object> perCollege = new LinkedHashMap<>();
      result.collegeTallies().forEach((id, tally) -> perCollege.put(id.value(), tallyJson(tally)));
      json.put("colleges", perCollege);
    }
    return json;
  }

  /**
   * The violations of a value built from the file, with their fields turned into JSON pointers under {@code path}.
   *
   * @param violations the violations, not null
   * @param path the JSON pointer of the value, not null
   * @param fields field names to rename first (such as {@code voter} to {@code member}), not null
   * @return the violations, relocated, not null
   */
  static List<Violation> relocate(List<Violation> violations, String path, Map<String, String> fields) {
    List<Violation> moved = new ArrayList<>();
    for (Violation v : violations) {
      String field = fields.getOrDefault(v.field(), v.field());
      String pointer = field.isEmpty() ? path : path + "/" + field.replace('.', '/').replace("[", "/")
          .replace("]", "");
      moved.add(Violation.builder().from(v).field(pointer).build());
    }
    return moved;
  }

  private static Tally tally(long[] counts) {
    return Tally.of(counts[0], counts[1], counts[2], counts[3]);
  }

  private static Map<String, Object> tallyJson(Tally tally) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("yes", tally.votesFor());
    json.put("no", tally.against());
    json.put("abstain", tally.abstain());
    json.put("blank", tally.blank());
    return json;
  }

  int choice(JsonNode node, String path) {
    String value = node.isString() ? node.asString() : "";
    switch (value) {
      case "yes":
        return 0;
      case "no":
        return 1;
      case "abstain":
        return 2;
      case "blank":
        return 3;
      default:
        problems.add(VoteFileMessages.at("motion.choice", path));
        return -1;
    }
  }

  private Threshold threshold(JsonNode node, String path) {
    if (node.isObject()) {
      long numerator = number(node.path("numerator"), path + "/numerator", 1);
      long denominator = number(node.path("denominator"), path + "/denominator", 2);
      Boundary boundary = enumValue(Boundary.class, node.path("boundary"), path + "/boundary", Boundary.MORE_THAN);
      Threshold.Base base = enumValue(Threshold.Base.class, node.path("base"), path + "/base",
          Threshold.Base.VOTES_CAST);
      String name = text(node.path("name"), path + "/name", numerator + "/" + denominator);
      try {
        return Threshold.of(name, numerator, denominator, boundary, base);
      } catch (EssValidationException e) {
        problems.addAll(relocate(e.violations(), path, Map.of()));
        return Threshold.simpleMajority();
      }
    }
    String value = node.isMissingNode() ? "simple-majority" : node.isString() ? node.asString() : "";
    switch (value) {
      case "simple-majority":
        return Threshold.simpleMajority();
      case "absolute-majority":
        return Threshold.absoluteMajority();
      case "two-thirds":
        return Threshold.twoThirds();
      case "three-quarters":
        return Threshold.threeQuarters();
      case "unanimity":
        return Threshold.unanimity();
      default:
        problems.add(VoteFileMessages.at("motion.threshold", path));
        return Threshold.simpleMajority();
    }
  }

  private Quorum quorum(JsonNode node, String path) {
    if (node.isMissingNode()) {
      return Quorum.none();
    }
    long numerator = number(node.path("numerator"), path + "/numerator", 1);
    long denominator = number(node.path("denominator"), path + "/denominator", 2);
    Boundary boundary = enumValue(Boundary.class, node.path("boundary"), path + "/boundary", Boundary.AT_LEAST);
    Quorum.Base base = enumValue(Quorum.Base.class, node.path("base"), path + "/base", Quorum.Base.PRESENT);
    Quorum.Correspondence correspondence = enumValue(Quorum.Correspondence.class, node.path("correspondence"),
        path + "/correspondence", Quorum.Correspondence.COUNTED);
    if (numerator < 0 || denominator < 1) {
      return Quorum.none();
    }
    try {
      return Quorum.builder().numerator(numerator).denominator(denominator).boundary(boundary).base(base)
          .correspondence(correspondence).build();
    } catch (EssValidationException e) {
      problems.addAll(relocate(e.violations(), path, Map.of()));
      return Quorum.none();
    }
  }

  private Treatment treatment(JsonNode node, String path) {
    return enumValue(Treatment.class, node, path, Treatment.EXCLUDED);
  }

  <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String path, E fallback) {
    if (node.isMissingNode()) {
      return fallback;
    }
    String wanted = node.isString() ? node.asString().toUpperCase(Locale.ROOT).replace('-', '_') : "";
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(wanted)) {
        return constant;
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    problems.add(VoteFileMessages.at("motion.value", path, "allowed", names));
    return fallback;
  }

  String text(JsonNode node, String path, String fallback) {
    if (node.isMissingNode()) {
      return fallback;
    }
    if (!node.isString() || node.asString().isBlank()) {
      problem(path, "nonEmptyString");
      return fallback;
    }
    return node.asString();
  }

  long number(JsonNode node, String path, long fallback) {
    if (node.isMissingNode()) {
      return fallback;
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
      problem(path, "count");
      return fallback;
    }
    return node.longValue();
  }

  /** A problem: the value at {@code path} is not of the {@code expected} kind ({@code json.expected.<kind>}). */
  void problem(String path, String expected) {
    problems.add(VoteFileMessages.at("json.expected." + expected, path));
  }
}
