package coop.ess.json.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssValidationException;
import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.json.journal.FileJournal;
import coop.ess.json.journal.LedgerJournal;
import coop.ess.json.journal.SyncPolicy;
import coop.ess.timebank.Account;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Category;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.ExchangeId;
import coop.ess.timebank.Ledger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

  private static final JsonLines LINES = JsonLines.standard();
  private static final String T1 = "{\"id\": \"t1\", \"from\": \"alice\", \"to\": \"bob\", \"minutes\": 90, "
      + "\"category\": \"digital\", \"at\": \"2026-03-01T10:00:00+01:00\"}";
  private static final String T2 = EssSchemasTest.sample("ledger-transfer").strip();
  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<String> printed(List<LineProblem> problems) {
    return problems.stream().map(LineProblem::toString).toList();
  }

  private Path ledgerJournal() {
    Path file = dir.resolve("ledger.jsonl");
    try (LedgerJournal journal = LedgerJournal.open(file, SyncPolicy.everyBatch())) {
      Ledger ledger = Ledger.builder().clock(ManualClock.of(MONDAY)).journal(journal).build();
      ledger.openAccount(Account.of(AccountId.of("alice"), MemberId.of("alice")));
      ledger.openAccount(Account.of(AccountId.of("bob"), MemberId.of("bob")));
      ledger.post(Exchange.of(ExchangeId.of("x-1"), AccountId.of("bob"), AccountId.of("alice"), 90, Category.DIY,
          MONDAY));
    }
    return file;
  }

  @Test
  void linesOfTransfersWithBlankLinesAndAFinalNewlineAreValid() throws IOException {
    Path transfers = file("transfers.jsonl", T1 + "\n\n   \n" + T2 + "\r\n" + T1 + "\n");

    assertThat(LINES.validate(transfers, "ledger-transfer")).isEmpty();
    assertThat(LINES.typeOf(transfers)).hasValue("ledger-transfer");
  }

  @Test
  void everyProblemIsReportedWithItsLineNumberCountingBlankLines() throws IOException {
    Path transfers = file("transfers.jsonl", T1 + "\n\n" + T1.replace("90", "\"an hour\"") + "\r\n"
        + T1.replace("\"at\"", "\"colour\": 1, \"at\"") + "\r" + T1);

    assertThat(printed(LINES.validate(transfers, "ledger-transfer"))).containsExactly(
        "line 3: /minutes: string found, integer expected, got \"an hour\"",
        "line 4: /colour: unknown field");
  }

  @Test
  void aLineOfAModelDocumentIsAlsoReadWithEssJson() throws IOException {
    String directory = "{\"type\": \"directory\", \"cards\": [{\"id\": \"a\", \"kind\": \"actor\", \"name\": \"A\"}], "
        + "\"routes\": [{\"id\": \"r\", \"title\": \"R\", \"stops\": [\"a\"]}]}";
    Path directories = file("directories.jsonl", directory + "\n" + directory.replace("[\"a\"]", "[\"b\"]") + "\n");

    assertThat(LINES.typeOf(directories)).hasValue("directory");
    assertThat(LINES.validate(directories, "directory")).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(2);
      assertThat(problem.problem().pointer()).isEqualTo("/routes/0/stops/0");
      assertThat(problem.problem().keyword()).isEqualTo("value");
    });
  }

  @Test
  void aSyntaxErrorOfALineNamesItsColumnOnly() throws IOException {
    Path transfers = file("transfers.jsonl", T1 + "\n{\"id\": \"t3\",}\n");

    assertThat(printed(LINES.validate(transfers, "ledger-transfer"))).singleElement().asString()
        .startsWith("line 2: (root): not valid JSON: ").endsWith("(column 13)");
  }

  @Test
  void aDuplicateKeyAndInvalidUtf8AreReportedAtTheirLine() throws IOException {
    byte[] bad = "{\"id\": \"t\u00e9\"}".getBytes(StandardCharsets.UTF_8);
    bad[bad.length - 3] = (byte) 0x28;
    Path transfers = dir.resolve("transfers.jsonl");
    Files.write(transfers, (T1 + "\n" + T1.replace("\"to\"", "\"id\": \"t9\", \"to\"") + "\n").getBytes(
        StandardCharsets.UTF_8));
    Files.write(transfers, bad, java.nio.file.StandardOpenOption.APPEND);

    List<LineProblem> problems = LINES.validate(transfers, "ledger-transfer");

    assertThat(problems).extracting(LineProblem::line).containsExactly(2L, 3L);
    assertThat(problems.get(0).problem().reason()).contains("Duplicate Object property \"id\"");
    assertThat(problems.get(1).problem().reason()).contains("UTF-8");
  }

  @Test
  void anEmptyFileIsValidAndHasNoType() throws IOException {
    Path empty = file("empty.jsonl", "\n\n");

    assertThat(LINES.validate(empty, "ledger-transfer")).isEmpty();
    assertThat(LINES.typeOf(empty)).isEmpty();
  }

  @Test
  void theTypeIsGuessedFromTheFirstLineThatIsJson() throws IOException {
    Path ballots = file("ballots.jsonl", "not json\n" + EssSchemasTest.sample("ballot").replace('\n', ' ') + "\n");

    assertThat(LINES.typeOf(ballots)).hasValue("ballot");
    assertThat(printed(LINES.validate(ballots, "ballot"))).singleElement().asString().startsWith("line 1: (root): ");
  }

  @Test
  void aLedgerJournalIsRecognisedAndValid() {
    Path journal = ledgerJournal();

    assertThat(LINES.typeOf(journal)).hasValue(JsonLines.LEDGER_JOURNAL);
    assertThat(LINES.validate(journal, JsonLines.LEDGER_JOURNAL)).isEmpty();
    assertThat(LINES.validate(journal, JsonLines.JOURNAL)).isEmpty();
  }

  @Test
  void aJournalOfOtherRecordsIsAPlainJournal() {
    Path file = dir.resolve("other.jsonl");
    try (FileJournal journal = FileJournal.open(file)) {
      journal.append("{\"type\":\"posted\",\"id\":\"t1\"}");
      journal.append("[1, 2, 3]");
    }

    assertThat(LINES.typeOf(file)).hasValue(JsonLines.JOURNAL);
    assertThat(LINES.validate(file, JsonLines.JOURNAL)).isEmpty();
    assertThat(printed(LINES.validate(file, JsonLines.LEDGER_JOURNAL))).containsExactly(
        "line 1: /record/type: unknown ledger event type \"posted\", expected account-opened, exchange-posted, "
            + "exchange-proposed or exchange-resolved",
        "line 2: /record: expected a ledger event as a JSON object, got an array");
  }

  @Test
  void aTornTailIsReportedAtItsLine() throws IOException {
    Path journal = ledgerJournal();
    byte[] bytes = Files.readAllBytes(journal);
    Files.write(journal, java.util.Arrays.copyOf(bytes, bytes.length - 10));

    assertThat(printed(LINES.validate(journal, JsonLines.LEDGER_JOURNAL))).containsExactly(
        "line 3: (root): torn write at the end of the journal, never acknowledged (opening the journal cuts it): "
            + "the last line is unfinished (no newline)");
  }

  @Test
  void aCorruptedRecordBeforeGoodOnesIsReportedAtItsLineOnce() throws IOException {
    Path journal = ledgerJournal();
    List<String> lines = new ArrayList<>(Files.readAllLines(journal, StandardCharsets.UTF_8));
    lines.set(1, lines.get(1).replace("\"bob\"", "\"rob\""));
    Files.write(journal, lines, StandardCharsets.UTF_8);

    assertThat(printed(LINES.validate(journal, JsonLines.LEDGER_JOURNAL))).containsExactly(
        "line 2: (root): corrupted record, followed by good ones (opening the journal fails): "
            + "the record is not well-formed or its CRC does not match");
  }

  @Test
  void anEventOutOfSequenceIsReportedAtItsRecord() {
    Path file = dir.resolve("gap.jsonl");
    String event;
    try (LedgerJournal journal = LedgerJournal.open(ledgerJournal(), SyncPolicy.everyBatch())) {
      event = coop.ess.json.EssJson.standard().write(journal.get(2));
    }
    try (FileJournal journal = FileJournal.open(file)) {
      journal.append(event);
    }

    assertThat(printed(LINES.validate(file, JsonLines.LEDGER_JOURNAL))).containsExactly(
        "line 1: /record/sequence: event 2 in record 1, where event 0 was expected");
  }

  @Test
  void anUnknownTypeAndAMissingFileAreRefused() {
    Path nowhere = dir.resolve("nowhere.jsonl");

    assertThatThrownBy(() -> LINES.validate(nowhere, "castle")).isInstanceOf(EssValidationException.class)
        .hasMessageStartingWith("Invalid JsonLines: type: Unknown document type \"castle\"; known types: book, ")
        .hasMessageContaining("ledger-journal").hasMessageNotContaining("required");
    assertThatThrownBy(() -> LINES.validate(nowhere, "ledger-transfer")).isInstanceOf(UncheckedIOException.class)
        .hasMessageEndingWith("no such file");
    assertThatThrownBy(() -> LINES.validate(nowhere, JsonLines.JOURNAL)).isInstanceOf(UncheckedIOException.class)
        .hasMessageEndingWith("no such file");
  }

  @Test
  void theLineTypesAreTheDocumentTypesAndTheJournals() {
    assertThat(LINES.types()).containsAll(EssSchemas.standard().types())
        .contains(JsonLines.JOURNAL, JsonLines.LEDGER_JOURNAL);
    assertThat(JsonLines.isJournal("ledger-journal")).isTrue();
    assertThat(JsonLines.isJournal("ledger-transfer")).isFalse();
  }

  /** Whatever the line breaks, blank lines and final newline, problems are at the lines of the bad documents. */
  @Property(tries = 100)
  void problemsAreAtTheLinesOfTheBadDocuments(@ForAll("files") List<String> kinds,
      @ForAll("breaks") List<String> breaks, @ForAll boolean finalBreak) throws IOException {
    StringBuilder text = new StringBuilder();
    List<Long> bad = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      text.append(switch (kinds.get(i)) {
        case "good" -> T1;
        case "blank" -> "  ";
        default -> T1.replace("\"id\"", "\"ID\"");
      });
      if ("bad".equals(kinds.get(i))) {
        bad.add((long) i + 1);
      }
      if (i < kinds.size() - 1 || finalBreak) {
        text.append(breaks.get(i % breaks.size()));
      }
    }
    Path file = Files.createTempFile("lines", ".jsonl");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      assertThat(LINES.validate(file, "ledger-transfer")).extracting(LineProblem::line).isSubsetOf(bad)
          .containsAll(bad);
    } finally {
      Files.delete(file);
    }
  }

  @Provide
  Arbitrary<List<String>> files() {
    return Arbitraries.of("good", "blank", "bad").list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<String>> breaks() {
    return Arbitraries.of("\n", "\r\n", "\r").list().ofMinSize(1).ofMaxSize(4);
  }
}
