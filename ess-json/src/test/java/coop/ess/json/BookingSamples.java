package coop.ess.json;

import coop.ess.booking.AvailabilityQuery;
import coop.ess.booking.Booking;
import coop.ess.booking.BookingDecision;
import coop.ess.booking.BookingEvent;
import coop.ess.booking.BookingId;
import coop.ess.booking.BookingRequest;
import coop.ess.booking.BookingSeries;
import coop.ess.booking.BookingState;
import coop.ess.booking.Displacement;
import coop.ess.booking.FreeSlot;
import coop.ess.booking.OccurrenceReport;
import coop.ess.booking.SeriesDecision;
import coop.ess.booking.SeriesId;
import coop.ess.booking.SeriesMode;
import coop.ess.booking.SeriesRequest;
import coop.ess.booking.rules.Quota;
import coop.ess.booking.rules.ResourcePolicy;
import coop.ess.booking.time.Interval;
import coop.ess.booking.time.Recurrence;
import coop.ess.core.OrganisationId;
import coop.ess.core.ResourceId;
import coop.ess.core.Severity;
import coop.ess.core.Violation;
import coop.ess.core.community.MemberCategory;
import coop.ess.core.venue.AccessibilityFeature;
import coop.ess.core.venue.ResourceKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Sample values and arbitraries of the booking calendar's records, series and rules, for the JSON tests. */
final class BookingSamples {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final Instant SUNDAY_NOON = Instant.parse("2026-03-01T11:00:00Z");

  private BookingSamples() {}

  static Violation overlap() {
    return Violation.builder().code("booking.overlap").severity(Severity.ERROR).field("resources[0]")
        .putParameter("resource", "Salle de réunion").putParameter("booking", "b1")
        .putParameter("start", "2026-03-03T14:00").putParameter("end", "2026-03-03T16:00")
        .messageEn("Salle de réunion is already booked from 2026-03-03T14:00 to 2026-03-03T16:00 (booking b1).")
        .messageFr("Salle de réunion est déjà réservée de 2026-03-03T14:00 à 2026-03-03T16:00 (réservation b1).")
        .build();
  }

  static Violation displaced() {
    return Violation.builder().code("booking.displaced").severity(Severity.ERROR).field("")
        .putParameter("booking", "b1").putParameter("by", "b3").putParameter("purpose", "Distribution alimentaire")
        .messageEn("Booking b1 gives way to b3 (Distribution alimentaire).")
        .messageFr("La réservation b1 cède la place à b3 (Distribution alimentaire).").build();
  }

  static Booking booking() {
    return Booking.builder().id(BookingId.of("b1")).request(BookingJsonTest.request()).state(BookingState.CONFIRMED)
        .requestedAt(SUNDAY_NOON).build();
  }

  static Recurrence recurrence() {
    return Recurrence.builder().start(LocalDateTime.parse("2026-03-03T17:00")).zone(PARIS)
        .rule("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8").addRdates(LocalDateTime.parse("2026-03-07T10:00"))
        .addExdates(LocalDateTime.parse("2026-03-05T17:00")).build();
  }

  static SeriesRequest seriesRequest() {
    return SeriesRequest.builder().requester(OrganisationId.of("epicerie-gratuite"))
        .addResources(ResourceId.of("salle-reunion")).recurrence(recurrence()).duration(Duration.ofMinutes(120))
        .purpose("Distribution alimentaire").attendees(12).priority(10).build();
  }

  static Booking occurrence() {
    BookingRequest request = seriesRequest().occurrence(Interval.of(Instant.parse("2026-03-03T16:00:00Z"),
        Duration.ofHours(2)));
    return Booking.builder().id(BookingId.of("b2")).request(request).state(BookingState.CONFIRMED)
        .requestedAt(SUNDAY_NOON).series(SeriesId.of("s2")).recurrenceId(LocalDateTime.parse("2026-03-03T17:00"))
        .build();
  }

  static Booking offered() {
    return Booking.builder().from(booking()).id(BookingId.of("b4")).state(BookingState.OFFERED)
        .offerExpiresAt(SUNDAY_NOON.plus(Duration.ofMinutes(30))).build();
  }

