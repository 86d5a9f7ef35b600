package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.Severity;
import coop.ess.core.Violation;
import coop.ess.core.community.MemberCategory;
import coop.ess.core.venue.GeoPoint;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Category;
import coop.ess.timebank.ExchangeId;
import coop.ess.timebank.LimitPolicy;
import coop.ess.timebank.Limits;
import coop.ess.timebank.Listing;
import coop.ess.timebank.ListingId;
import coop.ess.timebank.Match;
import coop.ess.timebank.Outcome;
import coop.ess.timebank.PostResult;
import coop.ess.timebank.StatementLine;
import coop.ess.timebank.TimeWindow;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The JSON form of the time bank's listings, matches, results, statement lines and limit policies. */
class TimebankResultsJsonTest {

  private static final EssJson JSON = EssJson.standard();
  private static final EssJson TEXT =
      EssJson.with(EssJacksonModule.standard().with(EssJsonFeature.WRITE_AMOUNTS_AS_TEXT, true));
  private static final Instant MONDAY = TimebankSamples.MONDAY;

  static TimeWindow window() {
    return TimeWindow.of(MONDAY, MONDAY.plusSeconds(3 * 3600));
  }

  static Listing offer() {
    return Listing.builder().id(ListingId.of("offer-7")).kind(Listing.Kind.OFFER).account(AccountId.of("alice"))
        .category(Category.DIY).description("Petites réparations, montage de meubles").addAvailability(window())
        .addAvailability(TimeWindow.of(MONDAY.plusSeconds(86_400), MONDAY.plusSeconds(90_000)))
        .place(GeoPoint.of(47.2184, -1.5536)).build();
  }

  static Listing request() {
    return Listing.builder().id(ListingId.of("request-3")).kind(Listing.Kind.REQUEST).account(AccountId.of("bob"))
        .category(Category.DIY).build();
  }

  static Match match() {
    Map<String, Double> parts = new LinkedHashMap<>();
    parts.put("category", 1.0);
    parts.put("availability", 1.0);
    parts.put("distance", 1.0);
    parts.put("balance", 0.25);
    return Match.of(offer(), request(), 0.8125, parts);
  }

  static PostResult postResult() {
    return PostResult.of(ExchangeId.of("x-9"), Outcome.REJECTED, List.of(CoreJsonTest.violation()));
  }

  static StatementLine statementLine() {
    return StatementLine.of(3, MONDAY.plusSeconds(60), TimebankSamples.exchange(), 90, -30);
  }

  static LimitPolicy limitPolicy() {
    return LimitPolicy.builder().defaults(Limits.of(-1200, 2400))
        .putByCategory(MemberCategory.STUDENT, Limits.of(-600, 2400).withSoft(-300, 2000))
        .community(Limits.of(-100_000, 100_000)).build();
  }

  @Test
  void aTimeWindowMatchesItsGoldenFile() {
    Golden.check("TimebankTimeWindow", window(), TimeWindow.class);
  }

  @Test
  void aListingMatchesItsGoldenFile() {
    Golden.check("Listing", offer(), Listing.class);
  }

  @Test
  void aMatchMatchesItsGoldenFile() {
    Golden.check("Match", match(), Match.class);
  }

  @Test
  void aPostResultMatchesItsGoldenFile() {
    Golden.check("PostResult", postResult(), PostResult.class);
  }

  @Test
  void aStatementLineMatchesItsGoldenFile() {
    Golden.check("StatementLine", statementLine(), StatementLine.class);
  }

  @Test
  void aLimitPolicyMatchesItsGoldenFile() {
    Golden.check("LimitPolicy", limitPolicy(), LimitPolicy.class);
  }

  @Test
  void aLimitPolicyWithoutCommunityLimitsTakesTheDefault() {
    LimitPolicy read = JSON.read("{\"defaults\":{\"floor\":-1200,\"ceiling\":2400}}", LimitPolicy.class);

    assertThat(read).isEqualTo(LimitPolicy.STANDARD);
  }

  @Test
  void aStatementLineWritesItsAmountsAsTextOnDemand() {
    String json = TEXT.write(statementLine());

    assertThat(json).contains("\"change\":\"1 h 30\"", "\"balanceAfter\":\"-30 min\"");
    assertThat(JSON.read(json, StatementLine.class)).isEqualTo(statementLine());
  }

