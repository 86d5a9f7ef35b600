package coop.ess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.examples.cargo.EssCargo;
import coop.ess.examples.cli.EssCommand;
import coop.ess.json.EssJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {

  private static final Path SAMPLES = Path.of("src", "test", "resources");

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

  private Path file(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
  }

  @Test
  void theInputFilesOfTheOtherCommandsAreValidAndTheirTypeIsGuessed() {
    assertThat(run("validate", SAMPLES.resolve("booking/cargo-week.json").toString())).isZero();
    assertThat(run("validate", SAMPLES.resolve("ledger/accounts.json").toString())).isZero();
    assertThat(out.toString().lines()).containsExactly("valid", "valid");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void everyProblemIsPrintedWithItsPointerOneALine() throws IOException {
    Path venue = file("venue.json", """
        {"type": "venue", "id": "ess cargo", "name": "ESS CARGO", "zone": "Europe/Paris",
         "address": {"street": "1 rue X", "city": "Lyon"},
         "resources": [{"id": "salle", "name": "Salle", "kind": "CASTLE", "capacity": -3}], "colour": "red"}
        """);
    assertThat(run("validate", venue.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(out.toString().lines()).containsExactlyInAnyOrder(
        "/id: \"ess cargo\" is not an identifier: 1 to 128 letters, digits or . _ : @ + ~ -",
        "/address/postalCode: missing",
        "/resources/0/kind: \"CASTLE\" is not one of meeting-room, coworking, kitchen, greenhouse, grocery, "
            + "workshop, hall, convivial-area, office, other-space, vehicle, tool, equipment, other-thing",
        "/resources/0/capacity: must have a minimum value of 0, got -3",
        "/colour: unknown field");
  }

  @Test
  void theTypeOptionOverridesTheGuess() throws IOException {
    Path line = file("t1.json", "{\"id\": \"t1\", \"from\": \"alice\", \"to\": \"bob\", \"minutes\": 90,"
        + " \"category\": \"digital\", \"at\": \"2026-03-01T10:00:00+01:00\"}");
    assertThat(run("validate", line.toString())).isZero();
    assertThat(run("validate", "--type", "ledger-accounts", line.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(out.toString()).contains("valid", "/accounts: missing", "/from: unknown field");
  }

  @Test
  void malformedJsonIsOneProblemWithLineAndColumn() throws IOException {
    Path broken = file("broken.json", "{\"method\": \"schulze\",\n \"ballots\": [{\"count\": 1,}]}");
    assertThat(run("validate", broken.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(out.toString().lines()).singleElement().asString()
        .startsWith("/ballots/0: not valid JSON: ").contains("line 2, column");
  }

  @Test
  void aDocumentOfNoKnownTypeAsksForTheTypeOption() throws IOException {
    Path other = file("other.json", "{\"colour\": \"blue\"}");
    assertThat(run("validate", other.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("ess: other.json: cannot tell the document type").contains("--type");
  }

  @Test
  void aMissingFileIsOneLine() {
    assertThat(run("validate", dir.resolve("nowhere.json").toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("ess: cannot read ").endsWith("nowhere.json: no such file");
  }

  @Test
  void anUnknownTypeIsAUsageError() throws IOException {
    Path other = file("other.json", "{}");
    assertThat(run("validate", "--type", "castle", other.toString())).isEqualTo(EssCommand.EXIT_USAGE);
    assertThat(err.toString()).contains("unknown type 'castle'", "ballot", "venue");
  }

  @Test
  void theBookCommandStopsAtTheFirstSchemaProblem() throws IOException {
    Path book = file("week.json", Files.readString(SAMPLES.resolve("booking/cargo-week.json"))
        .replace("\"kind\": \"kitchen\"", "\"kind\": \"kitchenette\""));
    assertThat(run("book", book.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).startsWith("ess: week.json: /resources/2/kind: \"kitchenette\" is not one of ")
        .hasLineCount(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void theLedgerCommandStopsAtAnUnknownFieldOfTheAccountsFile() throws IOException {
    Path accounts = file("accounts.json", "{\"accounts\": [{\"id\": \"alice\", \"floor\": -600}]}");
    Path transfers = file("t.jsonl", "");
    assertThat(run("ledger", "--accounts", accounts.toString(), transfers.toString()))
        .isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).isEqualTo("ess: accounts.json: /accounts/0/floor: unknown field"
        + System.lineSeparator());
  }

  @Test
  void theTransfersOfTheLedgerCommandAreCheckedLineByLine() throws IOException {
    assertThat(run("validate", SAMPLES.resolve("ledger/transfers.jsonl").toString()))
        .isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(out.toString().lines()).containsExactly(
        "line 6: /minutes: string found, integer expected, got \"an hour\"",
        "line 6: /at: missing",
        "line 6: /to: missing",
        "line 7: (root): not valid JSON: Unexpected end-of-input in VALUE_STRING (column 41)");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aJsonLinesFileOfValidLinesIsValidWhateverItsBlankLines() throws IOException {
    Path transfers = file("good.jsonl", Files.readString(SAMPLES.resolve("ledger/transfers.jsonl"))
        .lines().limit(5).collect(java.util.stream.Collectors.joining("\n\n", "", "\n")));
    assertThat(run("validate", transfers.toString())).isZero();
    assertThat(run("validate", "--type", "ledger-transfer", transfers.toString())).isZero();
    assertThat(out.toString().lines()).containsExactly("valid", "valid");
  }

  @Test
  void theLinesOptionReadsAnyFileAsJsonLines() throws IOException {
    Path transfers = file("transfers.txt", "{\"id\": \"t1\"}\n");
    assertThat(run("validate", "--lines", "--type", "ledger-transfer", transfers.toString()))
        .isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(out.toString().lines()).containsExactly("line 1: /category: missing", "line 1: /at: missing",
        "line 1: /from: missing", "line 1: /to: missing", "line 1: /minutes: missing");
  }

  @Test
  void aLedgerJournalCompactedAfterItsSnapshotIsStillValid() throws IOException {
    Path journal = dir.resolve("ledger.jsonl");
    assertThat(run("ledger", "--journal", journal.toString(), "--snapshot-every", "2", "--accounts",
        SAMPLES.resolve("ledger/accounts.json").toString(), SAMPLES.resolve("ledger/transfers.jsonl").toString()))
        .isZero();
    long before = Files.readAllLines(journal).size();
    try (coop.ess.json.journal.LedgerJournal opened = coop.ess.json.journal.LedgerJournal.open(journal,
        coop.ess.json.journal.SyncPolicy.everyBatch())) {
      assertThat(opened.compact()).isPositive();
    }
    assertThat(Files.readAllLines(journal).size()).isLessThan((int) before);
    out.getBuffer().setLength(0);

    assertThat(run("validate", journal.toString())).isZero();
    assertThat(out.toString().lines()).last().isEqualTo("valid");
  }

  @Test
  void theJournalOfTheLedgerCommandIsValidatedByTheJournalsOwnChecker() throws IOException {
    Path journal = dir.resolve("ledger.jsonl");
    assertThat(run("ledger", "--journal", journal.toString(), "--accounts",
        SAMPLES.resolve("ledger/accounts.json").toString(), SAMPLES.resolve("ledger/transfers.jsonl").toString()))
        .isZero();
    assertThat(run("validate", journal.toString())).isZero();
    assertThat(out.toString().lines()).last().isEqualTo("valid");

    byte[] bytes = Files.readAllBytes(journal);
    long lines = Files.readAllLines(journal).size();
    Files.write(journal, java.util.Arrays.copyOf(bytes, bytes.length - 7));
    out.getBuffer().setLength(0);
    assertThat(run("validate", journal.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(out.toString().lines()).containsExactly("line " + lines + ": (root): torn write at the end of the "
        + "journal, never acknowledged (opening the journal cuts it): the last line is unfinished (no newline)");
  }

  @Test
  void aJournalTypeNeedsAJsonLinesFile() throws IOException {
    Path other = file("journal.json", "{}");
    assertThat(run("validate", "--type", "ledger-journal", other.toString())).isEqualTo(EssCommand.EXIT_USAGE);
    assertThat(err.toString()).contains("type 'ledger-journal' is a JSON Lines type", "--lines");
  }

  @Test
  void aJsonLinesFileOfNoKnownShapeAsksForTheTypeOption() throws IOException {
    Path other = file("other.jsonl", "{\"colour\": \"blue\"}\n");
    assertThat(run("validate", other.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("ess: other.jsonl: cannot tell the line type").contains("--type", "ledger-journal");
  }

  // One JSON format for the model documents (venue, community, directory): what EssJson writes is valid, the old
  // upper-case form is not, and a document that passes its schema is also read with EssJson, whose first broken
  // invariant is one problem line at its pointer.

  @Test
  void theModelDocumentsThatEssJsonWritesAreValidAndNameTheirType() throws IOException {
    Path venue = file("venue.json", EssJson.standard().writePretty(EssCargo.venue()));
    Path community = file("community.json", EssJson.standard().writePretty(EssCargo.community()));
    Path directory = file("directory.json", EssJson.standard().writePretty(EssCargo.directory()));

    assertThat(run("validate", venue.toString())).isZero();
    assertThat(run("validate", community.toString())).isZero();
    assertThat(run("validate", "--type", "directory", directory.toString())).isZero();
    assertThat(out.toString().lines()).containsExactly("valid", "valid", "valid");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theSampleModelDocumentsOfTheJsonModuleAreValid() {
    Path samples = Path.of("..", "ess-json", "src", "test", "resources", "samples");
    for (String type : new String[] {"venue", "community", "directory"}) {
      assertThat(run("validate", "--type", type, samples.resolve(type + ".json").toString())).as(type).isZero();
    }
    assertThat(out.toString().lines()).containsExactly("valid", "valid", "valid");
  }

  @Test
  void aModelDocumentInTheOldUpperCaseFormIsRefusedWithTheAllowedValues() throws IOException {
    Path old = file("community.json", """
        {"type": "community",
         "organisations": [{"id": "cargo", "name": "ESS CARGO", "legalForm": "SCIC", "essStatus": "yes"}]}
        """);

    assertThat(run("validate", "--type", "community", old.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(out.toString().lines()).containsExactly("/organisations/0/legalForm: \"SCIC\" is not one of "
        + "association-1901, association-1908, scic, scop, cooperative, mutual, foundation, insertion-company, "
        + "company, public-body, informal-collective, other");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aCardKindInTheOldUpperCaseFormIsRefusedAtItsPointer() throws IOException {
    Path old = file("directory.json", "{\"cards\": [{\"id\": \"repair-cafe\", \"kind\": \"ACTOR\", "
        + "\"name\": \"Repair café\"}]}");

    assertThat(run("validate", "--type", "directory", old.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(out.toString().lines()).containsExactly("/cards/0/kind: \"ACTOR\" is not one of actor, project");
  }

  @Test
  void aMembershipOfAnUnknownMemberIsRefusedAtItsPointer() throws IOException {
    Path community = file("community.json", """
        {"type": "community",
         "members": [{"id": "camille", "displayName": "Camille",
                      "statusHistory": [{"date": "2025-09-01", "status": "active"}]}],
         "memberships": [{"member": "camille", "venue": "ess-cargo", "role": "host", "period": {"start": "2025-09-01"}},
                         {"member": "yanis", "venue": "ess-cargo", "role": "host", "period": {"start": "2026-01-05"}}]}
        """);

    assertThat(run("validate", "--type", "community", community.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(out.toString().lines()).singleElement().asString()
        .startsWith("/memberships/1/member: ").contains("yanis");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aRouteStopThatIsNoCardIsRefusedAtItsPointer() throws IOException {
    Path directory = file("directory.json", """
        {"type": "directory", "cards": [{"id": "repair-cafe", "kind": "actor", "name": "Repair café"}],
         "routes": [{"id": "reuse", "title": "Reuse", "stops": ["repair-cafe", "bike-lab"]}]}
        """);

    assertThat(run("validate", directory.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(out.toString().lines()).singleElement().asString()
        .startsWith("/routes/0/stops/1: ").contains("bike-lab");
  }

  @Test
  void aDocumentNamingAnotherTypeIsRefusedAtItsType() throws IOException {
    Path venue = file("venue.json", EssJson.standard().write(EssCargo.venue()));

    assertThat(run("validate", "--type", "community", venue.toString())).isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(out.toString().lines()).contains("/type: must be the constant value 'community', got \"venue\"");
  }

  @Test
  void theSettingsThatEssSimulateWritesAreValidSettingsForEssJsonToo() throws IOException {
    Path out = dir.resolve("run");
    assertThat(run("simulate", "--members", "50", "--months", "1", "--quiet", "--out", out.toString())).isZero();
    String settings = tools.jackson.databind.json.JsonMapper.builder().build()
        .readTree(Files.readString(out.resolve("summary.json"))).get("settings").toString();
    Path file = file("settings.json", settings);

    assertThat(run("validate", "--type", "simulation-settings", file.toString())).isZero();
    assertThat(this.out.toString().lines()).last().isEqualTo("valid");
  }
}
