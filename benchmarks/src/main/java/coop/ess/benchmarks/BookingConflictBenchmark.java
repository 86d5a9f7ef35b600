package coop.ess.benchmarks;

import coop.ess.booking.Booking;
import coop.ess.booking.BookingCalendar;
import coop.ess.booking.BookingRequest;
import coop.ess.booking.time.Interval;
import coop.ess.core.MemberId;
import coop.ess.core.ResourceId;
import coop.ess.core.VenueId;
import coop.ess.core.venue.Address;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.ResourceKind;
import coop.ess.core.venue.Venue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The conflict check of {@link BookingCalendar} against a linear scan, with {@code bookings} bookings of one
 * resource. {@code EXCLUSIVE}: a meeting room booked in back-to-back slots of random lengths; the question is "is
 * this interval free?". {@code SHARED}: a 10-desk coworking space filled with random one-to-three-hour bookings; the
 * question is "does one more desk fit?" (peak occupancy). {@code indexedCheck} is {@link BookingCalendar#isFree};
 * {@code linearScan} is what a plain implementation does: walk every held booking, keep the overlapping ones and,
 * for the shared space, sweep them for the peak. Both give the same answers (checked at setup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BookingConflictBenchmark {

  private static final ResourceId RESOURCE = ResourceId.of("resource");
  private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
  private static final int QUERIES = 1024;

  @Param({"10000"})
  public int bookings;

  @Param({"EXCLUSIVE", "SHARED"})
  public String sharing;

  private BookingCalendar calendar;
  private List<Interval> held;
  private int capacity;
  private Interval[] queries;
  private int next;

  @Setup
  public void setUp() {
    boolean shared = "SHARED".equals(sharing);
    capacity = shared ? 10 : 1;
    Resource resource = Resource.builder().id(RESOURCE).name("Resource")
        .kind(shared ? ResourceKind.COWORKING : ResourceKind.MEETING_ROOM).capacity(capacity)
        .bookableUnits(capacity).build();
    Venue venue = Venue.builder().id(VenueId.of("bench")).name("Bench").zone(ZoneId.of("Europe/Paris"))
        .address(Address.builder().street("1 rue").postalCode("35000").city("Rennes").build())
        .addResources(resource).build();
    calendar = BookingCalendar.of(venue, Clock.fixed(START.minus(Duration.ofDays(1)), ZoneOffset.UTC));
    Random random = new Random(42);
    Instant cursor = START;
    Duration span = Duration.ZERO;
    int accepted = 0;
    while (accepted < bookings) {
      Interval interval;
      if (shared) {
        interval = Interval.of(START.plus(Duration.ofMinutes(15L * random.nextInt(bookings * 2))),
            Duration.ofMinutes(60L + 60L * random.nextInt(3)));
      } else {
        interval = Interval.of(cursor, Duration.ofMinutes(30L + 30L * random.nextInt(4)));
        cursor = interval.end().plus(Duration.ofMinutes(15L * random.nextInt(3)));
      }
      if (calendar.request(BookingRequest.builder().requester(MemberId.of("m" + random.nextInt(50)))
          .addResources(RESOURCE).interval(interval).build()).accepted()) {
        accepted++;
      }
      span = Duration.between(START, interval.end()).compareTo(span) > 0 ? Duration.between(START, interval.end())
          : span;
    }
    held = new ArrayList<>();
    for (Booking booking : calendar.bookings()) {
      if (booking.state().holdsResources()) {
        held.add(booking.interval());
      }
    }
    queries = new Interval[QUERIES];
    long minutes = span.toMinutes();
    for (int i = 0; i < QUERIES; i++) {
      queries[i] = Interval.of(START.plus(Duration.ofMinutes(15L * random.nextInt((int) (minutes / 15)))),
          Duration.ofMinutes(30L + 15L * random.nextInt(8)));
    }
    for (Interval query : queries) {
      if (calendar.isFree(RESOURCE, query, 1) != linearIsFree(query)) {
        throw new IllegalStateException("Index and scan disagree on " + query);
      }
    }
  }

  @Benchmark
  public boolean indexedCheck() {
    return calendar.isFree(RESOURCE, nextQuery(), 1);
  }

  @Benchmark
  public boolean linearScan() {
    return linearIsFree(nextQuery());
  }

  private Interval nextQuery() {
    next = (next + 1) & (QUERIES - 1);
    return queries[next];
  }

  private boolean linearIsFree(Interval query) {
    List<Interval> overlapping = new ArrayList<>();
    for (Interval interval : held) {
      if (interval.overlaps(query)) {
        overlapping.add(interval);
      }
    }
    if (capacity == 1) {
      return overlapping.isEmpty();
    }
    TreeMap<Instant, Integer> delta = new TreeMap<>();
    for (Interval interval : overlapping) {
      delta.merge(interval.start().isBefore(query.start()) ? query.start() : interval.start(), 1, Integer::sum);
      delta.merge(interval.end(), -1, Integer::sum);
    }
    int current = 0;
    int peak = 0;
    for (Map.Entry<Instant, Integer> step : delta.entrySet()) {
      if (!step.getKey().isBefore(query.end())) {
        break;
      }
      current += step.getValue();
      peak = Math.max(peak, current);
    }
    return peak + 1 <= capacity;
  }
}
