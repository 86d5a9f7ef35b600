package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.booking.rules.Quota;
import coop.ess.booking.rules.ResourcePolicy;
import coop.ess.booking.time.FrenchHoliday;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

/** The JSON form of the booking rules: quotas, resource policies and French public holidays. */
class BookingRulesJsonTest {

  private static final EssJson JSON = EssJson.standard();

  @Test
  void aQuotaMatchesItsGoldenFile() {
    Golden.check("Quota", BookingSamples.quota(), Quota.class);
  }

  @Test
  void aQuotaOfNothingNamesItsLimit() {
    assertThatThrownBy(() -> JSON.read("{\"measure\":\"hours\",\"period\":\"week\",\"limit\":0}", Quota.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/limit"));
  }

  @Property(tries = 100)
  void quotasSurviveARoundTrip(@ForAll("quotas") Quota quota) {
    assertThat(JSON.read(JSON.write(quota), Quota.class)).isEqualTo(quota);
  }

  @Test
  void aResourcePolicyMatchesItsGoldenFile() {
    Golden.check("ResourcePolicy", BookingSamples.policy(), ResourcePolicy.class);
  }

  @Test
  void anEmptyObjectIsTheStandardPolicy() {
    assertThat(JSON.read("{}", ResourcePolicy.class)).isEqualTo(ResourcePolicy.standard());
  }

  @Test
  void aPolicyReadBackRunsTheSameRules() {
    ResourcePolicy policy = BookingSamples.policy();

    assertThat(JSON.read(JSON.write(policy), ResourcePolicy.class).rules()).hasSameSizeAs(policy.rules());
  }

  @Test
  void aMinimumAboveTheMaximumNamesTheMinimum() {
    String json = JSON.write(BookingSamples.policy()).replace("\"minDuration\":60", "\"minDuration\":600");

    assertThatThrownBy(() -> JSON.read(json, ResourcePolicy.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/minDuration"));
  }

  @Test
  void policyDurationsMayBeTextOrIso() {
    ResourcePolicy read = JSON.read("{\"minimumNotice\":\"2 h\",\"bufferAfter\":\"PT45S\"}", ResourcePolicy.class);

    assertThat(read.minimumNotice()).isEqualTo(Duration.ofHours(2));
    assertThat(read.bufferAfter()).isEqualTo(Duration.ofSeconds(45));
  }

  @Property(tries = 100)
  void policiesSurviveARoundTrip(@ForAll("policies") ResourcePolicy policy) {
    assertThat(JSON.read(JSON.write(policy), ResourcePolicy.class)).isEqualTo(policy);
  }

  @Test
  void holidaysAreLowerCaseWithDashes() {
    List<FrenchHoliday> holidays = List.of(FrenchHoliday.values());

    String json = JSON.write(holidays);

    assertThat(json).startsWith("[\"new-years-day\"");
    assertThat(JSON.read(json, new TypeReference<List<FrenchHoliday>>() {})).isEqualTo(holidays);
  }

  @Test
  void anUnknownHolidayIsRefused() {
    assertThatThrownBy(() -> JSON.read("\"noel\"", FrenchHoliday.class)).isInstanceOfSatisfying(
        EssJsonException.class, e -> assertThat(e.reason()).contains("christmas"));
  }

  @Provide
  Arbitrary<Quota> quotas() {
    return BookingSamples.quotas();
  }

  @Provide
  Arbitrary<ResourcePolicy> policies() {
    return BookingSamples.policies();
  }
}
