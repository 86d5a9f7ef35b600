package coop.ess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.booking.Booking;
import coop.ess.booking.BookingCalendar;
import coop.ess.booking.BookingDecision;
import coop.ess.booking.BookingRequest;
import coop.ess.booking.SeriesMode;
import coop.ess.booking.SeriesRequest;
import coop.ess.booking.time.Interval;
import coop.ess.booking.time.Recurrence;
import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.core.community.Community;
import coop.ess.core.governance.AssemblyRecord;
import coop.ess.core.governance.BallotBox;
import coop.ess.core.governance.Electorate;
import coop.ess.core.governance.MotionResult;
import coop.ess.core.governance.Proposal;
import coop.ess.core.governance.ProposalId;
import coop.ess.core.governance.Quorum;
import coop.ess.core.governance.ResolutionType;
import coop.ess.core.governance.Threshold;
import coop.ess.core.governance.Attendance;
import coop.ess.core.governance.Boundary;
import coop.ess.core.governance.VoteChoice;
import coop.ess.core.venue.Venue;
import coop.ess.examples.cargo.EssCargo;
import coop.ess.json.EssJson;
import coop.ess.json.export.ExportOptions;
import coop.ess.json.export.Hsds;
import coop.ess.json.export.LieuxCsv;
import coop.ess.json.export.OpenDataSet;
import coop.ess.json.export.SchemaOrg;
import coop.ess.json.export.Valueflows;
import coop.ess.json.journal.BookingJournal;
import coop.ess.json.journal.LedgerJournal;
import coop.ess.json.journal.SyncPolicy;
import coop.ess.timebank.Account;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Category;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.ExchangeId;
import coop.ess.timebank.ExchangeStatus;
import coop.ess.timebank.LedgerSnapshot;
import coop.ess.timebank.Leg;
import coop.ess.timebank.Ledger;
import coop.ess.timebank.Outcome;
import coop.ess.timebank.PostResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story of {@code docs/save-reload-export.md}, run: an application keeps ESS CARGO's venue, community, bookings,
 * ledger and decisions in a folder, reloads them into engines in the same state, and publishes its open data. The
 * steps below are the ones the document shows; keep them in step.
 */
class SaveReloadExportTest {

  private static final Instant MONDAY_9 = LocalDateTime.of(2026, 3, 2, 9, 0).atZone(EssCargo.ZONE).toInstant();

  private final EssJson json = EssJson.standard();

