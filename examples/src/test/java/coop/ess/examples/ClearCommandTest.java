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

class ClearCommandTest {

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

  private Path csv(String content) throws IOException {
    return Files.writeString(dir.resolve("obligations.csv"), content);
  }

  @Test
  void printsTheTotalsAsJsonAndWritesTheRemainingObligations() throws IOException {
    Path input = csv("debtor,creditor,amount\nana,bo,100\nbo,cy,80\ncy,ana,60\n");
    Path remaining = dir.resolve("remaining.csv");

    assertThat(run("clear", input.toString(), "--out", remaining.toString())).isZero();

    assertThat(out.toString().trim())
        .isEqualTo("{\"totalDebt\":240,\"netInternalDebt\":40,\"cleared\":180,\"remaining\":60}");
    assertThat(Files.readString(remaining)).isEqualTo("debtor,creditor,amount\nana,bo,40\nbo,cy,20\n");
  }

  @Test
  void theFastMethodIsAvailable() throws IOException {
    Path input = csv("debtor,creditor,amount\n\"ana\",bo,10\nbo,ana,4\n");
    assertThat(run("clear", input.toString(), "--method", "fast")).isZero();
    assertThat(out.toString().trim())
        .isEqualTo("{\"totalDebt\":14,\"netInternalDebt\":6,\"cleared\":8,\"remaining\":6}");
  }

  @Test
  void aBadLineIsNamedOnOneLine() throws IOException {
    Path input = csv("debtor,creditor,amount\nana,bo,10\nbo,cy,ten\n");
    assertThat(run("clear", input.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).isEqualTo("ess: " + input + " line 3: amount 'ten' is not a whole number"
        + System.lineSeparator());
  }

  @Test
  void aWrongHeaderOrAMissingFileIsReported() throws IOException {
    Path input = csv("from,to,amount\n");
    assertThat(run("clear", input.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).contains("line 1: the header must be debtor,creditor,amount");
    assertThat(run("clear", dir.resolve("absent.csv").toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).contains("no such file");
  }

  @Test
  void anUnknownMethodIsAUsageError() throws IOException {
    Path input = csv("debtor,creditor,amount\n");
    assertThat(run("clear", input.toString(), "--method", "magic")).isEqualTo(EssCommand.EXIT_USAGE);
    assertThat(err.toString()).startsWith("ess: Invalid value for option '--method': 'magic'");
  }
}
