package coop.ess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.examples.cli.EssCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EssCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = EssCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void helpListsTheSubcommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Usage: ess").contains("demo").contains("help");
  }

  @Test
  void versionPrintsTheProjectVersion() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).matches("ess \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(ESS SDK\\)\\R");
  }

  @Test
  void theDemoSummarisesEssCargo() {
    assertThat(run("demo")).isZero();
    String text = out.toString();
    assertThat(text)
        .startsWith("ESS CARGO — Dalle Kennedy, Villejean, 35000 Rennes (Europe/Paris)")
        .contains("350 m², 6 spaces, 1 other resources")
        .contains("Salle de réunion", "Coworking 1", "Coworking 2", "Espace convivial et cuisine partagée",
            "Serre habitée et jardin suspendu", "Épicerie gratuite")
        .contains("Community on Monday 2 March 2026: 5 members (4 active, 1 suspended), 1 left before")
        .contains("Inès       student            member               suspended since 2026-02-16")
        .contains("route \"La filière du réemploi\": Atelier vélo participatif → Court-Circuit")
        .contains("[organisation.siretNotOfSiren]", "[organisation.rnaNotAssociation]", "[siret.checksum]")
        .contains("fr: Le SIRET 73282932000075 a une clé de contrôle erronée (Luhn).");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theDemoRunsAGeneralAssemblyWithCollegesProxiesAndAConsentRound() {
    assertThat(run("demo")).isZero();
    assertThat(out.toString())
        .contains("General assembly of ESS CARGO (as a SCIC) on 2026-03-02, 18:00")
        .contains("electorate on 2026-03-02: 9 voters")
        .contains("college Porteurs de projets      30 %  sami, yanis")
        .contains("[college.tooFew]", "[college.weightRange]", "[college.total]")
        .contains("fr: camille détient déjà le nombre maximal de pouvoirs permis (1).")
        .contains("present 6 (5 in the room, 1 online), represented 2, of 9")
        .contains("Paul's vote after close was refused: Proposal ag-2026-hours is closed")
        .contains("usagers      for 1, against 2, abstain 1, blank 0")
        .contains("proportional reading: share of for 7/12 → ADOPTED; quorum met")
        .contains("the same ballots under the bloc reading: 3/10 → REJECTED")
        .contains("secret ballot \"Approve the 2025 accounts\": 6 took part (camille, louis, maryam, noemie, tom, yanis),"
            + " for 4, against 1, abstain 0, blank 1 → ADOPTED")
        .contains("events of the secret ballot carrying a choice: 0")
        .contains("consent refused: Consent cannot be recorded: 1 objection(s) remain ([r1-o1]).")
        .contains("round 2: no objection remains → CONSENTED (recorded)");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theDemoRefusesTheVoteOfAMemberNeitherPresentNorRepresented() {
    assertThat(run("demo")).isZero();
    assertThat(out.toString()).contains("Paul, absent and without a proxy, could not vote: paul is neither present "
        + "nor represented at the sitting: their vote on ag-2026-hours is refused.");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theDemoCountsAVoteByCorrespondenceOnceInTheTurnout() {
    assertThat(run("demo")).isZero();
    assertThat(out.toString())
        .contains("then Paul's voting form (vote par correspondance) counted, blank: present 6 (1 online), "
            + "by correspondence 1, represented 2, of 9")
        .contains("partenaires  for 1, against 1, abstain 0, blank 1")
        .contains("proportional reading: share of for 7/12 → ADOPTED; quorum met");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theDemoShowsAWeekOfBookingsAtEssCargo() {
    assertThat(run("demo")).isZero();
    assertThat(out.toString())
        .contains("A week of bookings at ESS CARGO (2026-03-02 to 2026-03-08, Europe/Paris")
        .contains("Weekly grocery distributions (priority 10): Tue 3 17:00-19:00 confirmed, "
            + "Thu 5 17:00-19:00 confirmed")
        .contains("Coworking 1, peak desks taken: Mon 2 1/8")
        .contains("Yanis (project carrier) confirmed, Camille (student) declined [rule.closed]")
        .contains("Maryam asks for Tue 15:00-17:00: waitlisted [booking.overlap]")
        .contains("fr: Salle de réunion est déjà réservé de 2026-03-03T14:00 à 2026-03-03T16:00")
        .contains("The board cancels: Maryam's request is offered until 20:00; she accepts: confirmed")
        .contains("12:00-13:00 declined [booking.buffer]");
  }

  @Test
  void theDemoClearsTheHoursThatFourTimeBanksOweOneAnother() {
    assertThat(run("demo")).isZero();
    assertThat(out.toString())
        .contains("Clearing between four time banks of the territory")
        .contains("optimal total 44 h, net internal debt 5 h, cleared 36 h, remaining 8 h: "
            + "ESS CARGO → Villejean habitants 3 h; Ressourcerie → ESS CARGO 5 h")
        .contains("fast    total 44 h, net internal debt 5 h, cleared 33 h, remaining 11 h");
  }

  @Test
  void theDemoSimulatesAYearOfATimeBank() {
    assertThat(run("demo")).isZero();
    assertThat(out.toString())
        .contains("Simulating a year of a 300-member time bank")
        .containsPattern("\\n\\s+12\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+0\\.\\d{3}\\s+\\d+%");
  }

  @Test
  void theDemoPublishesEssCargoAsOpenData() {
    assertThat(run("demo")).isZero();
    assertThat(out.toString())
        .contains("Open data: ESS CARGO in four published formats (personal data left out unless asked)")
        .contains("HSDS 3.0 (Open Referral): 3 organizations, 6 locations, 3 services; "
            + "\"Épicerie gratuite étudiante\" TU,TH 17:00-19:00")
        .contains("schema.org JSON-LD: CivicStructure \"ESS CARGO\" with 6 places, 09:00-18:00 on 5 days; "
            + "Event \"Partager plus que des m²\" 2026-03-06T09:30+01:00, at most 35")
        .contains("Valueflows JSON-LD: 5 economic events, 2 intents in as many proposals; "
            + "urn:ess:exchange/m-01#leg-1: vf:work 1.5 om2:hour, provider urn:ess:member/")
        .contains("CSV (lieux, RFC 4180): 7 rows of 24 columns; ess-cargo, ESS CARGO, tiers-lieu, "
            + "horaires \"Mo-Fr 09:00-18:00; PH off\"")
        .contains("Maryam's e-mail address in the four exports: 0 times by default, 3 with "
            + "includePersonalData(true)")
        .doesNotContain("urn:ess:member/maryam");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theDemoFillsAGatheringByCoOptationAndAWorkshopByDiversity() {
    assertThat(run("demo")).isZero();
    assertThat(out.toString())
        .contains("\"Partager plus que des m²\", Friday 6 March: 35 seats by co-optation (5 seeds, 2 invitations each")
        .contains("09:30-10:00 Accueil café                Espace convivial et cuisine partagée + Serre habitée")
        .contains("Co-optation: 5 + 10 + 20 = 35 registered, 30 invitations")
        .contains("Refused: louis invites a third person [event.invitationCap]",
            "fr: louis a déjà donné les 2 invitations qu'un·e participant·e peut donner pour Partager plus que des m².")
        .contains("Refused: zoe registers without an invitation [event.notInvited]")
        .contains("18 candidates by diversity of organisationType")
        .contains(" 3 ivan    SCOP                 applied Fri 20 Feb 11:00  seat        draw")
        .contains("11 carla   association          applied Wed 18 Feb 17:00  waitlist 1  earliest")
        .contains("Seats by organisation type: SCIC 2, SCOP 1, association 2, informal collective 2, "
            + "insertion company 2, public body 1")
        .contains("gabin (SCIC) cancels; the seat goes to nina (SCIC, rank 12)")
        .contains("Tue 3 Mar 10:00: pierre cancels; emma is OFFERED until Wed 4 Mar 10:00")
        .contains("no answer from emma (CANCELLED, offer expired); fatou is OFFERED")
        .contains("fatou accepts: REGISTERED, 35/35 seats taken");
  }

  @Test
  void theDemoLooksAtTheCommunityOnAnyDay() {
    assertThat(run("demo", "--date", "2026-01-15")).isZero();
    assertThat(out.toString()).contains("Community on Thursday 15 January 2026: 6 members (6 active, 0 suspended)");
  }

  @Test
  void badArgumentsGiveOneLineAndExitCode2() {
    assertThat(run("demo", "--date", "someday")).isEqualTo(EssCommand.EXIT_USAGE);
    assertThat(err.toString()).isEqualTo(
        "ess: Invalid value for option '--date': 'someday' is not a date like 2026-03-02 (try: ess demo --help)"
            + System.lineSeparator());
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anUnknownSubcommandGivesOneLine() {
    assertThat(run("frobnicate")).isEqualTo(EssCommand.EXIT_USAGE);
    assertThat(err.toString().lines()).hasSize(1).first().asString().startsWith("ess: Unmatched argument");
  }

  @Test
  void theDemoBooksTheGroceryDistributionsAsASeriesWithAReportPerDate() {
    assertThat(run("demo")).isZero();
    assertThat(out.toString())
        .contains("... as series s1, RRULE FREQ=WEEKLY;BYDAY=TU,TH;COUNT=12, skipping conflicts; date by date:")
        .contains("Tue 3 Mar 17:00+01:00 b2", "Thu 19 Mar 17:00+01:00 refused", "Tue 31 Mar 17:00+02:00 b9")
        .contains("Thu 19 refused: Épicerie gratuite is already booked from 2026-03-19T17:30 to 2026-03-19T19:30")
        .contains("iCalendar export of the grocery space: RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=12, "
            + "EXDATE;TZID=Europe/Paris:20260319T170000");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void bookKeepsItsCalendarInAJournalAndResumesFromIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path week = dir.resolve("week.json");
    try (var in = EssCommandTest.class.getResourceAsStream("/booking/cargo-week.json")) {
      java.nio.file.Files.copy(java.util.Objects.requireNonNull(in), week);
    }
    String text = java.nio.file.Files.readString(week);
    java.nio.file.Path later = dir.resolve("later.json");
    java.nio.file.Files.writeString(later, text.substring(0, text.indexOf("\"requests\""))
        + "\"requests\": [{\"cancel\": \"b4\"}, {\"requester\": \"lou\", \"resources\": [\"coworking-1\"], "
        + "\"start\": \"2026-03-04T13:30\", \"end\": \"2026-03-04T14:30\"}]}");
    java.nio.file.Path journal = dir.resolve("calendar.jsonl");
    assertThat(run("book", "--journal", journal.toString(), week.toString())).isZero();
    out.getBuffer().setLength(0);

    assertThat(run("book", "--journal", journal.toString(), later.toString())).isZero();

    // b4 was booked in the first run; the new request is numbered after the eleven bookings of that run.
    assertThat(out.toString()).contains("\"cancel\" : \"b4\",\n    \"booking\" : \"b4\",\n    \"state\" : \"CANCELLED\"")
        .contains("\"booking\" : \"b12\",\n    \"state\" : \"CONFIRMED\"")
        .contains("\"booking\" : \"b10\",\n    \"state\" : \"CONFIRMED\"");
    assertThat(java.nio.file.Files.readAllLines(journal)).last().asString()
        .contains("\"after\":{\"id\":\"b12\",\"state\":\"confirmed\"");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void bookStopsWithOneLineWhenItsJournalDoesNotFitTheVenue(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path week = dir.resolve("week.json");
    try (var in = EssCommandTest.class.getResourceAsStream("/booking/cargo-week.json")) {
      java.nio.file.Files.copy(java.util.Objects.requireNonNull(in), week);
    }
    java.nio.file.Path journal = dir.resolve("calendar.jsonl");
    assertThat(run("book", "--journal", journal.toString(), week.toString())).isZero();
    java.nio.file.Path other = dir.resolve("other.json");
    java.nio.file.Files.writeString(other, java.nio.file.Files.readString(week).replace("\"cuisine\"", "\"four\""));
    err.getBuffer().setLength(0);

    assertThat(run("book", "--journal", journal.toString(), other.toString())).isEqualTo(1);

    assertThat(err.toString()).startsWith("ess: calendar.jsonl: does not fit other.json: ").contains("cuisine")
        .doesNotContain("\tat ");
    assertThat(err.toString().lines()).hasSize(1);
  }
}
