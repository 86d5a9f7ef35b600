package coop.ess.booking;

import coop.ess.core.EssStateException;
import java.util.List;
import java.util.Optional;

/**
 * The append-only store of a {@link BookingCalendar}'s {@link BookingEvent events}, in order. The calendar is its
 * only writer; anyone may read it at any time. {@link InMemoryCalendarJournal} is the default; {@code ess-json} adds
 * a durable one ({@code coop.ess.json.journal.BookingJournal}). A calendar built on a journal that already holds
 * events replays them ({@link BookingCalendar.Builder#journal(CalendarJournal)}).
 *
 * <p>A journal may also keep a {@link CalendarSnapshot} (the calendar's state after one event), so that a calendar
 * built on it restores that state and replays only the later events. A journal that holds a snapshot may no longer
 * hold the events it includes: it holds the events from {@link #start()} to {@link #size()}, and sequences
 * continue past the snapshot. The methods about snapshots have defaults, for the journals written before them: no
 * snapshot, every event held from 1, and {@link #saveSnapshot} refused. {@link InMemoryCalendarJournal} and the file
 * journal of {@code ess-json} keep snapshots.
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
   * How many events were ever appended, those that a snapshot includes and this journal no longer holds included:
   * the sequence of the last event.
   *
   * @return the count, not negative
   */
  long size();

  /**
   * The sequence of the first event this journal holds: 1 when it holds every event, the one after its
   * {@link #snapshot() snapshot} when it no longer holds the events the snapshot includes.
   *
   * @return the sequence, at least 1 and at most {@link #size()} + 1; 1 by default
   */
  default long start() {
    return 1;
  }

  /**
   * The event of a sequence number.
   *
   * @param sequence from {@link #start()} to {@link #size()}
   * @return the event, not null
   * @throws IndexOutOfBoundsException if the journal holds no such event (none yet, or one included in a snapshot
   *     and not held)
   */
  BookingEvent get(long sequence);

  /**
   * A copy of the events held, from {@link #start()} to {@link #size()}, oldest first.
   *
   * @return an unmodifiable list, not null
   */
  default List<BookingEvent> events() {
    long start = start();
    int count = Math.toIntExact(size() - start + 1);
    BookingEvent[] copy = new BookingEvent[count];
    for (int i = 0; i < count; i++) {
      copy[i] = get(start + i);
    }
    return List.of(copy);
  }

  /**
   * The last snapshot saved, which a calendar built on this journal restores before replaying the events after it.
   *
   * @return the snapshot, empty by default
   */
  default Optional<CalendarSnapshot> snapshot() {
    return Optional.empty();
  }

  /**
   * Keeps a snapshot of the calendar's state after one event appended, in place of the one kept before.
   * {@link BookingCalendar#saveSnapshot()} calls it under the calendar's lock, so that no event is appended
   * meanwhile.
   *
   * @param snapshot the state after an event from {@code start() - 1} to {@link #size()}, not null
   * @throws EssStateException by default, and in every journal that keeps no snapshots
   * @throws IllegalArgumentException if the snapshot's event is not appended yet or is before the first held
   */
  default void saveSnapshot(CalendarSnapshot snapshot) {
    throw new EssStateException("This calendar journal (" + getClass().getSimpleName() + ") keeps no snapshots");
  }
}
