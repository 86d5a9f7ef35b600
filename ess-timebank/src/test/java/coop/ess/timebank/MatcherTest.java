package coop.ess.timebank;

import static coop.ess.timebank.LedgerTest.ALICE;
import static coop.ess.timebank.LedgerTest.BOB;
import static coop.ess.timebank.LedgerTest.CAROL;
import static coop.ess.timebank.LedgerTest.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import coop.ess.core.EssValidationException;
import coop.ess.core.ManualClock;
import coop.ess.core.MemberId;
import coop.ess.core.Violation;
import coop.ess.core.venue.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MatcherTest {

  private static final GeoPoint CARGO = GeoPoint.of(48.1213, -1.7047);
  private static final GeoPoint PARIS = GeoPoint.of(48.8566, 2.3522);

  private final Ledger ledger = Ledger.builder().clock(ManualClock.of(START)).limitPolicy(LimitPolicy.STANDARD).build();

  MatcherTest() {
    ledger.openAccount(Account.of(ALICE, MemberId.of("alice")));
    ledger.openAccount(Account.of(BOB, MemberId.of("bob")));
    ledger.openAccount(Account.of(CAROL, MemberId.of("carol")));
  }

  private static Listing listing(String id, Listing.Kind kind, AccountId account, Category category) {
    return Listing.builder().id(ListingId.of(id)).kind(kind).account(account).category(category).build();
  }

  private static TimeWindow window(int fromHour, int toHour) {
    return TimeWindow.of(START.plus(Duration.ofHours(fromHour)), START.plus(Duration.ofHours(toHour)));
  }

  @Test
  void onlyOffersAndRequestsOfTheSameCategoryFromDifferentAccountsArePaired() {
    List<Match> matches = Matcher.rank(List.of(
        listing("o1", Listing.Kind.OFFER, ALICE, Category.DIY),
        listing("r1", Listing.Kind.REQUEST, BOB, Category.DIY),
        listing("r2", Listing.Kind.REQUEST, ALICE, Category.DIY),
        listing("r3", Listing.Kind.REQUEST, CAROL, Category.COOKING)), ledger);

    assertThat(matches).extracting(m -> m.offer().id().value() + "-" + m.request().id().value())
        .containsExactly("o1-r1");
  }

  @Test
  void aMatchWhoseScoreIsNotBetweenZeroAndOneIsRefused() {
    Listing offer = listing("o1", Listing.Kind.OFFER, ALICE, Category.DIY);
    Listing request = listing("r1", Listing.Kind.REQUEST, BOB, Category.DIY);

    assertThatThrownBy(() -> Match.of(offer, request, Double.NaN, Map.of("category", 1.5)))
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field).containsExactly("score", "explanation.category"));
    assertThat(Match.of(offer, request, 1.0, Map.of("category", 1.0)).score()).isEqualTo(1.0);
  }

  @Test
  void theScoreIsExplainedPartByPart() {
    Listing offer = Listing.builder().from(listing("o1", Listing.Kind.OFFER, ALICE, Category.DIY))
        .addAvailability(window(0, 2)).place(CARGO).build();
    Listing request = Listing.builder().from(listing("r1", Listing.Kind.REQUEST, BOB, Category.DIY))
        .addAvailability(window(1, 5)).place(CARGO).build();

    Match match = Matcher.rank(List.of(offer, request), ledger).get(0);

    assertThat(match.explanation()).containsOnlyKeys("category", "availability", "distance", "balance");
    assertThat(match.explanation().get("availability")).isCloseTo(0.25, within(1e-9));
    assertThat(match.explanation().get("distance")).isCloseTo(1.0, within(1e-9));
    assertThat(match.explanation().get("balance")).isCloseTo((1200.0 / 3600 + (1 - 1200.0 / 3600)) / 2,
        within(1e-9));
    assertThat(match.score()).isCloseTo((1 + 0.25 + 1 + 0.5) / 4, within(1e-9));
  }

  @Test
  void closerAndBetterFittingPairsComeFirst() {
    Listing offerNear = Listing.builder().from(listing("o-near", Listing.Kind.OFFER, ALICE, Category.DIY))
        .place(CARGO).build();
    Listing offerFar = Listing.builder().from(listing("o-far", Listing.Kind.OFFER, CAROL, Category.DIY))
        .place(PARIS).build();
    Listing request = Listing.builder().from(listing("r1", Listing.Kind.REQUEST, BOB, Category.DIY))
        .place(CARGO).build();

    assertThat(Matcher.rank(List.of(offerFar, request, offerNear), ledger))
        .extracting(m -> m.offer().id().value()).containsExactly("o-near", "o-far");
  }

  @Test
  void aReceiverNearItsFloorRanksLower() {
    ledger.post(Exchange.of(ExchangeId.of("x1"), CAROL, ALICE, 1100, Category.DIY, START));
    Listing offer = listing("o1", Listing.Kind.OFFER, ALICE, Category.DIY);

    List<Match> matches = Matcher.rank(List.of(offer, listing("r-bob", Listing.Kind.REQUEST, BOB, Category.DIY),
        listing("r-carol", Listing.Kind.REQUEST, CAROL, Category.DIY)), ledger);

    assertThat(matches).extracting(m -> m.request().id().value()).containsExactly("r-bob", "r-carol");
  }

  @Test
  void aWindowMustEndAfterItStarts() {
    Instant now = START;
    assertThatThrownBy(() -> TimeWindow.of(now, now)).isInstanceOf(EssValidationException.class)
        .hasMessageContaining("listing.windowOrder");
  }

  @Provide
  Arbitrary<List<Listing>> listings() {
    AccountId[] accounts = {ALICE, BOB, CAROL};
    Category[] categories = {Category.DIY, Category.COOKING};
    Arbitrary<Listing> listing = Combinators.combine(
            Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 1),
            Arbitraries.of(Listing.Kind.class), Arbitraries.integers().between(0, 20),
            Arbitraries.integers().between(1, 10), Arbitraries.doubles().between(47.0, 49.0))
        .as((account, category, kind, from, length, latitude) -> Listing.builder()
            .id(ListingId.of("l" + account + category + kind + from + length + (int) (latitude * 1000)))
            .kind(kind).account(accounts[account]).category(categories[category])
            .addAvailability(window(from, from + length)).place(GeoPoint.of(latitude, -1.7)).build());
    return listing.list().ofMaxSize(12);
  }

  @Property
  void scoresLieBetweenZeroAndOneAndComeBestFirst(@ForAll("listings") List<Listing> listings) {
    List<Match> matches = Matcher.rank(listings, ledger);
    for (int i = 0; i < matches.size(); i++) {
      Match match = matches.get(i);
      assertThat(match.score()).isBetween(0.0, 1.0);
      assertThat(match.explanation().values()).allSatisfy(part -> assertThat(part).isBetween(0.0, 1.0));
      assertThat(match.offer().category()).isEqualTo(match.request().category());
      assertThat(match.offer().account()).isNotEqualTo(match.request().account());
      if (i > 0) {
        assertThat(match.score()).isLessThanOrEqualTo(matches.get(i - 1).score());
      }
    }
  }
}
