package coop.ess.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CalendarJournal} in memory, the default of a {@link BookingCalendar}. It keeps snapshots: a journal
 * {@link #of(CalendarSnapshot, List) made of a snapshot and the later events} holds those events only (it
 * {@link #start() starts} after the snapshot), and {@link #saveSnapshot(CalendarSnapshot)} keeps the snapshot beside
 * the events, which this journal does not drop: its {@link #events()} still starts where it started.
 *
 * <pre>{@code
 * CalendarSnapshot snapshot = calendar.saveSnapshot();
 * List<BookingEvent> later = ...;                       // the events after it
 * BookingCalendar restored = BookingCalendar.builder(venue).clock(clock)
 *     .journal(InMemoryCalendarJournal.of(snapshot, later))
 *     .build();                                          // restores the snapshot, replays the later events
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class InMemoryCalendarJournal implements CalendarJournal {

  private final List<BookingEvent> events = new ArrayList<>();
  private final long start;
  private @Nullable CalendarSnapshot snapshot;

  /** An empty journal. */
  public InMemoryCalendarJournal() {
    this.start = 1;
  }

  private InMemoryCalendarJournal(CalendarSnapshot snapshot) {
    this.snapshot = snapshot;
    this.start = snapshot.sequence() + 1;
  }

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

  /**
   * A journal holding a snapshot and the events after it (not those it includes), which a calendar built on it
   * restores and replays.
   *
   * @param snapshot the state after event {@code n}, not null
   * @param after the events after it, their sequences {@code n + 1}, {@code n + 2}…, possibly empty, not null
   * @return the journal, whose {@link #start()} is {@code n + 1}, not null
   * @throws IllegalArgumentException if a sequence is not the next one
   */
  public static InMemoryCalendarJournal of(CalendarSnapshot snapshot, List<BookingEvent> after) {
    InMemoryCalendarJournal journal = new InMemoryCalendarJournal(Objects.requireNonNull(snapshot, "snapshot"));
    after.forEach(journal::append);
    return journal;
  }

  @Override
  public synchronized void append(BookingEvent event) {
    Objects.requireNonNull(event, "event");
    if (event.sequence() != size() + 1) {
      throw new IllegalArgumentException("Event " + event.sequence() + " appended after event " + size());
    }
    events.add(event);
  }

  @Override
  public synchronized long size() {
    return start - 1 + events.size();
  }

  @Override
  public long start() {
    return start;
  }

  @Override
  public synchronized BookingEvent get(long sequence) {
    if (sequence < start || sequence > size()) {
      throw new IndexOutOfBoundsException("No event " + sequence + " in a journal holding events " + start + " to "
          + size());
    }
    return events.get((int) (sequence - start));
  }

  @Override
  public synchronized List<BookingEvent> events() {
    return List.copyOf(events);
  }

  @Override
  public synchronized Optional<CalendarSnapshot> snapshot() {
    return Optional.ofNullable(snapshot);
  }

  /**
   * Keeps a snapshot in place of the one kept before; the events stay.
   *
   * @param snapshot the state after an event from {@code start() - 1} to {@link #size()}, not null
   * @throws IllegalArgumentException if the snapshot's event is not appended yet or is before the first held
   */
  @Override
  public synchronized void saveSnapshot(CalendarSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    if (snapshot.sequence() < start - 1 || snapshot.sequence() > size()) {
      throw new IllegalArgumentException("A snapshot after event " + snapshot.sequence()
          + " cannot be saved: the journal holds events " + start + " to " + size());
    }
    this.snapshot = snapshot;
  }

  @Override
  public String toString() {
    return "InMemoryCalendarJournal[" + size() + " events" + (start > 1 ? ", from " + start : "") + "]";
  }
}
