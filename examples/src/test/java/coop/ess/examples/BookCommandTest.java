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

class BookCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path folder;

  private int run(String... args) {
    CommandLine commandLine = EssCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private Path example() throws IOException {
    Path file = folder.resolve("cargo-week.json");
    try (var in = BookCommandTest.class.getResourceAsStream("/booking/cargo-week.json")) {
      Files.copy(java.util.Objects.requireNonNull(in), file);
    }
    return file;
  }

  private Path withReplaced(String from, String to) throws IOException {
    Path file = example();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theWorkedExamplePrintsEachDecisionWithItsReasons() throws IOException {
    assertThat(run("book", example().toString())).isZero();
    String json = out.toString();
    assertThat(json)
        .contains("\"state\" : \"WAITLISTED\"", "\"code\" : \"booking.overlap\"")
        .contains("\"code\" : \"booking.buffer\"")
        .contains("Booking b2 was displaced by booking b10 (Distribution alimentaire), which has priority 10.")
        .contains("\"code\" : \"rule.tooLong\"", "\"code\" : \"rule.closed\"", "\"code\" : \"rule.capacity\"")
        .contains("\"booking\" : \"b7\",\n    \"state\" : \"CONFIRMED\"")
        .contains("Salle de réunion accueille 20 personnes ; 30 participants sont annoncés.");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aMissingFieldIsNamedByItsPointer() throws IOException {
    Path file = withReplaced("\"start\": \"2026-03-03T14:00\", ", "");
    assertThat(run("book", file.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).isEqualTo("ess: cargo-week.json: /requests/0/start: missing" + System.lineSeparator());
  }

  @Test
  void anInvalidZoneIsOneLine() throws IOException {
    Path file = withReplaced("Europe/Paris", "Europe/Atlantis");
    assertThat(run("book", file.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString().lines()).hasSize(1).first().asString()
        .startsWith("ess: cargo-week.json: /zone: ").contains("Europe/Atlantis");
  }

  @Test
  void anEndBeforeTheStartIsRefusedAndNamed() throws IOException {
    Path file = withReplaced("\"end\": \"2026-03-03T16:00\"", "\"end\": \"2026-03-03T13:00\"");
    assertThat(run("book", file.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString().lines()).hasSize(1).first().asString()
        .startsWith("ess: cargo-week.json: /requests/0/end: ").contains("interval.endNotAfterStart");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anUnknownResourceIsNamed() throws IOException {
    Path file = withReplaced("\"resources\": [\"cuisine\"], \"start\": \"2026-03-05T10:00\"",
        "\"resources\": [\"garage\"], \"start\": \"2026-03-05T10:00\"");
    assertThat(run("book", file.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString().lines()).hasSize(1).first().asString()
        .startsWith("ess: cargo-week.json: /requests/8: ").contains("garage");
  }

  @Test
  void malformedJsonGivesTheLine() throws IOException {
    Path file = folder.resolve("broken.json");
    Files.writeString(file, "{\n  \"venue\": \"x\",\n  oops\n}");
    assertThat(run("book", file.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString().lines()).hasSize(1).first().asString()
        .startsWith("ess: broken.json: not valid JSON").contains("line 3");
  }
}
