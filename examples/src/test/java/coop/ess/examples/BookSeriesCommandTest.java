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

/** {@code ess book} with recurring series ({@code recurrence} in a request). */
class BookSeriesCommandTest {

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

  private Path example(String from, String to) throws IOException {
    Path file = folder.resolve("grocery-series.json");
    try (var in = BookSeriesCommandTest.class.getResourceAsStream("/booking/grocery-series.json")) {
      String text = new String(java.util.Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).contains(from);
      Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
    return file;
  }

  @Test
  void aSeriesIsReportedDateByDate() throws IOException {
    assertThat(run("book", example("", "").toString())).isZero();
    JsonNode decisions = JsonMapper.builder().build().readTree(out.toString()).get("decisions");
    JsonNode refused = decisions.get(1);
    assertThat(refused.get("state").asString()).isEqualTo("REFUSED");
    assertThat(refused.has("series")).isFalse();
    assertThat(refused.get("occurrences")).hasSize(4);
    assertThat(refused.get("occurrences").get(3).get("violations").get(0).get("code").asString())
        .isEqualTo("booking.overlap");
    JsonNode skipped = decisions.get(2);
    assertThat(skipped.get("series").asString()).isEqualTo("s1");
    assertThat(skipped.get("mode").asString()).isEqualTo("SKIP_CONFLICTS");
    JsonNode occurrences = skipped.get("occurrences");
    assertThat(occurrences).hasSize(21);
    assertThat(occurrences.get(0).get("booking").asString()).isEqualTo("b2");
    assertThat(occurrences.get(2).get("date").asString()).isEqualTo("2026-03-12T17:00");
    assertThat(occurrences.get(2).get("accepted").asBoolean()).isFalse();
    assertThat(occurrences.get(7).get("interval").asString())
        .isEqualTo("2026-03-31T17:00+02:00/2026-03-31T19:00+02:00");
    assertThat(occurrences.get(20).get("date").asString()).isEqualTo("2026-05-14T17:00");
    assertThat(occurrences.get(20).get("violations").get(0).get("code").asString()).isEqualTo("rule.closed");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aMalformedRuleNamesTheFileThePointerAndThePart() throws IOException {
    Path file = example("\"FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4\"", "\"FREQ=WEEKLY;BYDAY=TU,TX;COUNT=4\"");
    assertThat(run("book", file.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).startsWith("ess: grocery-series.json: /requests/1/recurrence/rule: ")
        .contains("Part 2", "'BYDAY=TU,TX'", "character 13", "unknown value TX").hasLineCount(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anUnboundedRuleOrAnUnknownModeIsRefused() throws IOException {
    assertThat(run("book", example(";COUNT=4\", \"mode\": \"refuse\"", "\", \"mode\": \"refuse\"").toString()))
        .isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).startsWith("ess: ").contains("/requests/1/recurrence: ", "neither COUNT nor UNTIL");
    err.getBuffer().setLength(0);
    assertThat(run("book", example("\"mode\": \"skip\"", "\"mode\": \"sometimes\"").toString()))
        .isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).contains("/requests/2/recurrence/mode: \"sometimes\" is not one of refuse, skip");
  }
}
