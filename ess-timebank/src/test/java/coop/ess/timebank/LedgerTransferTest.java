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

/** {@link Ledger#transfer}, the fast path by account number, against {@link Ledger#post}. */
class LedgerTransferTest {

  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
  private static final int ACCOUNTS = 5;

  private final ManualClock clock = ManualClock.of(START);

  private static Ledger ledger(Journal journal, ManualClock clock) {
    Ledger ledger = Ledger.builder().clock(clock).journal(journal)
        .limitPolicy(LimitPolicy.builder().defaults(Limits.of(-120, 180).withSoft(-90, 150))
            .community(Limits.of(-600, 600)).build())
        .addRules(ExchangeRule.maximumPerExchange(100),
            ExchangeRule.allowedCategories(Set.of(Category.DIY, Category.DIGITAL)))
        .build();
    for (int i = 0; i < ACCOUNTS - 1; i++) {
      ledger.openAccount(Account.of(AccountId.of("m" + i), MemberId.of("m" + i)));
    }
    ledger.openAccount(Account.community(AccountId.of("pot")));
    return ledger;
  }

  private Ledger ledger() {
    return ledger(new InMemoryJournal(), clock);
  }

  /** One random transfer: accounts by number (possibly the same), any amount, a category of two. */
  record Step(int from, int to, long minutes, boolean digital, long advanceMinutes) {}

  @Provide
  Arbitrary<List<Step>> workloads() {
    Arbitrary<Step> step = Combinators.combine(
            Arbitraries.integers().between(0, ACCOUNTS - 1),
            Arbitraries.integers().between(0, ACCOUNTS - 1),
            Arbitraries.longs().between(-5, 130),
            Arbitraries.of(true, false),
            Arbitraries.longs().between(0, 90))
        .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(80);
  }

  @Property
  void aTransferDoesExactlyWhatPostingTheSameExchangeDoes(@ForAll("workloads") List<Step> steps,
      @ForAll boolean durableLikeJournal) {
    // Both journals kinds: the compact in-memory one, and one that stores every event as it is given.
    ManualClock clock = ManualClock.of(START);
    Ledger byNumber = ledger(durableLikeJournal ? new PlainJournal() : new InMemoryJournal(), clock);
    ManualClock otherClock = ManualClock.of(START);
    Ledger byExchange = Ledger.builder().clock(otherClock)
        .limitPolicy(LimitPolicy.builder().defaults(Limits.of(-120, 180).withSoft(-90, 150))
            .community(Limits.of(-600, 600)).build())
        .addRules(ExchangeRule.maximumPerExchange(100),
            ExchangeRule.allowedCategories(Set.of(Category.DIY, Category.DIGITAL)))
        .build();
    for (Account account : byNumber.accounts()) {
      byExchange.openAccount(account);
    }
    List<Account> accounts = byNumber.accounts();
    long id = 0;
    for (Step step : steps) {
      clock.advance(Duration.ofMinutes(step.advanceMinutes()));
      otherClock.advance(Duration.ofMinutes(step.advanceMinutes()));
      Category category = step.digital() ? Category.DIGITAL : Category.COOKING;
      List<Violation> violations = new ArrayList<>();

      Outcome outcome = byNumber.transfer(id, step.from(), step.to(), step.minutes(), category, violations);
      PostResult posted = byExchange.post(Exchange.of(ExchangeId.of(Long.toString(id)),
          accounts.get(step.from()).id(), accounts.get(step.to()).id(), step.minutes(), category,
          otherClock.instant()));

      assertThat(outcome).isEqualTo(posted.outcome());
      assertThat(violations).isEqualTo(posted.violations());
      id++;
    }
    assertThat(byNumber.balances()).isEqualTo(byExchange.balances());
    assertThat(byNumber.sumOfBalances()).isZero();
    assertThat(byNumber.journal().events()).isEqualTo(byExchange.journal().events());
    for (Account account : accounts) {
      assertThat(byNumber.statement(account.id())).isEqualTo(byExchange.statement(account.id()));
    }
    for (long i = 0; i < id; i++) {
      ExchangeId exchangeId = ExchangeId.of(Long.toString(i));
      assertThat(byNumber.exchange(exchangeId)).isEqualTo(byExchange.exchange(exchangeId));
    }
    InMemoryJournal copy = new InMemoryJournal();
    byNumber.journal().events().forEach(copy::append);
    Ledger replayed = Ledger.builder().clock(clock).journal(copy).build();
    assertThat(replayed.balances()).isEqualTo(byNumber.balances());
  }

