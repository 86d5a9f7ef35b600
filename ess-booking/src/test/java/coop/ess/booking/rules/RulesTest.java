package coop.ess.booking.rules;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.booking.BookingCalendar;
import coop.ess.booking.BookingDecision;
import coop.ess.booking.BookingRequest;
import coop.ess.booking.BookingState;
import coop.ess.booking.time.Interval;
import coop.ess.booking.time.OpeningHours;
import coop.ess.booking.time.WeeklyHours;
import coop.ess.core.EssValidationException;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.ResourceId;
import coop.ess.core.VenueId;
import coop.ess.core.community.MemberCategory;
import coop.ess.core.venue.Address;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.ResourceKind;
import coop.ess.core.venue.Venue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ResourceId KITCHEN = ResourceId.of("kitchen");
  private static final MemberId CAMILLE = MemberId.of("camille");
  /** Sunday 1 March 2026, 12:00 in Paris. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T11:00:00Z"), ZoneOffset.UTC);
  private static final Venue VENUE = Venue.builder()
      .id(VenueId.of("v")).name("Venue").zone(PARIS)
      .address(Address.builder().street("1 rue").postalCode("35000").city("Rennes").build())
      .addResources(Resource.builder().id(KITCHEN).name("Kitchen").kind(ResourceKind.KITCHEN).capacity(8).build())
      .build();
  private static final OpeningHours WEEKDAYS = OpeningHours.builder().zone(PARIS)
      .weekly(WeeklyHours.builder().open(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), "08:00-20:00")
          .build())
      .putHoursByCategory(MemberCategory.PROJECT_CARRIER,
          WeeklyHours.builder().open(List.of(MONDAY, TUESDAY), "20:00-23:00").build())
      .closedOnPublicHolidays(true)
      .build();

  private static Interval at(String day, String from, String to) {
    return Interval.ofLocal(LocalDateTime.parse(day + "T" + from), LocalDateTime.parse(day + "T" + to), PARIS);
  }

  private static BookingDecision decide(ResourcePolicy policy, BookingRequest request) {
    return new BookingCalendar(VENUE, Map.of(KITCHEN, policy), CLOCK).request(request);
  }

  private static BookingRequest.Builder kitchen(Interval interval) {
    return BookingRequest.builder().requester(CAMILLE).addResources(KITCHEN).interval(interval);
  }

  @Test
  void aBookingInThePastIsRefused() {
    BookingDecision decision = decide(ResourcePolicy.standard(), kitchen(at("2026-02-27", "10:00", "11:00")).build());
    assertThat(decision.codes()).containsExactly("rule.past");
  }

  @Test
  void minimumNoticeRefusesShortNotice() {
    ResourcePolicy policy = ResourcePolicy.builder().minimumNotice(Duration.ofHours(48)).build();
    assertThat(decide(policy, kitchen(at("2026-03-02", "10:00", "11:00")).build()).codes())
        .containsExactly("rule.notice");
    assertThat(decide(policy, kitchen(at("2026-03-04", "10:00", "11:00")).build()).accepted()).isTrue();
  }

  @Test
  void maximumHorizonRefusesFarBookings() {
    ResourcePolicy policy = ResourcePolicy.builder().maximumHorizon(Duration.ofDays(30)).build();
    assertThat(decide(policy, kitchen(at("2026-04-15", "10:00", "11:00")).build()).codes())
        .containsExactly("rule.horizon");
  }

  @Test
  void durationsOutsideTheBoundsAreRefused() {
    ResourcePolicy policy = ResourcePolicy.builder().minDuration(Duration.ofHours(1))
        .maxDuration(Duration.ofHours(4)).build();
    assertThat(decide(policy, kitchen(at("2026-03-03", "10:00", "10:30")).build()).codes())
        .containsExactly("rule.tooShort");
    assertThat(decide(policy, kitchen(at("2026-03-03", "10:00", "15:00")).build()).codes())
        .containsExactly("rule.tooLong");
  }

  @Test
  void openingHoursDependOnTheRequestersCategories() {
    ResourcePolicy policy = ResourcePolicy.builder().openingHours(WEEKDAYS).build();
    Interval evening = at("2026-03-03", "19:00", "22:00");
    assertThat(decide(policy, kitchen(evening).build()).codes()).containsExactly("rule.closed");
    assertThat(decide(policy, kitchen(evening).addCategories(MemberCategory.PROJECT_CARRIER).build()).accepted())
        .isTrue();
    assertThat(decide(policy, kitchen(at("2026-04-06", "10:00", "11:00")).build()).codes())
        .containsExactly("rule.closed"); // Easter Monday
  }

  @Test
  void aBlackoutRefusesOverlappingBookings() {
    ResourcePolicy policy = ResourcePolicy.builder().addBlackouts(at("2026-03-05", "00:00", "23:00")).build();
    assertThat(decide(policy, kitchen(at("2026-03-05", "10:00", "11:00")).build()).codes())
        .containsExactly("rule.blackout");
  }

  @Test
  void onlyAllowedCategoriesMayBook() {
    ResourcePolicy policy = ResourcePolicy.builder().addAllowedCategories(MemberCategory.PROJECT_CARRIER).build();
    assertThat(decide(policy, kitchen(at("2026-03-03", "10:00", "11:00")).addCategories(MemberCategory.STUDENT)
        .build()).codes()).containsExactly("rule.category");
  }

  @Test
  void attendeesMustFitTheCapacity() {
    assertThat(decide(ResourcePolicy.standard(), kitchen(at("2026-03-03", "10:00", "11:00")).attendees(9).build())
        .codes()).containsExactly("rule.capacity");
  }

  @Test
  void hoursQuotaCountsTheRequestersBookingsOfTheWeek() {
    BookingCalendar calendar = new BookingCalendar(VENUE, Map.of(KITCHEN, ResourcePolicy.builder()
        .addQuotas(Quota.of(Quota.Measure.HOURS, Quota.Period.WEEK, 4)).build()), CLOCK);
    assertThat(calendar.request(kitchen(at("2026-03-02", "10:00", "13:00")).build()).accepted()).isTrue();

    BookingDecision over = calendar.request(kitchen(at("2026-03-04", "10:00", "11:30")).build());
    BookingDecision nextWeek = calendar.request(kitchen(at("2026-03-09", "10:00", "13:00")).build());
    BookingDecision someoneElse = calendar.request(kitchen(at("2026-03-05", "10:00", "12:00"))
        .requester(OrganisationId.of("asso")).build());

    assertThat(over.codes()).containsExactly("rule.quota");
    assertThat(over.violations().get(0).parameters()).containsEntry("used", "3").containsEntry("wanted", "1.50");
    assertThat(nextWeek.accepted()).isTrue();
    assertThat(someoneElse.accepted()).isTrue();
  }

  @Test
  void bookingsQuotaPerDayCountsBookings() {
    BookingCalendar calendar = new BookingCalendar(VENUE, Map.of(KITCHEN, ResourcePolicy.builder()
        .addQuotas(Quota.of(Quota.Measure.BOOKINGS, Quota.Period.DAY, 1)).build()), CLOCK);
    calendar.request(kitchen(at("2026-03-03", "10:00", "11:00")).build());
    assertThat(calendar.request(kitchen(at("2026-03-03", "15:00", "16:00")).build()).codes())
        .containsExactly("rule.quota");
  }

  @Test
  void theCapOnFutureBookingsCountsHeldOnes() {
    BookingCalendar calendar = new BookingCalendar(VENUE, Map.of(KITCHEN, ResourcePolicy.builder()
        .maxFutureBookings(2).build()), CLOCK);
    calendar.request(kitchen(at("2026-03-03", "10:00", "11:00")).build());
    calendar.request(kitchen(at("2026-03-04", "10:00", "11:00")).build());
    assertThat(calendar.request(kitchen(at("2026-03-05", "10:00", "11:00")).build()).codes())
        .containsExactly("rule.futureBookings");
  }

  @Test
  void everyViolationIsReportedTogether() {
    ResourcePolicy policy = ResourcePolicy.builder().minimumNotice(Duration.ofDays(7))
        .maxDuration(Duration.ofHours(2)).openingHours(WEEKDAYS)
        .addAllowedCategories(MemberCategory.PROJECT_CARRIER).build();
    BookingDecision decision = decide(policy, kitchen(at("2026-03-07", "10:00", "15:00")).attendees(20).build());
    assertThat(decision.state()).isEqualTo(BookingState.DECLINED);
    assertThat(decision.codes()).containsExactly("rule.notice", "rule.tooLong", "rule.closed", "rule.category",
        "rule.capacity");
  }

  @Test
  void aRuleCanBeUsedAlone() {
    BookingRule rule = Rules.minDuration(Duration.ofHours(1));
    assertThat(rule.name()).isEqualTo("min-duration");
    assertThat(ResourcePolicy.builder().minDuration(Duration.ofHours(1)).build().rules())
        .extracting(BookingRule::name).contains("min-duration", "minimum-notice", "capacity");
  }

  @Test
  void anInconsistentPolicyIsRefusedWithEveryProblem() {
    assertThatThrownBy(() -> ResourcePolicy.builder().minDuration(Duration.ofHours(3)).maxDuration(Duration.ofHours(1))
        .bufferAfter(Duration.ofMinutes(-5)).build())
        .isInstanceOf(EssValidationException.class)
        .hasMessageContaining("policy.minAboveMax").hasMessageContaining("policy.negative");
  }

  @Test
  void aQuotaAllowsAtLeastOne() {
    assertThatThrownBy(() -> Quota.of(Quota.Measure.HOURS, Quota.Period.DAY, 0))
        .isInstanceOf(EssValidationException.class).hasMessageContaining("quota.limitNotPositive");
  }

}
