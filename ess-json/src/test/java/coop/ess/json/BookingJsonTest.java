package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.booking.BookingId;
import coop.ess.booking.BookingRequest;
import coop.ess.booking.BookingState;
import coop.ess.booking.time.Interval;
import coop.ess.booking.time.OpeningHours;
import coop.ess.booking.time.TimeWindow;
import coop.ess.booking.time.WeeklyHours;
import coop.ess.core.DateRange;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.ResourceId;
import coop.ess.core.community.MemberCategory;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of booking ids and states, booking requests, intervals, time windows, weekly and opening hours:
 * golden files and round trips.
 */
class BookingJsonTest {

  private static final EssJson JSON = EssJson.standard();
  private static final EssJson LENIENT =
      EssJson.with(EssJacksonModule.standard().with(EssJsonFeature.FAIL_ON_UNKNOWN_FIELDS, false));

  static Interval interval() {
    return Interval.of(Instant.parse("2026-03-03T13:00:00Z"), Instant.parse("2026-03-03T15:00:00Z"));
  }

  static BookingRequest request() {
    return BookingRequest.builder().requester(MemberId.of("camille")).addCategories(MemberCategory.of("resident"))
        .addResources(ResourceId.of("salle-reunion"), ResourceId.of("videoprojecteur")).interval(interval())
        .purpose("Réunion du bureau").attendees(8).units(1).waitlistIfFull(true).priority(10).build();
  }