  @Test
  void aTransferPostsTheExchangeItStandsFor() {
    Ledger ledger = ledger();
    List<Violation> violations = new ArrayList<>();

    Outcome outcome = ledger.transfer(42, 1, 0, 90, Category.DIY, violations);

    assertThat(outcome).isEqualTo(Outcome.POSTED);
    assertThat(violations).isEmpty();
    assertThat(ledger.balance(AccountId.of("m0"))).isEqualTo(90);
    assertThat(ledger.exchange(ExchangeId.of("42"))).contains(
        Exchange.of(ExchangeId.of("42"), AccountId.of("m1"), AccountId.of("m0"), 90, Category.DIY, START));
    assertThat(ledger.journal().get(ledger.journal().size() - 1)).isEqualTo(ExchangePosted.of(
        ledger.journal().size() - 1, START,
        Exchange.of(ExchangeId.of("42"), AccountId.of("m1"), AccountId.of("m0"), 90, Category.DIY, START)));
  }

  @Test
  void aRetriedTransferIsADuplicateEvenLater() {
    Ledger ledger = ledger();
    List<Violation> violations = new ArrayList<>();
    ledger.transfer(7, 1, 0, 30, Category.DIY, violations);
    clock.advance(Duration.ofHours(1));
    long events = ledger.journal().size();

    Outcome retry = ledger.transfer(7, 1, 0, 30, Category.DIY, violations);

    assertThat(retry).isEqualTo(Outcome.DUPLICATE);
    assertThat(violations).isEmpty();
    assertThat(ledger.journal().size()).isEqualTo(events);
    assertThat(ledger.balance(AccountId.of("m0"))).isEqualTo(30);
  }

  @Test
  void anotherTransferUnderAUsedIdIsRefused() {
    Ledger ledger = ledger();
    List<Violation> violations = new ArrayList<>();
    ledger.transfer(7, 1, 0, 30, Category.DIY, violations);

    Outcome reused = ledger.transfer(7, 1, 0, 45, Category.DIY, violations);

    assertThat(reused).isEqualTo(Outcome.REJECTED);
    assertThat(violations).extracting(Violation::code).containsExactly("exchange.idReused");
    assertThat(ledger.balance(AccountId.of("m0"))).isEqualTo(30);
  }

