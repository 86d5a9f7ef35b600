package coop.ess.benchmarks;

import coop.ess.booking.time.Recurrence;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.model.Recur;
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
 * Recurrence expansion through the SDK ({@link Recurrence#occurrences(int)}) against calling ical4j 4.1.1, the
 * library it uses, directly ({@code Recur<ZonedDateTime>.getDates}) for the same rule, start and zone. Both return
 * the occurrences as {@code ZonedDateTime}s of Europe/Paris; both rules are parsed once at set-up (the SDK's
 * {@code Recurrence} compiles its rule on first use and keeps it). The {@code ...Parsed} pair also parses the rule
 * on every call (the SDK checks it part by part first, to name the part at fault). The rules cross daylight-saving
 * changes; the answers are compared at set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RecurrenceBenchmark {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final LocalDateTime START = LocalDateTime.of(2026, 3, 3, 17, 0);
  private static final int LIMIT = 1000;

  @Param({"FREQ=WEEKLY;BYDAY=TU,TH;COUNT=104", "FREQ=DAILY;COUNT=365",
      "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2;COUNT=24"})
  public String rule;

  private Recurrence recurrence;
  private Recur<ZonedDateTime> recur;
  private ZonedDateTime seed;
  private ZonedDateTime end;

  @Setup
  public void setUp() {
    recurrence = Recurrence.of(START, PARIS, rule);
    recur = new Recur<>(rule);
    seed = START.atZone(PARIS);
    end = seed.plusYears(1000);
    List<ZonedDateTime> ours = recurrence.occurrences(LIMIT);
    List<ZonedDateTime> theirs = recur.getDates(seed, seed, end, LIMIT);
    if (!ours.equals(theirs)) {
      throw new IllegalStateException("different occurrences: " + ours + " vs " + theirs);
    }
  }

  @Benchmark
  public List<ZonedDateTime> essRecurrence() {
    return recurrence.occurrences(LIMIT);
  }

  @Benchmark
  public List<ZonedDateTime> ical4jDirect() {
    return recur.getDates(seed, seed, end, LIMIT);
  }

  @Benchmark
  public List<ZonedDateTime> essRecurrenceParsed() {
    return Recurrence.of(START, PARIS, rule).occurrences(LIMIT);
  }

  @Benchmark
  public List<ZonedDateTime> ical4jDirectParsed() {
    return new Recur<ZonedDateTime>(rule).getDates(seed, seed, end, LIMIT);
  }
}
