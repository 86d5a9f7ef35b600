package coop.ess.timebank.simulation;

import coop.ess.core.EssStateException;
import coop.ess.timebank.Category;
import coop.ess.timebank.internal.LimitArithmetic;
import coop.ess.timebank.simulation.internal.AliasTable;
import coop.ess.timebank.simulation.internal.SplitMix64;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A seeded agent-based model of a time bank, run one month at a time.
 *
 * <p>Each month: new members join (after the first month), needs arrive, each need draws a category and a duration
 * and looks for a provider with that skill ({@link MatchingPolicy}); the payer (who receives the service) and the payee
 * (who gives it) are then put to the ledger's limits exactly as {@link coop.ess.timebank.Ledger#post} would: the
 * exchange posts, or the payer's floor (dynamic if {@link SimulationSettings#floorGrowth()} is set) or the payee's
 * ceiling refuses it. With {@link SimulationSettings#confirmationDelayDays()} an accepted exchange is first proposed
 * and holds its amount against both limits, as {@link coop.ess.timebank.Ledger#propose}, and posts when confirmed
 * days later or at the month's end. At the end of the month members leave, idle credit expires
 * ({@link SimulationSettings#demurrage()}), and the month's {@link PeriodMetrics} are computed.
 *
 * <pre>{@code
 * Simulation simulation = Simulation.of(SimulationSettings.builder().members(100_000).seed(7).build());
 * List<PeriodMetrics> months = simulation.runToEnd();
 * }</pre>
 *
 * <p>State lives in primitive arrays indexed by member number (about 27 bytes per member with the defaults, see
 * {@link #footprintBytes()}); the attempt loop allocates nothing. One SplitMix64 stream seeded by
 * {@link SimulationSettings#seed()} drives everything, and the attempt loop is sequential (each decision depends on the
 * balances the previous one left, as in the ledger): threads only share the end-of-month reductions, cut into chunks of
 * a fixed size and merged in a fixed order, so the results do not depend on the number of threads.
 *
 * <p>Not thread-safe: one thread drives a simulation.
 */
public final class Simulation {

  private static final int CHUNK = 1 << 14;
  private static final byte GAVE = 1;
  private static final byte RECEIVED = 2;
  private static final byte ACTIVE_THIS_MONTH = 4;
  private static final byte LEFT = 8;
  private static final Decision[] DECISIONS = Decision.values();
  private static final int BATCH = 256;
  /** The days of a month, over which needs are spread when exchanges are held. */
  static final int DAYS = 30;

  private final SimulationSettings settings;
  private final int threads;
  private final SimulationObserver observer;
  private final SplitMix64 random;
  private final AliasTable categoryTable;
  private final AliasTable durationTable;
  private final long[] durations;
  private final long shortest;
  private final int skills;
  private final int candidates;
  private final boolean nearestFloor;
  private final long floor;
  private final long ceiling;
  private final long growthPerHour;
  private final long lowestFloor;
  private final boolean demurrage;
  private final int idleMonths;
  private final int percent;
  private final int delay;

  private int count;
  private long[] balance;
  private long[] given;
  private long[] heldDebits;
  private long[] heldCredits;
  /**
   * The pending exchanges, in the order proposed (hence of their due day): a ring of a power-of-two size holding
   * {@code pendingSize} entries from {@code pendingHead}, so that it holds only the exchanges pending at once.
   */
  private int[] pendingPayer = new int[0];
  private int[] pendingPayee = new int[0];
  private long[] pendingMinutes = new long[0];
  private int[] pendingDue = new int[0];
  private int pendingHead;
  private int pendingSize;
  private int day;
  private int[] lastMoved;
  private byte[] flags;
  private int[] current;
  private int currentCount;
  private final int[][] providers;
  private final int[] providerCount;
  private long community;
  private int month;
  private final int[] batchPayer = new int[BATCH];
  private final int[] batchPayee = new int[BATCH];
  private final int[] batchCategory = new int[BATCH];
  private final long[] batchMinutes = new long[BATCH];
  private final int[] batchCandidates;
  /** Where the touching pass leaves its sum, so that the compiler keeps its loads. */
  private long touched;

  private long needs;
  private long unmatched;
  private long attempts;
  private long exchanges;
  private long blockedByFloor;
  private long blockedByCeiling;
  private long minutesExchanged;

  private Simulation(SimulationSettings settings, int threads, SimulationObserver observer) {
    this.settings = settings;
    this.threads = threads;
    this.observer = observer;
    this.random = new SplitMix64(settings.seed());
    Map<Category, Integer> categories = settings.categoryWeights();
    this.categoryTable = new AliasTable(categories.values().stream().mapToLong(Integer::longValue).toArray());
    this.durations = settings.durationWeights().keySet().stream().mapToLong(Long::longValue).toArray();
    this.durationTable =
        new AliasTable(settings.durationWeights().values().stream().mapToLong(Integer::longValue).toArray());
    this.shortest = Arrays.stream(durations).min().orElse(1);
    this.skills = settings.skillsPerMember();
    this.candidates = settings.candidates();
    this.nearestFloor = settings.matching() == MatchingPolicy.NEAREST_FLOOR;
    this.batchCandidates = new int[nearestFloor ? BATCH * candidates : 0];
    this.floor = settings.limits().floor();
    this.ceiling = settings.limits().ceiling();
    this.growthPerHour = settings.floorGrowth().map(FloorGrowth::minutesPerHourGiven).orElse(0L);
    this.lowestFloor = settings.floorGrowth().map(FloorGrowth::lowestFloor).orElse(floor);
    this.demurrage = settings.demurrage().isPresent();
    this.idleMonths = settings.demurrage().map(Demurrage::idleMonths).orElse(0);
    this.percent = settings.demurrage().map(Demurrage::percent).orElse(0);
    this.delay = settings.confirmationDelayDays();
    int capacity = settings.members() + settings.members() / 8 + 16;
    this.balance = new long[capacity];
    this.heldDebits = new long[delay > 0 ? capacity : 0];
    this.heldCredits = new long[delay > 0 ? capacity : 0];
    this.given = new long[growthPerHour > 0 ? capacity : 0];
    this.lastMoved = new int[demurrage ? capacity : 0];
    this.flags = new byte[capacity];
    this.current = new int[capacity];
    int categoryCount = categories.size();
    this.providers = new int[categoryCount][];
    this.providerCount = new int[categoryCount];
    long totalWeight = categories.values().stream().mapToLong(Integer::longValue).sum();
    int index = 0;
    for (int weight : categories.values()) {
      long expected = (long) capacity * skills * weight / totalWeight;
      providers[index++] = new int[(int) Math.min(Integer.MAX_VALUE - 8, expected + expected / 4 + 16)];
    }
  }

  /**
   * A simulation on one thread that nobody watches.
   *
   * @param settings the settings, not null
   * @return a simulation before its first month, not null
   */
  public static Simulation of(SimulationSettings settings) {
    return of(settings, 1, SimulationObserver.NONE);
  }

  /**
   * A simulation.
   *
   * @param settings the settings, not null
   * @param threads how many threads share the end-of-month reductions, at least 1 (does not change any result)
   * @param observer who watches, not null ({@link SimulationObserver#NONE} for nobody)
   * @return a simulation before its first month, not null
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public static Simulation of(SimulationSettings settings, int threads, SimulationObserver observer) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(observer, "observer");
    if (threads < 1) {
      throw new IllegalArgumentException("At least one thread is needed, got " + threads);
    }
    return new Simulation(settings, threads, observer);
  }

  /**
   * The settings.
   *
   * @return the settings, not null
   */
  public SimulationSettings settings() {
    return settings;
  }

  /**
   * The months run so far.
   *
   * @return 0 to {@link SimulationSettings#months()}
   */
  public int monthsDone() {
    return month;
  }

  /**
   * Whether every month has run.
   *
   * @return true when {@link #monthsDone()} reached the settings' months
   */
  public boolean isFinished() {
    return month >= settings.months();
  }

  /**
   * Runs the remaining months.
   *
   * @return the metrics of the months run by this call, in order, not null, possibly empty
   */
  public List<PeriodMetrics> runToEnd() {
    List<PeriodMetrics> periods = new ArrayList<>(settings.months() - month);
    while (!isFinished()) {
      periods.add(step());
    }
    return periods;
  }

  /**
   * Runs one month.
   *
   * @return its metrics, not null
   * @throws EssStateException if every month has already run
   */
  public PeriodMetrics step() {
    if (isFinished()) {
      throw new EssStateException("The simulation already ran its " + settings.months() + " months");
    }
    month++;
    needs = 0;
    unmatched = 0;
    attempts = 0;
    exchanges = 0;
    blockedByFloor = 0;
    blockedByCeiling = 0;
    minutesExchanged = 0;
    for (int i = 0; i < currentCount; i++) {
      flags[current[i]] &= ~ACTIVE_THIS_MONTH;
    }
    int joined = 0;
    if (month == 1) {
      for (int i = 0; i < settings.members(); i++) {
        join();
      }
    } else {
      joined = (int) Math.min(Integer.MAX_VALUE - count - 16L,
          Math.round(currentCount * settings.joinRatePerMonth()));
      for (int i = 0; i < joined; i++) {
        join();
      }
    }
    needs = currentCount == 0 ? 0 : Math.round(currentCount * settings.needsPerMemberPerMonth());
    attempts(needs);
    if (delay > 0) {
      confirmDue(Integer.MAX_VALUE);
    }
    int leaving = (int) Math.min(currentCount, Math.round(currentCount * settings.leaveRatePerMonth()));
    for (int i = 0; i < leaving; i++) {
      leave();
    }
    long expired = demurrage ? expireIdleCredit() : 0;
    PeriodMetrics metrics = measure(joined, leaving, expired);
    observer.monthEnded(metrics);
    return metrics;
  }

  // ------------------------------------------------------------------------------------------- the model

  private void join() {
    if (count == balance.length) {
      grow();
    }
    int member = count++;
    current[currentCount++] = member;
    if (demurrage) {
      lastMoved[member] = month;
    }
    int categoryCount = providers.length;
    long chosen = 0;
    boolean @Nullable [] many = categoryCount > 64 ? new boolean[categoryCount] : null;
    for (int s = 0; s < skills; s++) {
      int category = -1;
      for (int attempt = 0; attempt < 32 && category < 0; attempt++) {
        int drawn = categoryTable.sample(random);
        if (!taken(chosen, many, drawn)) {
          category = drawn;
        }
      }
      for (int c = 0; category < 0; c++) {
        if (!taken(chosen, many, c)) {
          category = c;
        }
      }
      if (many != null) {
        many[category] = true;
      } else {
        chosen |= 1L << category;
      }
      addProvider(category, member);
    }
    observer.joined(month, member);
  }

  private static boolean taken(long chosen, boolean @Nullable [] many, int category) {
    return many != null ? many[category] : (chosen & (1L << category)) != 0;
  }

  private void addProvider(int category, int member) {
    int[] list = providers[category];
    if (providerCount[category] == list.length) {
      list = Arrays.copyOf(list, list.length + (list.length >> 1) + 16);
      providers[category] = list;
    }
    list[providerCount[category]++] = member;
  }

  private void grow() {
    int capacity = (int) Math.min(Integer.MAX_VALUE - 8L, balance.length + (balance.length >> 1) + 16L);
    balance = Arrays.copyOf(balance, capacity);
    if (growthPerHour > 0) {
      given = Arrays.copyOf(given, capacity);
    }
    if (delay > 0) {
      heldDebits = Arrays.copyOf(heldDebits, capacity);
      heldCredits = Arrays.copyOf(heldCredits, capacity);
    }
    if (demurrage) {
      lastMoved = Arrays.copyOf(lastMoved, capacity);
    }
    flags = Arrays.copyOf(flags, capacity);
    current = Arrays.copyOf(current, capacity);
  }

  /**
   * Runs attempts in batches: first every draw of the batch (the same draws, in the same order, as one attempt after
   * the other: who needs, what, how long, which providers), then a pass that touches the balances involved so that
   * their cache misses overlap, then the decisions one by one. Drawing ahead changes nothing: the draws depend only on
   * who is a member, which no attempt changes; the nearest-floor choice among the drawn candidates waits for the
   * decision, when the balances are those the previous attempts left.
   */
  private void attempts(long total) {
    day = 0;
    if (delay > 0) {
      observer.dayStarted(month, 0);
    }
    for (long done = 0; done < total; done += BATCH) {
      int size = (int) Math.min(BATCH, total - done);
      draw(size);
      long sink = 0;
      for (int i = 0; i < size; i++) {
        sink += balance[batchPayer[i]];
        if (delay > 0) {
          sink += heldDebits[batchPayer[i]];
        }
        if (nearestFloor) {
          for (int t = i * candidates, end = t + candidates; t < end; t++) {
            sink += batchCandidates[t] >= 0 ? balance[batchCandidates[t]] : 0;
          }
        } else if (batchPayee[i] >= 0) {
          sink += balance[batchPayee[i]];
          if (delay > 0) {
            sink += heldCredits[batchPayee[i]];
          }
        }
      }
      touched += sink;
      for (int i = 0; i < size; i++) {
        if (delay > 0) {
          int today = (int) ((done + i) * DAYS / total);
          if (today != day) {
            day = today;
            observer.dayStarted(month, today);
          }
          confirmDue(today);
        }
        decide(batchPayer[i], nearestFloor ? nearestFloor(i) : batchPayee[i], batchCategory[i], batchMinutes[i]);
      }
    }
  }

  private void draw(int size) {
    for (int i = 0; i < size; i++) {
      int payer = current[random.nextInt(currentCount)];
      int category = categoryTable.sample(random);
      batchPayer[i] = payer;
      batchCategory[i] = category;
      batchMinutes[i] = durations[durationTable.sample(random)];
      if (nearestFloor) {
        drawCandidates(i, category, payer);
      } else {
        batchPayee[i] = anyProvider(category, payer);
      }
    }
  }

  private void decide(int payer, int payee, int category, long minutes) {
    if (payee < 0) {
      unmatched++;
      return;
    }
    attempts++;
    boolean byFloor = LimitArithmetic.breaksFloor(balance[payer], delay > 0 ? heldDebits[payer] : 0, -minutes,
        floorOf(payer));
    boolean byCeiling = LimitArithmetic.breaksCeiling(balance[payee], delay > 0 ? heldCredits[payee] : 0, minutes,
        ceiling);
    if (byFloor || byCeiling) {
      if (byFloor) {
        blockedByFloor++;
      }
      if (byCeiling) {
        blockedByCeiling++;
      }
    } else {
      if (delay > 0) {
        hold(payer, payee, minutes);
      } else {
        settle(payer, payee, minutes);
      }
      exchanges++;
      minutesExchanged += minutes;
    }
    observer.attempted(month, payer, payee, category, minutes,
        DECISIONS[(byFloor ? 1 : 0) | (byCeiling ? 2 : 0)]);
  }

  /** Posts an accepted exchange: as the ledger's posting, it moves balances, what was given and the idle clocks. */
  private void settle(int payer, int payee, long minutes) {
    balance[payer] -= minutes;
    balance[payee] += minutes;
    flags[payer] |= RECEIVED | ACTIVE_THIS_MONTH;
    flags[payee] |= GAVE | ACTIVE_THIS_MONTH;
    if (growthPerHour > 0) {
      given[payee] += minutes;
    }
    if (demurrage) {
      lastMoved[payer] = month;
      lastMoved[payee] = month;
    }
  }

  /** Proposes an accepted exchange: as {@code Ledger.propose}, it holds the amount against both limits. */
  private void hold(int payer, int payee, long minutes) {
    if (pendingSize == pendingPayer.length) {
      growPending();
    }
    int slot = (pendingHead + pendingSize++) & (pendingPayer.length - 1);
    pendingPayer[slot] = payer;
    pendingPayee[slot] = payee;
    pendingMinutes[slot] = minutes;
    pendingDue[slot] = day + delay;
    heldDebits[payer] += minutes;
    heldCredits[payee] += minutes;
  }

  /** Doubles the ring of pending exchanges, its entries moved to the start in order. */
  private void growPending() {
    int old = pendingPayer.length;
    if (old >= 1 << 30) {
      throw new IllegalStateException("More than 2^30 exchanges pending at once");
    }
    int capacity = Math.max(64, old * 2);
    int[] payers = new int[capacity];
    int[] payees = new int[capacity];
    long[] minutes = new long[capacity];
    int[] due = new int[capacity];
    for (int i = 0; i < pendingSize; i++) {
      int from = (pendingHead + i) & (old - 1);
      payers[i] = pendingPayer[from];
      payees[i] = pendingPayee[from];
      minutes[i] = pendingMinutes[from];
      due[i] = pendingDue[from];
    }
    pendingPayer = payers;
    pendingPayee = payees;
    pendingMinutes = minutes;
    pendingDue = due;
    pendingHead = 0;
  }

  /**
   * Confirms, in the order proposed, every pending exchange due by {@code today} ({@link Integer#MAX_VALUE} for the
   * month's end: all of them, reported on day {@link #DAYS}), as {@code Ledger.confirm}: releases the holds and posts.
   */
  private void confirmDue(int today) {
    int mask = pendingPayer.length - 1;
    while (pendingSize > 0 && pendingDue[pendingHead] <= today) {
      int payer = pendingPayer[pendingHead];
      int payee = pendingPayee[pendingHead];
      long minutes = pendingMinutes[pendingHead];
      pendingHead = (pendingHead + 1) & mask;
      pendingSize--;
      heldDebits[payer] -= minutes;
      heldCredits[payee] -= minutes;
      settle(payer, payee, minutes);
      observer.confirmed(month, Math.min(today, DAYS), payer, payee, minutes);
    }
  }

  private int anyProvider(int category, int payer) {
    int n = providerCount[category];
    if (n == 0) {
      return -1;
    }
    int[] list = providers[category];
    for (int t = 0; t < candidates; t++) {
      int provider = list[random.nextInt(n)];
      if (provider != payer && (flags[provider] & LEFT) == 0) {
        return provider;
      }
    }
    return -1;
  }

  /** Draws every candidate of attempt {@code i}; -1 for one that cannot give (the payer, or gone). */
  private void drawCandidates(int i, int category, int payer) {
    int n = providerCount[category];
    int[] list = providers[category];
    for (int t = i * candidates, end = t + candidates; t < end; t++) {
      int provider = n == 0 ? -1 : list[random.nextInt(n)];
      batchCandidates[t] = provider != payer && provider >= 0 && (flags[provider] & LEFT) == 0 ? provider : -1;
    }
  }

  private int nearestFloor(int i) {
    int best = -1;
    double bestRoom = Double.MAX_VALUE;
    for (int t = i * candidates, end = t + candidates; t < end; t++) {
      int provider = batchCandidates[t];
      if (provider >= 0) {
        double room = roomAboveFloor(provider);
        if (room < bestRoom) {
          best = provider;
          bestRoom = room;
        }
      }
    }
    return best;
  }

  /** As {@code Matcher}: the balance above the floor over the width of the limits, clamped to 0..1. */
  private double roomAboveFloor(int member) {
    long memberFloor = floorOf(member);
    if (memberFloor == Long.MIN_VALUE || ceiling == Long.MAX_VALUE) {
      return 0.5;
    }
    double width = (double) ceiling - memberFloor;
    return Math.max(0, Math.min(1, (balance[member] - memberFloor) / width));
  }

  private long floorOf(int member) {
    return growthPerHour == 0 ? floor
        : LimitArithmetic.effectiveFloor(floor, given[member], growthPerHour, lowestFloor);
  }

  private void leave() {
    int index = random.nextInt(currentCount);
    int member = current[index];
    int last = current[--currentCount];
    current[index] = last;
    flags[member] |= LEFT;
    observer.left(month, member);
  }

  /** As {@code Ledger.expireIdleCredit}, for every account in order, towards one unlimited community account. */
  private long expireIdleCredit() {
    long total = 0;
    int idleUpTo = month - idleMonths;
    for (int member = 0; member < count; member++) {
      long credit = balance[member];
      if (credit > 0 && lastMoved[member] <= idleUpTo) {
        long amount = credit * percent / 100;
        if (amount >= 1) {
          balance[member] -= amount;
          lastMoved[member] = month;
          total += amount;
        }
      }
    }
    community += total;
    return total;
  }

  // ------------------------------------------------------------------------------------------- metrics

  /** The value below every member's floor from which spending power is counted (see {@link PeriodMetrics#gini()}). */
  private long giniBase() {
    long base = growthPerHour > 0 ? Math.min(floor, lowestFloor) : floor;
    if (base != Long.MIN_VALUE) {
      return base;
    }
    long lowest = 0;
    for (int i = 0; i < currentCount; i++) {
      lowest = Math.min(lowest, balance[current[i]]);
    }
    return lowest;
  }

  private PeriodMetrics measure(int joined, int leaving, long expired) {
    int n = currentCount;
    int chunks = (n + CHUNK - 1) / CHUNK;
    long base = giniBase();
    long[] spending = new long[n];
    long[][] partial = new long[chunks][6];
    forEachChunk(chunks, chunk -> {
      long[] sums = partial[chunk];
      int end = Math.min(n, (chunk + 1) * CHUNK);
      for (int i = chunk * CHUNK; i < end; i++) {
        int member = current[i];
        long b = balance[member];
        spending[i] = b - base;
        if (b > 0) {
          sums[0] += b;
        }
        if (LimitArithmetic.breaksFloor(b, 0, -shortest, floorOf(member))) {
          sums[1]++;
        }
        if (LimitArithmetic.breaksCeiling(b, 0, shortest, ceiling)) {
          sums[2]++;
        }
        int f = flags[member];
        if ((f & ACTIVE_THIS_MONTH) != 0) {
          sums[3]++;
        }
        if ((f & (GAVE | RECEIVED)) != 0) {
          sums[4]++;
        }
        if ((f & (GAVE | RECEIVED)) == (GAVE | RECEIVED)) {
          sums[5]++;
        }
      }
    });
    long[] total = new long[6];
    for (long[] sums : partial) {
      for (int k = 0; k < total.length; k++) {
        total[k] += sums[k];
      }
    }
    sort(spending);
    double gini = gini(spending, chunks);
    return PeriodMetrics.builder().month(month).members(n).joined(joined).left(leaving).needs(needs)
        .unmatched(unmatched).attempts(attempts).exchanges(exchanges).blockedByFloor(blockedByFloor)
        .blockedByCeiling(blockedByCeiling).minutesExchanged(minutesExchanged).demurrageMinutes(expired)
        .gini(gini).atFloorShare(share(total[1], n)).atCeilingShare(share(total[2], n))
        .reciprocity(share(total[5], total[4])).activeShare(share(total[3], n))
        .velocity(total[0] == 0 ? 0 : (double) minutesExchanged / total[0]).build();
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** G = Σ (2i − n + 1) x(i) / (n Σ x) over the sorted values, i from 0; summed per chunk, chunks in order. */
  private double gini(long[] sorted, int chunks) {
    int n = sorted.length;
    double[] weighted = new double[chunks];
    double[] plain = new double[chunks];
    forEachChunk(chunks, chunk -> {
      int end = Math.min(n, (chunk + 1) * CHUNK);
      double w = 0;
      double s = 0;
      for (int i = chunk * CHUNK; i < end; i++) {
        w += (2.0 * i - n + 1) * sorted[i];
        s += sorted[i];
      }
      weighted[chunk] = w;
      plain[chunk] = s;
    });
    double w = 0;
    double s = 0;
    for (int chunk = 0; chunk < chunks; chunk++) {
      w += weighted[chunk];
      s += plain[chunk];
    }
    return s == 0 ? 0 : w / (n * s);
  }

  private void sort(long[] values) {
    if (threads == 1 || values.length < CHUNK) {
      Arrays.sort(values);
    } else {
      inPool(() -> Arrays.parallelSort(values));
    }
  }

  private void forEachChunk(int chunks, IntConsumer body) {
    if (threads == 1 || chunks < 2) {
      for (int chunk = 0; chunk < chunks; chunk++) {
        body.accept(chunk);
      }
    } else {
      inPool(() -> IntStream.range(0, chunks).parallel().forEach(body));
    }
  }

  private void inPool(Runnable work) {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(work).join();
    } finally {
      pool.shutdown();
      try {
        pool.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  // ------------------------------------------------------------------------------------------- reading

  /**
   * The members so far, current or gone: members are numbered 0 to this − 1.
   *
   * @return the count
   */
  public int memberCount() {
    return count;
  }

  /**
   * The current members.
   *
   * @return the count
   */
  public int currentMemberCount() {
    return currentCount;
  }

  /**
   * Whether a member is current (joined and not left).
   *
   * @param member a member number, 0 to {@link #memberCount()} − 1
   * @return true if current
   * @throws IndexOutOfBoundsException if there is no such member
   */
  public boolean isCurrent(int member) {
    Objects.checkIndex(member, count);
    return (flags[member] & LEFT) == 0;
  }

  /**
   * A member's balance.
   *
   * @param member a member number, 0 to {@link #memberCount()} − 1
   * @return minutes
   * @throws IndexOutOfBoundsException if there is no such member
   */
  public long balance(int member) {
    Objects.checkIndex(member, count);
    return balance[member];
  }

  /**
   * What a member's pending exchanges would take from it if they all posted (always 0 between months: see
   * {@link SimulationSettings#confirmationDelayDays()}).
   *
   * @param member a member number, 0 to {@link #memberCount()} − 1
   * @return minutes, not negative
   * @throws IndexOutOfBoundsException if there is no such member
   */
  public long heldDebits(int member) {
    Objects.checkIndex(member, count);
    return delay > 0 ? heldDebits[member] : 0;
  }

  /**
   * What a member's pending exchanges would bring to it if they all posted (always 0 between months).
   *
   * @param member a member number, 0 to {@link #memberCount()} − 1
   * @return minutes, not negative
   * @throws IndexOutOfBoundsException if there is no such member
   */
  public long heldCredits(int member) {
    Objects.checkIndex(member, count);
    return delay > 0 ? heldCredits[member] : 0;
  }

  /**
   * The hard floor in force for a member (lowered by the dynamic floor if set).
   *
   * @param member a member number, 0 to {@link #memberCount()} − 1
   * @return minutes
   * @throws IndexOutOfBoundsException if there is no such member
   */
  public long floor(int member) {
    Objects.checkIndex(member, count);
    return floorOf(member);
  }

  /**
   * What a member has given so far, if the dynamic floor is on (otherwise 0).
   *
   * @param member a member number, 0 to {@link #memberCount()} − 1
   * @return minutes
   * @throws IndexOutOfBoundsException if there is no such member
   */
  public long minutesGiven(int member) {
    Objects.checkIndex(member, count);
    return growthPerHour > 0 ? given[member] : 0;
  }

  /**
   * Whether a member has ever given, and ever received, a service.
   *
   * @param member a member number, 0 to {@link #memberCount()} − 1
   * @return 0 (neither), 1 (gave), 2 (received) or 3 (both)
   * @throws IndexOutOfBoundsException if there is no such member
   */
  public int roles(int member) {
    Objects.checkIndex(member, count);
    return flags[member] & (GAVE | RECEIVED);
  }

  /**
   * Whether a member took part in an exchange during the last month run.
   *
   * @param member a member number, 0 to {@link #memberCount()} − 1
   * @return true if active
   * @throws IndexOutOfBoundsException if there is no such member
   */
  public boolean wasActiveThisMonth(int member) {
    Objects.checkIndex(member, count);
    return (flags[member] & ACTIVE_THIS_MONTH) != 0;
  }

  /**
   * The balance of the community account, which receives expired idle credit.
   *
   * @return minutes, not negative
   */
  public long communityBalance() {
    return community;
  }

  /**
   * The balances of the current members, in member order.
   *
   * @return a new array, not null
   */
  public long[] currentBalances() {
    long[] out = new long[currentCount];
    int k = 0;
    for (int member = 0; member < count; member++) {
      if ((flags[member] & LEFT) == 0) {
        out[k++] = balance[member];
      }
    }
    return out;
  }

  /**
   * The memory the simulation's arrays hold now, in bytes (array contents only).
   *
   * @return bytes
   */
  public long footprintBytes() {
    long bytes = 8L * balance.length + 8L * given.length + 4L * lastMoved.length + flags.length
        + 4L * current.length + 8L * heldDebits.length + 8L * heldCredits.length
        + 20L * pendingPayer.length;
    for (int[] list : providers) {
      bytes += 4L * list.length;
    }
    return bytes;
  }

  @Override
  public String toString() {
    return "Simulation[month " + month + " of " + settings.months() + ", " + currentCount + " current members]";
  }
}
