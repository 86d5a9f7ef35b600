package coop.ess.examples.cli;

import coop.ess.core.EssValidationException;
import coop.ess.core.Violation;
import coop.ess.core.governance.Tally;
import coop.ess.core.governance.counting.Ballot;
import coop.ess.core.governance.counting.CountResult;
import coop.ess.core.governance.counting.CountingMethod;
import coop.ess.core.governance.counting.Election;
import coop.ess.core.governance.counting.Project;
import coop.ess.core.governance.counting.Rational;
import coop.ess.core.governance.counting.Round;
import coop.ess.core.governance.counting.TieBreak;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ess vote FILE.json}: counts a ballot file with one of the counting methods and prints the result as JSON
 * ({@code method}, {@code winners}, {@code ranking} where the method ranks, {@code rounds}, {@code tieBreaks}, and
 * the {@code quota} of STV). The input format is described in {@code docs/governance-counting.md}; the file is
 * checked against the {@code ballot} schema of ess-json first. A file that is not valid prints one line naming the
 * JSON pointer or field, and exits with 1.
 */
@Command(name = "vote", mixinStandardHelpOptions = true,
    description = "Counts a ballot file (JSON) and prints the result as JSON: winners, ranking, rounds.")
public final class VoteCommand implements Callable<Integer> {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Parameters(index = "0", paramLabel = "FILE", description = "the ballot file, such as election.json")
  Path file = Path.of("");

  @CommandLine.Spec
  CommandLine.Model.@org.jspecify.annotations.Nullable CommandSpec spec;

  @Override
  public Integer call() {
    String source = String.valueOf(file.getFileName());
    JsonNode root = JsonInput.read(file, "ballot");
    Reader reader = new Reader(source);
    CountingMethod method = reader.method(root);
    Election election;
    Map<String, Object> motion = Map.of();
    if (method == CountingMethod.MAJORITY && MotionFile.isRollCall(root)) {
      if (root.has("ballots")) {
        throw invalid(source, "motion.ballots", "/ballots");
      }
      MotionFile.Decision decision = MotionFile.count(root, source);
      motion = decision.json();
      election = rollCallElection(decision.tally());
    } else {
      election = reader.election(root);
      if (method == CountingMethod.MAJORITY && root.has("motion")) {
        motion = MotionFile.count(root, source).json();
      }
    }
    CountResult result = method.count(election);
    CommandLine.Model.CommandSpec current = spec;
    java.io.PrintWriter out = current == null ? new java.io.PrintWriter(System.out, true)
        : current.commandLine().getOut();
    out.println(toJson(result, motion));
    out.flush();
    return 0;
  }