  @Test
  void aWindowThatEndsBeforeItStartsIsRefusedAtItsEnd() {
    String json = "{\"start\":\"2026-03-02T10:00:00+01:00\",\"end\":\"2026-03-02T09:00:00+01:00\"}";

    assertThatThrownBy(() -> JSON.read(json, TimeWindow.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/end"));
  }

  @Test
  void aBadWindowInAListingIsRefusedAtItsPointer() {
    String json = JSON.write(offer()).replace("2026-03-02T11:30:00Z", "2026-03-02T07:00:00Z");

    assertThatThrownBy(() -> JSON.read(json, Listing.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/availability/0/end"));
  }

  @Test
  void anUnknownOutcomeIsRefusedAtItsPointer() {
    String json = JSON.write(postResult()).replace("\"rejected\"", "\"refused\"");

    assertThatThrownBy(() -> JSON.read(json, PostResult.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> {
          assertThat(e.pointer()).isEqualTo("/outcome");
          assertThat(e.reason()).contains("posted, pending, declined, duplicate, rejected");
        });
  }

  @Test
  void aScoreThatIsNotANumberIsRefusedAtItsPointer() {
    String json = JSON.write(match()).replace("\"balance\":0.25", "\"balance\":\"high\"");

    assertThatThrownBy(() -> JSON.read(json, Match.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/explanation/balance"));
  }

  @Test
  void aLimitPolicyForABadCategoryIsRefusedAtTheCategory() {
    String json = "{\"defaults\":{\"floor\":0,\"ceiling\":0},\"byCategory\":{\"Étudiant\":{\"floor\":0,"
        + "\"ceiling\":0}}}";

    assertThatThrownBy(() -> JSON.read(json, LimitPolicy.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/byCategory/Étudiant"));
  }

  @Test
  void aStatementLineWithoutBalanceIsRefused() {
    String json = JSON.write(statementLine()).replace(",\"balanceAfter\":-30", "");

    assertThatThrownBy(() -> JSON.read(json, StatementLine.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> {
          assertThat(e.pointer()).isEmpty();
          assertThat(e.reason()).isEqualTo("missing field \"balanceAfter\"");
        });
  }

  @Test
  void aListingOfAnUnknownKindIsRefusedAtItsKind() {
    String json = JSON.write(request()).replace("\"request\"", "\"gift\"");

    assertThatThrownBy(() -> JSON.read(json, Listing.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/kind"));
  }

  @Property
  void kindsAndOutcomesSurviveARoundTrip(@ForAll Listing.Kind kind, @ForAll Outcome outcome) {
    assertThat(JSON.read(JSON.write(kind), Listing.Kind.class)).isEqualTo(kind);
    assertThat(JSON.read(JSON.write(outcome), Outcome.class)).isEqualTo(outcome);
  }

  @Property
  void windowsSurviveARoundTrip(@ForAll("matches") Match match) {
    for (TimeWindow window : match.offer().availability()) {
      assertThat(JSON.read(JSON.write(window), TimeWindow.class)).isEqualTo(window);
    }
  }

  @Property
  void listingsAndMatchesSurviveARoundTrip(@ForAll("matches") Match match) {
    assertThat(JSON.read(JSON.write(match), Match.class)).isEqualTo(match);
    assertThat(JSON.read(JSON.write(match.offer()), Listing.class)).isEqualTo(match.offer());
  }

  @Property
  void postResultsSurviveARoundTrip(@ForAll("postResults") PostResult result) {
    assertThat(JSON.read(JSON.write(result), PostResult.class)).isEqualTo(result);
  }

  @Property
  void statementLinesSurviveARoundTrip(@ForAll("statementLines") StatementLine line) {
    assertThat(JSON.read(JSON.write(line), StatementLine.class)).isEqualTo(line);
    assertThat(JSON.read(TEXT.write(line), StatementLine.class)).isEqualTo(line);
  }

  @Property
  void limitPoliciesSurviveARoundTrip(@ForAll("limitPolicies") LimitPolicy policy) {
    assertThat(JSON.read(JSON.write(policy), LimitPolicy.class)).isEqualTo(policy);
    assertThat(JSON.read(TEXT.write(policy), LimitPolicy.class)).isEqualTo(policy);
  }

  @Provide
  Arbitrary<Match> matches() {
    Arbitrary<TimeWindow> windows = Combinators.combine(TimebankSamples.instants(),
        Arbitraries.longs().between(1, 1_000_000)).as((start, seconds) -> TimeWindow.of(start,
        start.plusSeconds(seconds)));
    Arbitrary<Listing> listings = Combinators.combine(TimebankSamples.ids(), Arbitraries.of(Listing.Kind.class),
        TimebankSamples.ids(), Arbitraries.of("diy", "cooking", "a-1"), Arbitraries.strings().ofMaxLength(20),
        windows.list().ofMaxSize(3), Combinators.combine(Arbitraries.doubles().between(-90, 90),
            Arbitraries.doubles().between(-180, 180)).as(GeoPoint::of).optional())
        .as((id, kind, account, category, description, availability, place) -> Listing.builder()
            .id(ListingId.of(id)).kind(kind).account(AccountId.of(account)).category(Category.of(category))
            .description(description).addAllAvailability(availability).place(place).build());
    Arbitrary<Double> shares = Arbitraries.oneOf(Arbitraries.doubles().between(0, 1), Arbitraries.of(0.0, 1.0, 0.1));
    return Combinators.combine(listings, listings, shares,
        Arbitraries.maps(Arbitraries.of("category", "availability", "distance", "balance"), shares).ofMaxSize(4))
        .as(Match::of);
  }

  @Provide
  Arbitrary<PostResult> postResults() {
    return Combinators.combine(TimebankSamples.ids(), Arbitraries.of(Outcome.class),
        Arbitraries.of(CoreJsonTest.violation(), Violation.builder().code("balance.aboveCeiling")
            .severity(Severity.WARNING).field("").messageEn("above").messageFr("au-dessus").build())
            .list().ofMaxSize(3))
        .as((id, outcome, violations) -> PostResult.of(ExchangeId.of(id), outcome, violations));
  }

  @Provide
  Arbitrary<StatementLine> statementLines() {
    return Combinators.combine(Arbitraries.longs().between(0, Long.MAX_VALUE), TimebankSamples.instants(),
        TimebankSamples.exchanges(), TimebankSamples.minutes(), TimebankSamples.minutes())
        .as(StatementLine::of);
  }

  @Provide
  Arbitrary<LimitPolicy> limitPolicies() {
    Arbitrary<Limits> limits = TimebankSamples.limitsArbitrary();
    return Combinators.combine(limits, Arbitraries.maps(Arbitraries.of("student", "resident", "x-9")
        .map(MemberCategory::of), limits).ofMaxSize(3), limits.optional())
        .as((defaults, byCategory, community) -> {
          LimitPolicy.Builder builder = LimitPolicy.builder().defaults(defaults).putAllByCategory(byCategory);
          community.ifPresent(builder::community);
          return builder.build();
        });
  }
}
