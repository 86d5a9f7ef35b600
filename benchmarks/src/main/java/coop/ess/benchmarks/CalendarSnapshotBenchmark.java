package coop.ess.benchmarks;

import coop.ess.booking.Booking;
import coop.ess.booking.BookingCalendar;
import coop.ess.booking.BookingId;
import coop.ess.booking.BookingRequest;
import coop.ess.booking.time.Interval;
import coop.ess.core.EssStateException;
import coop.ess.core.MemberId;
import coop.ess.core.ResourceId;
import coop.ess.core.VenueId;
import coop.ess.core.venue.Address;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.ResourceKind;
import coop.ess.core.venue.Venue;
import coop.ess.json.journal.BookingJournal;
import coop.ess.json.journal.SyncPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reopening a booking journal of about {@code events} events and rebuilding its calendar: with a snapshot of the
 * calendar taken {@code after} events before the end ({@code reopenWithSnapshot}: the snapshot is read, the events it
 * includes are checked on disk but not decoded nor replayed), against the same file without its snapshot
 * ({@code replayFromZero}, the baseline: every event decoded and replayed). The journal is written once at setup
 * by a calendar of ten rooms and a 10-desk coworking space taking random one-to-three-hour requests over a year
 * (accepted, waitlisted or declined) and cancelling one booking in five. Each operation opens the file, builds the
 * calendar and closes the file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CalendarSnapshotBenchmark {

  private static final Instant START = Instant.parse("2026-01-05T07:00:00Z");

  @Param({"50000"})
  public int events;

  @Param({"1000"})
  public int after;

  private Venue venue;
  private Path dir;
  private Path withSnapshot;
  private Path withoutSnapshot;
  private Path compacted;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Venue.Builder builder = Venue.builder().id(VenueId.of("bench")).name("Bench").zone(ZoneId.of("Europe/Paris"))
        .address(Address.builder().street("1 rue").postalCode("35000").city("Rennes").build());
    List<ResourceId> resources = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ResourceId id = ResourceId.of("salle-" + i);
      resources.add(id);
      builder.addResources(Resource.builder().id(id).name("Salle " + i).kind(ResourceKind.MEETING_ROOM)
          .capacity(12).build());
    }
    ResourceId desks = ResourceId.of("coworking");
    resources.add(desks);
    builder.addResources(Resource.builder().id(desks).name("Coworking").kind(ResourceKind.COWORKING).capacity(10)
        .bookableUnits(10).build());
    venue = builder.build();
    dir = Files.createTempDirectory("ess-calendar-snapshot-bench");
    withSnapshot = dir.resolve("with-snapshot.jsonl");
    withoutSnapshot = dir.resolve("without-snapshot.jsonl");
    compacted = dir.resolve("compacted.jsonl");
    Random random = new Random(42);
    try (BookingJournal journal = BookingJournal.open(withSnapshot, SyncPolicy.interval(Duration.ofSeconds(1)))) {
      BookingCalendar calendar = BookingCalendar.builder(venue)
          .clock(Clock.fixed(START.minus(Duration.ofDays(1)), ZoneOffset.UTC)).journal(journal).build();
      boolean saved = false;
      List<BookingId> requested = new ArrayList<>();
      while (journal.size() < events) {
        if (random.nextInt(5) == 0 && !requested.isEmpty()) {
          BookingId id = requested.get(random.nextInt(requested.size()));
          try {
            calendar.cancel(id);
          } catch (EssStateException e) {
            // Already cancelled or declined: nothing recorded.
          }
        } else {
          requested.add(calendar.request(BookingRequest.builder().requester(MemberId.of("m" + random.nextInt(300)))
              .addResources(resources.get(random.nextInt(resources.size())))
              .interval(Interval.of(START.plus(Duration.ofMinutes(30L * random.nextInt(365 * 24))),
                  Duration.ofHours(1 + random.nextInt(3))))
              .waitlistIfFull(random.nextInt(4) == 0).build()).booking().id());
        }
        if (!saved && journal.size() >= events - after) {
          calendar.saveSnapshot();
          saved = true;
        }
      }
    }
    Files.copy(withSnapshot, withoutSnapshot);
    Files.copy(withSnapshot, compacted);
    Files.copy(dir.resolve("with-snapshot.jsonl.snapshot"), dir.resolve("compacted.jsonl.snapshot"));
    try (BookingJournal journal = BookingJournal.open(compacted, SyncPolicy.everyBatch())) {
      journal.compact();
    }
    if (!Files.exists(dir.resolve("with-snapshot.jsonl.snapshot"))) {
      throw new IllegalStateException("No snapshot was written");
    }
    if (!reopen(withSnapshot).equals(reopen(withoutSnapshot)) || !reopen(compacted).equals(reopen(withoutSnapshot))) {
      throw new IllegalStateException("The calendar restored from the snapshot differs from the replayed one");
    }
  }

  private List<Booking> reopen(Path file) {
    try (BookingJournal journal = BookingJournal.open(file, SyncPolicy.everyBatch())) {
      return BookingCalendar.builder(venue).journal(journal).build().bookings();
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    TempFiles.deleteFolder(dir);
  }

  /** The baseline: the file without its snapshot, every event decoded and replayed. */
  @Benchmark
  public long replayFromZero() {
    try (BookingJournal journal = BookingJournal.open(withoutSnapshot, SyncPolicy.everyBatch())) {
      return BookingCalendar.builder(venue).journal(journal).build().journal().size();
    }
  }

  /** The file with a snapshot near its end: the snapshot restored, the events after it replayed. */
  @Benchmark
  public long reopenWithSnapshot() {
    try (BookingJournal journal = BookingJournal.open(withSnapshot, SyncPolicy.everyBatch())) {
      return BookingCalendar.builder(venue).journal(journal).build().journal().size();
    }
  }

  /** The same file compacted after its snapshot: only the snapshot and the events after it are read. */
  @Benchmark
  public long reopenCompacted() {
    try (BookingJournal journal = BookingJournal.open(compacted, SyncPolicy.everyBatch())) {
      return BookingCalendar.builder(venue).journal(journal).build().journal().size();
    }
  }
}
