package coop.ess.booking.event;

import static coop.ess.booking.event.EventFixtures.EVENT;
import static coop.ess.booking.event.EventFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.EssStateException;
import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventRegistryConcurrencyTest {

  @Test
  void severalThreadsRegisteringAndCancellingNeverExceedTheSeats() throws Exception {
    ManualClock clock = EventFixtures.clock();
    EventRegistry registry = EventFixtures.registry(clock);
    registry.schedule(event(5).build());
    int threads = 6;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    List<Integer> observed = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < threads; t++) {
      int seed = t;
      done.add(pool.submit(() -> {
        Random random = new Random(seed);
        start.await();
        for (int i = 0; i < 300; i++) {
          MemberId member = MemberId.of("t" + seed + "-" + random.nextInt(6));
          if (random.nextBoolean()) {
            registry.register(EVENT, Applicant.of(member));
          } else if (registry.registration(EVENT, member).map(r -> r.state().isOpen()).orElse(false)) {
            try {
              registry.cancel(EVENT, member);
            } catch (EssStateException cancelledMeanwhile) {
              // only this thread touches its own members, so this does not happen; kept for safety
            }
          }
          observed.add(registry.seatsTaken(EVENT));
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> future : done) {
      future.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(observed).allMatch(taken -> taken <= 5);
    assertThat(registry.registrations(EVENT).stream().filter(r -> r.state().holdsSeat()).count())
        .isEqualTo(registry.seatsTaken(EVENT)).isLessThanOrEqualTo(5);
    List<RegistrationEvent> journal = registry.journal();
    for (int i = 0; i < journal.size(); i++) {
      assertThat(journal.get(i).sequence()).isEqualTo(i + 1L);
    }
  }
}
