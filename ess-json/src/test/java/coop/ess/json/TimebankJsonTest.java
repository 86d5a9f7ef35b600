package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

/** The JSON form of the time bank's values and ledger events: golden files and round trips. */
class TimebankJsonTest {

  private static final EssJson JSON = EssJson.standard();
  private static final EssJson AS_TEXT =
      EssJson.with(EssJacksonModule.standard().with(EssJsonFeature.WRITE_AMOUNTS_AS_TEXT, true));

  @Test
  void limitsMatchTheirGoldenFile() {
    Golden.check("Limits", TimebankSamples.limits(), Limits.class);
  }

  @Test
  void aLegMatchesItsGoldenFile() {
    Golden.check("Leg", TimebankSamples.leg(), Leg.class);
  }

  @Test
  void anAccountMatchesItsGoldenFile() {
    Golden.check("Account", TimebankSamples.account(), Account.class);
  }

  @Test
  void anExchangeMatchesItsGoldenFile() {
    Golden.check("Exchange", TimebankSamples.exchange(), Exchange.class);
  }

  @Test
  void accountOpenedMatchesItsGoldenFile() {
    Golden.check("AccountOpened", TimebankSamples.accountOpened(), AccountOpened.class);
  }

  @Test
  void exchangePostedMatchesItsGoldenFile() {
    Golden.check("ExchangePosted", TimebankSamples.exchangePosted(), ExchangePosted.class);
  }

  @Test
  void exchangeProposedMatchesItsGoldenFile() {
    Golden.check("ExchangeProposed", TimebankSamples.exchangeProposed(), ExchangeProposed.class);
  }

  @Test
  void exchangeResolvedMatchesItsGoldenFile() {
    Golden.check("ExchangeResolved", TimebankSamples.exchangeResolved(), ExchangeResolved.class);
  }

  @Test
  void identifiersAndCodesAreStrings() {
    assertThat(JSON.write(AccountId.of("alice"))).isEqualTo("\"alice\"");
    assertThat(JSON.write(ExchangeId.of("x-1"))).isEqualTo("\"x-1\"");
    assertThat(JSON.write(ListingId.of("offer-7"))).isEqualTo("\"offer-7\"");
    assertThat(JSON.write(Category.DIY)).isEqualTo("\"diy\"");
    assertThat(JSON.write(ExchangeStatus.DECLINED)).isEqualTo("\"declined\"");
    assertThat(JSON.read("\"expired\"", ExchangeStatus.class)).isEqualTo(ExchangeStatus.EXPIRED);
  }

  @Test
  void aLedgerEventReadsAsItsKind() {
    String json = JSON.write(TimebankSamples.exchangePosted());

    assertThat(JSON.read(json, LedgerEvent.class)).isEqualTo(TimebankSamples.exchangePosted());
  }

  @Test
  void amountsCanBeWrittenAsText() {
    String json = AS_TEXT.write(Limits.of(-90, 45));

    assertThat(json).isEqualTo("{\"schemaVersion\":1,\"floor\":\"-1 h 30\",\"ceiling\":\"45 min\","
        + "\"softFloor\":\"-1 h 30\",\"softCeiling\":\"45 min\"}");
    assertThat(JSON.read(json, Limits.class)).isEqualTo(Limits.of(-90, 45));
  }

  @Test
  void balancesByAccountAreAnObjectKeyedByAccountId() {
    Map<AccountId, Long> balances = Map.of(AccountId.of("alice"), 90L);

    String json = JSON.write(balances);

    assertThat(json).isEqualTo("{\"alice\":90}");
    assertThat(JSON.read(json, new TypeReference<Map<AccountId, Long>>() {})).isEqualTo(balances);
  }

  @Property
  void ledgerEventsSurviveARoundTrip(@ForAll("events") LedgerEvent event) {
    assertThat(JSON.read(JSON.write(event), LedgerEvent.class)).isEqualTo(event);
    assertThat(AS_TEXT.read(AS_TEXT.write(event), LedgerEvent.class)).isEqualTo(event);
  }

  @Property(tries = 50)
  void listsOfEventsSurviveARoundTrip(@ForAll("eventLists") List<LedgerEvent> events) {
    String json = JSON.write(events);

    assertThat(JSON.read(json, new TypeReference<List<LedgerEvent>>() {})).isEqualTo(events);
  }

  @Property
  void accountsSurviveARoundTrip(@ForAll("accounts") Account account) {
    assertThat(JSON.read(JSON.write(account), Account.class)).isEqualTo(account);
    assertThat(AS_TEXT.read(AS_TEXT.write(account), Account.class)).isEqualTo(account);
  }

  @Property
  void exchangesSurviveARoundTrip(@ForAll("exchanges") Exchange exchange) {
    assertThat(JSON.read(JSON.write(exchange), Exchange.class)).isEqualTo(exchange);
    assertThat(AS_TEXT.read(AS_TEXT.write(exchange), Exchange.class)).isEqualTo(exchange);
  }

  @Provide
  Arbitrary<LedgerEvent> events() {
    return TimebankSamples.events();
  }

  @Provide
  Arbitrary<List<LedgerEvent>> eventLists() {
    return TimebankSamples.events().list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<Account> accounts() {
    return TimebankSamples.accounts();
  }

  @Provide
  Arbitrary<Exchange> exchanges() {
    return TimebankSamples.exchanges();
  }
}