  static BookingSeries series() {
    return BookingSeries.builder().id(SeriesId.of("s2")).request(seriesRequest())
        .addBookings(BookingId.of("b2"), BookingId.of("b3")).splitFrom(SeriesId.of("s1")).build();
  }

  static BookingEvent event() {
    return BookingEvent.builder().sequence(7).at(SUNDAY_NOON).from(BookingState.CONFIRMED)
        .cause("moved with the following to s2").after(occurrence()).addSeries(series()).build();
  }

  static BookingEvent waitlisted() {
    Booking waiting = Booking.builder().from(booking()).id(BookingId.of("b4")).state(BookingState.WAITLISTED)
        .build();
    return BookingEvent.builder().sequence(4).at(SUNDAY_NOON).cause("requested").after(waiting)
        .addViolations(overlap()).build();
  }

  static Displacement displacement() {
    Booking cancelled = Booking.builder().from(booking()).state(BookingState.CANCELLED).build();
    return Displacement.of(cancelled, displaced(), List.of(
        Interval.of(Instant.parse("2026-03-03T15:00:00Z"), Duration.ofHours(2)),
        Interval.of(Instant.parse("2026-03-03T11:00:00Z"), Duration.ofHours(2))));
  }

  static BookingDecision decision() {
    Booking confirmed = Booking.builder().from(booking()).id(BookingId.of("b3")).build();
    return BookingDecision.of(confirmed, List.of(), List.of(displacement()));
  }

  static OccurrenceReport refusedOccurrence() {
    return OccurrenceReport.of(LocalDateTime.parse("2026-03-10T17:00"),
        Interval.of(Instant.parse("2026-03-10T16:00:00Z"), Duration.ofHours(2)), Optional.empty(),
        List.of(overlap()));
  }

  static SeriesDecision seriesDecision() {
    OccurrenceReport accepted = OccurrenceReport.of(LocalDateTime.parse("2026-03-03T17:00"),
        Interval.of(Instant.parse("2026-03-03T16:00:00Z"), Duration.ofHours(2)), Optional.of(BookingId.of("b2")),
        List.of());
    return SeriesDecision.of(Optional.of(SeriesId.of("s1")), SeriesMode.SKIP_CONFLICTS,
        List.of(accepted, refusedOccurrence()));
  }

  static FreeSlot freeSlot() {
    return FreeSlot.of(ResourceId.of("salle-reunion"), BookingJsonTest.interval());
  }

  static AvailabilityQuery query() {
    return AvailabilityQuery.builder().range(Interval.of(Instant.parse("2026-03-02T07:00:00Z"),
        Instant.parse("2026-03-06T19:00:00Z"))).duration(Duration.ofHours(2)).kind(ResourceKind.MEETING_ROOM)
        .minCapacity(10).addEquipment("projector").addAccessibility(AccessibilityFeature.STEP_FREE_ACCESS)
        .addCategories(MemberCategory.of("resident")).build();
  }

  static Quota quota() {
    return Quota.of(Quota.Measure.HOURS, Quota.Period.WEEK, 10);
  }

  static ResourcePolicy policy() {
    return ResourcePolicy.builder().openingHours(BookingJsonTest.openingHours()).minDuration(Duration.ofHours(1))
        .maxDuration(Duration.ofHours(6)).minimumNotice(Duration.ofHours(24)).maximumHorizon(Duration.ofDays(90))
        .bufferAfter(Duration.ofMinutes(30)).addQuotas(quota(), Quota.of(Quota.Measure.BOOKINGS,
            Quota.Period.MONTH, 4))
        .maxFutureBookings(3).addAllowedCategories(MemberCategory.of("resident")).approvalRequired(true)
        .addBlackouts(Interval.of(Instant.parse("2026-08-01T00:00:00Z"), Duration.ofDays(21)))
        .cancellationDeadline(Duration.ofHours(48)).displacementNotice(Duration.ofDays(7)).build();
  }

  // ------------------------------------------------------------------------------------------------ arbitraries

  private static final BookingJsonTest BASICS = new BookingJsonTest();

  static Arbitrary<Interval> intervals() {
    return BASICS.intervals();
  }

  static Arbitrary<BookingRequest> requests() {
    return BASICS.requests();
  }

  static Arbitrary<List<Violation>> violations() {
    return new CoreJsonTest().violations();
  }

