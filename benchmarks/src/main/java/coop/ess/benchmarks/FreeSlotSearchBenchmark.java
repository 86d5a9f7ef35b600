package coop.ess.benchmarks;

import coop.ess.booking.AvailabilityQuery;
import coop.ess.booking.Booking;
import coop.ess.booking.BookingCalendar;
import coop.ess.booking.BookingRequest;
import coop.ess.booking.FreeSlot;
import coop.ess.booking.rules.ResourcePolicy;
import coop.ess.booking.time.Interval;
import coop.ess.booking.time.OpeningHours;
import coop.ess.booking.time.WeeklyHours;
import coop.ess.core.MemberId;
import coop.ess.core.ResourceId;
import coop.ess.core.VenueId;
import coop.ess.core.venue.Address;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.ResourceKind;
import coop.ess.core.venue.Venue;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Free one-hour slots over one month (March 2026, Europe/Paris) across 50 meeting rooms open 08:00-20:00 on
 * weekdays, each with about 150 random bookings. {@code freeSlots} is {@link BookingCalendar#freeSlots}: open stretches
 * from the opening hours, then the interval index per candidate. {@code naiveScan} is the slot-by-slot baseline: every
 * 15-minute start of the month, asked whether it lies in the opening hours and whether any booking of the room
 * overlaps it, by scanning the room's bookings. Both return the same slots (checked at setup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FreeSlotSearchBenchmark {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final int ROOMS = 50;

  private BookingCalendar calendar;
  private AvailabilityQuery query;
  private OpeningHours hours;
  private final Map<ResourceId, List<Interval>> held = new HashMap<>();
  private final List<ResourceId> rooms = new ArrayList<>();

  @Setup
  public void setUp() {
    hours = OpeningHours.builder().zone(PARIS).weekly(WeeklyHours.builder()
        .open(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY), "08:00-20:00").build()).build();
    Venue.Builder venue = Venue.builder().id(VenueId.of("bench")).name("Bench").zone(PARIS)
        .address(Address.builder().street("1 rue").postalCode("35000").city("Rennes").build());
    Map<ResourceId, ResourcePolicy> policies = new HashMap<>();
    for (int r = 0; r < ROOMS; r++) {
      ResourceId id = ResourceId.of("room-" + r);
      rooms.add(id);
      venue.addResources(Resource.builder().id(id).name("Room " + r).kind(ResourceKind.MEETING_ROOM).capacity(12)
          .build());
      policies.put(id, ResourcePolicy.builder().openingHours(hours).build());
    }
    rooms.sort(null);
    LocalDate first = LocalDate.of(2026, 3, 1);
    calendar = new BookingCalendar(venue.build(), policies,
        Clock.fixed(first.atStartOfDay(PARIS).toInstant().minusSeconds(3600), PARIS));
    Random random = new Random(7);
    for (ResourceId room : rooms) {
      for (int i = 0; i < 150; i++) {
        LocalDate day = first.plusDays(random.nextInt(31));
        java.time.LocalDateTime start = day.atTime(8 + random.nextInt(10), 15 * random.nextInt(4));
        Interval interval = Interval.ofLocal(start, start.plusMinutes(30 + 15 * random.nextInt(8)), PARIS);
        calendar.request(BookingRequest.builder().requester(MemberId.of("m" + i)).addResources(room)
            .interval(interval).build());
      }
    }
    for (Booking booking : calendar.bookings()) {
      if (booking.state().holdsResources()) {
        held.computeIfAbsent(booking.resources().get(0), id -> new ArrayList<>()).add(booking.interval());
      }
    }
    query = AvailabilityQuery.builder()
        .range(Interval.of(first.atStartOfDay(PARIS).toInstant(), first.plusMonths(1).atStartOfDay(PARIS).toInstant()))
        .duration(Duration.ofHours(1)).kind(ResourceKind.MEETING_ROOM).build();
    if (!calendar.freeSlots(query).stream().map(FreeSlot::toString).toList().equals(naive())) {
      throw new IllegalStateException("freeSlots and the naive scan disagree");
    }
  }

  @Benchmark
  public List<FreeSlot> freeSlots() {
    return calendar.freeSlots(query);
  }

  @Benchmark
  public List<String> naiveScan() {
    return naive();
  }

  /** The slots as "room interval", in the order of {@link BookingCalendar#freeSlots}. */
  private List<String> naive() {
    List<Interval> candidates = new ArrayList<>();
    for (Instant start = query.range().start(); !start.plus(query.duration()).isAfter(query.range().end());
        start = start.plus(query.step())) {
      Interval slot = Interval.of(start, query.duration());
      if (hours.isOpen(slot, Set.of())) {
        candidates.add(slot);
      }
    }
    List<String> found = new ArrayList<>();
    for (Interval slot : candidates) {
      for (ResourceId room : rooms) {
        boolean free = true;
        for (Interval booked : held.getOrDefault(room, List.of())) {
          if (booked.overlaps(slot)) {
            free = false;
            break;
          }
        }
        if (free) {
          found.add(room + " " + slot);
        }
      }
    }
    return found;
  }

}