  static WeeklyHours weekly() {
    return WeeklyHours.builder().open(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), "14:00-19:00", "09:00-12:30")
        .open(DayOfWeek.SATURDAY, "10:00-24:00").build();
  }

  static OpeningHours openingHours() {
    return OpeningHours.builder().zone(ZoneId.of("Europe/Paris")).weekly(weekly())
        .putHoursByCategory(MemberCategory.of("resident"), WeeklyHours.builder().open(DayOfWeek.SUNDAY, "08:00-22:00")
            .build())
        .putException(LocalDate.of(2026, 12, 24), List.of(TimeWindow.parse("09:00-12:00")))
        .putException(LocalDate.of(2026, 12, 31), List.of())
        .addBlackouts(DateRange.of(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 24)))
        .addBlackouts(DateRange.from(LocalDate.of(2027, 7, 1))).closedOnPublicHolidays(true).build();
  }

  @Test
  void aBookingIdIsAString() {
    assertThat(JSON.write(BookingId.of("b1"))).isEqualTo("\"b1\"");
    assertThat(JSON.read("\"b1\"", BookingId.class)).isEqualTo(BookingId.of("b1"));
  }

  @Test
  void aBookingIdKeysAMap() {
    Map<BookingId, BookingState> states = Map.of(BookingId.of("b7"), BookingState.PENDING_APPROVAL);

    String json = JSON.write(states);

    assertThat(json).isEqualTo("{\"b7\":\"pending-approval\"}");
    assertThat(JSON.read(json, new TypeReference<Map<BookingId, BookingState>>() {})).isEqualTo(states);
  }

  @Test
  void aBadBookingIdIsRefused() {
    assertThatThrownBy(() -> JSON.read("\"b 1\"", BookingId.class)).isInstanceOf(EssJsonException.class);
  }

  @Test
  void bookingStatesAreLowerCaseWithDashes() {
    assertThat(JSON.write(BookingState.WAITLISTED)).isEqualTo("\"waitlisted\"");
    assertThat(JSON.read("\"pending-approval\"", BookingState.class)).isEqualTo(BookingState.PENDING_APPROVAL);
  }

  @Test
  void anUnknownBookingStateListsTheKnownOnes() {
    assertThatThrownBy(() -> JSON.read("\"PENDING\"", BookingState.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> assertThat(e.reason()).contains("pending-approval"));
  }

  @Test
  void anIntervalMatchesItsGoldenFile() {
    Golden.check("Interval", interval(), Interval.class);
  }

  @Test
  void anIntervalReadsAnyOffset() {
    String json = "{\"start\":\"2026-03-03T14:00:00+01:00\",\"end\":\"2026-03-03T16:00:00+01:00\"}";

    assertThat(JSON.read(json, Interval.class)).isEqualTo(interval());
  }

  @Test
  void anIntervalEndingBeforeItStartsNamesItsEnd() {
    String json = "{\"start\":\"2026-03-03T15:00:00Z\",\"end\":\"2026-03-03T13:00:00Z\"}";

    assertThatThrownBy(() -> JSON.read(json, Interval.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/end"));
  }

  @Test
  void anIntervalWithoutOffsetIsRefused() {
    String json = "{\"start\":\"2026-03-03T14:00:00\",\"end\":\"2026-03-03T16:00:00Z\"}";

    assertThatThrownBy(() -> JSON.read(json, Interval.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/start"));
  }

  @Test
  void aBookingRequestMatchesItsGoldenFile() {
    Golden.check("BookingRequest", request(), BookingRequest.class);
  }

  @Test
  void aBookingRequestTakesItsDefaultsForAbsentFields() {
    String json = "{\"requester\":\"organisation:epicerie\",\"resources\":[\"cuisine\"],"
        + "\"interval\":{\"start\":\"2026-03-03T13:00:00Z\",\"end\":\"2026-03-03T15:00:00Z\"}}";

    BookingRequest expected = BookingRequest.builder().requester(OrganisationId.of("epicerie"))
        .addResources(ResourceId.of("cuisine")).interval(interval()).build();
    assertThat(JSON.read(json, BookingRequest.class)).isEqualTo(expected);
  }

  @Test
  void aBookingRequestWithoutResourcesIsRefused() {
    String json = JSON.write(request()).replace("[\"salle-reunion\",\"videoprojecteur\"]", "[]");

    assertThatThrownBy(() -> JSON.read(json, BookingRequest.class)).isInstanceOfSatisfying(
        EssJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/resources"));
  }

  @Test
  void aBookingRequestForNoUnitsNamesItsField() {
    String json = JSON.write(request()).replace("\"units\":1", "\"units\":0");

    assertThatThrownBy(() -> JSON.read(json, BookingRequest.class)).isInstanceOfSatisfying(
        EssJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/units"));
  }

  @Test
  void aBadIntervalInsideARequestNamesItsPlace() {
    String json = JSON.write(request()).replace("2026-03-03T15:00:00Z", "2026-03-03T12:00:00Z");

    assertThatThrownBy(() -> JSON.read(json, BookingRequest.class)).isInstanceOfSatisfying(
        EssJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/interval/end"));
  }

  @Test
  void aBookingRequestWithoutIntervalIsRefused() {
    String json = "{\"requester\":\"member:camille\",\"resources\":[\"cuisine\"]}";

    assertThatThrownBy(() -> JSON.read(json, BookingRequest.class)).isInstanceOfSatisfying(
        EssJsonException.class, e -> assertThat(e.reason()).isEqualTo("missing field \"interval\""));
  }

  @Test
  void aMisspeltFieldIsRefusedUnlessUnknownFieldsAreAllowed() {
    String json = JSON.write(request()).replace("\"attendees\"", "\"attendes\"");

    assertThatThrownBy(() -> JSON.read(json, BookingRequest.class)).isInstanceOfSatisfying(
        EssJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/attendes"));
    assertThat(LENIENT.read(json, BookingRequest.class).attendees()).isEqualTo(1);
  }

  @Test
  void aTimeWindowIsAString() {
    assertThat(JSON.write(TimeWindow.parse("18:00-24:00"))).isEqualTo("\"18:00-24:00\"");
    assertThat(JSON.read("\"09:00-12:30\"", TimeWindow.class))
        .isEqualTo(TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(12, 30)));
  }

  @Test
  void aBackwardTimeWindowIsRefused() {
    assertThatThrownBy(() -> JSON.read("\"12:00-09:00\"", TimeWindow.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> assertThat(e.pointer()).isEmpty());
  }

  @Test
  void weeklyHoursMatchTheirGoldenFile() {
    Golden.check("WeeklyHours", weekly(), WeeklyHours.class);
  }

  @Test
  void weeklyHoursAreSortedOnTheWayIn() {
    WeeklyHours read = JSON.read("{\"monday\":[\"14:00-19:00\",\"09:00-12:30\"]}", WeeklyHours.class);

    assertThat(read.on(DayOfWeek.MONDAY)).containsExactly(TimeWindow.parse("09:00-12:30"),
        TimeWindow.parse("14:00-19:00"));
  }

  @Test
  void anUnknownDayIsRefused() {
    assertThatThrownBy(() -> JSON.read("{\"mo\":[\"09:00-12:00\"]}", WeeklyHours.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/mo");
          assertThat(e.reason()).contains("monday");
        });
  }

  @Test
  void aBadWindowInsideOpeningHoursNamesItsPlace() {
    String json = JSON.write(openingHours()).replace("08:00-22:00", "08:00-25:00");

    assertThatThrownBy(() -> JSON.read(json, OpeningHours.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/hoursByCategory/resident/sunday/0"));
  }

  @Test
  void openingHoursMatchTheirGoldenFile() {
    Golden.check("OpeningHours", openingHours(), OpeningHours.class);
  }

  @Test
  void aDateRangeMatchesItsGoldenFile() {
    Golden.check("DateRange", DateRange.of(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 24)), DateRange.class);
  }

  @Test
  void anOpenEndedDateRangeLeavesItsEndOut() {
    assertThat(JSON.write(DateRange.from(LocalDate.of(2027, 7, 1))))
        .isEqualTo("{\"schemaVersion\":1,\"start\":\"2027-07-01\"}");
    assertThat(JSON.read("{\"start\":\"2027-07-01\",\"end\":null}", DateRange.class))
        .isEqualTo(DateRange.from(LocalDate.of(2027, 7, 1)));
  }

  @Test
  void openingHoursNeedOnlyAZoneAndWeeklyHours() {
    OpeningHours read = JSON.read("{\"zone\":\"Europe/Paris\",\"weekly\":{}}", OpeningHours.class);

    assertThat(read).isEqualTo(OpeningHours.builder().zone(ZoneId.of("Europe/Paris"))
        .weekly(WeeklyHours.builder().build()).build());
  }

  @Test
  void aBadExceptionDateIsRefused() {
    String json = JSON.write(openingHours()).replace("2026-12-24", "2026-12-32");

    assertThatThrownBy(() -> JSON.read(json, OpeningHours.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/exceptions/2026-12-32"));
  }

  @Test
  void aBlackoutEndingBeforeItStartsNamesItsEnd() {
    String json = JSON.write(openingHours()).replace("2026-08-24", "2026-07-24");

    assertThatThrownBy(() -> JSON.read(json, OpeningHours.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/blackouts/0/end"));
  }

  @Property
  void openingHoursSurviveARoundTrip(@ForAll("openingHoursArbitrary") OpeningHours hours) {
    assertThat(JSON.read(JSON.write(hours), OpeningHours.class)).isEqualTo(hours);
  }

  /** Mutated documents of each booking type are read or refused with an {@code EssJsonException}, nothing else. */
  @Property
  void aMutatedBookingDocumentIsReadOrRefusedWithAnEssJsonException(@ForAll("mutations") Mutation mutation) {
    List<Object> samples = List.of(interval(), request(), weekly(), openingHours(),
        DateRange.from(LocalDate.of(2027, 7, 1)), BookingSamples.event(), BookingSamples.decision(),
        BookingSamples.seriesDecision(), BookingSamples.policy(), BookingSamples.query());
    List<Class<?>> types = List.of(Interval.class, BookingRequest.class, WeeklyHours.class, OpeningHours.class,
        DateRange.class, coop.ess.booking.BookingEvent.class, coop.ess.booking.BookingDecision.class,
        coop.ess.booking.SeriesDecision.class, coop.ess.booking.rules.ResourcePolicy.class,
        coop.ess.booking.AvailabilityQuery.class);
    Object sample = samples.get(mutation.sample() % samples.size());
    Class<?> type = types.get(mutation.sample() % types.size());
    JsonNode tree = JSON.mapper().readTree(JSON.write(sample));
    List<JsonNode> containers = new ArrayList<>();
    collect(tree, containers);
    JsonNode container = containers.get(mutation.node() % containers.size());
    JsonNode snippet = JSON.mapper().readTree(mutation.snippet());
    if (container instanceof ObjectNode object) {
      List<String> names = new ArrayList<>(object.propertyNames());
      if (names.isEmpty() || mutation.node() % 5 == 0) {
        object.set("unknown" + mutation.node(), snippet);
      } else {
        object.set(names.get(mutation.node() % names.size()), snippet);
      }
    } else if (container instanceof ArrayNode array) {
      if (array.isEmpty()) {
        array.add(snippet);
      } else {
        array.set(mutation.node() % array.size(), snippet);
      }
    }
    String text = tree.toString();
    for (String json : List.of(text, text.substring(0, mutation.node() % (text.length() + 1)))) {
      try {
        assertThat(JSON.read(json, type)).isInstanceOf(type);
      } catch (EssJsonException e) {
        assertThat(e.reason()).isNotBlank();
      }
    }
  }

  record Mutation(int sample, int node, String snippet) {}

  @Provide
  Arbitrary<Mutation> mutations() {
    return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 100_000),
        Arbitraries.of("null", "true", "0", "-1", "3.5", "\"\"", "\" \"", "\"x\"", "{}", "[]", "[null]",
            "2147483648", "9223372036854775808", "1e999", "\"2026-02-30T10:00:00Z\"", "\"2026-03-01T10:00\"",
            "\"24:00-25:00\"", "\"Europe/Atlantis\"", "\"PT-1S\"", "\"P1000000000D\"",
            "\"FREQ=YEARLY;COUNT=0\"", "\"member:\"", "\"monday\"", "[\"09:00-08:00\"]",
            "[".repeat(70) + "]".repeat(70), "{\"a\":".repeat(40) + "1" + "}".repeat(40)))
        .as(Mutation::new);
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainer()) {
      containers.add(node);
      for (JsonNode child : node.values()) {
        collect(child, containers);
      }
    }
  }

  @Property
  void intervalsSurviveARoundTrip(@ForAll("intervals") Interval interval) {
    assertThat(JSON.read(JSON.write(interval), Interval.class)).isEqualTo(interval);
  }

  @Property
  void bookingRequestsSurviveARoundTrip(@ForAll("requests") BookingRequest request) {
    assertThat(JSON.read(JSON.write(request), BookingRequest.class)).isEqualTo(request);
  }

  @Property
  void bookingIdsAndStatesSurviveARoundTrip(@ForAll("bookingIds") BookingId id, @ForAll BookingState state) {
    String json = JSON.write(Map.of(id, List.of(state)));

    assertThat(JSON.read(json, new TypeReference<Map<BookingId, List<BookingState>>>() {}))
        .isEqualTo(Map.of(id, List.of(state)));
  }

  @Provide
  Arbitrary<BookingId> bookingIds() {
    return TimebankSamples.ids().map(BookingId::of);
  }

  @Provide
  Arbitrary<Interval> intervals() {
    return Combinators.combine(TimebankSamples.instants(), Arbitraries.longs().between(1, 10_000_000_000L))
        .as((start, nanos) -> Interval.of(start, Duration.ofNanos(nanos)));
  }

  @Provide
  Arbitrary<BookingRequest> requests() {
    Arbitrary<List<ResourceId>> resources = TimebankSamples.ids().map(ResourceId::of).list().ofMinSize(1)
        .ofMaxSize(3).uniqueElements();
    Arbitrary<List<MemberCategory>> categories = Arbitraries.of("resident", "student", "x-9")
        .map(MemberCategory::of).list().ofMaxSize(3);
    Arbitrary<String> purposes = Arbitraries.strings().ofMaxLength(30)
        .filter(text -> text.isEmpty() || !text.isBlank() && text.strip().equals(text));
    return Combinators.combine(TimebankSamples.parties(), categories, resources, intervals(), purposes,
        Arbitraries.integers().between(0, 500), Arbitraries.integers().between(1, 20), Arbitraries.of(true, false))
        .as((requester, cats, list, when, purpose, attendees, units, waitlist) -> BookingRequest.builder()
            .requester(requester).addAllCategories(cats).addAllResources(list).interval(when).purpose(purpose)
            .attendees(attendees).units(units).waitlistIfFull(waitlist).priority(attendees - 250).build());
  }

  @Provide
  Arbitrary<OpeningHours> openingHoursArbitrary() {
    Arbitrary<TimeWindow> windows = Combinators.combine(Arbitraries.integers().between(0, 1439),
        Arbitraries.integers().between(1, 1440), Arbitraries.integers().between(0, 59))
        .as((start, length, seconds) -> {
          LocalTime from = LocalTime.ofSecondOfDay(start * 60L + (start % 7 == 0 ? seconds : 0));
          long end = Math.min(start * 60L + length * 60L, 86_400);
          return TimeWindow.of(from, end >= 86_400 ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(end));
        });
    Arbitrary<WeeklyHours> weeks = Arbitraries.maps(Arbitraries.of(DayOfWeek.class), windows.list().ofMaxSize(3))
        .ofMaxSize(7).map(days -> {
          WeeklyHours.Builder builder = WeeklyHours.builder();
          days.forEach(builder::putDay);
          return builder.build();
        });
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 20_000).map(LocalDate::ofEpochDay);
    Arbitrary<DateRange> ranges = Combinators.combine(dates, Arbitraries.integers().between(0, 400))
        .as((start, days) -> days == 0 ? DateRange.from(start) : DateRange.of(start, start.plusDays(days)));
    return Combinators.combine(Arbitraries.of("Europe/Paris", "UTC", "America/Cayenne"), weeks,
        Arbitraries.maps(Arbitraries.of("resident", "student", "x-9").map(MemberCategory::of), weeks).ofMaxSize(2),
        Arbitraries.maps(dates, windows.list().ofMaxSize(2)).ofMaxSize(3), ranges.list().ofMaxSize(2),
        Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((zone, week, byCategory, exceptions, blackouts, holidays, alsace) -> OpeningHours.builder()
            .zone(ZoneId.of(zone)).weekly(week).putAllHoursByCategory(byCategory).putAllExceptions(exceptions)
            .addAllBlackouts(blackouts).closedOnPublicHolidays(holidays).alsaceMoselle(alsace).build());
  }
}
