package coop.ess.timebank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssNotFoundException;
import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.core.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link Ledger#transferAll}, the batch API, against {@link Ledger#transfer} one by one. */
class LedgerTransferAllTest {

  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
  private static final int ACCOUNTS = 5;
  /** A rule the fast path cannot decide on primitives: every transfer then runs the rule objects. */
  private static final ExchangeRule NO_GARDENING_AT_NIGHT = (context, out) -> {
    if (context.category().equals(Category.GARDENING)) {
      out.add(coop.ess.timebank.internal.TimebankMessages.CATALOG.warning("exchange.categoryNotAllowed",
          "category", "category", context.category(), "allowed", "-"));
    }
  };

  private final ManualClock clock = ManualClock.of(START);

  /** How the ledgers of a property are configured. */
  record Setup(boolean plainJournal, boolean customRule, boolean floorGrowth) {}

  private static Ledger ledger(Setup setup, ManualClock clock) {
    Ledger.Builder builder = Ledger.builder().clock(clock)
        .journal(setup.plainJournal() ? new LedgerTransferTest.PlainJournal() : new InMemoryJournal())
        .limitPolicy(LimitPolicy.builder().defaults(Limits.of(-120, 180).withSoft(-90, 150))
            .community(Limits.of(-600, 600)).build())
        .addRules(ExchangeRule.maximumPerExchange(100),
            ExchangeRule.allowedCategories(Set.of(Category.DIY, Category.DIGITAL, Category.GARDENING)));
    if (setup.customRule()) {
      builder.addRules(NO_GARDENING_AT_NIGHT);
    }
    if (setup.floorGrowth()) {
      builder.floorGrowth(30, -240);
    }
    Ledger ledger = builder.build();
    for (int i = 0; i < ACCOUNTS - 1; i++) {
      ledger.openAccount(Account.of(AccountId.of("m" + i), MemberId.of("m" + i)));
    }
    ledger.openAccount(Account.community(AccountId.of("pot")));
    return ledger;
  }

  private Ledger ledger() {
    return ledger(new Setup(false, false, false), clock);
  }

  /**
   * One step: a transfer (ids from a small range, so that retries and reused ids happen), or a proposal that holds
   * an amount, or the end of a batch with time passing.
   */
  record Step(int kind, long id, int from, int to, long minutes, int category) {}

  private static final Category[] CATEGORIES = {Category.DIY, Category.DIGITAL, Category.GARDENING,
      Category.COOKING};

  @Provide
  Arbitrary<List<Step>> workloads() {
    Arbitrary<Step> step = Combinators.combine(
            Arbitraries.integers().between(0, 9),
            Arbitraries.longs().between(0, 40),
            Arbitraries.integers().between(0, ACCOUNTS - 1),
            Arbitraries.integers().between(0, ACCOUNTS - 1),
            Arbitraries.longs().between(-5, 130),
            Arbitraries.integers().between(0, CATEGORIES.length - 1))
        .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(120);
  }

