package coop.ess.json.journal;

import static coop.ess.json.journal.CargoCalendar.DESKS;
import static coop.ess.json.journal.CargoCalendar.PARIS;
import static coop.ess.json.journal.CargoCalendar.ROOM;
import static coop.ess.json.journal.CargoCalendar.SUNDAY;
import static coop.ess.json.journal.CargoCalendar.calendar;
import static coop.ess.json.journal.CargoCalendar.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.booking.BookingCalendar;
import coop.ess.booking.BookingDecision;
import coop.ess.booking.BookingEvent;
import coop.ess.booking.BookingId;
import coop.ess.booking.BookingState;
import coop.ess.booking.InMemoryCalendarJournal;
import coop.ess.booking.SeriesMode;
import coop.ess.booking.SeriesRequest;
import coop.ess.booking.time.Interval;
import coop.ess.booking.time.Recurrence;
import coop.ess.core.ManualClock;
import coop.ess.core.OrganisationId;
import coop.ess.json.EssJsonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookingJournalTest {

  @TempDir
  Path dir;

  /** A first run: bookings, a waitlist, a series, a cancellation that offers the freed place, a move. */
  private static void firstRun(BookingCalendar calendar) {
    calendar.request(request("camille", ROOM, "2026-03-03T14:00", "2026-03-03T16:00"));
    calendar.request(request("yann", ROOM, "2026-03-03T15:00", "2026-03-03T17:00"));
    calendar.requestSeries(SeriesRequest.builder().requester(OrganisationId.of("epicerie")).addResources(ROOM)
        .recurrence(Recurrence.of(LocalDateTime.parse("2026-03-04T17:00"), PARIS, "FREQ=WEEKLY;COUNT=4"))
        .duration(Duration.ofHours(2)).build(), SeriesMode.SKIP_CONFLICTS);
    calendar.request(request("lea", DESKS, "2026-03-05T09:00", "2026-03-05T12:00"));
    calendar.cancel(BookingId.of("b1"));
    calendar.move(BookingId.of("b4"), Interval.ofLocal(LocalDateTime.parse("2026-03-11T18:00"),
        LocalDateTime.parse("2026-03-11T20:00"), PARIS));
  }

  private Path journalOfFirstRun() {
    Path file = dir.resolve("calendar.jsonl");
    try (BookingJournal journal = BookingJournal.open(file, SyncPolicy.everyRecord())) {
      firstRun(calendar(ManualClock.of(SUNDAY), journal));
    }
    return file;
  }

  @Test
  void aCalendarResumesFromItsJournal() {
    ManualClock clock = ManualClock.of(SUNDAY);
    BookingCalendar live = calendar(clock, new InMemoryCalendarJournal());
    firstRun(live);
    Path file = journalOfFirstRun();

    try (BookingJournal journal = BookingJournal.open(file, SyncPolicy.everyBatch())) {
      BookingCalendar resumed = calendar(ManualClock.of(SUNDAY), journal);

      assertThat(resumed.bookings()).isEqualTo(live.bookings());
      assertThat(resumed.allSeries()).isEqualTo(live.allSeries());
      assertThat(resumed.events()).isEqualTo(live.events());
      assertThat(resumed.booking(BookingId.of("b2")).orElseThrow().state()).isEqualTo(BookingState.OFFERED);
      BookingDecision next = resumed.request(request("ines", DESKS, "2026-03-05T10:00", "2026-03-05T11:00"));
      assertThat(next.booking().id()).isEqualTo(live.request(request("ines", DESKS, "2026-03-05T10:00",
          "2026-03-05T11:00")).booking().id());
      assertThat(journal.size()).isEqualTo(live.events().size());
    }
  }

  @Test
  void eachRecordIsOneBookingEventInTheModulesFormat() throws IOException {
    Path file = journalOfFirstRun();

    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

    assertThat(lines.get(0)).startsWith("{\"seq\":1,").contains("\"record\":{\"schemaVersion\":1,\"sequence\":1,"
        + "\"at\":\"2026-03-01T11:00:00Z\",\"cause\":\"requested\",\"violations\":[],\"after\":{\"id\":\"b1\","
        + "\"state\":\"confirmed\"");
  }

  @Test
  void theEventsReadBackEqualThoseWritten() {
    Path file = dir.resolve("calendar.jsonl");
    List<BookingEvent> written;
    try (BookingJournal journal = BookingJournal.open(file, SyncPolicy.everyBatch())) {
      firstRun(calendar(ManualClock.of(SUNDAY), journal));
      written = journal.events();
    }

    try (BookingJournal journal = BookingJournal.open(file, SyncPolicy.everyBatch())) {
      assertThat(journal.events()).isEqualTo(written);
    }
  }

  /**
   * Cuts the file at every byte offset of its last three records: reading it recovers exactly the events whose
   * lines are complete (those acknowledged). At each record boundary and at every 97th offset the file is also
   * opened (which cuts the torn tail and forces the file to the device, too slow to do 2,000 times): the calendar
   * built on it stands where it stood after those events and appends after them.
   */
  @Test
  void aTornTailRecoversExactlyTheAcknowledgedEvents() throws IOException {
    Path file = journalOfFirstRun();
    byte[] full = Files.readAllBytes(file);
    List<BookingEvent> written = BookingJournal.read(file);
    List<Integer> lineEnds = new ArrayList<>();
    for (int i = 0; i < full.length; i++) {
      if (full[i] == '\n') {
        lineEnds.add(i + 1);
      }
    }
    int firstCut = lineEnds.get(lineEnds.size() - 4);
    Path torn = dir.resolve("torn.jsonl");
    for (int cut = firstCut; cut <= full.length; cut++) {
      Files.write(torn, Arrays.copyOf(full, cut));
      int complete = 0;
      for (int end : lineEnds) {
        if (end <= cut) {
          complete++;
        }
      }
      List<BookingEvent> acknowledged = written.subList(0, complete);
      assertThat(BookingJournal.read(torn)).as("cut at %d", cut).isEqualTo(acknowledged);
      if (!lineEnds.contains(cut) && cut % 97 != 0) {
        continue;
      }
      try (BookingJournal journal = BookingJournal.open(torn, SyncPolicy.everyBatch())) {
        assertThat(journal.events()).as("cut at %d", cut).isEqualTo(acknowledged);
        BookingCalendar resumed = calendar(ManualClock.of(SUNDAY), journal);
        BookingCalendar expected = calendar(ManualClock.of(SUNDAY), InMemoryCalendarJournal.of(acknowledged));
        assertThat(resumed.bookings()).isEqualTo(expected.bookings());
        assertThat(resumed.allSeries()).isEqualTo(expected.allSeries());
        resumed.request(request("ines", DESKS, "2026-03-06T10:00", "2026-03-06T11:00"));
        assertThat(journal.size()).isEqualTo(complete + 1);
      }
      assertThat(BookingJournal.read(torn)).hasSize(complete + 1);
    }
  }

  @Test
  void aRecordThatIsNotABookingEventIsRefusedWithItsPointer() {
    Path file = dir.resolve("calendar.jsonl");
    try (FileJournal raw = FileJournal.open(file)) {
      raw.append("{\"sequence\":1,\"at\":\"yesterday\",\"cause\":\"requested\"}");
    }

    assertThatThrownBy(() -> BookingJournal.open(file, SyncPolicy.everyBatch()))
        .isInstanceOfSatisfying(EssJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/at");
          assertThat(e.reason()).contains("record 1");
        });
  }

  @Test
  void aGapInTheSequenceIsRefused() {
    Path file = journalOfFirstRun();
    String second;
    try (BookingJournal journal = BookingJournal.open(file, SyncPolicy.everyBatch())) {
      second = coop.ess.json.EssJson.standard().write(journal.get(2));
    }
    Path gap = dir.resolve("gap.jsonl");
    try (FileJournal raw = FileJournal.open(gap)) {
      raw.append(second);
    }

    assertThatThrownBy(() -> BookingJournal.open(gap, SyncPolicy.everyBatch()))
        .isInstanceOf(EssJsonException.class).hasMessageContaining("event 2 where event 1 was expected");
  }

  @Test
  void anEventOutOfSequenceCannotBeAppended() {
    BookingCalendar memory = calendar(ManualClock.of(SUNDAY), new InMemoryCalendarJournal());
    firstRun(memory);

    try (BookingJournal journal = BookingJournal.open(dir.resolve("c.jsonl"), SyncPolicy.everyBatch())) {
      assertThatThrownBy(() -> journal.append(memory.events().get(1))).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void essValidateRecognisesABookingJournalAndFindsItValid() {
    Path file = journalOfFirstRun();

    assertThat(coop.ess.json.schema.JsonLines.standard().typeOf(file))
        .hasValue(coop.ess.json.schema.JsonLines.BOOKING_JOURNAL);
    assertThat(coop.ess.json.schema.JsonLines.standard().validate(file,
        coop.ess.json.schema.JsonLines.BOOKING_JOURNAL)).isEmpty();
    assertThat(coop.ess.json.schema.JsonLines.standard().validate(file,
        coop.ess.json.schema.JsonLines.LEDGER_JOURNAL)).isNotEmpty();
  }
}
