package coop.ess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.examples.cli.EssCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VoteCommandTest {

  private static final String TENNESSEE = """
      "candidates": ["Memphis", "Nashville", "Chattanooga", "Knoxville"],
      "ballots": [
        {"count": 42, "ranking": ["Memphis", "Nashville", "Chattanooga", "Knoxville"]},
        {"count": 26, "ranking": ["Nashville", "Chattanooga", "Knoxville", "Memphis"]},
        {"count": 15, "ranking": ["Chattanooga", "Knoxville", "Nashville", "Memphis"]},
        {"count": 17, "ranking": ["Knoxville", "Chattanooga", "Nashville", "Memphis"]}]}
      """;

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int vote(String json) throws IOException {
    Path file = dir.resolve("election.json");
    Files.writeString(file, json);
    CommandLine commandLine = EssCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute("vote", file.toString());
  }

  private String compact() {
    return out.toString().replaceAll("\\s+", "");
  }

  @Test
  void schulzePrintsWinnersRankingAndRounds() throws IOException {
    assertThat(vote("{\"method\": \"schulze\", \"seats\": 1, " + TENNESSEE)).isZero();
    assertThat(compact()).contains("\"method\":\"schulze\"", "\"winners\":[\"Nashville\"]",
        "\"ranking\":[[\"Nashville\"],[\"Chattanooga\"],[\"Knoxville\"],[\"Memphis\"]]", "\"rounds\":[");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void rankedMethodsGiveThePublishedTennesseeWinners() throws IOException {
    String[][] expected = {{"plurality", "Memphis"}, {"irv", "Knoxville"}, {"borda", "Nashville"},
        {"ranked-pairs", "Nashville"}, {"copeland", "Nashville"}, {"stv", "Knoxville"}, {"meek-stv", "Knoxville"}};
    for (String[] method : expected) {
      out.getBuffer().setLength(0);
      assertThat(vote("{\"method\": \"" + method[0] + "\", " + TENNESSEE)).as(method[0]).isZero();
      assertThat(compact()).as(method[0]).contains("\"winners\":[\"" + method[1] + "\"]");
    }
  }

  @Test
  void stvReportsTheQuotaAndExactFractions() throws IOException {
    assertThat(vote("""
        {"method": "stv", "seats": 2, "candidates": ["A", "B", "C", "D"],
         "ballots": [{"count": 60, "ranking": ["A", "B", "C"]}, {"count": 26, "ranking": ["B"]},
                     {"count": 20, "ranking": ["C", "D"]}, {"count": 14, "ranking": ["D", "C"]}]}
        """)).isZero();
    assertThat(compact()).contains("\"winners\":[\"A\",\"B\"]", "\"quota\":41", "\"B\":\"112499/2500\"",
        "\"nonTransferable\":\"1/2500\"");
  }

  @Test
  void yesNoMajority() throws IOException {
    assertThat(vote("""
        {"method": "majority", "ballots": [{"count": 12, "choice": "yes"}, {"count": 5, "choice": "no"},
         {"count": 3, "choice": "abstain"}, {"count": 1, "choice": "blank"}]}
        """)).isZero();
    assertThat(compact()).contains("\"winners\":[\"yes\"]", "\"abstain\":3", "\"blank\":1");
  }

  @Test
  void approvalAndScore() throws IOException {
    assertThat(vote("""
        {"method": "approval", "candidates": ["A", "B"], "ballots": [{"count": 3, "approve": ["A", "B"]},
         {"count": 2, "approve": ["B"]}]}
        """)).isZero();
    assertThat(compact()).contains("\"winners\":[\"B\"]", "\"ranking\":[[\"B\"],[\"A\"]]");
    out.getBuffer().setLength(0);
    assertThat(vote("""
        {"method": "score", "candidates": ["A", "B"], "ballots": [{"count": 2, "scores": {"A": 5, "B": 2}},
         {"count": 1, "scores": {"B": 5}}]}
        """)).isZero();
    assertThat(compact()).contains("\"winners\":[\"A\"]", "\"A\":10", "\"B\":9");
  }

  @Test
  void majorityJudgment() throws IOException {
    assertThat(vote("""
        {"method": "majority-judgment", "candidates": ["A", "B"],
         "grades": ["Reject", "Poor", "Fair", "Good", "Excellent"],
         "ballots": [{"count": 3, "grades": {"A": "Good", "B": "Fair"}}, {"count": 2, "grades": {"A": "Poor"}}]}
        """)).isZero();
    assertThat(compact()).contains("\"winners\":[\"A\"]", "\"ranking\":[[\"A\"],[\"B\"]]");
  }

  @Test
  void anIrvExclusionDrawnByLotIsMarkedInItsRound() throws IOException {
    assertThat(vote("""
        {"method": "irv", "candidates": ["A", "B", "C", "D"], "seed": 7,
         "ballots": [{"count": 5, "ranking": ["A"]}, {"count": 3, "ranking": ["B"]},
                     {"count": 2, "ranking": ["C", "B"]}, {"count": 2, "ranking": ["D", "B"]}]}
        """)).isZero();
    assertThat(compact()).contains("\"winners\":[\"B\"]")
        .contains("\"eliminated\":[\"C\"],\"tieBreaks\":[{\"round\":1,\"purpose\":\"exclusion\",\"tied\":[\"C\",\"D\"],"
            + "\"order\":[\"C\",\"D\"],\"seed\":7,\"rule\":\"lot\"}]")
        .contains("exclusiontieamongC,Ddrawnbylot(seed7)");
  }

  @Test
  void budgets() throws IOException {
    String budget = """
        "budget": 110, "projects": [{"id": "A1", "cost": 30}, {"id": "A2", "cost": 30}, {"id": "A3", "cost": 30},
         {"id": "B", "cost": 30}],
        "ballots": [{"count": 6, "approve": ["A1", "A2", "A3"]}, {"count": 1, "approve": ["A1", "A2"]},
         {"count": 1, "approve": ["A1"]}, {"count": 3, "approve": ["B"]}]}
        """;
    assertThat(vote("{\"method\": \"greedy-budget\", " + budget)).isZero();
    assertThat(compact()).contains("\"winners\":[\"A1\",\"A2\",\"A3\"]").doesNotContain("\"ranking\"");
    out.getBuffer().setLength(0);
    assertThat(vote("{\"method\": \"equal-shares\", " + budget)).isZero();
    assertThat(compact()).contains("\"winners\":[\"A1\",\"A2\",\"B\"]");
  }

  @Test
  void anUnknownCandidateNamesTheJsonPointerAndExits1() throws IOException {
    assertThat(vote("""
        {"method": "schulze", "candidates": ["A", "B"],
         "ballots": [{"count": 1, "ranking": ["A"]}, {"count": 2, "ranking": ["B", "Z"]}]}
        """)).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).startsWith("ess: ").contains("/ballots/1/ranking/1", "Z").hasLineCount(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void badTypesAndUnknownMethodsAreNamed() throws IOException {
    assertThat(vote("{\"method\": \"borda\", \"candidates\": [\"A\"], \"ballots\": [{\"count\": \"two\"}]}"))
        .isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).contains("/ballots/0/count").hasLineCount(1);
    err.getBuffer().setLength(0);
    assertThat(vote("{\"method\": \"dhondt\"}")).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).contains("/method", "dhondt").hasLineCount(1);
    err.getBuffer().setLength(0);
    assertThat(vote("{\"method\": ")).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).contains("not valid JSON").hasLineCount(1);
  }

  /** The general assembly of the demo, as a file: three SCIC colleges, a quorum, proxies counted as represented. */
  private static final String ASSEMBLY = """
      {"method": "majority",
       "motion": {"name": "Open the coworking spaces until 22:00", "threshold": "simple-majority",
         "quorum": {"numerator": 1, "denominator": 2, "boundary": "at-least", "base": "present-and-represented"},
         "electorate": 9, "present": 6, "represented": 2,
         "colleges": [{"id": "usagers", "weightPercent": 40, "members": 4},
                      {"id": "porteurs", "weightPercent": 30, "members": 2},
                      {"id": "partenaires", "weightPercent": 30, "members": 3}],
         "reading": "READING"},
       "ballots": [{"count": 1, "choice": "yes", "college": "usagers"},
                   {"count": 2, "choice": "no", "college": "usagers"},
                   {"count": 1, "choice": "abstain", "college": "usagers"},
                   {"count": 2, "choice": "yes", "college": "porteurs"},
                   {"count": 1, "choice": "yes", "college": "partenaires"},
                   {"count": 1, "choice": "no", "college": "partenaires"}]}
      """;

  @Test
  void aMotionInCollegesIsDecidedUnderEachStatuteReading() throws IOException {
    assertThat(vote(ASSEMBLY.replace("READING", "proportional"))).isZero();
    assertThat(compact()).contains("\"motion\":{\"outcome\":\"ADOPTED\",\"share\":\"7/12\",\"thresholdMet\":true,"
        + "\"quorumMet\":true,\"tally\":{\"yes\":4,\"no\":3,\"abstain\":1,\"blank\":0}");
    out.getBuffer().setLength(0);
    assertThat(vote(ASSEMBLY.replace("READING", "bloc"))).isZero();
    assertThat(compact()).contains("\"outcome\":\"REJECTED\",\"share\":\"3/10\"");
  }

  @Test
  void aMotionWithoutQuorumIsNotDecided() throws IOException {
    assertThat(vote(ASSEMBLY.replace("READING", "proportional").replace("\"electorate\": 9",
        "\"electorate\": 20"))).isZero();
    assertThat(compact()).contains("\"quorumMet\":false");
  }

  @Test
  void everyProblemOfAMotionIsNamedByItsPointer() throws IOException {
    String bad = ASSEMBLY.replace("READING", "proportional")
        .replace("\"weightPercent\": 40", "\"weightPercent\": 60")
        .replace("\"college\": \"porteurs\"", "\"college\": \"nobody\"");
    assertThat(vote(bad)).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).contains("/ballots/3/college", "[motion.unknownCollege]");
    assertThat(err.toString().lines()).hasSize(1);
  }
  /**
   * A roll call: nine members in three colleges, six present, proxies capped at one per holder. Tom (absent) gave his
   * proxy to Camille and Inès (absent) hers to Paul: both count as represented (8 of 9 present or represented).
   * Camille votes no for Tom, then Tom votes yes himself and overrides his proxy.
   */
  private static final String ROLL_CALL = """
      {"method": "majority",
       "motion": {"name": "Open the coworking spaces until 22:00", "date": "2026-03-02",
         "quorum": {"numerator": 1, "denominator": 2, "boundary": "at-least", "base": "present-and-represented"},
         "colleges": [{"id": "usagers", "weightPercent": 40}, {"id": "porteurs", "weightPercent": 30},
                      {"id": "partenaires", "weightPercent": 30}],
         "proxyCap": 1,
         "members": [{"id": "camille", "college": "usagers", "attendance": "in-room"},
                     {"id": "tom", "college": "usagers"},
                     {"id": "lea", "college": "usagers", "attendance": "online"},
                     {"id": "yanis", "college": "usagers", "attendance": "in-room"},
                     {"id": "paul", "college": "porteurs", "attendance": "in-room"},
                     {"id": "ines", "college": "porteurs"},
                     {"id": "louis", "college": "partenaires", "attendance": "in-room"},
                     {"id": "marie", "college": "partenaires", "attendance": "in-room"},
                     {"id": "sacha", "college": "partenaires"}],
         "proxies": [{"giver": "tom", "holder": "camille"}, {"giver": "ines", "holder": "paul"}PROXIES],
         "votes": [{"member": "camille", "choice": "yes"}, {"member": "camille", "for": "tom", "choice": "no"},
                   {"member": "lea", "choice": "no"}, {"member": "yanis", "choice": "abstain"},
                   {"member": "paul", "choice": "yes"}, {"member": "paul", "for": "ines", "choice": "yes"},
                   {"member": "louis", "choice": "yes"}, {"member": "marie", "choice": "no"},
                   {"member": "tom", "choice": "yes"}VOTES]}}
      """;

  private static String rollCall(String proxies, String votes) {
    return ROLL_CALL.replace("PROXIES", proxies).replace("VOTES", votes);
  }

  @Test
  void aRollCallCountsProxiesAsRepresentedAndLetsAMemberOverrideTheirProxy() throws IOException {
    assertThat(vote(rollCall("", ""))).isZero();
    assertThat(compact())
        .contains("\"winners\":[\"yes\"]")
        .contains("\"tally\":{\"yes\":5,\"no\":2,\"abstain\":1,\"blank\":0}")
        .contains("\"turnout\":{\"electorate\":9,\"present\":6,\"online\":1,\"byCorrespondence\":0,\"represented\":2}")
        .contains("\"proxies\":[{\"giver\":\"ines\",\"holder\":\"paul\"},{\"giver\":\"tom\",\"holder\":\"camille\"}]")
        .contains("\"kind\":\"PROXY_VOTE_OVERRIDDEN\",\"actor\":\"tom\",\"other\":\"camille\",\"choice\":\"FOR\","
            + "\"previousChoice\":\"AGAINST\"")
        .contains("\"quorumMet\":true", "\"outcome\":\"ADOPTED\"");
    assertThat(err.toString()).isEmpty();
  }

  /** Sacha's voting form was received before the sitting: she votes by correspondence. */
  private static String withSachaByCorrespondence(String proxies) {
    return rollCall(proxies, ", {\"member\": \"sacha\", \"choice\": \"no\"}")
        .replace("{\"id\": \"sacha\", \"college\": \"partenaires\"}",
            "{\"id\": \"sacha\", \"college\": \"partenaires\", \"attendance\": \"by-correspondence\"}");
  }

  @Test
  void aVoteByCorrespondenceIsCountedAndShownApartInTheTurnout() throws IOException {
    assertThat(vote(withSachaByCorrespondence(""))).isZero();
    assertThat(compact())
        .contains("\"tally\":{\"yes\":5,\"no\":3,\"abstain\":1,\"blank\":0}")
        .contains("\"turnout\":{\"electorate\":9,\"present\":6,\"online\":1,\"byCorrespondence\":1,\"represented\":2}")
        .contains("\"kind\":\"PRESENCE_RECORDED\",\"actor\":\"sacha\",\"detail\":\"BY_CORRESPONDENCE\"")
        .contains("\"kind\":\"VOTE_CAST\",\"actor\":\"sacha\",\"choice\":\"AGAINST\"");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aQuorumCountsVotesByCorrespondenceUnlessItSaysNotCounted() throws IOException {
    // 9 of 9 take part (6 present, 1 by correspondence, 2 represented): a quorum of 9/10 is met only with Sacha.
    String strict = withSachaByCorrespondence("").replace("\"numerator\": 1, \"denominator\": 2",
        "\"numerator\": 9, \"denominator\": 10");
    assertThat(vote(strict)).isZero();
    assertThat(compact()).contains("\"quorumMet\":true", "\"outcome\":\"ADOPTED\"");
    out.getBuffer().setLength(0);

    assertThat(vote(strict.replace("\"base\": \"present-and-represented\"",
        "\"base\": \"present-and-represented\", \"correspondence\": \"not-counted\""))).isZero();
    assertThat(compact()).contains("\"quorumMet\":false", "\"outcome\":\"NO_QUORUM\"", "\"byCorrespondence\":1");
  }

  @Test
  void aMemberVotingByCorrespondenceCannotHoldAProxy() throws IOException {
    assertThat(vote(withSachaByCorrespondence("").replace("{\"giver\": \"ines\", \"holder\": \"paul\"}",
        "{\"giver\": \"ines\", \"holder\": \"sacha\"}"))).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).startsWith("ess: ")
        .contains("/motion/proxies/1/holder", "sacha votes by correspondence", "[proxy.holderByCorrespondence]")
        .hasLineCount(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aCountedMotionAcceptsVotesByCorrespondenceInItsTurnout() throws IOException {
    String fewPresent = ASSEMBLY.replace("READING", "bloc").replace("\"present\": 6, \"represented\": 2",
        "\"present\": 5, \"byCorrespondence\": 1, \"represented\": 2");
    assertThat(vote(fewPresent)).isZero();
    assertThat(compact()).contains("\"quorumMet\":true", "quorummet(present5,bycorrespondence1,represented2of9)");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aProxyBeyondTheCapIsOneLineNamingTheEntry() throws IOException {
    assertThat(vote(rollCall(", {\"giver\": \"sacha\", \"holder\": \"camille\"}", ""))).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).startsWith("ess: ").contains("/motion/proxies/2/holder", "camille", "[proxy.cap]")
        .hasLineCount(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anUnknownMemberIsNamedByItsPointer() throws IOException {
    assertThat(vote(rollCall(", {\"giver\": \"sacha\", \"holder\": \"zoe\"}",
        ", {\"member\": \"nobody\", \"choice\": \"yes\"}"))).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).contains("/motion/proxies/2/holder", "[proxy.notInElectorate]")
        .contains("/motion/votes/9/member", "[vote.notInElectorate]").hasLineCount(1);
  }

  @Test
  void aProxyVoteAfterTheGiverVotedIsRefused() throws IOException {
    assertThat(vote(rollCall("", ", {\"member\": \"camille\", \"for\": \"tom\", \"choice\": \"no\"}")))
        .isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).contains("/motion/votes/9/for", "[proxy.giverVoted]").hasLineCount(1);
  }

  @Test
  void aVoteFromAMemberNeitherPresentNorRepresentedIsOneLineNamingTheEntry() throws IOException {
    // sacha is absent and gave no proxy; with ines's proxy, paul (present) may vote, but not sacha for herself.
    assertThat(vote(rollCall("", ", {\"member\": \"sacha\", \"choice\": \"no\"}")))
        .isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).startsWith("ess: ")
        .contains("/motion/votes/9/member", "sacha is neither present nor represented", "[vote.absent]")
        .hasLineCount(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aRollCallRefusesCountsItDerivesAndLooseBallots() throws IOException {
    String bad = rollCall("", "").replace("\"proxyCap\": 1,", "\"proxyCap\": 1, \"present\": 6,")
        .replace("{\"id\": \"usagers\", \"weightPercent\": 40}", "{\"id\": \"usagers\", \"weightPercent\": 40, \"members\": 4}");
    assertThat(vote(bad)).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).contains("/motion/present", "/motion/colleges/0/members", "[motion.derived]")
        .hasLineCount(1);
    err.getBuffer().setLength(0);
    assertThat(vote(rollCall("", "").replace("{\"method\": \"majority\",",
        "{\"method\": \"majority\", \"ballots\": [],"))).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).contains("/ballots", "[motion.ballots]").hasLineCount(1);
  }

  @Test
  void aRollCallWithoutQuorumIsNotAdopted() throws IOException {
    String thin = rollCall("", "").replace("\"numerator\": 1, \"denominator\": 2", "\"numerator\": 9, \"denominator\": 10");
    assertThat(vote(thin)).isZero();
    assertThat(compact()).contains("\"quorumMet\":false", "\"outcome\":\"NO_QUORUM\"");
  }
  @Test
  void aSecretRollCallKeepsNoChoiceInItsJournal() throws IOException {
    String secret = rollCall("", "").replace("\"date\": \"2026-03-02\",", "\"date\": \"2026-03-02\", \"secret\": true,")
        .replaceAll(",\\s*\\{\"member\": \"tom\", \"choice\": \"yes\"}", "");
    assertThat(vote(secret)).isZero();
    assertThat(compact()).contains("\"tally\":{\"yes\":4,\"no\":3,\"abstain\":1,\"blank\":0}",
        "\"kind\":\"PROXY_USED\",\"actor\":\"camille\",\"other\":\"tom\"}").doesNotContain("\"choice\"");
  }
  @Test
  void collegeWeightsAndQuorumFractionsAreNamedByTheirPointer() throws IOException {
    String bad = ASSEMBLY.replace("READING", "bloc").replace("\"weightPercent\": 30, \"members\": 2",
        "\"weightPercent\": 20, \"members\": 2");
    assertThat(vote(bad)).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).contains("Invalid election.json", "/motion/colleges", "90 %", "[college.total]")
        .hasLineCount(1);
    err.getBuffer().setLength(0);
    assertThat(vote(ASSEMBLY.replace("READING", "bloc").replace("\"numerator\": 1, \"denominator\": 2",
        "\"numerator\": 3, \"denominator\": 2"))).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).contains("/motion/quorum/numerator", "[fraction.range]").hasLineCount(1);
  }

  @Test
  void moreBallotsThanMembersPresentOrRepresentedAreRefused() throws IOException {
    assertThat(vote(ASSEMBLY.replace("READING", "bloc").replace("\"present\": 6, \"represented\": 2",
        "\"present\": 5, \"represented\": 2"))).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).contains("/motion/present", "8 ballots", "[motion.moreBallotsThanVoters]")
        .hasLineCount(1);
    err.getBuffer().setLength(0);
    assertThat(vote(ASSEMBLY.replace("READING", "bloc").replace("\"present\": 6, \"represented\": 2",
        "\"present\": 8, \"represented\": 2"))).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).contains("/motion/present", "[turnout.exceedsElectorate]").hasLineCount(1);
  }

  @Test
  void aSecondConvocationHasItsOwnQuorumAndAThresholdMayBeAnyFraction() throws IOException {
    String second = ASSEMBLY.replace("READING", "proportional")
        .replace("\"present\": 6, \"represented\": 2", "\"present\": 8, \"represented\": 0, \"convocation\": 2,"
            + " \"secondConvocationQuorum\": {\"numerator\": 9, \"denominator\": 10, \"boundary\": \"at-least\"}");
    assertThat(vote(second)).isZero();
    assertThat(compact()).contains("\"quorumMet\":false", "\"outcome\":\"NO_QUORUM\"");
    out.getBuffer().setLength(0);
    String threeFifths = ASSEMBLY.replace("READING", "proportional").replace("\"simple-majority\"",
        "{\"name\": \"three-fifths\", \"numerator\": 3, \"denominator\": 5, \"boundary\": \"at-least\"}");
    assertThat(vote(threeFifths)).isZero();
    assertThat(compact()).contains("\"share\":\"7/12\"", "\"thresholdMet\":false", "\"outcome\":\"REJECTED\"",
        "three-fifths(>=3/5");
  }
  /** A quorum of half the electorate with 8 of 16 present or represented: met "at least", not met "more than". */
  @Test
  void theQuorumBoundaryIsExactInAFile() throws IOException {
    String half = ASSEMBLY.replace("READING", "proportional").replace("\"electorate\": 9", "\"electorate\": 16");
    assertThat(vote(half)).isZero();
    assertThat(compact()).contains("\"quorumMet\":true");
    out.getBuffer().setLength(0);
    assertThat(vote(half.replace("\"boundary\": \"at-least\"", "\"boundary\": \"more-than\""))).isZero();
    assertThat(compact()).contains("\"quorumMet\":false", "\"outcome\":\"NO_QUORUM\"");
  }

  @Test
  void aMotionValueOutsideTheSchemaStopsAtItsPointer() throws IOException {
    String bad = ASSEMBLY.replace("READING", "sideways").replace("simple-majority", "most");
    assertThat(vote(bad)).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).isEqualTo("ess: election.json: /motion/threshold: \"most\" is not one of "
        + "simple-majority, absolute-majority, two-thirds, three-quarters, unanimity" + System.lineSeparator());
    assertThat(out.toString()).isEmpty();
  }
}
