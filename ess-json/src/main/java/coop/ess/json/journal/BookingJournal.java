package coop.ess.json.journal;

import coop.ess.booking.BookingCalendar;
import coop.ess.booking.BookingEvent;
import coop.ess.booking.CalendarJournal;
import coop.ess.json.EssJson;
import coop.ess.json.EssJsonException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

  private final FileJournal file;
  private final EssJson json;
  private final ArrayList<BookingEvent> events = new ArrayList<>();

  private BookingJournal(FileJournal file, EssJson json, List<BookingEvent> recovered) {
    this.file = file;
    this.json = json;
    this.events.addAll(recovered);
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
    Objects.requireNonNull(json, "json");
    FileJournal file = FileJournal.open(path, policy);
    try {
      if (file.snapshot().isPresent()) {
        throw new EssJsonException("", path + " has a snapshot: a booking journal replays every event");
      }
      return new BookingJournal(file, json, events(path, file.recovered(), json));
    } catch (RuntimeException e) {
      file.close();
      throw e;
    }
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
    return events(path, FileJournal.read(path), EssJson.standard());
  }

  private static List<BookingEvent> events(Path path, List<JournalRecord> records, EssJson json) {
    List<BookingEvent> events = new ArrayList<>();
    for (JournalRecord record : records) {
      BookingEvent event;
      try {
        event = json.read(record.json(), BookingEvent.class);
      } catch (EssJsonException e) {
        throw new EssJsonException(e.pointer(), path + " record " + record.sequence() + ": " + e.reason(), e);
      }
      if (event.sequence() != record.sequence()) {
        throw new EssJsonException("/sequence", path + " record " + record.sequence() + ": event "
            + event.sequence() + " where event " + record.sequence() + " was expected");
      }
      events.add(event);
    }
    return List.copyOf(events);
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
    Objects.requireNonNull(event, "event");
    if (event.sequence() != events.size() + 1L) {
      throw new IllegalArgumentException("Event " + event.sequence() + " appended after event " + events.size());
    }
    file.append(json.write(event));
    events.add(event);
  }

  @Override
  public synchronized long size() {
    return events.size();
  }

  @Override
  public synchronized BookingEvent get(long sequence) {
    if (sequence < 1 || sequence > events.size()) {
      throw new IndexOutOfBoundsException("No event " + sequence + " in a journal of " + events.size());
    }
    return events.get((int) (sequence - 1));
  }

  @Override
  public synchronized List<BookingEvent> events() {
    return List.copyOf(events);
  }

  /**
   * How many bytes of a torn tail were cut when the file was opened.
   *
   * @return the number of bytes, 0 for a clean file
   */
  public long truncatedBytes() {
    return file.truncatedBytes();
  }

  /** Closes the file after the appends in flight. */
  @Override
  public void close() {
    file.close();
  }

  @Override
  public String toString() {
    return "BookingJournal[" + size() + " events]";
  }
}
