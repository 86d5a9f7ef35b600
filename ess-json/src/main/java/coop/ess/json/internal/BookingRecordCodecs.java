package coop.ess.json.internal;

import coop.ess.booking.AvailabilityQuery;
import coop.ess.booking.Booking;
import coop.ess.booking.BookingDecision;
import coop.ess.booking.BookingEvent;
import coop.ess.booking.BookingId;
import coop.ess.booking.BookingRequest;
import coop.ess.booking.BookingSeries;
import coop.ess.booking.BookingState;
import coop.ess.booking.CalendarSnapshot;
import coop.ess.booking.Displacement;
import coop.ess.booking.FreeSlot;
import coop.ess.booking.OccurrenceReport;
import coop.ess.booking.SeriesDecision;
import coop.ess.booking.SeriesId;
import coop.ess.booking.SeriesMode;
import coop.ess.booking.SeriesRequest;
import coop.ess.booking.time.Interval;
import coop.ess.booking.time.Recurrence;
import coop.ess.core.PartyId;
import coop.ess.core.ResourceId;
import coop.ess.core.Violation;
import coop.ess.core.community.MemberCategory;
import coop.ess.core.venue.AccessibilityFeature;
import coop.ess.core.venue.ResourceKind;
import coop.ess.core.EssValidationException;
import coop.ess.json.EssJsonException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The codecs of what a booking calendar records and answers: bookings, their events (the calendar's journal),
 * decisions and displacements, recurrences, series requests, series and their decisions, free slots and the
 * queries that find them, and the calendar's snapshots.
 */
public final class BookingRecordCodecs {

  /** A series id. */
  public static final StringCodec<SeriesId> SERIES_ID = new StringCodec<>(SeriesId.class, SeriesId::of,
      SeriesId::value);
  /** What to do with a series whose occurrences are partly refused. */
  public static final EnumCodec<SeriesMode> SERIES_MODE = new EnumCodec<>(SeriesMode.class);

  /** A recurrence: its start, zone, rule ({@code RRULE} text), extra and excluded dates. */
  public final Codec<Recurrence> recurrence;
  /** A series request. */
  public final Codec<SeriesRequest> seriesRequest;
  /** A booking. */
  public final Codec<Booking> booking;
  /** A series as the calendar holds it. */
  public final Codec<BookingSeries> series;
  /** An event of the calendar's journal. */
  public final Codec<BookingEvent> event;
  /** A displaced booking. */
  public final Codec<Displacement> displacement;
  /** A booking decision. */
  public final Codec<BookingDecision> decision;
  /** The report of one occurrence of a series. */
  public final Codec<OccurrenceReport> occurrence;
  /** A series decision. */
  public final Codec<SeriesDecision> seriesDecision;
  /** A free slot. */
  public final Codec<FreeSlot> freeSlot;
  /** A free-slot query. */
  public final Codec<AvailabilityQuery> query;
  /** A snapshot of a calendar's state (the booking journal's snapshot). */
  public final Codec<CalendarSnapshot> snapshot;

  /**
   * The codecs for some features.
   *
   * @param features the features, not null
   * @param booking the codecs of requests and intervals, not null
   * @param core the codec of violations, not null
   */
  public BookingRecordCodecs(Features features, BookingCodecs booking, CoreCodecs core) {
    recurrence = new RecurrenceCodec(features);
    seriesRequest = new SeriesRequestCodec(features, recurrence);
    this.booking = new BookingCodec(features, booking.request);
    series = new SeriesCodec(features, seriesRequest);
    event = new EventCodec(features, this.booking, series, core.violation);
    displacement = new DisplacementCodec(features, this.booking, core.violation, booking.interval);
    decision = new DecisionCodec(features, this.booking, core.violation, displacement);
    occurrence = new OccurrenceCodec(features, booking.interval, core.violation);
    seriesDecision = new SeriesDecisionCodec(features, occurrence);
    freeSlot = new FreeSlotCodec(features, booking.interval);
    query = new QueryCodec(features, booking.interval);
    snapshot = new SnapshotCodec(features, this.booking, series);
  }

  /**
   * Registers these codecs, and those of {@link BookingRuleCodecs} and {@link RegistrationCodecs}.
   *
   * @param adapters the adapters, not null
   * @param features the features, not null
   * @param booking the codecs of requests and intervals, not null
   * @param core the codec of violations, not null
   * @return the adapters, not null
   */
  public static Adapters register(Adapters adapters, Features features, BookingCodecs booking, CoreCodecs core) {
    BookingRecordCodecs records = new BookingRecordCodecs(features, booking, core);
    BookingRuleCodecs rules = new BookingRuleCodecs(features, booking);
    new RegistrationCodecs(features, booking, records, core).register(adapters);
    return adapters.addKey(SERIES_ID).add(SERIES_MODE).add(records.recurrence).add(records.seriesRequest)
        .add(records.booking).add(records.series).add(records.event).add(records.displacement)
        .add(records.decision).add(records.occurrence).add(records.seriesDecision).add(records.freeSlot)
        .add(records.query).add(records.snapshot)
        .add(BookingRuleCodecs.MEASURE).add(BookingRuleCodecs.PERIOD).add(BookingRuleCodecs.HOLIDAY)
        .add(rules.quota).add(rules.policy);
  }

  // --- helpers for the booking formats ---

  /**
   * {@link Read#build}, and when the first violation names an element of a list field ({@code bookings[1]},
   * {@code sessions[0].seats}), the pointer names that element ({@code /bookings/1}, {@code /sessions/0/seats}).
   */
  static <T> T build(JsonParser in, Supplier<T> factory, Set<String> fields) {
    try {
      return factory.get();
    } catch (EssValidationException e) {
      String field = e.violations().isEmpty() ? "" : e.violations().get(0).field();
      int bracket = field.indexOf('[');
      if (bracket > 0 && field.indexOf(']') > bracket && fields.contains(field.substring(0, bracket))) {
        List<String> reasons = new ArrayList<>();
        e.violations().forEach(v -> reasons.add(v.messageEn()));
        String pointer = Read.pointer(in) + "/" + field.replace("].", "/").replace('[', '/').replace("]", "")
            .replace('.', '/');
        throw new EssJsonException(pointer, String.join("; ", reasons), e);
      }
      return Read.build(in, () -> {
        throw e;
      }, fields);
    }
  }

  /** The current wall-clock date-time without offset, such as {@code "2026-03-03T17:00"}. */
  static LocalDateTime localDateTime(JsonParser in) {
    String text = Read.string(in);
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeException e) {
      throw Read.error(in, "expected a date-time without offset like 2026-03-03T17:00, got \"" + text + "\"");
    }
  }

  /** The current time zone, a region id such as {@code "Europe/Paris"}. */
  static ZoneId zone(JsonParser in) {
    String text = Read.string(in);
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw Read.error(in, "expected a time zone like Europe/Paris, got \"" + text + "\"");
    }
  }

  /**
   * Writes a duration: whole minutes as {@link Write#minutes}, any other duration as its ISO-8601 text
   * ({@code "PT90.5S"}) so that it reads back exactly.
   */
  static void duration(JsonGenerator out, Features features, String name, Duration duration) {
    if (duration.getSeconds() % 60 == 0 && duration.getNano() == 0) {
      Write.minutes(out, features, name, duration.toMinutes());
    } else {
      out.writeStringProperty(name, duration.toString());
    }
  }

  /** The current duration: whole minutes, a text like {@code "1 h 30"}, or an ISO-8601 duration {@code "PT2H"}. */
  static Duration duration(JsonParser in) {
    if (in.currentToken() == JsonToken.VALUE_STRING && (in.getString().startsWith("P")
        || in.getString().startsWith("-P"))) {
      String text = in.getString();
      try {
        return Duration.parse(text);
      } catch (DateTimeException e) {
        throw Read.error(in, "expected an ISO-8601 duration like PT1H30M, got \"" + text + "\"");
      }
    }
    long minutes = Read.minutes(in);
    try {
      return Duration.ofMinutes(minutes);
    } catch (ArithmeticException e) {
      throw Read.error(in, "number out of range: " + minutes);
    }
  }

  private static void dateTimes(JsonGenerator out, String name, List<LocalDateTime> dates) {
    out.writeName(name);
    out.writeStartArray(dates, dates.size());
    for (LocalDateTime date : dates) {
      out.writeString(date.toString());
    }
    out.writeEndArray();
  }

  private static List<LocalDateTime> dateTimes(JsonParser in) {
    if (in.currentToken() != JsonToken.START_ARRAY) {
      throw Read.error(in, "expected an array, got " + Read.describe(in));
    }
    List<LocalDateTime> list = new ArrayList<>();
    while (in.nextToken() != JsonToken.END_ARRAY) {
      list.add(localDateTime(in));
    }
    return list;
  }

  private static void violations(JsonGenerator out, List<Violation> violations, Codec<Violation> codec) {
    Write.list(out, "violations", violations, codec);
  }

  // --- codecs ---

  /** {@code {"start": "2026-03-03T17:00", "zone": "Europe/Paris", "rule": "FREQ=…", "rdates": [], "exdates": []}}. */
  private static final class RecurrenceCodec extends Codec<Recurrence> {
    private static final Set<String> FIELDS = Set.of("start", "zone", "rule", "rdates", "exdates");
    private final Features features;

    RecurrenceCodec(Features features) {
      super(Recurrence.class);
      this.features = features;
    }

    @Override
    public void write(Recurrence value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("start", value.start().toString());
      out.writeStringProperty("zone", value.zone().getId());
      if (value.rule().isPresent()) {
        out.writeStringProperty("rule", value.rule().get());
      }
      dateTimes(out, "rdates", value.rdates());
      dateTimes(out, "exdates", value.exdates());
      out.writeEndObject();
    }

    @Override
    public Recurrence read(JsonParser in) {
      Read.startObject(in, "a recurrence");
      LocalDateTime start = null;
      ZoneId zone = null;
      String rule = null;
      List<LocalDateTime> rdates = List.of();
      List<LocalDateTime> exdates = List.of();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "start" -> start = localDateTime(in);
          case "zone" -> zone = zone(in);
          case "rule" -> rule = Read.isNull(in) ? null : Read.string(in);
          case "rdates" -> rdates = dateTimes(in);
          case "exdates" -> exdates = dateTimes(in);
          default -> Read.unknown(in, features);
        }
      }
      Recurrence.Builder builder = Recurrence.builder().start(Read.required(in, start, "start"))
          .zone(Read.required(in, zone, "zone")).rule(Optional.ofNullable(rule)).addAllRdates(rdates)
          .addAllExdates(exdates);
      return Read.build(in, builder::build, FIELDS);
    }
  }

  private static final class SeriesRequestCodec extends Codec<SeriesRequest> {
    private static final Set<String> FIELDS = Set.of("requester", "categories", "resources", "recurrence",
        "duration", "purpose", "attendees", "units", "priority");
    private final Features features;
    private final Codec<Recurrence> recurrence;

    SeriesRequestCodec(Features features, Codec<Recurrence> recurrence) {
      super(SeriesRequest.class);
      this.features = features;
      this.recurrence = recurrence;
    }

    @Override
    public void write(SeriesRequest value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("requester", CoreIds.PARTY.text(value.requester()));
      Write.list(out, "categories", List.copyOf(value.categories()), CoreIds.MEMBER_CATEGORY);
      Write.list(out, "resources", value.resources(), VenueCodecs.RESOURCE_ID);
      out.writeName("recurrence");
      recurrence.write(value.recurrence(), out);
      duration(out, features, "duration", value.duration());
      out.writeStringProperty("purpose", value.purpose());
      out.writeNumberProperty("attendees", value.attendees());
      out.writeNumberProperty("units", value.units());
      out.writeNumberProperty("priority", value.priority());
      out.writeEndObject();
    }

    @Override
    public SeriesRequest read(JsonParser in) {
      Read.startObject(in, "a series request");
      PartyId requester = null;
      List<MemberCategory> categories = List.of();
      List<ResourceId> resources = null;
      Recurrence when = null;
      Duration duration = null;
      String purpose = null;
      Integer attendees = null;
      Integer units = null;
      Integer priority = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "requester" -> requester = CoreIds.PARTY.read(in);
          case "categories" -> categories = Read.list(in, CoreIds.MEMBER_CATEGORY);
          case "resources" -> resources = Read.list(in, VenueCodecs.RESOURCE_ID);
          case "recurrence" -> when = recurrence.read(in);
          case "duration" -> duration = duration(in);
          case "purpose" -> purpose = Read.string(in);
          case "attendees" -> attendees = Read.intValue(in);
          case "units" -> units = Read.intValue(in);
          case "priority" -> priority = Read.intValue(in);
          default -> Read.unknown(in, features);
        }
      }
      SeriesRequest.Builder builder = SeriesRequest.builder().requester(Read.required(in, requester, "requester"))
          .addAllCategories(categories).addAllResources(Read.required(in, resources, "resources"))
          .recurrence(Read.required(in, when, "recurrence")).duration(Read.required(in, duration, "duration"));
      if (purpose != null) {
        builder.purpose(purpose);
      }
      if (attendees != null) {
        builder.attendees(attendees);
      }
      if (units != null) {
        builder.units(units);
      }
      if (priority != null) {
        builder.priority(priority);
      }
      return build(in, builder::build, FIELDS);
    }
  }

  /**
   * {@code {"id", "request", "state", "requestedAt", "offerExpiresAt"?, "series"?, "recurrenceId"?}}.
   */
  private static final class BookingCodec extends Codec<Booking> {
    private static final Set<String> FIELDS = Set.of("id", "request", "state", "requestedAt", "offerExpiresAt",
        "series", "recurrenceId");
    private final Features features;
    private final Codec<BookingRequest> request;

    BookingCodec(Features features, Codec<BookingRequest> request) {
      super(Booking.class);
      this.features = features;
      this.request = request;
    }

    @Override
    public void write(Booking value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("id", value.id().value());
      out.writeStringProperty("state", BookingCodecs.BOOKING_STATE.name(value.state()));
      out.writeName("request");
      request.write(value.request(), out);
      Write.instant(out, "requestedAt", value.requestedAt());
      if (value.offerExpiresAt().isPresent()) {
        Write.instant(out, "offerExpiresAt", value.offerExpiresAt().get());
      }
      if (value.series().isPresent()) {
        out.writeStringProperty("series", value.series().get().value());
      }
      if (value.recurrenceId().isPresent()) {
        out.writeStringProperty("recurrenceId", value.recurrenceId().get().toString());
      }
      out.writeEndObject();
    }

    @Override
    public Booking read(JsonParser in) {
      Read.startObject(in, "a booking");
      BookingId id = null;
      BookingRequest asked = null;
      BookingState state = null;
      Instant requestedAt = null;
      Instant expiry = null;
      SeriesId seriesId = null;
      LocalDateTime recurrenceId = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "id" -> id = BookingCodecs.BOOKING_ID.read(in);
          case "request" -> asked = request.read(in);
          case "state" -> state = BookingCodecs.BOOKING_STATE.read(in);
          case "requestedAt" -> requestedAt = Read.instant(in);
          case "offerExpiresAt" -> expiry = Read.isNull(in) ? null : Read.instant(in);
          case "series" -> seriesId = Read.isNull(in) ? null : SERIES_ID.read(in);
          case "recurrenceId" -> recurrenceId = Read.isNull(in) ? null : localDateTime(in);
          default -> Read.unknown(in, features);
        }
      }
      Booking.Builder builder = Booking.builder();
      builder.id(Read.required(in, id, "id")).request(Read.required(in, asked, "request"))
          .state(Read.required(in, state, "state")).requestedAt(Read.required(in, requestedAt, "requestedAt"))
          .offerExpiresAt(Optional.ofNullable(expiry)).series(Optional.ofNullable(seriesId))
          .recurrenceId(Optional.ofNullable(recurrenceId));
      return Read.build(in, builder::build, FIELDS);
    }
  }

  /** {@code {"id", "request", "bookings": [ids], "splitFrom"?}}. */
  private static final class SeriesCodec extends Codec<BookingSeries> {
    private static final Set<String> FIELDS = Set.of("id", "request", "bookings", "splitFrom");
    private final Features features;
    private final Codec<SeriesRequest> request;

    SeriesCodec(Features features, Codec<SeriesRequest> request) {
      super(BookingSeries.class);
      this.features = features;
      this.request = request;
    }

    @Override
    public void write(BookingSeries value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("id", value.id().value());
      out.writeName("request");
      request.write(value.request(), out);
      Write.list(out, "bookings", value.bookings(), BookingCodecs.BOOKING_ID);
      if (value.splitFrom().isPresent()) {
        out.writeStringProperty("splitFrom", value.splitFrom().get().value());
      }
      out.writeEndObject();
    }

    @Override
    public BookingSeries read(JsonParser in) {
      Read.startObject(in, "a booking series");
      SeriesId id = null;
      SeriesRequest asked = null;
      List<BookingId> bookings = List.of();
      SeriesId splitFrom = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "id" -> id = SERIES_ID.read(in);
          case "request" -> asked = request.read(in);
          case "bookings" -> bookings = Read.list(in, BookingCodecs.BOOKING_ID);
          case "splitFrom" -> splitFrom = Read.isNull(in) ? null : SERIES_ID.read(in);
          default -> Read.unknown(in, features);
        }
      }
      BookingSeries.Builder builder = BookingSeries.builder();
      builder.id(Read.required(in, id, "id")).request(Read.required(in, asked, "request")).addAllBookings(bookings)
          .splitFrom(Optional.ofNullable(splitFrom));
      return build(in, builder::build, FIELDS);
    }
  }

  /**
   * {@code {"sequence", "at", "from"?, "cause", "violations", "after": booking, "series": [series]}}; the booking's
   * id and new state are those of {@code after}.
   */
  private static final class EventCodec extends Codec<BookingEvent> {
    private static final Set<String> FIELDS = Set.of("sequence", "at", "from", "cause", "violations", "after",
        "series");
    private final Features features;
    private final Codec<Booking> booking;
    private final Codec<BookingSeries> series;
    private final Codec<Violation> violation;

    EventCodec(Features features, Codec<Booking> booking, Codec<BookingSeries> series, Codec<Violation> violation) {
      super(BookingEvent.class);
      this.features = features;
      this.booking = booking;
      this.series = series;
      this.violation = violation;
    }

    @Override
    public void write(BookingEvent value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeNumberProperty("sequence", value.sequence());
      Write.instant(out, "at", value.at());
      if (value.from().isPresent()) {
        out.writeStringProperty("from", BookingCodecs.BOOKING_STATE.name(value.from().get()));
      }
      out.writeStringProperty("cause", value.cause());
      violations(out, value.violations(), violation);
      out.writeName("after");
      booking.write(value.after(), out);
      Write.list(out, "series", value.series(), series);
      out.writeEndObject();
    }

    @Override
    public BookingEvent read(JsonParser in) {
      Read.startObject(in, "a booking event");
      Long sequence = null;
      Instant at = null;
      BookingState from = null;
      String cause = null;
      List<Violation> violations = List.of();
      Booking after = null;
      List<BookingSeries> changed = List.of();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "sequence" -> sequence = Read.longValue(in);
          case "at" -> at = Read.instant(in);
          case "from" -> from = Read.isNull(in) ? null : BookingCodecs.BOOKING_STATE.read(in);
          case "cause" -> cause = Read.string(in);
          case "violations" -> violations = Read.list(in, violation);
          case "after" -> after = booking.read(in);
          case "series" -> changed = Read.list(in, series);
          default -> Read.unknown(in, features);
        }
      }
      BookingEvent.Builder builder = BookingEvent.builder();
      builder.sequence(Read.required(in, sequence, "sequence")).at(Read.required(in, at, "at"))
          .from(Optional.ofNullable(from)).cause(Read.required(in, cause, "cause")).addAllViolations(violations)
          .after(Read.required(in, after, "after")).addAllSeries(changed);
      return Read.build(in, builder::build, FIELDS);
    }
  }

  /**
   * {@code {"sequence", "lastBookingId", "lastSeriesId", "bookings": [bookings], "series": [series]}}: a
   * calendar's state after event {@code sequence}.
   */
  private static final class SnapshotCodec extends Codec<CalendarSnapshot> {
    private static final Set<String> FIELDS = Set.of("sequence", "lastBookingId", "lastSeriesId", "bookings",
        "series");
    private final Features features;
    private final Codec<Booking> booking;
    private final Codec<BookingSeries> series;

    SnapshotCodec(Features features, Codec<Booking> booking, Codec<BookingSeries> series) {
      super(CalendarSnapshot.class);
      this.features = features;
      this.booking = booking;
      this.series = series;
    }

    @Override
    public void write(CalendarSnapshot value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeNumberProperty("sequence", value.sequence());
      out.writeNumberProperty("lastBookingId", value.lastBookingId());
      out.writeNumberProperty("lastSeriesId", value.lastSeriesId());
      Write.list(out, "bookings", value.bookings(), booking);
      Write.list(out, "series", value.series(), series);
      out.writeEndObject();
    }

    @Override
    public CalendarSnapshot read(JsonParser in) {
      Read.startObject(in, "a calendar snapshot");
      Long sequence = null;
      Long lastBookingId = null;
      Long lastSeriesId = null;
      List<Booking> bookings = List.of();
      List<BookingSeries> recorded = List.of();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "sequence" -> sequence = Read.longValue(in);
          case "lastBookingId" -> lastBookingId = Read.longValue(in);
          case "lastSeriesId" -> lastSeriesId = Read.longValue(in);
          case "bookings" -> bookings = Read.list(in, booking);
          case "series" -> recorded = Read.list(in, series);
          default -> Read.unknown(in, features);
        }
      }
      CalendarSnapshot.Builder builder = CalendarSnapshot.builder();
      builder.sequence(Read.required(in, sequence, "sequence"))
          .lastBookingId(Read.required(in, lastBookingId, "lastBookingId"))
          .lastSeriesId(Read.required(in, lastSeriesId, "lastSeriesId")).addAllBookings(bookings)
          .addAllSeries(recorded);
      return build(in, builder::build, FIELDS);
    }
  }

  /** {@code {"booking", "reason": violation, "alternatives": [intervals]}}. */
  private static final class DisplacementCodec extends Codec<Displacement> {
    private static final Set<String> FIELDS = Set.of("booking", "reason", "alternatives");
    private final Features features;
    private final Codec<Booking> booking;
    private final Codec<Violation> violation;
    private final Codec<Interval> interval;

    DisplacementCodec(Features features, Codec<Booking> booking, Codec<Violation> violation,
        Codec<Interval> interval) {
      super(Displacement.class);
      this.features = features;
      this.booking = booking;
      this.violation = violation;
      this.interval = interval;
    }

    @Override
    public void write(Displacement value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeName("booking");
      booking.write(value.booking(), out);
      out.writeName("reason");
      violation.write(value.reason(), out);
      Write.list(out, "alternatives", value.alternatives(), interval);
      out.writeEndObject();
    }

    @Override
    public Displacement read(JsonParser in) {
      Read.startObject(in, "a displacement");
      Booking displaced = null;
      Violation reason = null;
      List<Interval> alternatives = List.of();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "booking" -> displaced = booking.read(in);
          case "reason" -> reason = violation.read(in);
          case "alternatives" -> alternatives = Read.list(in, interval);
          default -> Read.unknown(in, features);
        }
      }
      Booking which = Read.required(in, displaced, "booking");
      Violation why = Read.required(in, reason, "reason");
      List<Interval> others = alternatives;
      return Read.build(in, () -> Displacement.of(which, why, others), FIELDS);
    }
  }

  /** {@code {"booking", "violations", "displaced"}}. */
  private static final class DecisionCodec extends Codec<BookingDecision> {
    private static final Set<String> FIELDS = Set.of("booking", "violations", "displaced");
    private final Features features;
    private final Codec<Booking> booking;
    private final Codec<Violation> violation;
    private final Codec<Displacement> displacement;

    DecisionCodec(Features features, Codec<Booking> booking, Codec<Violation> violation,
        Codec<Displacement> displacement) {
      super(BookingDecision.class);
      this.features = features;
      this.booking = booking;
      this.violation = violation;
      this.displacement = displacement;
    }

    @Override
    public void write(BookingDecision value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeName("booking");
      booking.write(value.booking(), out);
      violations(out, value.violations(), violation);
      Write.list(out, "displaced", value.displaced(), displacement);
      out.writeEndObject();
    }

    @Override
    public BookingDecision read(JsonParser in) {
      Read.startObject(in, "a booking decision");
      Booking decided = null;
      List<Violation> violations = List.of();
      List<Displacement> displaced = List.of();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "booking" -> decided = booking.read(in);
          case "violations" -> violations = Read.list(in, violation);
          case "displaced" -> displaced = Read.list(in, displacement);
          default -> Read.unknown(in, features);
        }
      }
      Booking which = Read.required(in, decided, "booking");
      List<Violation> why = violations;
      List<Displacement> others = displaced;
      return Read.build(in, () -> BookingDecision.of(which, why, others), FIELDS);
    }
  }

  /** {@code {"recurrenceId", "interval", "booking"?, "violations"}}. */
  private static final class OccurrenceCodec extends Codec<OccurrenceReport> {
    private static final Set<String> FIELDS = Set.of("recurrenceId", "interval", "booking", "violations");
    private final Features features;
    private final Codec<Interval> interval;
    private final Codec<Violation> violation;

    OccurrenceCodec(Features features, Codec<Interval> interval, Codec<Violation> violation) {
      super(OccurrenceReport.class);
      this.features = features;
      this.interval = interval;
      this.violation = violation;
    }

    @Override
    public void write(OccurrenceReport value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("recurrenceId", value.recurrenceId().toString());
      out.writeName("interval");
      interval.write(value.interval(), out);
      if (value.booking().isPresent()) {
        out.writeStringProperty("booking", value.booking().get().value());
      }
      violations(out, value.violations(), violation);
      out.writeEndObject();
    }

    @Override
    public OccurrenceReport read(JsonParser in) {
      Read.startObject(in, "an occurrence report");
      LocalDateTime recurrenceId = null;
      Interval when = null;
      BookingId booking = null;
      List<Violation> violations = List.of();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "recurrenceId" -> recurrenceId = localDateTime(in);
          case "interval" -> when = interval.read(in);
          case "booking" -> booking = Read.isNull(in) ? null : BookingCodecs.BOOKING_ID.read(in);
          case "violations" -> violations = Read.list(in, violation);
          default -> Read.unknown(in, features);
        }
      }
      LocalDateTime date = Read.required(in, recurrenceId, "recurrenceId");
      Interval span = Read.required(in, when, "interval");
      Optional<BookingId> recorded = Optional.ofNullable(booking);
      List<Violation> why = violations;
      return Read.build(in, () -> OccurrenceReport.of(date, span, recorded, why), FIELDS);
    }
  }

  /** {@code {"series"?, "mode", "occurrences"}}. */
  private static final class SeriesDecisionCodec extends Codec<SeriesDecision> {
    private static final Set<String> FIELDS = Set.of("series", "mode", "occurrences");
    private final Features features;
    private final Codec<OccurrenceReport> occurrence;

    SeriesDecisionCodec(Features features, Codec<OccurrenceReport> occurrence) {
      super(SeriesDecision.class);
      this.features = features;
      this.occurrence = occurrence;
    }

    @Override
    public void write(SeriesDecision value, JsonGenerator out) {
      Write.startObject(out, value);
      if (value.series().isPresent()) {
        out.writeStringProperty("series", value.series().get().value());
      }
      out.writeStringProperty("mode", SERIES_MODE.name(value.mode()));
      Write.list(out, "occurrences", value.occurrences(), occurrence);
      out.writeEndObject();
    }

    @Override
    public SeriesDecision read(JsonParser in) {
      Read.startObject(in, "a series decision");
      SeriesId series = null;
      SeriesMode mode = null;
      List<OccurrenceReport> occurrences = List.of();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "series" -> series = Read.isNull(in) ? null : SERIES_ID.read(in);
          case "mode" -> mode = SERIES_MODE.read(in);
          case "occurrences" -> occurrences = Read.list(in, occurrence);
          default -> Read.unknown(in, features);
        }
      }
      Optional<SeriesId> recorded = Optional.ofNullable(series);
      SeriesMode how = Read.required(in, mode, "mode");
      List<OccurrenceReport> reports = occurrences;
      return Read.build(in, () -> SeriesDecision.of(recorded, how, reports), FIELDS);
    }
  }

  /** {@code {"resource", "interval"}}. */
  private static final class FreeSlotCodec extends Codec<FreeSlot> {
    private static final Set<String> FIELDS = Set.of("resource", "interval");
    private final Features features;
    private final Codec<Interval> interval;

    FreeSlotCodec(Features features, Codec<Interval> interval) {
      super(FreeSlot.class);
      this.features = features;
      this.interval = interval;
    }

    @Override
    public void write(FreeSlot value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("resource", value.resource().value());
      out.writeName("interval");
      interval.write(value.interval(), out);
      out.writeEndObject();
    }

    @Override
    public FreeSlot read(JsonParser in) {
      Read.startObject(in, "a free slot");
      ResourceId resource = null;
      Interval when = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "resource" -> resource = VenueCodecs.RESOURCE_ID.read(in);
          case "interval" -> when = interval.read(in);
          default -> Read.unknown(in, features);
        }
      }
      ResourceId which = Read.required(in, resource, "resource");
      Interval span = Read.required(in, when, "interval");
      return Read.build(in, () -> FreeSlot.of(which, span), FIELDS);
    }
  }

  /**
   * {@code {"range", "duration", "step", "kind"?, "minCapacity"?, "equipment", "accessibility", "units",
   * "categories"}}.
   */
  private static final class QueryCodec extends Codec<AvailabilityQuery> {
    private static final Set<String> FIELDS = Set.of("range", "duration", "step", "kind", "minCapacity",
        "equipment", "accessibility", "units", "categories");
    private final Features features;
    private final Codec<Interval> interval;

    QueryCodec(Features features, Codec<Interval> interval) {
      super(AvailabilityQuery.class);
      this.features = features;
      this.interval = interval;
    }

    @Override
    public void write(AvailabilityQuery value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeName("range");
      interval.write(value.range(), out);
      duration(out, features, "duration", value.duration());
      duration(out, features, "step", value.step());
      if (value.kind().isPresent()) {
        out.writeStringProperty("kind", VenueCodecs.RESOURCE_KIND.name(value.kind().get()));
      }
      if (value.minCapacity().isPresent()) {
        out.writeNumberProperty("minCapacity", value.minCapacity().getAsInt());
      }
      out.writeName("equipment");
      out.writeStartArray(value.equipment(), value.equipment().size());
      for (String item : value.equipment()) {
        out.writeString(item);
      }
      out.writeEndArray();
      Write.list(out, "accessibility", List.copyOf(value.accessibility()), VenueCodecs.ACCESSIBILITY);
      out.writeNumberProperty("units", value.units());
      Write.list(out, "categories", List.copyOf(value.categories()), CoreIds.MEMBER_CATEGORY);
      out.writeEndObject();
    }

    @Override
    public AvailabilityQuery read(JsonParser in) {
      Read.startObject(in, "an availability query");
      Interval range = null;
      Duration duration = null;
      Duration step = null;
      ResourceKind kind = null;
      Integer minCapacity = null;
      List<String> equipment = List.of();
      List<AccessibilityFeature> accessibility = List.of();
      Integer units = null;
      List<MemberCategory> categories = List.of();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "range" -> range = interval.read(in);
          case "duration" -> duration = duration(in);
          case "step" -> step = duration(in);
          case "kind" -> kind = Read.isNull(in) ? null : VenueCodecs.RESOURCE_KIND.read(in);
          case "minCapacity" -> minCapacity = Read.isNull(in) ? null : Read.intValue(in);
          case "equipment" -> equipment = Read.list(in, new StringCodec<>(String.class, s -> s, s -> s));
          case "accessibility" -> accessibility = Read.list(in, VenueCodecs.ACCESSIBILITY);
          case "units" -> units = Read.intValue(in);
          case "categories" -> categories = Read.list(in, CoreIds.MEMBER_CATEGORY);
          default -> Read.unknown(in, features);
        }
      }
      AvailabilityQuery.Builder builder = AvailabilityQuery.builder();
      builder.range(Read.required(in, range, "range")).duration(Read.required(in, duration, "duration"))
          .kind(Optional.ofNullable(kind)).addAllEquipment(equipment).addAllAccessibility(accessibility)
          .addAllCategories(categories);
      if (step != null) {
        builder.step(step);
      }
      if (minCapacity != null) {
        builder.minCapacity(minCapacity);
      }
      if (units != null) {
        builder.units(units);
      }
      return Read.build(in, builder::build, FIELDS);
    }
  }
}
