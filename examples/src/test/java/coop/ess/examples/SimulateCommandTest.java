package coop.ess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.examples.cli.EssCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = EssCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file);
  }

  @Test
  void theNewcomersCommandWritesMetricsSummaryAndReport() throws IOException {
    Path target = dir.resolve("out");

    assertThat(run("simulate", "--members", "100000", "--months", "12", "--seed", "1", "--out",
        target.toString() + "/")).isZero();

    List<String> csv = Files.readAllLines(target.resolve("metrics.csv"));
    assertThat(csv).hasSize(13);
    assertThat(csv.get(0)).startsWith("month,members,joined,left,needs,unmatched,attempts,exchanges,");
    assertThat(csv.get(12)).startsWith("12,");
    assertThat(read(target.resolve("summary.json"))).contains("\"settingsSha256\"", "\"members\" : 100000");
    String html = read(target.resolve("report.html"));
    assertThat(html).contains("Balance distribution", "Gini", "blocked by floor").containsPattern("(?s)(<svg.*){4}");
    assertThat(html).doesNotContain("<script", "src=", "href=", "<link");
    assertThat(out.toString()).contains("Simulated 12 months of 100000 members (seed 1)");
    assertThat(err.toString()).contains("12/12 months");
  }

  @Test
  void theSameSeedWritesTheSameBytesOnOneOrTwoThreads() throws IOException {
    // 40,000 members: three reduction chunks, really shared by two threads.
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    Path again = dir.resolve("again");
    assertThat(run("simulate", "--members", "40000", "--months", "3", "--seed", "9", "--threads", "1", "--quiet",
        "--out", one.toString())).isZero();
    assertThat(run("simulate", "--members", "40000", "--months", "3", "--seed", "9", "--threads", "2", "--quiet",
        "--out", two.toString())).isZero();
    assertThat(run("simulate", "--members", "40000", "--months", "3", "--seed", "9", "--threads", "2", "--quiet",
        "--out", again.toString())).isZero();

    for (String file : List.of("metrics.csv", "summary.json", "report.html")) {
      assertThat(Files.readAllBytes(two.resolve(file))).as(file).isEqualTo(Files.readAllBytes(one.resolve(file)));
      assertThat(Files.readAllBytes(again.resolve(file))).as(file).isEqualTo(Files.readAllBytes(one.resolve(file)));
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aSettingsFileIsReadAndOptionsOverrideIt() throws IOException {
    Path settings = Files.writeString(dir.resolve("settings.json"), """
        {"members": 50, "months": 2, "seed": 3, "limits": {"floor": -600, "ceiling": 600},
         "demurrage": {"idleMonths": 1, "percent": 10}, "matching": "nearest-floor",
         "categoryWeights": {"diy": 1, "cooking": 2}, "skillsPerMember": 1, "durationWeights": {"60": 1}}
        """);
    Path target = dir.resolve("run");

    assertThat(run("simulate", settings.toString(), "--months", "3", "--quiet", "--out", target.toString())).isZero();

    String summary = read(target.resolve("summary.json"));
    assertThat(summary).contains("\"members\" : 50", "\"months\" : 3", "\"matching\" : \"nearest-floor\"",
        "\"idleMonths\" : 1", "\"floor\" : -600");
    assertThat(Files.readAllLines(target.resolve("metrics.csv"))).hasSize(4);
  }

  @Test
  void aBadFieldIsNamedByItsPointerOnOneLine() throws IOException {
    Path settings = Files.writeString(dir.resolve("bad.json"), "{\"limits\": {\"floor\": 60, \"ceiling\": 600}}");

    assertThat(run("simulate", settings.toString(), "--out", dir.resolve("x").toString())).isEqualTo(1);

    assertThat(err.toString()).startsWith("ess: " + settings + " at /limits/floor: ").endsWith(System.lineSeparator())
        .hasLineCount(1);
  }

  @Test
  void anUnknownFieldOrAnInvalidValueIsRefused() throws IOException {
    Path unknown = Files.writeString(dir.resolve("unknown.json"), "{\"member\": 10}");
    assertThat(run("simulate", unknown.toString(), "--out", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("at /member: unknown field");

    assertThat(run("simulate", "--members", "1", "--out", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("at /members: A simulation needs 2 to 50000000 members (was 1).");
  }

  @Test
  void aSettingsFileIsReadByItsSchemaWhoseMatchingValuesAreLowerCase() throws IOException {
    Path settings = Files.writeString(dir.resolve("upper.json"), "{\"matching\": \"NEAREST-FLOOR\"}");

    assertThat(run("simulate", settings.toString(), "--out", dir.resolve("x").toString())).isEqualTo(1);

    assertThat(err.toString()).isEqualTo("ess: " + settings + " at /matching: \"NEAREST-FLOOR\" is not one of random, "
        + "nearest-floor" + System.lineSeparator());
  }

  @Test
  void aSettingsFileIsReadStrictlyAndMustBeValidBeforeTheOptionsApply() throws IOException {
    Path twice = Files.writeString(dir.resolve("twice.json"), "{\"members\": 10, \"members\": 20}");
    Path small = Files.writeString(dir.resolve("small.json"), "{\"members\": 1}");

    assertThat(run("simulate", twice.toString(), "--out", dir.resolve("x").toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith("ess: " + twice + " at the document root: not valid JSON: Duplicate")
        .hasLineCount(1);
    assertThat(run("simulate", small.toString(), "--members", "50", "--out", dir.resolve("y").toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("ess: " + small + " at /members: ");
  }

  @Test
  void aSweepRunBreakingAnInvariantIsNamedByTheGridItsPointerAndItsRun() throws IOException {
    Path grid = Files.writeString(dir.resolve("grid.json"), """
        {"base": {"members": 100, "months": 1, "categoryWeights": {"diy": 1, "cooking": 1}},
         "vary": {"skillsPerMember": [2, 3]}}
        """);

    assertThat(run("sweep", grid.toString(), "--quiet", "--out", dir.resolve("x").toString())).isEqualTo(1);

    assertThat(err.toString()).startsWith("ess: " + grid + " at /skillsPerMember: in run 2 [3]: ").hasLineCount(1);
  }

  @Test
  void aSweepWritesOneRowPerRunInGridOrderWhateverTheThreads() throws IOException {
    Path grid = Files.writeString(dir.resolve("grid.json"), """
        {"base": {"members": 300, "months": 2},
         "vary": {"needsPerMemberPerMonth": [1, 3], "limits": [{"floor": -300, "ceiling": 600},
                                                               {"floor": -1200, "ceiling": 2400}]},
         "seeds": [1, 2]}
        """);
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");

    assertThat(run("sweep", grid.toString(), "--threads", "1", "--quiet", "--out", one.toString())).isZero();
    assertThat(run("sweep", grid.toString(), "--threads", "2", "--quiet", "--out", two.toString())).isZero();

    List<String> rows = Files.readAllLines(one.resolve("sweep.csv"));
    assertThat(rows).hasSize(9);
    assertThat(rows.get(0)).startsWith("run,seed,needsPerMemberPerMonth,limits,settingsSha256,needs,");
    assertThat(rows.get(1)).startsWith("1,1,1,\"{\"\"floor\"\":-300,\"\"ceiling\"\":600}\",");
    assertThat(rows.get(2)).startsWith("2,2,1,");
    assertThat(rows.get(8)).startsWith("8,2,3,\"{\"\"floor\"\":-1200,");
    assertThat(Files.readAllLines(one.resolve("runs.jsonl"))).hasSize(8);
    assertThat(Files.readAllBytes(two.resolve("sweep.csv"))).isEqualTo(Files.readAllBytes(one.resolve("sweep.csv")));
    assertThat(Files.readAllBytes(two.resolve("runs.jsonl"))).isEqualTo(Files.readAllBytes(one.resolve("runs.jsonl")));
  }

  @Test
  void aSweepRunIsTheSameAsTheSimulationOfItsSettings() throws IOException {
    Path grid = Files.writeString(dir.resolve("grid.json"), "{\"base\": {\"members\": 200, \"months\": 2},"
        + " \"seeds\": [4]}");
    Path sweep = dir.resolve("sweep");
    Path single = dir.resolve("single");
    assertThat(run("sweep", grid.toString(), "--quiet", "--out", sweep.toString())).isZero();
    assertThat(run("simulate", "--members", "200", "--months", "2", "--seed", "4", "--quiet", "--out",
        single.toString())).isZero();

    String row = Files.readAllLines(sweep.resolve("sweep.csv")).get(1);
    String summary = read(single.resolve("summary.json"));
    String sha = summary.replaceAll("(?s).*\"settingsSha256\" : \"([0-9a-f]+)\".*", "$1");
    assertThat(row).startsWith("1,4," + sha + ",");
  }
}
