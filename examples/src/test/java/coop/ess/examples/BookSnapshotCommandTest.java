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

/** {@code ess book --journal FILE --snapshot-every N}: the calendar's snapshot beside its journal. */
class BookSnapshotCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path folder;

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandLine commandLine = EssCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private Path week() throws IOException {
    Path file = folder.resolve("week.json");
    try (var in = BookSnapshotCommandTest.class.getResourceAsStream("/booking/cargo-week.json")) {
      Files.copy(java.util.Objects.requireNonNull(in), file);
    }
    return file;
  }

  /** The week's venue with two requests of a later run: a cancellation of b4 and a new booking. */
  private Path later(Path week) throws IOException {
    String text = Files.readString(week, StandardCharsets.UTF_8);
    Path later = folder.resolve("later.json");
    Files.writeString(later, text.substring(0, text.indexOf("\"requests\""))
        + "\"requests\": [{\"cancel\": \"b4\"}, {\"requester\": \"lou\", \"resources\": [\"coworking-1\"], "
        + "\"start\": \"2026-03-04T13:30\", \"end\": \"2026-03-04T14:30\"}]}", StandardCharsets.UTF_8);
    return later;
  }

  /** The last event the snapshot beside a journal includes. */
  private static long snapshotSequence(Path snapshot) throws IOException {
    String line = Files.readString(snapshot, StandardCharsets.UTF_8);
    return Long.parseLong(line.substring("{\"seq\":".length(), line.indexOf(',')));
  }

  @Test
  void aRunWithSnapshotsAnswersAsARunThatReplaysEverything() throws IOException {
    Path week = week();
    Path later = later(week);
    Path plain = folder.resolve("plain.jsonl");
    Path snapshotted = folder.resolve("snapshotted.jsonl");
    assertThat(run("book", "--journal", plain.toString(), week.toString())).isZero();
    String firstPlain = out.toString();

    assertThat(run("book", "--journal", snapshotted.toString(), "--snapshot-every", "5", week.toString())).isZero();

    assertThat(out.toString()).isEqualTo(firstPlain);
    Path snapshot = folder.resolve("snapshotted.jsonl.snapshot");
    assertThat(snapshot).exists();
    long events = Files.readAllLines(snapshotted).size();
    assertThat(events - snapshotSequence(snapshot)).isBetween(0L, 4L);
    assertThat(Files.readAllLines(snapshotted)).isEqualTo(Files.readAllLines(plain));

    assertThat(run("book", "--journal", plain.toString(), later.toString())).isZero();
    String secondPlain = out.toString();
    assertThat(run("book", "--journal", snapshotted.toString(), "--snapshot-every", "5", later.toString())).isZero();

    assertThat(out.toString()).isEqualTo(secondPlain).contains("\"booking\" : \"b12\",\n    \"state\" : \"CONFIRMED\"");
    assertThat(err.toString()).isEmpty();
    assertThat(Files.readAllLines(snapshotted).size() - snapshotSequence(snapshot)).isBetween(0L, 4L);
  }

  @Test
  void aSnapshotIsSavedEachTimeNEventsWereAppended() throws IOException {
    Path week = week();
    Path journal = folder.resolve("calendar.jsonl");
    assertThat(run("book", "--journal", journal.toString(), "--snapshot-every", "1000", week.toString())).isZero();
    assertThat(folder.resolve("calendar.jsonl.snapshot")).doesNotExist();

    assertThat(run("book", "--journal", journal.toString(), "--snapshot-every", "1", later(week).toString()))
        .isZero();

    assertThat(snapshotSequence(folder.resolve("calendar.jsonl.snapshot"))).isEqualTo(Files.readAllLines(journal).size());
  }

  @Test
  void theHelpDescribesTheOption() {
    assertThat(run("book", "--help")).isZero();

    assertThat(out.toString()).contains("--snapshot-every=N").contains("FILE.snapshot");
  }

  @Test
  void snapshotsNeedAJournal() throws IOException {
    assertThat(run("book", "--snapshot-every", "5", week().toString())).isEqualTo(2);

    assertThat(err.toString()).startsWith("ess: --snapshot-every needs --journal");
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void aDamagedSnapshotStopsTheRunWithOneLine() throws IOException {
    Path week = week();
    Path journal = folder.resolve("calendar.jsonl");
    assertThat(run("book", "--journal", journal.toString(), "--snapshot-every", "5", week.toString())).isZero();
    Path snapshot = folder.resolve("calendar.jsonl.snapshot");
    Files.writeString(snapshot, Files.readString(snapshot).replace("\"lastSeriesId\":0", "\"lastSeriesId\":1"));

    assertThat(run("book", "--journal", journal.toString(), later(week).toString())).isEqualTo(1);

    assertThat(err.toString()).startsWith("ess: ").contains("calendar.jsonl.snapshot").doesNotContain("\tat ");
    assertThat(err.toString().lines()).hasSize(1);
  }
}
