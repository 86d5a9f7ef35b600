package coop.ess.json.journal;

import coop.ess.booking.BookingCalendar;
import coop.ess.booking.BookingEvent;
import coop.ess.booking.CalendarJournal;
import coop.ess.booking.CalendarSnapshot;
import coop.ess.json.EssJson;
import coop.ess.json.EssJsonException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
public final class BookingJournal implements CalendarJournal, AutoCloseable {

  private final TypedRecords<BookingEvent, CalendarSnapshot> records;

  private BookingJournal(TypedRecords<BookingEvent, CalendarSnapshot> records) {
    this.records = records;
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

  /**
   * Appends an event and returns once the file holds it as the sync policy says.
   *
   * @param event the next event, not null
   * @throws IllegalArgumentException if its sequence is not the journal's size + 1
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  @Override
  public synchronized void append(BookingEvent event) {
    records.append(event);
  }

  @Override
  public synchronized long size() {
    return records.size();
  }

  @Override
  public synchronized BookingEvent get(long sequence) {
    return records.get(sequence);
  }

  /**
   * The events held: those after the snapshot read at open, or every event if there was none.
   *
   * @return a copy, from {@link #start()} on, not null
   */
  @Override
  public synchronized List<BookingEvent> events() {
    return records.events();
  }

  /**
   * The first event held: 1, or the one after the snapshot read at open.
   *
   * @return the sequence, at least 1
   */
  @Override
  public synchronized long start() {
    return records.start();
  }

  /**
   * The snapshot read at open or saved since.
   *
   * @return the snapshot, possibly empty
   */
  @Override
  public synchronized Optional<CalendarSnapshot> snapshot() {
    return records.snapshot();
  }

  /**
   * Writes a snapshot beside the file, in place of the previous one: to a temporary file, forced, then moved over
   * {@code FILE.snapshot}. The events stay in memory until the journal is closed; the next {@code open} reads the
   * snapshot and the events after it only.
   *
   * @param snapshot the calendar's state after an event from {@code start() - 1} to {@link #size()}, at least 1,
   *     not null
   * @throws IllegalArgumentException if the snapshot's event is not appended yet, is before the first held, or is 0
   * @throws java.io.UncheckedIOException if the snapshot cannot be written
   */
  @Override
  public synchronized void saveSnapshot(CalendarSnapshot snapshot) {
    records.saveSnapshot(snapshot);
  }

  /**
   * Drops from the file the events that the saved snapshot includes, all but its last, so that the file stops
   * growing and the next {@code open} reads only the snapshot and the events after it (see
   * {@link FileJournal#compact()}: crash-safe, and a compacted file is refused without its snapshot). The events stay
   * in memory until the journal is closed.
   *
   * @return how many records were dropped, 0 without a snapshot or when nothing is left to drop
   * @throws java.io.UncheckedIOException if the file cannot be rewritten
   */
  public synchronized long compact() {
    return records.compact();
  }

  /**
   * How many bytes of a torn tail were cut when the file was opened.
   *
   * @return the number of bytes, 0 for a clean file
   */
  public synchronized long truncatedBytes() {
    return records.truncatedBytes();
  }

  /** Closes the file after the appends in flight. */
  @Override
  public void close() {
    records.close();
  }

  @Override
  public String toString() {
    return "BookingJournal[" + size() + " events]";
  }
}
