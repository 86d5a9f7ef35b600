package coop.ess.json.journal;

import static coop.ess.json.journal.CargoCalendar.DESKS;
import static coop.ess.json.journal.CargoCalendar.PARIS;
import static coop.ess.json.journal.CargoCalendar.ROOM;
import static coop.ess.json.journal.CargoCalendar.SUNDAY;
import static coop.ess.json.journal.CargoCalendar.VENUE;
import static coop.ess.json.journal.CargoCalendar.calendar;
import static coop.ess.json.journal.CargoCalendar.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.booking.BookingCalendar;
import coop.ess.booking.BookingDecision;
import coop.ess.booking.BookingEvent;
import coop.ess.booking.BookingId;
import coop.ess.booking.CalendarSnapshot;
import coop.ess.booking.InMemoryCalendarJournal;
import coop.ess.booking.SeriesMode;
import coop.ess.booking.SeriesRequest;
import coop.ess.booking.time.Interval;
import coop.ess.booking.time.Recurrence;
import coop.ess.core.EssStateException;
import coop.ess.core.ManualClock;
import coop.ess.core.OrganisationId;
import coop.ess.core.venue.Venue;
import coop.ess.json.EssJson;
import coop.ess.json.EssJsonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The booking journal with a snapshot of the calendar beside its file. */
class BookingJournalSnapshotTest {

  @TempDir
  Path dir;

  /** Before the snapshot: bookings, a waitlist, a series. */
  private static void before(BookingCalendar calendar) {
    calendar.request(request("camille", ROOM, "2026-03-03T14:00", "2026-03-03T16:00"));
    calendar.request(request("yann", ROOM, "2026-03-03T15:00", "2026-03-03T17:00"));
    calendar.requestSeries(SeriesRequest.builder().requester(OrganisationId.of("epicerie")).addResources(ROOM)
        .recurrence(Recurrence.of(LocalDateTime.parse("2026-03-04T17:00"), PARIS, "FREQ=WEEKLY;COUNT=4"))
        .duration(Duration.ofHours(2)).build(), SeriesMode.SKIP_CONFLICTS);
  }

  /** After it: changes to bookings of before (an offer to the waitlisted one, an exception of the series). */
  private static void after(BookingCalendar calendar) {
    calendar.request(request("lea", DESKS, "2026-03-05T09:00", "2026-03-05T12:00"));
    calendar.cancel(BookingId.of("b1"));
    calendar.move(BookingId.of("b4"), Interval.ofLocal(LocalDateTime.parse("2026-03-11T18:00"),
        LocalDateTime.parse("2026-03-11T20:00"), PARIS));
  }

  /** A journal file of before, a snapshot, then after; returns the snapshot. */
  private CalendarSnapshot journalWithSnapshot(Path file) {
    try (BookingJournal journal = BookingJournal.open(file, SyncPolicy.everyRecord())) {
      BookingCalendar calendar = calendar(ManualClock.of(SUNDAY), journal);
      before(calendar);
      CalendarSnapshot snapshot = calendar.saveSnapshot();
      after(calendar);
      return snapshot;
    }
  }

  private static List<Object> state(BookingCalendar calendar) {
    Interval march = Interval.of(Instant.parse("2026-03-01T00:00:00Z"), Duration.ofDays(31));
    return List.of(calendar.bookings(), calendar.allSeries(), calendar.snapshot(), calendar.holding(ROOM, march),
        calendar.holding(DESKS, march), calendar.peakOccupancy(DESKS, march));
  }

  @Test
  void reopeningWithASnapshotGivesTheCalendarThatReplayingEverythingGives() {
    Path file = dir.resolve("calendar.jsonl");
    CalendarSnapshot saved = journalWithSnapshot(file);
    List<BookingEvent> all = BookingJournal.read(file);
    BookingCalendar replayed = calendar(ManualClock.of(SUNDAY), InMemoryCalendarJournal.of(all));

    try (BookingJournal journal = BookingJournal.open(file, SyncPolicy.everyBatch())) {
      BookingCalendar restored = calendar(ManualClock.of(SUNDAY), journal);

      assertThat(journal.snapshot()).contains(saved);
      assertThat(journal.start()).isEqualTo(saved.sequence() + 1);
      assertThat(journal.size()).isEqualTo(all.size());
      assertThat(journal.events()).isEqualTo(all.subList((int) saved.sequence(), all.size()));
      assertThat(state(restored)).isEqualTo(state(replayed));
      assertThat(restored.eventsFrom(saved.sequence() + 1)).isEqualTo(journal.events());
      assertThatThrownBy(restored::events).isInstanceOf(EssStateException.class)
          .hasMessageContaining("snapshot of event " + saved.sequence());
      BookingDecision next = restored.request(request("ines", ROOM, "2026-03-03T15:00", "2026-03-03T16:00"));
      BookingDecision expected = replayed.request(request("ines", ROOM, "2026-03-03T15:00", "2026-03-03T16:00"));
      assertThat(next).isEqualTo(expected);
      assertThat(journal.size()).isEqualTo(all.size() + 1);
    }
    try (BookingJournal journal = BookingJournal.open(file, SyncPolicy.everyBatch())) {
      assertThat(state(calendar(ManualClock.of(SUNDAY), journal))).isEqualTo(state(replayed));
    }
  }