  @Test
  void aVenueWithItsBookingsLedgerAndDecisionsIsSavedReloadedAndExported(@TempDir Path folder) throws IOException {
    ManualClock clock = ManualClock.of(MONDAY_9, EssCargo.ZONE);
    Venue venue = EssCargo.venue();
    Community community = EssCargo.community();

    // 1. The model: one JSON document each.
    Files.writeString(folder.resolve("venue.json"), json.writePretty(venue), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("community.json"), json.writePretty(community), StandardCharsets.UTF_8);

    // 2. Bookings and 3. the ledger: each engine writes its events to a journal on disk as it goes.
    List<Booking> bookingsBefore;
    Map<AccountId, Long> balancesBefore;
    List<Object> ledgerEventsBefore;
    try (BookingJournal bookings = BookingJournal.open(folder.resolve("calendar.jsonl"), SyncPolicy.everyRecord());
        LedgerJournal ledgerFile = LedgerJournal.open(folder.resolve("ledger.jsonl"), SyncPolicy.everyRecord())) {
      BookingCalendar calendar = BookingCalendar.builder(venue).clock(clock).journal(bookings).build();
      BookingDecision meeting = calendar.request(BookingRequest.builder().requester(EssCargo.DIGITAL_HELP)
          .addResources(EssCargo.MEETING_ROOM).purpose("Permanence numérique")
          .interval(Interval.ofLocal(LocalDateTime.of(2026, 3, 3, 14, 0), LocalDateTime.of(2026, 3, 3, 17, 0),
              EssCargo.ZONE)).build());
      calendar.requestSeries(SeriesRequest.builder().requester(EssCargo.GROCERY_ASSOCIATION)
          .addResources(EssCargo.GROCERY).purpose("Distribution alimentaire")
          .recurrence(Recurrence.of(LocalDateTime.of(2026, 3, 3, 17, 0), EssCargo.ZONE, "FREQ=WEEKLY;BYDAY=TU;COUNT=4"))
          .duration(Duration.ofHours(2)).build(), SeriesMode.SKIP_CONFLICTS);
      calendar.cancel(meeting.booking().id());
      bookingsBefore = calendar.bookings();

      Ledger ledger = Ledger.builder().clock(clock).journal(ledgerFile).build();
      for (String member : List.of("camille", "maryam", "louis")) {
        ledger.openAccount(Account.of(AccountId.of(member), MemberId.of(member)));
      }
      PostResult help = ledger.post(Exchange.builder().id(ExchangeId.of("m-01")).category(Category.DIGITAL)
          .description("Help with an online housing-aid form").occurredAt(clock.instant())
          .addLegs(Leg.of(AccountId.of("camille"), AccountId.of("maryam"), 90)).build());
      assertThat(help.outcome()).isEqualTo(Outcome.POSTED);
      ledger.reverse(ExchangeId.of("m-01"), ExchangeId.of("m-01-r"), "Recorded twice on paper");
      // A snapshot of the ledger's state after those five events, beside the file: the reload starts from it.
      assertThat(ledger.saveSnapshot().sequence()).isEqualTo(4);
      ledger.post(Exchange.builder().id(ExchangeId.of("m-02")).category(Category.COOKING)
          .description("Soup workshop").occurredAt(clock.instant())
          .addLegs(Leg.of(AccountId.of("camille"), AccountId.of("louis"), 120),
              Leg.of(AccountId.of("maryam"), AccountId.of("louis"), 120)).build());
      balancesBefore = ledger.balances();
      ledgerEventsBefore = new ArrayList<>(ledger.journal().events());
    }

    // 4. Decisions: a ballot box is saved whole, as the record of its events.
    BallotBox box = BallotBox.create(clock, Electorate.ofCommunity(community, EssCargo.DEMO_DAY), 1);
    ProposalId hours = ProposalId.of("ag-2026-hours");
    box.draft(Proposal.builder().id(hours).title("Open the coworking spaces until 22:00 on weekdays")
        .type(ResolutionType.builder().name("ordinary").threshold(Threshold.simpleMajority())
            .quorum(Quorum.of(1, 2, Boundary.AT_LEAST, Quorum.Base.PRESENT_AND_REPRESENTED)).build())
        .build());
    for (MemberId voter : box.electorate().voters()) {
      box.recordPresence(voter, Attendance.IN_ROOM);
    }
    box.open(hours);
    List<MemberId> voters = List.copyOf(box.electorate().voters());
    for (int i = 0; i < voters.size(); i++) {
      box.vote(hours, voters.get(i), i % 3 == 2 ? VoteChoice.AGAINST : VoteChoice.FOR);
    }
    box.close(hours);
    MotionResult decided = box.decide(hours, 1, "The coworking spaces stay open until 22:00 on weekdays.");
    Files.writeString(folder.resolve("assembly.json"), json.writePretty(box.record()), StandardCharsets.UTF_8);

    // Reloading: the documents are read back, the journals reopened, the ballot box replayed.
    List<Account> accounts;
    List<Exchange> exchanges = new ArrayList<>();
    Venue venueAgain = json.read(folder.resolve("venue.json"), Venue.class);
    Community communityAgain = json.read(folder.resolve("community.json"), Community.class);
    assertThat(venueAgain).isEqualTo(venue);
    assertThat(communityAgain).isEqualTo(community);
    try (BookingJournal bookings = BookingJournal.open(folder.resolve("calendar.jsonl"), SyncPolicy.everyRecord());
        LedgerJournal ledgerFile = LedgerJournal.open(folder.resolve("ledger.jsonl"), SyncPolicy.everyRecord())) {
      BookingCalendar calendar = BookingCalendar.builder(venueAgain).clock(clock).journal(bookings).build();
      Ledger ledger = Ledger.builder().clock(clock).journal(ledgerFile).build();
      assertThat(calendar.bookings()).isEqualTo(bookingsBefore).hasSize(5);
      assertThat(ledger.balances()).isEqualTo(balancesBefore).containsEntry(AccountId.of("louis"), 240L);
      // Only the events after the snapshot were read: the ledger started from the snapshot.
      assertThat(ledgerFile.start()).isEqualTo(5);
      assertThat(ledger.journal().events()).isEqualTo(ledgerEventsBefore.subList(5, ledgerEventsBefore.size()));
      accounts = ledger.accounts();
      // Every exchange the ledger recorded is in its snapshot, with its status: the posted ones go to the export.
      for (LedgerSnapshot.RecordedExchange recorded : ledger.snapshot().exchanges()) {
        if (recorded.status() == ExchangeStatus.POSTED) {
          exchanges.add(recorded.exchange());
        }
      }
      assertThat(exchanges).extracting(Exchange::id).containsExactly(ExchangeId.of("m-01"), ExchangeId.of("m-01-r"),
          ExchangeId.of("m-02"));
      assertThat(ledger.post(Exchange.builder().id(ExchangeId.of("m-02")).category(Category.COOKING)
          .description("Soup workshop").occurredAt(clock.instant())
          .addLegs(Leg.of(AccountId.of("camille"), AccountId.of("louis"), 120),
              Leg.of(AccountId.of("maryam"), AccountId.of("louis"), 120)).build()).outcome())
          .as("a retried exchange is still recognised after the reload").isEqualTo(Outcome.DUPLICATE);
    }
    BallotBox boxAgain = BallotBox.replay(clock, json.read(folder.resolve("assembly.json"), AssemblyRecord.class));
    assertThat(boxAgain.count(hours)).isEqualTo(decided);
    assertThat(boxAgain.events()).isEqualTo(box.events());

    // Exporting: open data, without personal data unless asked for.
    OpenDataSet open = OpenDataSet.builder().venue(venueAgain).community(communityAgain)
        .operator(EssCargo.UNIVERSITY).accounts(accounts).exchanges(exchanges).build();
    Path published = Files.createDirectories(folder.resolve("open-data"));
    Files.writeString(published.resolve("hsds.json"), Hsds.write(open, ExportOptions.defaults()));
    Files.writeString(published.resolve("schema-org.jsonld"), SchemaOrg.write(open, ExportOptions.defaults()));
    Files.writeString(published.resolve("valueflows.jsonld"), Valueflows.write(open, ExportOptions.defaults()));
    Files.writeString(published.resolve("lieux.csv"), LieuxCsv.write(open, ExportOptions.defaults()));
    try (var files = Files.list(published)) {
      for (Path file : files.toList()) {
        assertThat(Files.readString(file)).as(file.getFileName().toString()).doesNotContain("maryam@example.org");
      }
    }
    assertThat(Files.readString(published.resolve("hsds.json"))).contains("ESS CARGO");
    assertThat(Files.readString(published.resolve("valueflows.jsonld"))).contains("Soup workshop", "m-01-r");
  }
}
