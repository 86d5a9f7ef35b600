package coop.ess.booking;

import static coop.ess.booking.Fixtures.CLOCK;
import static coop.ess.booking.Fixtures.DESKS;
import static coop.ess.booking.Fixtures.ROOM;
import static coop.ess.booking.Fixtures.VENUE;
import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.booking.time.Interval;
import coop.ess.core.MemberId;
import coop.ess.core.ResourceId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BookingCalendarConcurrencyTest {

  @Test
  void severalThreadsBookingTheSameResourcesNeverDoubleBook() throws Exception {
    BookingCalendar calendar = BookingCalendar.of(VENUE, CLOCK);
    Instant day = Instant.parse("2026-03-03T07:00:00Z");
    int threads = 6;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int seed = t;
      done.add(pool.submit(() -> {
        Random random = new Random(seed);
        List<BookingId> mine = new ArrayList<>();
        start.await();
        for (int i = 0; i < 300; i++) {
          ResourceId resource = random.nextBoolean() ? ROOM : DESKS;
          Interval interval = Interval.of(day.plus(Duration.ofMinutes(15L * random.nextInt(40))),
              Duration.ofMinutes(15L * (1 + random.nextInt(8))));
          BookingDecision decision = calendar.request(BookingRequest.builder()
              .requester(MemberId.of("t" + seed)).addResources(resource).interval(interval)
              .waitlistIfFull(random.nextInt(4) == 0).build());
          mine.add(decision.booking().id());
          if (random.nextInt(3) == 0) {
            BookingId victim = mine.get(random.nextInt(mine.size()));
            if (calendar.booking(victim).orElseThrow().state().isOpen()) {
              calendar.cancel(victim);
            }
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> future : done) {
      future.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(Invariants.noTwoOverlap(Invariants.holding(calendar, ROOM))).isTrue();
    assertThat(Invariants.peak(Invariants.holding(calendar, DESKS))).isLessThanOrEqualTo(3);
    assertThat(calendar.bookings()).hasSize(threads * 300);
    List<BookingEvent> events = calendar.events();
    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).sequence()).isEqualTo(i + 1L);
    }
  }
}
