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

class LedgerCommandTest {

  private static final Path SAMPLES = Path.of("src/test/resources/ledger");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path dir;

  private int run(String... args) {
    CommandLine commandLine = EssCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private List<String> lines() {
    return out.toString().lines().toList();
  }

  private int sample() {
    return run("ledger", "--accounts", SAMPLES.resolve("accounts.json").toString(),
        SAMPLES.resolve("transfers.jsonl").toString());
  }

  @Test
  void everyTransferGetsOneLineInInputOrderAndTheBalancesComeLast() {
    assertThat(sample()).isZero();
    assertThat(lines()).hasSize(9);
    assertThat(lines().get(0)).isEqualTo("{\"id\":\"t1\",\"status\":\"posted\",\"violations\":[]}");
    assertThat(lines().get(8)).isEqualTo("{\"balances\":{\"alice\":-30,\"bob\":30,\"carol\":120,\"pot\":-120}}");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theSameTransferAgainIsADuplicate() {
    sample();
    assertThat(lines().get(1)).isEqualTo("{\"id\":\"t1\",\"status\":\"duplicate\",\"violations\":[]}");
  }

  @Test
  void aMultiLegTransferPostsAllItsLegs() {
    sample();
    assertThat(lines().get(2)).isEqualTo("{\"id\":\"t2\",\"status\":\"posted\",\"violations\":[]}");
  }

  @Test
  void aTransferBelowTheAccountsOwnFloorIsRejected() {
    sample();
    assertThat(lines().get(3)).startsWith("{\"id\":\"t3\",\"status\":\"rejected\",\"violations\":[{\"code\":"
        + "\"balance.belowFloor\",\"field\":\"from\",\"severity\":\"error\",\"message\":\"Account alice "
        + "would reach -10 h 50, below its floor of -10 h");
  }

  @Test
  void anUnknownAccountIsRejectedNamingTheField() {
    sample();
    assertThat(lines().get(4)).contains("\"status\":\"rejected\"", "\"code\":\"account.unknown\"",
        "\"field\":\"to\"", "to: account \\\"dave\\\" does not exist.");
  }

  @Test
  void everyMissingOrWrongFieldIsNamed() {
    sample();
    assertThat(lines().get(5)).startsWith("{\"id\":\"t5\",\"status\":\"rejected\"")
        .contains("\"code\":\"input.missing\",\"field\":\"to\"", "\"code\":\"input.invalid\",\"field\":\"minutes\"",
            "\"code\":\"input.missing\",\"field\":\"at\"");
  }

  @Test
  void aMalformedLineIsRejectedAndTheOthersGoOn() {
    sample();
    assertThat(lines().get(6)).startsWith("{\"id\":null,\"status\":\"rejected\",\"violations\":[{\"code\":"
        + "\"input.malformed\",\"field\":\"\",\"severity\":\"error\",\"message\":\"Line 7 is not valid JSON");
    assertThat(lines().get(7)).isEqualTo("{\"id\":\"t7\",\"status\":\"posted\",\"violations\":[]}");
  }

  @Test
  void messagesComeInFrenchOnRequest() {
    run("ledger", "--lang", "fr", "--accounts", SAMPLES.resolve("accounts.json").toString(),
        SAMPLES.resolve("transfers.jsonl").toString());
    assertThat(lines().get(3)).contains("Le compte alice atteindrait -10 h 50, sous son plancher de -10 h");
  }

  @Test
  void aBadAccountsFileStopsWithOneLineNamingThePlace() throws IOException {
    Path accounts = Files.writeString(dir.resolve("accounts.json"),
        "{\"accounts\": [{\"id\": \"alice\"}, {\"id\": \"alice\"}]}");
    Path transfers = Files.writeString(dir.resolve("t.jsonl"), "");

    assertThat(run("ledger", "--accounts", accounts.toString(), transfers.toString()))
        .isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("ess: ").contains("/accounts/1/id").contains("listed twice");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aFloorAboveZeroIsBadInput() throws IOException {
    Path accounts = Files.writeString(dir.resolve("accounts.json"),
        "{\"defaults\": {\"floorMinutes\": 60}, \"accounts\": []}");
    Path transfers = Files.writeString(dir.resolve("t.jsonl"), "");

    assertThat(run("ledger", "--accounts", accounts.toString(), transfers.toString()))
        .isEqualTo(EssCommand.EXIT_INPUT);
    assertThat(err.toString()).startsWith("ess: ").contains("/defaults").contains("limits.floorAboveZero");
  }

  @Test
  void theDemoShowsAMonthOfTimeBankExchanges() {
    assertThat(run("demo")).isZero();
    assertThat(out.toString())
        .contains("Time bank: a month of exchanges at ESS CARGO (March 2026)")
        .contains("m-02  cooking: louis helped camille 2 h, louis helped yanis 2 h, louis helped maryam 2 h")
        .contains("m-04  diy: yanis helped camille 7 h \"Bike overhaul, the whole afternoon\"  → rejected")
        .contains("en: Account camille would reach -10 h 30, below its floor of -10 h")
        .contains("fr: Le compte camille atteindrait -10 h 30, sous son plancher de -10 h")
        .contains("r-07  reversal of m-07  → posted")
        .contains("m-09  not confirmed within 7 days: expired")
        .contains("Balances on 31 March: camille -3 h, yanis 4 h, maryam -1 h, louis 4 h, ines 0 h, cargo -4 h "
            + "(sum 0 h");
  }

  // ------------------------------------------------------------------------------------------------ --journal

  private int withJournal(Path journal, String transfers) throws IOException {
    Path file = dir.resolve("transfers-" + Math.abs(transfers.hashCode()) + ".jsonl");
    Files.writeString(file, transfers);
    return run("ledger", "--accounts", SAMPLES.resolve("accounts.json").toString(), "--journal", journal.toString(),
        file.toString());
  }

  @Test
  void aSecondRunResumesTheLedgerFromItsJournal() throws IOException {
    Path journal = dir.resolve("ledger.jsonl");
    assertThat(withJournal(journal, "{\"id\": \"t1\", \"from\": \"alice\", \"to\": \"bob\", \"minutes\": 90, "
        + "\"category\": \"digital\", \"at\": \"2026-03-01T10:00:00+01:00\"}\n")).isZero();
    out.getBuffer().setLength(0);

    assertThat(withJournal(journal, "{\"id\": \"t2\", \"from\": \"bob\", \"to\": \"carol\", \"minutes\": 30, "
        + "\"category\": \"diy\", \"at\": \"2026-03-02T10:00:00+01:00\"}\n")).isZero();

    assertThat(lines()).containsExactly("{\"id\":\"t2\",\"status\":\"posted\",\"violations\":[]}",
        "{\"balances\":{\"alice\":-90,\"bob\":60,\"carol\":30,\"pot\":0}}");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aTransferPostedInAnEarlierRunIsADuplicate() throws IOException {
    Path journal = dir.resolve("ledger.jsonl");
    String transfers = Files.readString(SAMPLES.resolve("transfers.jsonl"));
    withJournal(journal, transfers);
    out.getBuffer().setLength(0);

    assertThat(withJournal(journal, transfers)).isZero();

    assertThat(lines().get(0)).isEqualTo("{\"id\":\"t1\",\"status\":\"duplicate\",\"violations\":[]}");
    assertThat(lines().get(2)).isEqualTo("{\"id\":\"t2\",\"status\":\"duplicate\",\"violations\":[]}");
    assertThat(lines().get(7)).isEqualTo("{\"id\":\"t7\",\"status\":\"duplicate\",\"violations\":[]}");
  }

  @Test
  void aTransferRefusedEarlierFitsOnceTheResumedBalanceAllowsIt() throws IOException {
    Path journal = dir.resolve("ledger.jsonl");
    String transfers = Files.readString(SAMPLES.resolve("transfers.jsonl"));
    withJournal(journal, transfers);
    assertThat(lines().get(3)).startsWith("{\"id\":\"t3\",\"status\":\"rejected\"");
    out.getBuffer().setLength(0);

    withJournal(journal, transfers);

    // alice ended the first run at -30 (t7 paid her 120): t3's 500 minutes now fit her floor of -600.
    assertThat(lines().get(3)).isEqualTo("{\"id\":\"t3\",\"status\":\"posted\",\"violations\":[]}");
    assertThat(lines().get(8)).isEqualTo("{\"balances\":{\"alice\":-530,\"bob\":30,\"carol\":620,\"pot\":-120}}");
  }

  @Test
  void theJournalHoldsOneTypedLedgerEventPerLine() throws IOException {
    Path journal = dir.resolve("ledger.jsonl");
    withJournal(journal, Files.readString(SAMPLES.resolve("transfers.jsonl")));

    List<String> records = Files.readAllLines(journal);

    assertThat(records).hasSize(7);
    assertThat(records.get(0)).contains("\"type\":\"account-opened\"", "\"id\":\"alice\"");
    assertThat(records.get(4)).contains("\"type\":\"exchange-posted\"", "\"id\":\"t1\"",
        "\"occurredAt\":\"2026-03-01T09:00:00Z\"");
  }

  @Test
  void aDamagedJournalStopsWithOneLineNamingTheRecordAndField() throws IOException {
    Path journal = dir.resolve("ledger.jsonl");
    withJournal(journal, Files.readString(SAMPLES.resolve("transfers.jsonl")));
    List<String> records = Files.readAllLines(journal);
    Path copy = dir.resolve("copy.jsonl");
    try (coop.ess.json.journal.FileJournal raw = coop.ess.json.journal.FileJournal.open(copy)) {
      String first = records.get(0);
      String json = first.substring(first.indexOf("\"record\":") + 9, first.length() - 1);
      raw.append(json.replace("\"sequence\":0", "\"sequence\":\"zero\""));
    }
    err.getBuffer().setLength(0);

    assertThat(withJournal(copy, "")).isEqualTo(1);

    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("ess: at /sequence: ").contains("copy.jsonl record 1", "expected a whole number");
  }

  // ------------------------------------------------------------------------------------------------ --snapshot-every

  private int withSnapshots(Path journal, String every, String transfers) throws IOException {
    Path file = dir.resolve("transfers-" + Math.abs(transfers.hashCode()) + ".jsonl");
    Files.writeString(file, transfers);
    return run("ledger", "--accounts", SAMPLES.resolve("accounts.json").toString(), "--journal", journal.toString(),
        "--snapshot-every", every, file.toString());
  }

  @Test
  void snapshotEverySavesASnapshotBesideTheJournalAndTheNextRunStartsFromIt() throws IOException {
    Path journal = dir.resolve("ledger.jsonl");
    String transfers = Files.readString(SAMPLES.resolve("transfers.jsonl"));
    assertThat(withSnapshots(journal, "3", transfers)).isZero();
    // 4 accounts opened (a snapshot after event 3), then t1, t2 and t7 posted (another after event 6).
    assertThat(dir.resolve("ledger.jsonl.snapshot")).exists();
    try (coop.ess.json.journal.LedgerJournal opened =
        coop.ess.json.journal.LedgerJournal.open(journal, coop.ess.json.journal.SyncPolicy.everyBatch())) {
      assertThat(opened.start()).isEqualTo(7);
      assertThat(opened.events()).isEmpty();
    }
    out.getBuffer().setLength(0);

    assertThat(withSnapshots(journal, "3", transfers)).isZero();

    assertThat(lines().get(0)).isEqualTo("{\"id\":\"t1\",\"status\":\"duplicate\",\"violations\":[]}");
    assertThat(lines().get(3)).isEqualTo("{\"id\":\"t3\",\"status\":\"posted\",\"violations\":[]}");
    assertThat(lines().get(8)).isEqualTo("{\"balances\":{\"alice\":-530,\"bob\":30,\"carol\":620,\"pot\":-120}}");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aRunWithSnapshotsPrintsWhatARunWithoutThemPrints() throws IOException {
    String transfers = Files.readString(SAMPLES.resolve("transfers.jsonl"));
    Path plain = dir.resolve("plain.jsonl");
    Path snapshotted = dir.resolve("snapshotted.jsonl");
    withJournal(plain, transfers);
    withSnapshots(snapshotted, "2", transfers);
    out.getBuffer().setLength(0);
    withJournal(plain, transfers);
    String expected = out.toString();
    out.getBuffer().setLength(0);

    assertThat(withSnapshots(snapshotted, "1", transfers)).isZero();

    assertThat(out.toString()).isEqualTo(expected);
    assertThat(Files.readAllLines(snapshotted)).hasSameSizeAs(Files.readAllLines(plain));
  }

  @Test
  void snapshotEveryWithoutAJournalStopsWithOneLine() {
    assertThat(run("ledger", "--accounts", SAMPLES.resolve("accounts.json").toString(), "--snapshot-every", "3",
        SAMPLES.resolve("transfers.jsonl").toString())).isEqualTo(1);

    assertThat(err.toString().lines()).singleElement().asString()
        .isEqualTo("ess: --snapshot-every needs --journal FILE: only a journal keeps a snapshot");
  }

  @Test
  void snapshotEveryNeedsAtLeastOneEvent() throws IOException {
    assertThat(withSnapshots(dir.resolve("ledger.jsonl"), "0", "")).isEqualTo(1);

    assertThat(err.toString().lines()).singleElement().asString().contains("at least 1, got 0");
  }

  @Test
  void theHelpSaysWhatSnapshotEveryDoes() {
    assertThat(run("ledger", "--help")).isZero();

    String help = out.toString().replaceAll("\\s+", " ");
    assertThat(help).contains("--snapshot-every=N")
        .contains("save a snapshot of the ledger beside the journal (FILE.snapshot) every N events");
  }
}