  @Test
  void compactingAfterASnapshotShrinksTheFileAndReopensTheSameCalendar() throws IOException {
    Path file = dir.resolve("calendar.jsonl");
    CalendarSnapshot saved = journalWithSnapshot(file);
    List<BookingEvent> all = BookingJournal.read(file);
    long before = Files.size(file);
    BookingCalendar replayed = calendar(ManualClock.of(SUNDAY), InMemoryCalendarJournal.of(all));

    try (BookingJournal journal = BookingJournal.open(file, SyncPolicy.everyBatch())) {
      assertThat(journal.compact()).isEqualTo(saved.sequence() - 1);
    }
    assertThat(Files.size(file)).isLessThan(before);
    assertThat(BookingJournal.read(file)).isEqualTo(all.subList((int) saved.sequence() - 1, all.size()));
    try (BookingJournal journal = BookingJournal.open(file, SyncPolicy.everyBatch())) {
      BookingCalendar restored = calendar(ManualClock.of(SUNDAY), journal);
      assertThat(journal.start()).isEqualTo(saved.sequence() + 1);
      assertThat(state(restored)).isEqualTo(state(replayed));
      restored.request(request("ines", ROOM, "2026-03-03T15:00", "2026-03-03T16:00"));
      assertThat(journal.size()).isEqualTo(all.size() + 1);
    }
    assertThat(BookingJournal.read(file)).hasSize(all.size() + 1 - (int) saved.sequence() + 1);
  }

  @Test
  void theSnapshotIsOneRecordBesideTheFile() throws IOException {
    Path file = dir.resolve("calendar.jsonl");
    CalendarSnapshot saved = journalWithSnapshot(file);

    String line = Files.readString(dir.resolve("calendar.jsonl.snapshot"), StandardCharsets.UTF_8);

    assertThat(line).startsWith("{\"seq\":" + saved.sequence() + ",").contains("\"snapshot\":{\"schemaVersion\":1,"
        + "\"sequence\":" + saved.sequence() + ",\"lastBookingId\":6,\"lastSeriesId\":1,").endsWith("}\n");
  }

  @Test
  void aLaterSnapshotReplacesTheFirst() {
    Path file = dir.resolve("calendar.jsonl");
    journalWithSnapshot(file);
    CalendarSnapshot second;
    try (BookingJournal journal = BookingJournal.open(file, SyncPolicy.everyBatch())) {
      BookingCalendar calendar = calendar(ManualClock.of(SUNDAY), journal);
      calendar.request(request("ines", DESKS, "2026-03-06T10:00", "2026-03-06T11:00"));
      second = calendar.saveSnapshot();
    }

    try (BookingJournal journal = BookingJournal.open(file, SyncPolicy.everyBatch())) {
      assertThat(journal.snapshot()).contains(second);
      assertThat(journal.events()).isEmpty();
      assertThat(calendar(ManualClock.of(SUNDAY), journal).snapshot()).isEqualTo(second);
    }
  }

