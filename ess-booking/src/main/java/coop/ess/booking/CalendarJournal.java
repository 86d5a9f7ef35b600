package coop.ess.booking;

import java.util.List;

/**
 * The append-only store of a {@link BookingCalendar}'s {@link BookingEvent events}, in order. The calendar is its
 * only writer; anyone may read it at any time. {@link InMemoryCalendarJournal} is the default; {@code ess-json} adds
 * a durable one ({@code coop.ess.json.journal.BookingJournal}). A calendar built on a journal that already holds
 * events replays them ({@link BookingCalendar.Builder#journal(CalendarJournal)}).
 *
 * <p>Implementations must be safe for one writer and many concurrent readers.
 */
public interface CalendarJournal {

  /**
   * Appends an event; its {@link BookingEvent#sequence()} must be {@link #size()} + 1.
   *
   * @param event the event, not null
   * @throws IllegalArgumentException if the sequence is not the next one
   */
  void append(BookingEvent event);

  /**
   * How many events the journal holds.
   *
   * @return the count, not negative
   */
  long size();

  /**
   * The event of a sequence number.
   *
   * @param sequence from 1 to {@link #size()}
   * @return the event, not null
   * @throws IndexOutOfBoundsException if there is no such event
   */
  BookingEvent get(long sequence);

  /**
   * A snapshot of every event, oldest first.
   *
   * @return an unmodifiable list, not null
   */
  default List<BookingEvent> events() {
    int size = Math.toIntExact(size());
    BookingEvent[] copy = new BookingEvent[size];
    for (int i = 0; i < size; i++) {
      copy[i] = get(i + 1L);
    }
    return List.of(copy);
  }
}
