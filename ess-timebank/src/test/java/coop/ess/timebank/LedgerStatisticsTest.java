package coop.ess.timebank;

import coop.ess.core.ManualClock;
import static coop.ess.timebank.LedgerTest.ALICE;
import static coop.ess.timebank.LedgerTest.BOB;
import static coop.ess.timebank.LedgerTest.CAROL;
import static coop.ess.timebank.LedgerTest.POT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import coop.ess.core.MemberId;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LedgerStatisticsTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant MARCH = Instant.parse("2026-03-10T10:00:00Z");
  private static final Instant APRIL = Instant.parse("2026-04-10T10:00:00Z");

  private final ManualClock clock = ManualClock.of(MARCH);

  private Ledger ledger() {
    Ledger ledger = Ledger.builder().clock(clock).limitPolicy(LimitPolicy.builder()
        .defaults(Limits.of(-600, 600)).build()).build();
    ledger.openAccount(Account.of(ALICE, MemberId.of("alice")));
    ledger.openAccount(Account.of(BOB, MemberId.of("bob")));
    ledger.openAccount(Account.of(CAROL, MemberId.of("carol")));
    ledger.openAccount(Account.community(POT));
    return ledger;
  }

  private static Exchange exchange(String id, AccountId from, AccountId to, long minutes, Category category,
      Instant when) {
    return Exchange.of(ExchangeId.of(id), from, to, minutes, category, when);
  }

  @Test
  void minutesAreCountedPerMonthAndCategoryWithReversalsDeducted() {
    Ledger ledger = ledger();
    ledger.post(exchange("x1", BOB, ALICE, 90, Category.DIGITAL, MARCH));
    ledger.post(exchange("x2", CAROL, ALICE, 60, Category.COOKING, MARCH));
    ledger.post(exchange("x3", CAROL, BOB, 30, Category.DIGITAL, APRIL));
    ledger.post(exchange("x4", ALICE, BOB, 45, Category.DIGITAL, APRIL));
    ledger.reverse(ExchangeId.of("x2"), ExchangeId.of("r2"), "mistake");

    assertThat(LedgerStatistics.of(ledger).minutesByMonthAndCategory(PARIS)).isEqualTo(Map.of(
        YearMonth.of(2026, 3), Map.of(Category.DIGITAL, 90L, Category.COOKING, 0L),
        YearMonth.of(2026, 4), Map.of(Category.DIGITAL, 75L)));
  }

  @Test
  void activeAccountsExchangedInThePeriodAndReversedExchangesDoNotCount() {
    Ledger ledger = ledger();
    ledger.post(exchange("x1", BOB, ALICE, 90, Category.DIGITAL, MARCH));
    ledger.post(exchange("x2", CAROL, POT, 60, Category.COOKING, MARCH));
    ledger.post(exchange("x3", CAROL, BOB, 30, Category.DIGITAL, APRIL));
    ledger.reverse(ExchangeId.of("x2"), ExchangeId.of("r2"), "mistake");

    assertThat(LedgerStatistics.of(ledger).activeAccounts(Instant.parse("2026-03-01T00:00:00Z"),
        Instant.parse("2026-04-01T00:00:00Z"))).containsExactly(BOB, ALICE);
  }

  @Test
  void accountsAtTheirFloorOrCeilingAreListed() {
    Ledger ledger = ledger();
    ledger.post(exchange("x1", BOB, ALICE, 600, Category.DIY, MARCH));

    LedgerStatistics statistics = LedgerStatistics.of(ledger);
    assertThat(statistics.atFloor()).containsExactly(BOB);
    assertThat(statistics.atCeiling()).containsExactly(ALICE);
  }

  @Test
  void theGiniOfMinutesGivenIsZeroWhenEveryoneGivesAlikeAndHighWhenOneGivesAll() {
    Ledger even = ledger();
    even.post(exchange("x1", BOB, ALICE, 60, Category.DIY, MARCH));
    even.post(exchange("x2", CAROL, BOB, 60, Category.DIY, MARCH));
    even.post(exchange("x3", ALICE, CAROL, 60, Category.DIY, MARCH));
    Ledger lopsided = ledger();
    lopsided.post(exchange("x1", BOB, ALICE, 60, Category.DIY, MARCH));
    lopsided.post(exchange("x2", CAROL, ALICE, 60, Category.DIY, MARCH));

    assertThat(LedgerStatistics.of(even).giniOfMinutesGiven()).isCloseTo(0, within(1e-9));
    assertThat(LedgerStatistics.of(lopsided).giniOfMinutesGiven()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(LedgerStatistics.of(ledger()).giniOfMinutesGiven()).isZero();
  }

  @Test
  void reciprocityIsTheShareOfAccountsThatBothGaveAndReceived() {
    Ledger ledger = ledger();
    ledger.post(exchange("x1", BOB, ALICE, 60, Category.DIY, MARCH));
    ledger.post(exchange("x2", ALICE, BOB, 60, Category.DIY, MARCH));
    ledger.post(exchange("x3", CAROL, ALICE, 60, Category.DIY, MARCH));
    ledger.post(exchange("x4", POT, CAROL, 60, Category.DIY, MARCH));

    assertThat(LedgerStatistics.of(ledger).reciprocity()).isCloseTo(1.0, within(1e-9));
    ledger.reverse(ExchangeId.of("x4"), ExchangeId.of("r4"), "mistake");
    assertThat(LedgerStatistics.of(ledger).reciprocity()).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void daysToFirstExchangeCountFromJoining() {
    Ledger ledger = ledger();
    ledger.post(exchange("x1", BOB, ALICE, 60, Category.DIY, MARCH));
    ledger.post(exchange("x2", CAROL, ALICE, 60, Category.DIY, APRIL));
    ledger.reverse(ExchangeId.of("x2"), ExchangeId.of("r2"), "mistake");

    assertThat(LedgerStatistics.of(ledger).daysToFirstExchange(Map.of(ALICE, java.time.LocalDate.of(2026, 3, 1),
        BOB, java.time.LocalDate.of(2026, 2, 8), CAROL, java.time.LocalDate.of(2026, 3, 1)), PARIS))
        .containsExactly(Map.entry(ALICE, 9L), Map.entry(BOB, 30L));
  }

  @Provide
  Arbitrary<List<Long>> amounts() {
    return Arbitraries.longs().between(-10, 300).list().ofMaxSize(40);
  }

  @Property
  void statisticsAlwaysAgreeWithTheLedger(@ForAll("amounts") List<Long> amounts) {
    Ledger ledger = ledger();
    AccountId[] accounts = {ALICE, BOB, CAROL, POT};
    for (int i = 0; i < amounts.size(); i++) {
      ledger.post(exchange("x" + i, accounts[i % 4], accounts[(i + 1 + i / 4) % 4], amounts.get(i),
          Category.DIY, MARCH));
      if (i % 5 == 4) {
        ledger.reverse(ExchangeId.of("x" + (i - 1)), ExchangeId.of("r" + i), "property");
      }
    }
    LedgerStatistics statistics = LedgerStatistics.of(ledger);
    long exchanged = 0;
    for (Map<Category, Long> byCategory : statistics.minutesByMonthAndCategory(PARIS).values()) {
      exchanged += byCategory.values().stream().mapToLong(Long::longValue).sum();
    }
    long net = 0;
    for (StatementLine line : ledger.statement(ALICE)) {
      assertThat(line.balanceAfter()).isEqualTo(net += line.change());
    }
    for (AccountId account : accounts) {
      assertThat(statistics.balance(account)).isEqualTo(ledger.balance(account));
    }
    long live = 0;
    for (LedgerEvent event : ledger.journal().events()) {
      if (event.posted().isPresent()) {
        Exchange exchange = event.posted().get();
        live += exchange.reverses().isPresent() ? -exchange.totalMinutes() : exchange.totalMinutes();
      }
    }
    assertThat(exchanged).isEqualTo(live);
    assertThat(statistics.giniOfMinutesGiven()).isBetween(0.0, 1.0);
  }
}
