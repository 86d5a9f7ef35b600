package coop.ess.json.journal;

import coop.ess.booking.BookingCalendar;
import coop.ess.booking.BookingEvent;
import coop.ess.booking.CalendarJournal;
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
 * <p>Record {@code n} of the file holds the event of sequence {@code n}. Thread-safe.
 */
public final class BookingJournal implements CalendarJournal, AutoCloseable {

  private final TypedRecords<BookingEvent, Void> records;

  private BookingJournal(TypedRecords<BookingEvent, Void> records) {
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
   * Opens (or creates) a booking journal.
   *
   * @param path the journal file, not null
   * @param policy when writes are forced to the device, not null
   * @param json the JSON format, not null
   * @return the open journal, not null
   * @throws EssJsonException if a record is not a booking event or the sequence has a gap
   * @throws JournalCorruptedException if a record other than the last is damaged
   * @throws java.io.UncheckedIOException if the file cannot be read or written
   */
  public static BookingJournal open(Path path, SyncPolicy policy, EssJson json) {
    return new BookingJournal(TypedRecords.open(path, policy, json, BookingEvent.class, BookingEvent::sequence, 1,
        null, state -> -1,
        "a booking journal"));
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

  @Override
  public synchronized List<BookingEvent> events() {
    return records.events();
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