  @Property(tries = 300)
  void aBatchDecidesEachTransferExactlyAsTransferringThemOneByOne(@ForAll("workloads") List<Step> steps,
      @ForAll boolean plainJournal, @ForAll boolean customRule, @ForAll boolean floorGrowth) {
    Setup setup = new Setup(plainJournal, customRule, floorGrowth);
    ManualClock batchClock = ManualClock.of(START);
    ManualClock singleClock = ManualClock.of(START);
    Ledger batched = ledger(setup, batchClock);
    Ledger single = ledger(setup, singleClock);
    TransferBatch batch = new TransferBatch(16);
    BatchResult result = new BatchResult();
    List<Outcome> singleOutcomes = new ArrayList<>();
    List<List<Violation>> singleViolations = new ArrayList<>();
    int proposals = 0;
    for (Step step : steps) {
      if (step.kind() <= 6) {
        Category category = CATEGORIES[step.category()];
        List<Violation> violations = new ArrayList<>();
        singleOutcomes.add(single.transfer(step.id(), step.from(), step.to(), step.minutes(), category,
            violations));
        singleViolations.add(violations);
        batch.add(step.id(), step.from(), step.to(), step.minutes(), category);
        if (batch.size() < batch.capacity()) {
          continue;
        }
      }
      flush(batched, batch, result, singleOutcomes, singleViolations);
      if (step.kind() == 9) {
        // A proposal (whose hold the following transfers must count), the same in both ledgers.
        Exchange proposed = Exchange.of(ExchangeId.of("p" + proposals++), AccountId.of("m" + step.from()),
            AccountId.of("m" + (step.from() + 1) % (ACCOUNTS - 1)), Math.max(1, step.minutes()), Category.DIY,
            START);
        PostResult a = batched.propose(proposed, MemberId.of("m" + (step.from() + 1) % (ACCOUNTS - 1)));
        PostResult b = single.propose(proposed, MemberId.of("m" + (step.from() + 1) % (ACCOUNTS - 1)));
        assertThat(a).isEqualTo(b);
      }
      batchClock.advance(Duration.ofMinutes(step.minutes() & 63));
      singleClock.advance(Duration.ofMinutes(step.minutes() & 63));
    }
    flush(batched, batch, result, singleOutcomes, singleViolations);

    assertThat(batched.balances()).isEqualTo(single.balances());
    assertThat(batched.sumOfBalances()).isZero();
    assertThat(batched.journal().events()).isEqualTo(single.journal().events());
    for (Account account : batched.accounts()) {
      assertThat(batched.statement(account.id())).isEqualTo(single.statement(account.id()));
      assertThat(batched.heldDebits(account.id())).isEqualTo(single.heldDebits(account.id()));
      long worst = batched.balance(account.id()) - batched.heldDebits(account.id());
      assertThat(worst).isGreaterThanOrEqualTo(batched.floor(account.id()));
      assertThat(batched.balance(account.id()) + batched.heldCredits(account.id()))
          .isLessThanOrEqualTo(batched.limits(account.id()).ceiling());
    }
    for (long id = 0; id <= 40; id++) {
      ExchangeId exchangeId = ExchangeId.of(Long.toString(id));
      assertThat(batched.exchange(exchangeId)).isEqualTo(single.exchange(exchangeId));
    }
    InMemoryJournal copy = new InMemoryJournal();
    batched.journal().events().forEach(copy::append);
    Ledger replayed = Ledger.builder().clock(batchClock).journal(copy).build();
    assertThat(replayed.balances()).isEqualTo(batched.balances());
    assertThat(replayed.journal().events()).isEqualTo(batched.journal().events());
  }

  @Provide
  Arbitrary<Long> firstIds() {
    // 0: ids fill the index's direct table, which grows; 5,000: hashed at first, direct later; 2^40: hashed.
    return Arbitraries.of(0L, 1L, 5_000L, 1L << 40);
  }

  @Provide
  Arbitrary<Integer> capacities() {
    return Arbitraries.of(1, 7, 64, 1_000, 20_000);
  }