  static Arbitrary<BookingId> bookingIds() {
    return TimebankSamples.ids().map(BookingId::of);
  }

  static Arbitrary<SeriesId> seriesIds() {
    return TimebankSamples.ids().map(SeriesId::of);
  }

  static Arbitrary<LocalDateTime> localDateTimes() {
    return Arbitraries.longs().between(0, 4_000_000_000L).map(s -> LocalDateTime.ofEpochSecond(s - s % 60, 0,
        java.time.ZoneOffset.UTC));
  }

  /** Whole minutes mostly, sometimes seconds and nanoseconds (written as ISO-8601 text). */
  static Arbitrary<Duration> durations() {
    return Arbitraries.oneOf(Arbitraries.longs().between(1, 200_000).map(Duration::ofMinutes),
        Arbitraries.longs().between(1, 10_000_000_000L).map(Duration::ofNanos));
  }

  static Arbitrary<Booking> bookings() {
    return Combinators.combine(bookingIds(), requests(), Arbitraries.of(BookingState.class),
        TimebankSamples.instants(), durations(), seriesIds().optional(), localDateTimes())
        .as((id, request, state, at, hold, series, date) -> Booking.builder().id(id).request(request).state(state)
            .requestedAt(at).offerExpiresAt(state == BookingState.OFFERED ? Optional.of(at.plus(hold))
                : Optional.empty())
            .series(series).recurrenceId(series.map(s -> date)).build());
  }

  static Arbitrary<Recurrence> recurrences() {
    Arbitrary<Optional<String>> rules = Arbitraries.of("FREQ=DAILY;COUNT=5", "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8",
        "FREQ=MONTHLY;BYMONTHDAY=1;UNTIL=20261231T000000Z", "FREQ=WEEKLY;INTERVAL=2").optional(0.8);
    return Combinators.combine(localDateTimes(), Arbitraries.of("Europe/Paris", "UTC", "America/Cayenne",
        "Indian/Reunion").map(ZoneId::of), rules, localDateTimes().list().ofMaxSize(3),
        localDateTimes().list().ofMaxSize(3))
        .as((start, zone, rule, rdates, exdates) -> Recurrence.builder().start(start).zone(zone).rule(rule)
            .addAllRdates(rdates).addAllExdates(exdates).build());
  }

  static Arbitrary<SeriesRequest> seriesRequests() {
    Arbitrary<List<ResourceId>> resources = TimebankSamples.ids().map(ResourceId::of).list().ofMinSize(1)
        .ofMaxSize(3).uniqueElements();
    Arbitrary<Recurrence> bounded = recurrences().filter(Recurrence::isBounded);
    return Combinators.combine(TimebankSamples.parties(), resources, bounded, durations(),
        Arbitraries.strings().alpha().ofMaxLength(20), Arbitraries.integers().between(0, 50),
        Arbitraries.integers().between(1, 5), Arbitraries.integers().between(-5, 20))
        .as((who, list, recurrence, duration, purpose, attendees, units, priority) -> SeriesRequest.builder()
            .requester(who).addResources(list.toArray(ResourceId[]::new)).recurrence(recurrence)
            .duration(duration).purpose(purpose).attendees(attendees).units(units).priority(priority)
            .addCategories(MemberCategory.of("resident")).build());
  }

  static Arbitrary<BookingSeries> seriesArbitrary() {
    return Combinators.combine(seriesIds(), seriesRequests(), bookingIds().list().uniqueElements().ofMaxSize(5),
        seriesIds().optional())
        .as((id, request, bookings, from) -> BookingSeries.builder().id(id).request(request).addAllBookings(bookings)
            .splitFrom(from.filter(f -> !f.equals(id))).build());
  }

  static Arbitrary<BookingEvent> events() {
    return Combinators.combine(Arbitraries.longs().between(1, Long.MAX_VALUE), TimebankSamples.instants(),
        Arbitraries.of(BookingState.class).optional(), Arbitraries.of("requested", "moved", "series s1", "promoted"),
        violations(), bookings(), seriesArbitrary().list().ofMaxSize(2))
        .as((sequence, at, from, cause, violations, after, series) -> BookingEvent.builder().sequence(sequence)
            .at(at).from(from).cause(cause).addAllViolations(violations).after(after).addAllSeries(series).build());
  }

