package coop.ess.booking.internal;

import coop.ess.booking.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The bookings that hold one resource, indexed by start instant so that the ones meeting an interval are found
 * without scanning them all.
 *
 * <p>Entries are kept in a {@link TreeMap} by start, with the longest entry ever added: an entry that overlaps
 * {@code [s, e)} starts after {@code s - longest} and before {@code e}, so a query reads only that slice,
 * {@code O(log n + k)} for bookings of similar lengths. Not thread-safe: the calendar guards it.
 *
 * @param <K> the key identifying an entry (a booking identifier)
 */
public final class ResourceIndex<K> {

  /**
   * One held interval.
   *
   * @param key the booking, not null
   * @param interval the interval held, buffers included, not null
   * @param units the units held, at least 1
   * @param <K> the key type
   */
  public record Entry<K>(K key, Interval interval, int units) {}

  /**
   * The highest occupancy within an interval and the first instant it is reached.
   *
   * @param units the units held at the peak, 0 when nothing overlaps
   * @param at the first instant of the peak, not null
   */
  public record Peak(int units, Instant at) {}

  private final NavigableMap<Instant, List<Entry<K>>> byStart = new TreeMap<>();
  private final @Nullable Comparator<? super K> order;
  private Duration longest = Duration.ZERO;
  private int size;

  /** Creates an empty index whose entries of the same start stay in the order they were added. */
  public ResourceIndex() {
    this.order = null;
  }

  /**
   * Creates an empty index whose entries of the same start are kept in the order of their keys, whatever the order
   * they were added in: two indexes holding the same entries answer every query with the same list.
   *
   * @param order the order of keys, not null
   */
  public ResourceIndex(Comparator<? super K> order) {
    this.order = java.util.Objects.requireNonNull(order, "order");
  }

  /**
   * Adds an entry.
   *
   * @param entry the entry, not null
   */
  public void add(Entry<K> entry) {
    List<Entry<K>> slot = byStart.computeIfAbsent(entry.interval().start(), start -> new ArrayList<>(1));
    Comparator<? super K> keys = order;
    if (keys == null) {
      slot.add(entry);
    } else {
      int at = slot.size();
      while (at > 0 && keys.compare(slot.get(at - 1).key(), entry.key()) > 0) {
        at--;
      }
      slot.add(at, entry);
    }
    Duration length = entry.interval().duration();
    if (length.compareTo(longest) > 0) {
      longest = length;
    }
    size++;
  }

  /**
   * Removes the entry of a key at a start, if present.
   *
   * @param key the key, not null
   * @param start the start of its interval, not null
   * @return whether an entry was removed
   */
  public boolean remove(K key, Instant start) {
    List<Entry<K>> entries = byStart.get(start);
    if (entries == null || !entries.removeIf(entry -> entry.key().equals(key))) {
      return false;
    }
    if (entries.isEmpty()) {
      byStart.remove(start);
    }
    size--;
    return true;
  }

  /**
   * The number of entries.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * The entries whose interval overlaps {@code query}, in order of start.
   *
   * @param query the interval, not null
   * @return the entries, possibly empty, not null
   */
  public List<Entry<K>> overlapping(Interval query) {
    List<Entry<K>> found = new ArrayList<>();
    Instant from = query.start().minus(longest);
    for (Map.Entry<Instant, List<Entry<K>>> slot : byStart.subMap(from, false, query.end(), false).entrySet()) {
      for (Entry<K> entry : slot.getValue()) {
        if (entry.interval().end().isAfter(query.start())) {
          found.add(entry);
        }
      }
    }
    return found;
  }

  /**
   * The peak occupancy within {@code query}: the largest sum of units held at one instant of it.
   *
   * @param query the interval, not null
   * @return the peak, not null
   */
  public Peak peak(Interval query) {
    List<Entry<K>> entries = overlapping(query);
    if (entries.isEmpty()) {
      return new Peak(0, query.start());
    }
    // Sweep over starts in order (clipped to the query), releasing the entries that ended by then first: the
    // intervals are half-open, so an entry ending when another starts does not count with it.
    List<Entry<K>> byEnd = new ArrayList<>(entries);
    entries.sort(Comparator.comparing((Entry<K> entry) -> entry.interval().start()));
    byEnd.sort(Comparator.comparing((Entry<K> entry) -> entry.interval().end()));
    int current = 0;
    int best = 0;
    Instant at = query.start();
    int ended = 0;
    for (Entry<K> entry : entries) {
      Instant start = entry.interval().start().isBefore(query.start()) ? query.start() : entry.interval().start();
      while (ended < byEnd.size() && !byEnd.get(ended).interval().end().isAfter(start)) {
        current -= byEnd.get(ended).units();
        ended++;
      }
      current += entry.units();
      if (current > best) {
        best = current;
        at = start;
      }
    }
    return new Peak(best, at);
  }
}
