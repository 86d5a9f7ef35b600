package coop.ess.core.governance.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Participatory budgets counted from a Pabulib file: Gdańsk 2020, district Przeróbka ({@code gdansk-2020-przerobka.pb},
 * from the Pabulib team's {@code pabulib/checker} repository, MIT; source and licence in the {@code README.md} beside
 * the file). The file publishes, for each project, its number of supporters ({@code votes}: project 3 120, project 1
 * 73, project 2 22) and of points ({@code score}: 433, 198, 61), and {@code fully_funded;1}: the three projects
 * (55,900 PLN) fit in the budget of 242,800 PLN and were all funded. Cumulative ballots (1 to 5 points spread over
 * the projects) are read as approvals of the projects given points, and as scores for the points.
 */
class PabulibTest {

  private static PbFile gdansk;

  /** The sections of a {@code .pb} file: META as key/value, PROJECTS and VOTES as rows keyed by column name. */
  record PbFile(Map<String, String> meta, List<Map<String, String>> projects, List<Map<String, String>> votes) {

    /** Reads the semicolon-separated sections of a {@code .pb} file (no quoted fields in the files used here). */
    static PbFile read(List<String> lines) {
      Map<String, String> meta = new LinkedHashMap<>();
      List<Map<String, String>> projects = new ArrayList<>();
      List<Map<String, String>> votes = new ArrayList<>();
      String section = "";
      String[] header = new String[0];
      for (String line : lines) {
        String trimmed = line.strip();
        if (trimmed.equals("META") || trimmed.equals("PROJECTS") || trimmed.equals("VOTES")) {
          section = trimmed;
          header = new String[0];
        } else if (!trimmed.isEmpty() && header.length == 0) {
          header = trimmed.split(";");
        } else if (!trimmed.isEmpty()) {
          String[] fields = trimmed.split(";", -1);
          Map<String, String> row = new LinkedHashMap<>();
          for (int i = 0; i < header.length; i++) {
            row.put(header[i].strip(), fields[i].strip());
          }
          switch (section) {
            case "META" -> meta.put(row.get("key"), row.get("value"));
            case "PROJECTS" -> projects.add(row);
            default -> votes.add(row);
          }
        }
      }
      return new PbFile(meta, projects, votes);
    }

    /** A column of a row, which the files used here always fill. */
    static String field(Map<String, String> row, String column) {
      return Objects.requireNonNull(row.get(column), column);
    }

    /** The budget election: the file's budget and project costs, each vote approving the projects it names. */
    Election approvals() {
      Election.Builder election = Election.builder()
          .budget(new BigDecimal(Objects.requireNonNull(meta.get("budget"))).longValueExact());
      for (Map<String, String> project : projects) {
        // Pabulib files may write a cost with a decimal comma ("8000,0")
        long cost = new BigDecimal(field(project, "cost").replace(',', '.')).longValueExact();
        election.addProjects(Project.of(field(project, "project_id"), cost));
      }
      for (Map<String, String> vote : votes) {
        election.addBallots(Ballot.approving(1, field(vote, "vote").split(",")));
      }
      return election.build();
    }

    /** The score election: the projects as candidates, each vote giving its points. */
    Election points() {
      Election.Builder election = Election.builder();
      projects.forEach(project -> election.addCandidates(field(project, "project_id")));
      for (Map<String, String> vote : votes) {
        String[] ids = field(vote, "vote").split(",");
        String[] points = field(vote, "points").split(",");
        Ballot.Builder ballot = Ballot.builder().count(1);
        for (int i = 0; i < ids.length; i++) {
          ballot.putScore(ids[i], Long.parseLong(points[i]));
        }
        election.addBallots(ballot.build());
      }
      return election.build();
    }

    /** The published column of the PROJECTS section, by project id. */
    Map<String, Rational> published(String column) {
      Map<String, Rational> values = new LinkedHashMap<>();
      projects.forEach(p -> values.put(field(p, "project_id"), Rational.of(Long.parseLong(field(p, column)))));
      return values;
    }
  }

  @BeforeAll
  static void readTheFile() throws IOException {
    try (InputStream in = Objects.requireNonNull(PabulibTest.class.getResourceAsStream("gdansk-2020-przerobka.pb"))) {
      gdansk = PbFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    }
  }

  @Test
  void theFileIsReadWhole() {
    assertThat(gdansk.meta()).containsEntry("num_projects", "3").containsEntry("num_votes", "182")
        .containsEntry("fully_funded", "1");
    assertThat(gdansk.projects()).hasSize(3);
    assertThat(gdansk.votes()).hasSize(182);
  }

  @Test
  void approvalsReproduceThePublishedSupporters() {
    Election approvals = gdansk.approvals();
    Election asCandidates = Election.builder().addAllCandidates(gdansk.published("votes").keySet())
        .ballots(approvals.ballots()).build();

    CountResult result = CountingMethod.APPROVAL.count(asCandidates);

    assertThat(result.rounds().get(0).tallies()).containsExactlyInAnyOrderEntriesOf(gdansk.published("votes"));
  }

  @Test
  void pointsReproduceThePublishedScores() {
    CountResult result = CountingMethod.SCORE.count(gdansk.points());

    assertThat(result.rounds().get(0).tallies()).containsExactlyInAnyOrderEntriesOf(gdansk.published("score"));
    assertThat(result.winners()).containsExactly("3");
  }

  @Test
  void greedyFundsEveryProjectInOrderOfSupportAsPublished() {
    CountResult result = CountingMethod.GREEDY_BUDGET.count(gdansk.approvals());

    assertThat(result.winners()).containsExactly("3", "1", "2");
    assertThat(result.rounds()).last().satisfies(round ->
        assertThat(round.tallies()).containsEntry("remaining", Rational.of(242_800 - 55_900)));
    assertThat(result.tieBreaks()).isEmpty();
  }

  @Test
  void equalSharesAlsoFundsEveryProject() {
    CountResult result = CountingMethod.EQUAL_SHARES.count(gdansk.approvals());

    assertThat(result.winners()).containsExactlyInAnyOrder("1", "2", "3");
  }
}