  static Arbitrary<Displacement> displacements() {
    return Combinators.combine(bookings(), violations(), intervals().list().ofMaxSize(3))
        .as((booking, reasons, alternatives) -> Displacement.of(Booking.builder().from(booking)
            .state(BookingState.CANCELLED).offerExpiresAt(Optional.empty()).build(), reasons.isEmpty()
            ? displaced() : reasons.get(0), alternatives));
  }

  static Arbitrary<BookingDecision> decisions() {
    return Combinators.combine(bookings(), violations(), displacements().list().ofMaxSize(2))
        .as(BookingDecision::of);
  }

  static Arbitrary<OccurrenceReport> occurrences() {
    return Combinators.combine(localDateTimes(), intervals(), bookingIds().optional(), violations())
        .as((date, interval, booking, violations) -> OccurrenceReport.of(date, interval,
            violations.isEmpty() ? booking : Optional.empty(), violations));
  }

  static Arbitrary<SeriesDecision> seriesDecisions() {
    return Combinators.combine(seriesIds().optional(), Arbitraries.of(SeriesMode.class),
        occurrences().list().ofMaxSize(4)).as(SeriesDecision::of);
  }

  static Arbitrary<FreeSlot> freeSlots() {
    return Combinators.combine(TimebankSamples.ids().map(ResourceId::of), intervals()).as(FreeSlot::of);
  }

  static Arbitrary<AvailabilityQuery> queries() {
    return Combinators.combine(intervals(), durations(), durations(), Arbitraries.of(ResourceKind.class).optional(),
        Arbitraries.integers().between(0, 500).optional(), Arbitraries.strings().alpha().ofMaxLength(8).set()
            .ofMaxSize(3), Arbitraries.of(AccessibilityFeature.class).set().ofMaxSize(3),
        Arbitraries.integers().between(1, 9))
        .as((range, duration, step, kind, capacity, equipment, access, units) -> {
          AvailabilityQuery.Builder builder = AvailabilityQuery.builder().range(range).duration(duration).step(step)
              .kind(kind).addAllEquipment(equipment).addAllAccessibility(access).units(units)
              .addCategories(MemberCategory.of("student"));
          capacity.ifPresent(builder::minCapacity);
          return builder.build();
        });
  }

  static Arbitrary<Quota> quotas() {
    return Combinators.combine(Arbitraries.of(Quota.Measure.class), Arbitraries.of(Quota.Period.class),
        Arbitraries.longs().between(1, Long.MAX_VALUE)).as(Quota::of);
  }

  static Arbitrary<ResourcePolicy> policies() {
    Arbitrary<Object> optional = durations().optional().asGeneric();
    return Combinators.combine(List.of(optional, optional, durations().asGeneric(), optional,
        durations().asGeneric(), durations().asGeneric(), quotas().list().ofMaxSize(3).asGeneric(),
        Arbitraries.integers().between(0, 9).optional().asGeneric(), Arbitraries.of(true, false).asGeneric(),
        intervals().list().ofMaxSize(2).asGeneric(), optional, optional))
        .as(BookingSamples::build);
  }

  @SuppressWarnings("unchecked")
  private static ResourcePolicy build(List<Object> parts) {
    Optional<Duration> min = (Optional<Duration>) parts.get(0);
    Optional<Duration> max = (Optional<Duration>) parts.get(1);
    if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
      Optional<Duration> swap = min;
      min = max;
      max = swap;
    }
    ResourcePolicy.Builder builder = ResourcePolicy.builder().minDuration(min).maxDuration(max)
        .minimumNotice((Duration) parts.get(2)).maximumHorizon((Optional<Duration>) parts.get(3))
        .bufferBefore((Duration) parts.get(4)).bufferAfter((Duration) parts.get(5))
        .addAllQuotas((List<Quota>) parts.get(6)).approvalRequired((Boolean) parts.get(8))
        .addAllBlackouts((List<Interval>) parts.get(9)).cancellationDeadline((Optional<Duration>) parts.get(10))
        .displacementNotice((Optional<Duration>) parts.get(11)).addAllowedCategories(MemberCategory.of("resident"));
    ((Optional<Integer>) parts.get(7)).ifPresent(builder::maxFutureBookings);
    return builder.build();
  }
}