  @Test
  void numericIdsAreSharedWithPost() {
    Ledger ledger = ledger();
    List<Violation> violations = new ArrayList<>();
    ledger.transfer(7, 1, 0, 30, Category.DIY, violations);
    Exchange same = ledger.exchange(ExchangeId.of("7")).orElseThrow();
    ledger.post(Exchange.of(ExchangeId.of("8"), AccountId.of("m2"), AccountId.of("m3"), 20, Category.DIY, START));

    assertThat(ledger.post(same).outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(ledger.post(Exchange.of(ExchangeId.of("7"), AccountId.of("m2"), AccountId.of("m3"), 20,
        Category.DIY, START)).codes()).containsExactly("exchange.idReused");
    assertThat(ledger.transfer(8, 2, 3, 20, Category.DIY, violations)).isEqualTo(Outcome.DUPLICATE);
    assertThat(ledger.transfer(8, 2, 3, 25, Category.DIY, violations)).isEqualTo(Outcome.REJECTED);
    // "08" is not the number 8: it is another id.
    assertThat(ledger.post(Exchange.of(ExchangeId.of("08"), AccountId.of("m2"), AccountId.of("m3"), 20,
        Category.DIY, START)).outcome()).isEqualTo(Outcome.POSTED);
  }

  @Test
  void aRefusedTransferReportsEveryViolationAndChangesNothing() {
    Ledger ledger = ledger();
    List<Violation> violations = new ArrayList<>();

    Outcome outcome = ledger.transfer(1, 2, 2, 500, Category.COOKING, violations);

    assertThat(outcome).isEqualTo(Outcome.REJECTED);
    assertThat(violations).extracting(Violation::code).containsExactlyInAnyOrder("exchange.selfExchange",
        "exchange.overMaximum", "exchange.categoryNotAllowed");
    assertThat(ledger.journal().size()).isEqualTo(ACCOUNTS);
    assertThat(ledger.status(ExchangeId.of("1"))).isEmpty();
  }

  @Test
  void aTransferPastTheFloorIsRefusedAndOneNearItWarns() {
    Ledger ledger = ledger();
    List<Violation> violations = new ArrayList<>();

    assertThat(ledger.transfer(1, 1, 0, 100, Category.DIY, violations)).isEqualTo(Outcome.POSTED);
    assertThat(violations).extracting(Violation::code).containsExactly("balance.belowSoftFloor");
    violations.clear();
    assertThat(ledger.transfer(2, 1, 0, 30, Category.DIY, violations)).isEqualTo(Outcome.REJECTED);
    assertThat(violations).extracting(Violation::code).containsExactly("balance.belowFloor");
  }

  @Test
  void pendingHoldsCountAgainstTransfers() {
    Ledger ledger = ledger();
    ledger.propose(Exchange.of(ExchangeId.of("p"), AccountId.of("m1"), AccountId.of("m0"), 100, Category.DIY,
        START), MemberId.of("m0"));
    List<Violation> violations = new ArrayList<>();

    assertThat(ledger.transfer(1, 1, 2, 30, Category.DIY, violations)).isEqualTo(Outcome.REJECTED);
    assertThat(violations).extracting(Violation::code).containsExactly("balance.belowFloor");
  }

  @Test
  void aTransferredExchangeCanBeReversed() {
    Ledger ledger = ledger();
    ledger.transfer(1, 1, 0, 30, Category.DIY, new ArrayList<>());

    PostResult reversal = ledger.reverse(ExchangeId.of("1"), ExchangeId.of("r1"), "mistake");

    assertThat(reversal.outcome()).isEqualTo(Outcome.POSTED);
    assertThat(ledger.balance(AccountId.of("m0"))).isZero();
    assertThat(ledger.reversedBy(ExchangeId.of("1"))).contains(ExchangeId.of("r1"));
  }

  @Test
  void misuseThrows() {
    Ledger ledger = ledger();
    List<Violation> violations = new ArrayList<>();

    assertThatThrownBy(() -> ledger.transfer(-1, 1, 0, 30, Category.DIY, violations))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> ledger.transfer(1, 1, ACCOUNTS, 30, Category.DIY, violations))
        .isInstanceOf(EssNotFoundException.class);
    assertThatThrownBy(() -> ledger.transfer(1, -1, 0, 30, Category.DIY, violations))
        .isInstanceOf(EssNotFoundException.class);
  }

  @Test
  void accountNumbersFollowTheOrderOfOpening() {
    Ledger ledger = ledger();

    assertThat(ledger.accountNumber(AccountId.of("m0"))).isZero();
    assertThat(ledger.accountNumber(AccountId.of("pot"))).isEqualTo(ACCOUNTS - 1);
    assertThatThrownBy(() -> ledger.accountNumber(AccountId.of("nobody")))
        .isInstanceOf(EssNotFoundException.class);
  }

  /** A journal that keeps every event as given, like a durable one. */
  static final class PlainJournal implements Journal {
    private final List<LedgerEvent> events = new ArrayList<>();

    @Override
    public synchronized void append(LedgerEvent event) {
      if (event.sequence() != events.size()) {
        throw new IllegalArgumentException("Event " + event.sequence() + " at " + events.size());
      }
      events.add(event);
    }

    @Override
    public synchronized long size() {
      return events.size();
    }

    @Override
    public synchronized LedgerEvent get(long sequence) {
      return events.get(Math.toIntExact(sequence));
    }
  }
}
