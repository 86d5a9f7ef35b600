package coop.ess.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link CalendarJournal} in memory, the default of a {@link BookingCalendar}.
 *
 * <p>Thread-safe.
 */
public final class InMemoryCalendarJournal implements CalendarJournal {

  private final List<BookingEvent> events = new ArrayList<>();

  /** An empty journal. */
  public InMemoryCalendarJournal() {}

  /**
   * A journal holding events already, which a calendar built on it replays.
   *
   * @param events the events, their sequences 1, 2, 3…, not null
   * @return the journal, not null
   * @throws IllegalArgumentException if a sequence is not the next one
   */
  public static InMemoryCalendarJournal of(List<BookingEvent> events) {
    InMemoryCalendarJournal journal = new InMemoryCalendarJournal();
    events.forEach(journal::append);
    return journal;
  }

  @Override
  public synchronized void append(BookingEvent event) {
    Objects.requireNonNull(event, "event");
    if (event.sequence() != events.size() + 1L) {
      throw new IllegalArgumentException("Event " + event.sequence() + " appended after event " + events.size());
    }
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

  @Override
  public String toString() {
    return "InMemoryCalendarJournal[" + size() + " events]";
  }
}
