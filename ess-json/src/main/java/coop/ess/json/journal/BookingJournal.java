package coop.ess.json.journal;

import coop.ess.booking.BookingCalendar;
import coop.ess.booking.BookingEvent;
import coop.ess.booking.CalendarJournal;
import coop.ess.booking.CalendarSnapshot;
import coop.ess.json.EssJson;
import coop.ess.json.EssJsonException;
import java.nio.file.Path;
import java.util.List;

/**
 * The booking calendar's journal kept on disk: each {@link BookingEvent} is one record of a {@link FileJournal}, in
 * the JSON format of {@link coop.ess.json.EssJacksonModule} (the booking as the change left it, and the series it
 * changed), durable before {@link #append} returns. Opening the file reads back every acknowledged event, so a
 * {@link BookingCalendar} built on it replays them and resumes where the last run stopped:
 *
 * <pre>{@code
 * try (BookingJournal journal = BookingJournal.open(Path.of("calendar.jsonl"), SyncPolicy.everyBatch())) {
 *   BookingCalendar calendar = BookingCalendar.builder(venue).policies(policies).clock(clock)
 *       .journal(journal)                          // replays the events on disk
 *       .build();
 *   calendar.request(request);                      // appended and forced before it returns
 * }
 * }</pre>
 *
 * <p>Record {@code n} of the file holds the event of sequence {@code n}. The journal keeps the calendar's
 * {@link CalendarSnapshot snapshot} beside the file ({@code FILE.snapshot}, replaced atomically by
 * {@link #saveSnapshot}): on the next {@code open} the events it includes are not read, {@link #start()} is the
 * event after it, and a calendar built on the journal restores the snapshot and replays only the later events.
 *
 * <pre>{@code
 * try (BookingJournal journal = BookingJournal.open(Path.of("calendar.jsonl"), SyncPolicy.everyBatch())) {
 *   BookingCalendar calendar = BookingCalendar.builder(venue).journal(journal).build();
 *   calendar.request(request);
 *   calendar.saveSnapshot();                        // calendar.jsonl.snapshot: the state after the last event
 * }
 * try (BookingJournal journal = BookingJournal.open(Path.of("calendar.jsonl"), SyncPolicy.everyBatch())) {
 *   journal.snapshot();                              // the snapshot; journal.start() is the event after it
 *   BookingCalendar calendar = BookingCalendar.builder(venue).journal(journal)
 *       .build();                                    // restores it, replays the events after it only
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class BookingJournal extends EngineJournal<BookingEvent, CalendarSnapshot> implements CalendarJournal {

  private BookingJournal(TypedRecords<BookingEvent, CalendarSnapshot> records) {
    super(records);
  }

  /**
   * Opens (or creates) a booking journal with the standard JSON format.
   *
   * @param path the journal file, not null
   * @param policy when writes are forced to the device, not null
   * @return the open journal, not null
   * @throws EssJsonException if a record is not a booking event or the sequence has a gap
   * @throws JournalCorruptedException if a record other than the last is damaged
   * @throws java.io.UncheckedIOException if the file cannot be read or written
   */
  public static BookingJournal open(Path path, SyncPolicy policy) {
    return open(path, policy, EssJson.standard());
  }

  /**
   * Opens (or creates) a booking journal, and reads its snapshot if it has one.
   *
   * @param path the journal file, not null
   * @param policy when writes are forced to the device, not null
   * @param json the JSON format, not null
   * @return the open journal, not null
   * @throws EssJsonException if a record is not a booking event, the sequence has a gap, or the snapshot is not a
   *     calendar snapshot (wrong type, invalid, or of another event than its record says); the message names the
   *     record or the snapshot and the pointer
   * @throws JournalCorruptedException if a record other than the last is damaged, or the snapshot file is (a bad
   *     checksum, an unfinished line, a snapshot of a record beyond the file's last)
   * @throws java.io.UncheckedIOException if the file cannot be read or written
   */
  public static BookingJournal open(Path path, SyncPolicy policy, EssJson json) {
    return new BookingJournal(TypedRecords.open(path, policy, json, BookingEvent.class, BookingEvent::sequence, 1,
        CalendarSnapshot.class, CalendarSnapshot::sequence, "a booking journal"));
  }

  /**
   * Reads the events of a booking journal file without opening it for writing or repairing it: what
   * {@link #open} would recover (a torn last line is ignored).
   *
   * @param path the journal file, not null
   * @return the events in order, not null
   * @throws EssJsonException if a record is not a booking event or the sequence has a gap
   * @throws JournalCorruptedException if a record other than the last is damaged
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static List<BookingEvent> read(Path path) {
    return TypedRecords.decode(path, FileJournal.read(path), EssJson.standard(), BookingEvent.class,
        BookingEvent::sequence, 1);
  }
}