  /**
   * Long runs, so that batches cross every boundary of the ledger's storage (the journal's first chunk growing, its
   * later chunks, the entries' chunks, the id index's direct table growing or giving way to hashing) with clean
   * transfers posted in place among refused ones, retried ids and reused ids: each batch decides each transfer as
   * one-by-one calls do, and both ledgers end with the same journal.
   */
  @Property(tries = 25)
  void longRunsOfBatchesCrossEveryStorageBoundaryAndDecideAsOneByOne(@ForAll long seed,
      @ForAll("firstIds") long firstId, @ForAll("capacities") int capacity,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 300, max = 40_000) int count, @ForAll boolean floorGrowth) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    ManualClock batchClock = ManualClock.of(START);
    ManualClock singleClock = ManualClock.of(START);
    Ledger.Builder batchedBuilder = Ledger.builder().clock(batchClock)
        .limitPolicy(LimitPolicy.builder().defaults(Limits.of(-600, 900).withSoft(-500, 800)).build())
        .addRules(ExchangeRule.maximumPerExchange(50), ExchangeRule.allowedCategories(Set.of(Category.DIY)));
    Ledger.Builder singleBuilder = Ledger.builder().clock(singleClock)
        .limitPolicy(LimitPolicy.builder().defaults(Limits.of(-600, 900).withSoft(-500, 800)).build())
        .addRules(ExchangeRule.maximumPerExchange(50), ExchangeRule.allowedCategories(Set.of(Category.DIY)));
    if (floorGrowth) {
      batchedBuilder.floorGrowth(10, -900);
      singleBuilder.floorGrowth(10, -900);
    }
    Ledger batched = batchedBuilder.build();
    Ledger single = singleBuilder.build();
    int accounts = 12;
    for (int i = 0; i < accounts; i++) {
      batched.openAccount(Account.of(AccountId.of("m" + i), MemberId.of("m" + i)));
      single.openAccount(Account.of(AccountId.of("m" + i), MemberId.of("m" + i)));
    }
    TransferBatch batch = new TransferBatch(capacity);
    BatchResult result = new BatchResult();
    List<Outcome> singleOutcomes = new ArrayList<>();
    List<List<Violation>> singleViolations = new ArrayList<>();
    long next = firstId;
    for (int i = 0; i < count; i++) {
      int dice = random.nextInt(1000);
      long id;
      if (dice < 10 && next > firstId) {
        id = firstId + random.nextLong(next - firstId);
      } else {
        id = dice < 13 ? next + 100_000 + random.nextInt(1_000_000) : next++;
      }
      int from = random.nextInt(accounts);
      int to = dice < 15 ? from : random.nextInt(accounts);
      long minutes = dice < 20 ? 55 : 1 + random.nextInt(40);
      Category category = dice < 25 ? Category.COOKING : Category.DIY;
      List<Violation> violations = new ArrayList<>();
      singleOutcomes.add(single.transfer(id, from, to, minutes, category, violations));
      singleViolations.add(violations);
      batch.add(id, from, to, minutes, category);
      if (batch.size() == batch.capacity() || random.nextInt(500) == 0) {
        flush(batched, batch, result, singleOutcomes, singleViolations);
        if (random.nextBoolean()) {
          batchClock.advance(Duration.ofSeconds(1));
          singleClock.advance(Duration.ofSeconds(1));
        }
      }
    }
    flush(batched, batch, result, singleOutcomes, singleViolations);

    assertThat(batched.balances()).isEqualTo(single.balances());
    assertThat(batched.sumOfBalances()).isZero();
    assertThat(batched.journal().size()).isEqualTo(single.journal().size());
    assertThat(batched.journal().events()).isEqualTo(single.journal().events());
    for (int i = 0; i < accounts; i++) {
      AccountId account = AccountId.of("m" + i);
      assertThat(batched.minutesGiven(account)).isEqualTo(single.minutesGiven(account));
    }
    for (long id = firstId; id < next; id += 1 + (next - firstId) / 50) {
      ExchangeId exchangeId = ExchangeId.of(Long.toString(id));
      assertThat(batched.status(exchangeId)).isEqualTo(single.status(exchangeId));
    }
    InMemoryJournal copy = new InMemoryJournal();
    batched.journal().events().forEach(copy::append);
    Ledger replayed = Ledger.builder().clock(ManualClock.of(START)).journal(copy).build();
    assertThat(replayed.balances()).isEqualTo(batched.balances());
  }

  /** Posts the batch and checks each outcome and its violations against the one-by-one ones; empties both. */
  private static void flush(Ledger ledger, TransferBatch batch, BatchResult result, List<Outcome> outcomes,
      List<List<Violation>> violations) {
    ledger.transferAll(batch, result);
    assertThat(result.size()).isEqualTo(batch.size()).isEqualTo(outcomes.size());
    for (int k = 0; k < batch.size(); k++) {
      assertThat(result.outcome(k)).as("outcome %d", k).isEqualTo(outcomes.get(k));
      assertThat(result.violations(k)).as("violations %d", k).isEqualTo(violations.get(k));
    }
    batch.clear();
    outcomes.clear();
    violations.clear();
  }

  @Test
  void aBatchPostsEachTransferAndReportsRefusalsByIndex() {
    Ledger ledger = ledger();
    TransferBatch batch = new TransferBatch(8);
    batch.add(1, 1, 0, 30, Category.DIY);
    batch.add(2, 2, 2, 30, Category.DIY);
    batch.add(3, 3, 0, 20, Category.COOKING);
    batch.add(4, 1, 2, 40, Category.DIGITAL);
    BatchResult result = new BatchResult();

    ledger.transferAll(batch, result);

    assertThat(result.outcome(0)).isEqualTo(Outcome.POSTED);
    assertThat(result.outcome(1)).isEqualTo(Outcome.REJECTED);
    assertThat(result.violations(1)).extracting(Violation::code).containsExactly("exchange.selfExchange");
    assertThat(result.outcome(2)).isEqualTo(Outcome.REJECTED);
    assertThat(result.violations(2)).extracting(Violation::code).containsExactly("exchange.categoryNotAllowed");
    assertThat(result.outcome(3)).isEqualTo(Outcome.POSTED);
    assertThat(result.violations(0)).isEmpty();
    assertThat(result.count(Outcome.POSTED)).isEqualTo(2);
    assertThat(ledger.balance(AccountId.of("m1"))).isEqualTo(-70);
    assertThat(ledger.status(ExchangeId.of("2"))).isEmpty();
  }

  @Test
  void aLaterTransferOfTheBatchSeesWhatTheEarlierOnesLeft() {
    Ledger ledger = ledger();
    TransferBatch batch = new TransferBatch(4);
    batch.add(1, 1, 0, 95, Category.DIY);
    batch.add(2, 1, 2, 30, Category.DIY);
    BatchResult result = new BatchResult();

    ledger.transferAll(batch, result);

    assertThat(result.outcome(0)).isEqualTo(Outcome.POSTED);
    assertThat(result.violations(0)).extracting(Violation::code).containsExactly("balance.belowSoftFloor");
    assertThat(result.outcome(1)).isEqualTo(Outcome.REJECTED);
    assertThat(result.violations(1)).extracting(Violation::code).containsExactly("balance.belowFloor");
  }

  @Test
  void theSameIdTwiceInABatchIsADuplicateAndADifferentTransferUnderItIsRefused() {
    Ledger ledger = ledger();
    TransferBatch batch = new TransferBatch(4);
    batch.add(7, 1, 0, 30, Category.DIY);
    batch.add(7, 1, 0, 30, Category.DIY);
    batch.add(7, 1, 0, 31, Category.DIY);
    BatchResult result = new BatchResult();

    ledger.transferAll(batch, result);

    assertThat(result.outcome(0)).isEqualTo(Outcome.POSTED);
    assertThat(result.outcome(1)).isEqualTo(Outcome.DUPLICATE);
    assertThat(result.outcome(2)).isEqualTo(Outcome.REJECTED);
    assertThat(result.violations(2)).extracting(Violation::code).containsExactly("exchange.idReused");
    assertThat(ledger.balance(AccountId.of("m0"))).isEqualTo(30);
    assertThat(ledger.journal().size()).isEqualTo(ACCOUNTS + 1);
  }

  @Test
  void everyPostingOfABatchCarriesTheInstantTheClockGaveOnce() {
    Ledger ledger = ledger();
    TransferBatch batch = new TransferBatch(4);
    batch.add(1, 1, 0, 30, Category.DIY);
    batch.add(2, 2, 0, 30, Category.DIY);

    ledger.transferAll(batch, new BatchResult());

    assertThat(ledger.exchange(ExchangeId.of("1")).orElseThrow().occurredAt()).isEqualTo(START);
    assertThat(ledger.journal().get(ACCOUNTS + 1)).isEqualTo(ExchangePosted.of(ACCOUNTS + 1, START,
        Exchange.of(ExchangeId.of("2"), AccountId.of("m2"), AccountId.of("m0"), 30, Category.DIY, START)));
  }

  @Test
  void anUnknownAccountNumberPostsNothingOfTheBatch() {
    Ledger ledger = ledger();
    TransferBatch batch = new TransferBatch(4);
    batch.add(1, 1, 0, 30, Category.DIY);
    batch.add(2, 1, ACCOUNTS, 30, Category.DIY);

    assertThatThrownBy(() -> ledger.transferAll(batch, new BatchResult()))
        .isInstanceOf(EssNotFoundException.class);
    assertThat(ledger.journal().size()).isEqualTo(ACCOUNTS);
    assertThat(ledger.balance(AccountId.of("m0"))).isZero();
  }

  @Test
  void aResultIsClearedByTheNextBatch() {
    Ledger ledger = ledger();
    TransferBatch batch = new TransferBatch(4);
    BatchResult result = new BatchResult();
    batch.add(1, 2, 2, 30, Category.DIY);
    ledger.transferAll(batch, result);
    batch.clear();
    batch.add(2, 1, 0, 30, Category.DIY);

    ledger.transferAll(batch, result);

    assertThat(result.size()).isEqualTo(1);
    assertThat(result.outcome(0)).isEqualTo(Outcome.POSTED);
    assertThat(result.violations(0)).isEmpty();
    assertThatThrownBy(() -> result.outcome(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void anEmptyBatchChangesNothing() {
    Ledger ledger = ledger();
    BatchResult result = new BatchResult();

    ledger.transferAll(new TransferBatch(1), result);

    assertThat(result.size()).isZero();
    assertThat(ledger.journal().size()).isEqualTo(ACCOUNTS);
  }
}
