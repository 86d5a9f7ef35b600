package coop.ess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.examples.cli.EssCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExportCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = EssCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void hsdsIsPrintedAsJson() {
    assertThat(run("export", "--format", "hsds")).isZero();
    JsonNode document = JsonMapper.builder().build().readTree(out.toString());

    assertThat(document.get("services")).hasSize(3);
    assertThat(out.toString()).doesNotContain("maryam@example.org");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void personalDataGoesOutOnlyWhenAsked() {
    assertThat(run("export", "--format", "valueflows", "--personal-data", "--base-iri",
        "https://cargo.example/")).isZero();

    assertThat(out.toString()).contains("mailto:maryam@example.org", "https://cargo.example/member/maryam");
  }

  @Test
  void csvGoesToAFileWithTheChosenDelimiterAndDate(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("lieux.csv");

    assertThat(run("export", "--format", "csv", "--delimiter", ";", "--updated", "2026-03-02", "-o",
        file.toString())).isZero();

    String csv = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("id_lieu,id_lieu_parent,nom,").contains("whiteboard;wifi").contains(",2026-03-02\r\n");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anUnknownFormatGivesOneLineAndExitCode2() {
    assertThat(run("export", "--format", "xml")).isEqualTo(EssCommand.EXIT_USAGE);
    assertThat(err.toString().lines()).hasSize(1).first().asString()
        .startsWith("ess: Invalid value for option '--format': Unknown open-data format 'xml'");
  }

  @Test
  void aDelimiterThatCannotBeReadBackGivesOneLineAndExitCode1() {
    assertThat(run("export", "--format", "csv", "--delimiter", " ")).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString().lines()).hasSize(1).first().asString().startsWith("ess: Invalid LieuxCsv ess-cargo:")
        .contains("[csv.delimiterInValue]");
  }
}
