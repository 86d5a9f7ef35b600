package coop.ess.json;

import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.PartyId;
import coop.ess.core.community.MemberCategory;
import coop.ess.timebank.Account;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.AccountOpened;
import coop.ess.timebank.Category;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.ExchangeId;
import coop.ess.timebank.ExchangePosted;
import coop.ess.timebank.ExchangeProposed;
import coop.ess.timebank.ExchangeResolved;
import coop.ess.timebank.ExchangeStatus;
import coop.ess.timebank.LedgerEvent;
import coop.ess.timebank.Leg;
import coop.ess.timebank.Limits;
import coop.ess.timebank.ListingId;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Fixed samples (for golden files) and arbitraries (for round trips) of the time-bank types. */
final class TimebankSamples {

  static final Instant MONDAY = Instant.parse("2026-03-02T08:30:00Z");

  private TimebankSamples() {}

  static Limits limits() {
    return Limits.of(-1200, 2400).withSoft(-600, 1800);
  }

  static Leg leg() {
    return Leg.of(AccountId.of("bob"), AccountId.of("alice"), 90);
  }

  static Account account() {
    return Account.builder().id(AccountId.of("alice")).holder(MemberId.of("alice"))
        .category(MemberCategory.RESIDENT).limits(Limits.of(-600, 1200)).build();
  }

  static Exchange exchange() {
    return Exchange.builder().id(ExchangeId.of("x-1")).addLegs(leg())
        .addLegs(Leg.of(AccountId.of("bob"), AccountId.of("cargo"), 15)).category(Category.DIY)
        .description("Réparé l'étagère de la cuisine").occurredAt(MONDAY).answers(ListingId.of("offer-7")).build();
  }

  static AccountOpened accountOpened() {
    return AccountOpened.of(0, MONDAY, account(), Limits.of(-600, 1200));
  }

  static ExchangePosted exchangePosted() {
    return ExchangePosted.of(3, MONDAY.plusSeconds(60), exchange());
  }

  static ExchangeProposed exchangeProposed() {
    return ExchangeProposed.of(4, MONDAY.plusSeconds(120), Exchange.of(ExchangeId.of("x-2"), AccountId.of("alice"),
        AccountId.of("bob"), 45, Category.COOKING, MONDAY), MemberId.of("bob"),
        Optional.of(Instant.parse("2026-03-09T08:30:00Z")), ExchangeStatus.POSTED);
  }

  static ExchangeResolved exchangeResolved() {
    return ExchangeResolved.of(5, MONDAY.plusSeconds(180), exchangeProposed().exchange(), ExchangeStatus.DECLINED,
        Optional.of(OrganisationId.of("cargo")));
  }

  // ------------------------------------------------------------------------------------------------ arbitraries

  static Arbitrary<String> ids() {
    return Arbitraries.strings().withChars("abcxyz019._:@+~-é").ofMinLength(1).ofMaxLength(12);
  }

  static Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(0, 7_000_000_000L).flatMap(seconds -> Arbitraries.integers()
        .between(0, 999_999_999).map(nanos -> Instant.ofEpochSecond(seconds, nanos % 3 == 0 ? 0 : nanos)));
  }

  static Arbitrary<Long> minutes() {
    return Arbitraries.oneOf(Arbitraries.longs().between(-100_000, 100_000),
        Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, 59L, -61L));
  }

  static Arbitrary<PartyId> parties() {
    return Arbitraries.oneOf(ids().map(MemberId::of), ids().map(OrganisationId::of));
  }

  static Arbitrary<Limits> limitsArbitrary() {
    Arbitrary<Long> floors = Arbitraries.longs().between(-100_000, 0);
    Arbitrary<Long> ceilings = Arbitraries.longs().between(0, 100_000);
    return Combinators.combine(floors, ceilings, Arbitraries.doubles().between(0, 1), Arbitraries.doubles()
        .between(0, 1)).as((floor, ceiling, soft, softTop) -> Limits.of(floor, ceiling)
        .withSoft((long) (floor * soft), (long) (ceiling * softTop)));
  }

  static Arbitrary<Leg> legs() {
    return Combinators.combine(ids(), ids(), minutes()).as((from, to, amount) ->
        Leg.of(AccountId.of(from), AccountId.of(to), amount));
  }

  static Arbitrary<Account> accounts() {
    return Combinators.combine(ids(), parties().optional(), Arbitraries.of("resident", "student", "x-9").optional(),
        limitsArbitrary().optional()).as((id, holder, category, limits) -> Account.builder().id(AccountId.of(id))
        .holder(holder).category(category.map(MemberCategory::of)).limits(limits).build());
  }

  static Arbitrary<Exchange> exchanges() {
    return Combinators.combine(ids(), legs().list().ofMinSize(1).ofMaxSize(4),
        Arbitraries.of("diy", "cooking", "demurrage", "a-1"), Arbitraries.strings().ofMaxLength(20), instants(),
        ids().optional(), ids().optional()).as((id, legs, category, description, at, answers, reverses) ->
        Exchange.builder().id(ExchangeId.of(id)).addAllLegs(legs).category(Category.of(category))
            .description(description).occurredAt(at).answers(answers.map(ListingId::of))
            .reverses(reverses.map(ExchangeId::of)).build());
  }

  static Arbitrary<LedgerEvent> events() {
    Arbitrary<Long> sequences = Arbitraries.longs().between(0, Long.MAX_VALUE);
    Arbitrary<LedgerEvent> opened = Combinators.combine(sequences, instants(), accounts(), limitsArbitrary())
        .as(AccountOpened::of);
    Arbitrary<LedgerEvent> posted = Combinators.combine(sequences, instants(), exchanges()).as(ExchangePosted::of);
    Arbitrary<LedgerEvent> proposed = Combinators.combine(sequences, instants(), exchanges(), parties(),
        instants().optional(), Arbitraries.of(ExchangeStatus.POSTED, ExchangeStatus.EXPIRED))
        .as(ExchangeProposed::of);
    Arbitrary<LedgerEvent> resolved = Combinators.combine(sequences, instants(), exchanges(),
        Arbitraries.of(ExchangeStatus.POSTED, ExchangeStatus.DECLINED, ExchangeStatus.EXPIRED), parties().optional())
        .as(ExchangeResolved::of);
    return Arbitraries.oneOf(opened, posted, proposed, resolved);
  }
}