  @Test
  void aSnapshotOfAnEventNotAppendedIsRefused() {
    try (BookingJournal journal = BookingJournal.open(dir.resolve("c.jsonl"), SyncPolicy.everyBatch())) {
      BookingCalendar calendar = calendar(ManualClock.of(SUNDAY), journal);
      before(calendar);
      CalendarSnapshot ahead = CalendarSnapshot.builder().from(calendar.snapshot()).sequence(99).build();

      assertThatThrownBy(() -> journal.saveSnapshot(ahead)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("after event 99");
    }
  }

  /**
   * Cuts the file at every byte offset of its last three records, all after the snapshot: reading it recovers
   * exactly the events whose lines are complete (those acknowledged). At each record boundary and every 23rd offset
   * the file is also opened (which cuts the torn tail, forces the file and reads the snapshot: too slow to do at
   * each of the 1,500 offsets): the journal holds the snapshot and exactly the acknowledged events after it, and the
   * calendar built on it is the one restored from the snapshot and those events, and appends after them.
   */
  @Test
  void aTornTailAfterASnapshotRecoversExactlyTheAcknowledgedEvents() throws IOException {
    Path file = dir.resolve("calendar.jsonl");
    CalendarSnapshot saved = journalWithSnapshot(file);
    byte[] full = Files.readAllBytes(file);
    byte[] snapshotLine = Files.readAllBytes(dir.resolve("calendar.jsonl.snapshot"));
    List<BookingEvent> written = BookingJournal.read(file);
    List<Integer> lineEnds = new ArrayList<>();
    for (int i = 0; i < full.length; i++) {
      if (full[i] == '\n') {
        lineEnds.add(i + 1);
      }
    }
    assertThat(lineEnds.size() - 3).isGreaterThanOrEqualTo((int) saved.sequence());
    int firstCut = lineEnds.get(lineEnds.size() - 4);
    Path torn = dir.resolve("torn.jsonl");
    for (int cut = firstCut; cut <= full.length; cut++) {
      Files.write(torn, Arrays.copyOf(full, cut));
      Files.write(dir.resolve("torn.jsonl.snapshot"), snapshotLine);
      int complete = 0;
      for (int end : lineEnds) {
        if (end <= cut) {
          complete++;
        }
      }
      List<BookingEvent> acknowledged = written.subList((int) saved.sequence(), complete);
      assertThat(BookingJournal.read(torn)).as("cut at %d", cut).isEqualTo(written.subList(0, complete));
      if (!lineEnds.contains(cut) && cut % 23 != 0) {
        continue;
      }
      try (BookingJournal journal = BookingJournal.open(torn, SyncPolicy.interval(Duration.ofSeconds(1)))) {
        assertThat(journal.snapshot()).as("cut at %d", cut).contains(saved);
        assertThat(journal.events()).as("cut at %d", cut).isEqualTo(acknowledged);
        assertThat(journal.size()).isEqualTo(complete);
        BookingCalendar resumed = calendar(ManualClock.of(SUNDAY), journal);
        BookingCalendar expected = calendar(ManualClock.of(SUNDAY), InMemoryCalendarJournal.of(saved, acknowledged));
        assertThat(state(resumed)).as("cut at %d", cut).isEqualTo(state(expected));
        resumed.request(request("ines", DESKS, "2026-03-06T10:00", "2026-03-06T11:00"));
        assertThat(journal.size()).isEqualTo(complete + 1);
      }
      assertThat(BookingJournal.read(torn)).hasSize(complete + 1);
    }
  }

  @Test
  void aDamagedSnapshotIsRefused() throws IOException {
    Path file = dir.resolve("calendar.jsonl");
    journalWithSnapshot(file);
    Path snapshot = dir.resolve("calendar.jsonl.snapshot");
    Files.writeString(snapshot, Files.readString(snapshot).replace("\"lastBookingId\":6", "\"lastBookingId\":7"));

    assertThatThrownBy(() -> BookingJournal.open(file, SyncPolicy.everyBatch()))
        .isInstanceOf(JournalCorruptedException.class).hasMessageContaining("calendar.jsonl.snapshot");
  }

  @Test
  void aSnapshotBeyondTheLastRecordIsRefused() throws IOException {
    Path file = dir.resolve("calendar.jsonl");
    CalendarSnapshot saved = journalWithSnapshot(file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Files.write(file, lines.subList(0, (int) saved.sequence() - 1), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> BookingJournal.open(file, SyncPolicy.everyBatch()))
        .isInstanceOf(JournalCorruptedException.class)
        .hasMessageContaining("the snapshot includes record " + saved.sequence());
  }

  @Test
  void aSnapshotThatIsNotACalendarSnapshotIsRefusedWithItsPointer() {
    Path file = dir.resolve("calendar.jsonl");
    try (BookingJournal journal = BookingJournal.open(file, SyncPolicy.everyBatch())) {
      before(calendar(ManualClock.of(SUNDAY), journal));
    }
    try (FileJournal raw = FileJournal.open(file)) {
      raw.writeSnapshot(2, "{\"sequence\":2,\"lastBookingId\":2,\"lastSeriesId\":0,\"balances\":{\"ana\":-60}}");
    }

    assertThatThrownBy(() -> BookingJournal.open(file, SyncPolicy.everyBatch()))
        .isInstanceOfSatisfying(EssJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/balances");
          assertThat(e.reason()).contains("calendar.jsonl snapshot");
        });
  }

  @Test
  void aSnapshotOfAnotherEventThanItsRecordIsRefused() {
    Path file = dir.resolve("calendar.jsonl");
    CalendarSnapshot wrong;
    try (BookingJournal journal = BookingJournal.open(file, SyncPolicy.everyBatch())) {
      BookingCalendar calendar = calendar(ManualClock.of(SUNDAY), journal);
      before(calendar);
      wrong = CalendarSnapshot.builder().from(calendar.snapshot()).sequence(3).build();
    }
    try (FileJournal raw = FileJournal.open(file)) {
      raw.writeSnapshot(5, EssJson.standard().write(wrong));
    }

    assertThatThrownBy(() -> BookingJournal.open(file, SyncPolicy.everyBatch()))
        .isInstanceOfSatisfying(EssJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/sequence");
          assertThat(e.reason()).contains("it says event 3 where event 5 was expected");
        });
  }

  @Test
  void aSnapshotThatDoesNotFitTheVenueStopsTheBuild() {
    Path file = dir.resolve("calendar.jsonl");
    journalWithSnapshot(file);
    Venue smaller = Venue.builder().from(VENUE).resources(List.of(VENUE.resources().get(1))).build();

    try (BookingJournal journal = BookingJournal.open(file, SyncPolicy.everyBatch())) {
      assertThatThrownBy(() -> BookingCalendar.builder(smaller).journal(journal).build())
          .isInstanceOf(coop.ess.core.EssNotFoundException.class).hasMessageContaining("salle-reunion");
    }
  }
}