  private static Election rollCallElection(Tally tally) {
    Election.Builder election = Election.builder();
    long[] counts = {tally.votesFor(), tally.against(), tally.abstain(), tally.blank()};
    String[] choices = {"yes", "no", "abstain", "blank"};
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        election.addBallots(Ballot.choosing(counts[i], choices[i]));
      }
    }
    return election.build();
  }

  /**
   * The result as pretty-printed JSON; exact fractions are written as strings such as {@code "449996/10000"}.
   *
   * @param result the result, not null
   * @return the JSON text, not null
   */
  public static String toJson(CountResult result) {
    return toJson(result, Map.of());
  }

  /**
   * The result as pretty-printed JSON, with the decision of a motion (see {@code docs/governance-counting.md}).
   *
   * @param result the result, not null
   * @param motion the motion's decision, empty when the file has no {@code "motion"} section, not null
   * @return the JSON text, not null
   */
  /** A tie-break as JSON: round, purpose, tied, order, seed, rule ({@code lot} or {@code previous-rounds}). */
  private static Map<String, Object> tieJson(TieBreak tie) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("round", tie.round());
    t.put("purpose", tie.purpose());
    t.put("tied", tie.tied());
    t.put("order", tie.order());
    t.put("seed", tie.seed());
    t.put("rule", tie.rule() == TieBreak.Rule.LOT ? "lot" : "previous-rounds");
    tie.decidingRound().ifPresent(deciding -> t.put("decidingRound", deciding));
    return t;
  }

  static String toJson(CountResult result, Map<String, Object> motion) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("method", result.method().id());
    json.put("winners", result.winners());
    if (!result.ranking().isEmpty()) {
      json.put("ranking", result.ranking());
    }
    result.quota().ifPresent(quota -> json.put("quota", number(quota)));
    json.put("validBallots", number(result.validBallots()));
    List<Object> rounds = new ArrayList<>();
    for (Round round : result.rounds()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("round", round.number());
      r.put("description", round.description());
      Map<String, Object> tallies = new LinkedHashMap<>();
      round.tallies().forEach((key, value) -> tallies.put(key, number(value)));
      r.put("tallies", tallies);
      r.put("elected", round.elected());
      r.put("eliminated", round.eliminated());
      if (round.nonTransferable().signum() != 0) {
        r.put("nonTransferable", number(round.nonTransferable()));
      }
      if (!round.tieBreaks().isEmpty()) {
        r.put("tieBreaks", round.tieBreaks().stream().map(VoteCommand::tieJson).toList());
      }
      rounds.add(r);
    }
    json.put("rounds", rounds);
    json.put("tieBreaks", result.tieBreaks().stream().map(VoteCommand::tieJson).toList());
    if (!motion.isEmpty()) {
      json.put("motion", motion);
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json);
  }

  private static Object number(Rational value) {
    return value.isInteger() ? value.numerator() : value.toString();
  }

  private static EssValidationException invalid(String source, String code, String field) {
    return new EssValidationException(source, List.of(VoteFileMessages.at(code, field)));
  }

  /** Reads the fields of a ballot file, collecting every problem with its JSON pointer. Not thread-safe. */
  private static final class Reader {
    private final String source;
    private final List<Violation> problems = new ArrayList<>();

    Reader(String source) {
      this.source = source;
    }

    CountingMethod method(JsonNode root) {
      JsonNode method = root.path("method");
      if (!method.isString()) {
        throw invalid(source, "json.required.method", "/method");
      }
      try {
        return CountingMethod.fromId(method.asString());
      } catch (EssValidationException e) {
        throw new EssValidationException(source, relocate(e, "/method"));
      }
    }

    Election election(JsonNode root) {
      if (!root.isObject()) {
        throw invalid(source, "json.expected.fileObject", "");
      }
      Election.Builder election = Election.builder();
      election.candidates(strings(root.path("candidates"), "/candidates"));
      if (!root.path("seats").isMissingNode()) {
        election.seats((int) integer(root.path("seats"), "/seats"));
      }
      if (!root.path("seed").isMissingNode()) {
        election.seed(integer(root.path("seed"), "/seed"));
      }
      if (!root.path("budget").isMissingNode()) {
        election.budget(integer(root.path("budget"), "/budget"));
      }
      election.grades(strings(root.path("grades"), "/grades"));
      if (!root.path("defaultGrade").isMissingNode()) {
        election.defaultGrade(string(root.path("defaultGrade"), "/defaultGrade"));
      }
      JsonNode projects = root.path("projects");
      if (array(projects, "/projects")) {
        for (int i = 0; i < projects.size(); i++) {
          JsonNode project = projects.get(i);
          String path = "/projects/" + i;
          String id = string(project.path("id"), path + "/id");
          long cost = integer(project.path("cost"), path + "/cost");
          try {
            election.addProjects(Project.of(id, cost));
          } catch (EssValidationException e) {
            problems.addAll(relocate(e, path));
          }
        }
      }
      JsonNode ballots = root.path("ballots");
      if (array(ballots, "/ballots")) {
        for (int i = 0; i < ballots.size(); i++) {
          ballot(ballots.get(i), "/ballots/" + i, election);
        }
      }
      if (!problems.isEmpty()) {
        throw new EssValidationException(source, problems);
      }
      try {
        return election.build();
      } catch (EssValidationException e) {
        throw new EssValidationException(source, relocate(e, ""));
      }
    }

    private void ballot(JsonNode node, String path, Election.Builder election) {
      if (!node.isObject()) {
        type(path, "object");
        return;
      }
      Ballot.Builder ballot = Ballot.builder();
      if (!node.path("count").isMissingNode()) {
        ballot.count(integer(node.path("count"), path + "/count"));
      }
      ballot.ranking(strings(node.path("ranking"), path + "/ranking"));
      ballot.approve(strings(node.path("approve"), path + "/approve"));
      if (!node.path("choice").isMissingNode()) {
        ballot.choice(string(node.path("choice"), path + "/choice"));
      }
      JsonNode scores = node.path("scores");
      if (object(scores, path + "/scores")) {
        for (String name : scores.propertyNames()) {
          ballot.putScore(name, integer(scores.path(name), path + "/scores/" + name));
        }
      }
      JsonNode grades = node.path("grades");
      if (object(grades, path + "/grades")) {
        for (String name : grades.propertyNames()) {
          ballot.putGrade(name, string(grades.path(name), path + "/grades/" + name));
        }
      }
      try {
        election.addBallots(ballot.build());
      } catch (EssValidationException e) {
        problems.addAll(relocate(e, path));
      }
    }

    private List<Violation> relocate(EssValidationException e, String pointer) {
      List<Violation> moved = new ArrayList<>();
      for (Violation v : e.violations()) {
        String field = v.field().isEmpty() ? pointer : pointer + "/" + v.field().replace('.', '/')
            .replace("[", "/").replace("]", "");
        moved.add(Violation.builder().from(v).field(field).build());
      }
      return moved;
    }

    private boolean array(JsonNode node, String path) {
      if (node.isMissingNode() || node.isNull()) {
        return false;
      }
      if (!node.isArray()) {
        type(path, "array");
        return false;
      }
      return true;
    }

    private boolean object(JsonNode node, String path) {
      if (node.isMissingNode() || node.isNull()) {
        return false;
      }
      if (!node.isObject()) {
        type(path, "object");
        return false;
      }
      return true;
    }

    private List<String> strings(JsonNode node, String path) {
      List<String> values = new ArrayList<>();
      if (array(node, path)) {
        for (int i = 0; i < node.size(); i++) {
          values.add(string(node.get(i), path + "/" + i));
        }
      }
      return values;
    }

    private String string(JsonNode node, String path) {
      if (!node.isString()) {
        type(path, "string");
        return "?";
      }
      return node.asString();
    }

    private long integer(JsonNode node, String path) {
      if (!node.isIntegralNumber() || !node.canConvertToLong()) {
        type(path, "wholeNumber");
        return 1;
      }
      return node.longValue();
    }

    private void type(String path, String expected) {
      problems.add(VoteFileMessages.at("json.expected." + expected, path));
    }
  }
}
