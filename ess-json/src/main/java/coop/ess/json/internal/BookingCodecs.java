package coop.ess.json.internal;

import coop.ess.booking.BookingId;
import coop.ess.booking.BookingRequest;
import coop.ess.booking.BookingState;
import coop.ess.booking.time.Interval;
import coop.ess.booking.time.OpeningHours;
import coop.ess.booking.time.TimeWindow;
import coop.ess.booking.time.WeeklyHours;
import coop.ess.core.DateRange;
import coop.ess.core.PartyId;
import coop.ess.core.ResourceId;
import coop.ess.core.community.MemberCategory;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The codecs of the booking packages: booking ids and states, booking requests, intervals, time windows, weekly and
 * opening hours (and the core's date ranges, which opening hours use for their blackouts).
 */
public final class BookingCodecs {

  /** A booking id. */
  public static final StringCodec<BookingId> BOOKING_ID =
      new StringCodec<>(BookingId.class, BookingId::of, BookingId::value);
  /** The state of a booking. */
  public static final EnumCodec<BookingState> BOOKING_STATE = new EnumCodec<>(BookingState.class);
  /** A time window of a day: {@code "09:00-12:30"}, {@code "18:00-24:00"}. */
  public static final StringCodec<TimeWindow> TIME_WINDOW =
      new StringCodec<>(TimeWindow.class, TimeWindow::parse, TimeWindow::toString);
  /** A day of the week in weekly hours: {@code "monday"}; not registered, so the JDK's type keeps Jackson's form. */
  private static final EnumCodec<DayOfWeek> DAY = new EnumCodec<>(DayOfWeek.class);

  /** A half-open interval of time. */
  public final Codec<Interval> interval;
  /** A booking request. */
  public final Codec<BookingRequest> request;
  /** A range of dates. */
  public final Codec<DateRange> dateRange;
  /** Weekly hours. */
  public final Codec<WeeklyHours> weekly;
  /** Opening hours. */
  public final Codec<OpeningHours> openingHours;

  /**
   * The codecs for some features.
   *
   * @param features the features, not null
   */
  public BookingCodecs(Features features) {
    interval = new InstantPairCodec<>(Interval.class, features, "an interval", Interval::of, Interval::start,
        Interval::end);
    request = new RequestCodec(features, interval);
    dateRange = new DateRangeCodec(features);
    weekly = new WeeklyCodec();
    openingHours = new OpeningHoursCodec(features, weekly, dateRange);
  }

  /** Reads the current array of time windows. */
  private static List<TimeWindow> windows(JsonParser in) {
    return Read.list(in, TIME_WINDOW);
  }

  private static final class RequestCodec extends Codec<BookingRequest> {
    private static final Set<String> FIELDS = Set.of("requester", "categories", "resources", "interval", "purpose",
        "attendees", "units", "waitlistIfFull", "priority");
    private final Features features;
    private final Codec<Interval> interval;

    RequestCodec(Features features, Codec<Interval> interval) {
      super(BookingRequest.class);
      this.features = features;
      this.interval = interval;
    }

    @Override
    public void write(BookingRequest value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("requester", CoreIds.PARTY.text(value.requester()));
      Write.list(out, "categories", List.copyOf(value.categories()), CoreIds.MEMBER_CATEGORY);
      Write.list(out, "resources", value.resources(), VenueCodecs.RESOURCE_ID);
      out.writeName("interval");
      interval.write(value.interval(), out);
      out.writeStringProperty("purpose", value.purpose());
      out.writeNumberProperty("attendees", value.attendees());
      out.writeNumberProperty("units", value.units());
      out.writeBooleanProperty("waitlistIfFull", value.waitlistIfFull());
      out.writeNumberProperty("priority", value.priority());
      out.writeEndObject();
    }

    @Override
    public BookingRequest read(JsonParser in) {
      Read.startObject(in, "a booking request");
      PartyId requester = null;
      List<MemberCategory> categories = List.of();
      List<ResourceId> resources = null;
      Interval when = null;
      String purpose = null;
      Integer attendees = null;
      Integer units = null;
      Boolean waitlist = null;
      Integer priority = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "requester" -> requester = CoreIds.PARTY.read(in);
          case "categories" -> categories = Read.list(in, CoreIds.MEMBER_CATEGORY);
          case "resources" -> resources = Read.list(in, VenueCodecs.RESOURCE_ID);
          case "interval" -> when = interval.read(in);
          case "purpose" -> purpose = Read.string(in);
          case "attendees" -> attendees = Read.intValue(in);
          case "units" -> units = Read.intValue(in);
          case "waitlistIfFull" -> waitlist = Read.bool(in);
          case "priority" -> priority = Read.intValue(in);
          default -> Read.unknown(in, features);
        }
      }
      BookingRequest.Builder builder = BookingRequest.builder();
      builder.requester(Read.required(in, requester, "requester")).addAllCategories(categories)
          .addAllResources(Read.required(in, resources, "resources")).interval(Read.required(in, when, "interval"));
      if (purpose != null) {
        builder.purpose(purpose);
      }
      if (attendees != null) {
        builder.attendees(attendees);
      }
      if (units != null) {
        builder.units(units);
      }
      if (waitlist != null) {
        builder.waitlistIfFull(waitlist);
      }
      if (priority != null) {
        builder.priority(priority);
      }
      return Read.build(in, builder::build, FIELDS);
    }
  }

  private static final class DateRangeCodec extends Codec<DateRange> {
    private static final Set<String> FIELDS = Set.of("start", "end");
    private final Features features;

    DateRangeCodec(Features features) {
      super(DateRange.class);
      this.features = features;
    }

    @Override
    public void write(DateRange value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("start", value.start().toString());
      if (value.end().isPresent()) {
        out.writeStringProperty("end", value.end().get().toString());
      }
      out.writeEndObject();
    }

    @Override
    public DateRange read(JsonParser in) {
      Read.startObject(in, "a range of dates");
      LocalDate start = null;
      LocalDate end = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "start" -> start = CommunityCodecs.date(in);
          case "end" -> end = Read.isNull(in) ? null : CommunityCodecs.date(in);
          default -> Read.unknown(in, features);
        }
      }
      LocalDate first = Read.required(in, start, "start");
      Optional<LocalDate> last = Optional.ofNullable(end);
      return Read.build(in, () -> last.map(day -> DateRange.of(first, day)).orElseGet(() -> DateRange.from(first)),
          FIELDS);
    }
  }

  /** Weekly hours: an object keyed by day ({@code "monday"}), each an array of windows; closed days left out. */
  private static final class WeeklyCodec extends Codec<WeeklyHours> {

    WeeklyCodec() {
      super(WeeklyHours.class);
    }

    @Override
    public void write(WeeklyHours value, JsonGenerator out) {
      Write.startObject(out, value);
      for (DayOfWeek day : DayOfWeek.values()) {
        List<TimeWindow> windows = value.on(day);
        if (!windows.isEmpty()) {
          Write.list(out, DAY.name(day), windows, TIME_WINDOW);
        }
      }
      out.writeEndObject();
    }

    @Override
    public WeeklyHours read(JsonParser in) {
      Read.startObject(in, "weekly hours");
      Map<DayOfWeek, List<TimeWindow>> days = new EnumMap<>(DayOfWeek.class);
      String name;
      while ((name = Read.field(in)) != null) {
        DayOfWeek day = day(in, name);
        if (days.containsKey(day)) {
          throw Read.error(in, "the day \"" + name + "\" appears twice");
        }
        days.put(day, windows(in));
      }
      WeeklyHours.Builder builder = WeeklyHours.builder();
      days.forEach(builder::putDay);
      return Read.build(in, builder::build, Set.of());
    }

    private static DayOfWeek day(JsonParser in, String name) {
      for (DayOfWeek day : DayOfWeek.values()) {
        if (DAY.name(day).equals(name)) {
          return day;
        }
      }
      throw Read.error(in, "unknown day \"" + name + "\", expected monday, tuesday, wednesday, thursday, friday, "
          + "saturday or sunday");
    }
  }

  private static final class OpeningHoursCodec extends Codec<OpeningHours> {
    private static final Set<String> FIELDS = Set.of("zone", "weekly", "hoursByCategory", "exceptions", "blackouts",
        "closedOnPublicHolidays", "alsaceMoselle");
    private final Features features;
    private final Codec<WeeklyHours> weekly;
    private final Codec<DateRange> dateRange;

    OpeningHoursCodec(Features features, Codec<WeeklyHours> weekly, Codec<DateRange> dateRange) {
      super(OpeningHours.class);
      this.features = features;
      this.weekly = weekly;
      this.dateRange = dateRange;
    }

    @Override
    public void write(OpeningHours value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("zone", value.zone().getId());
      out.writeName("weekly");
      weekly.write(value.weekly(), out);
      out.writeName("hoursByCategory");
      out.writeStartObject();
      for (Map.Entry<MemberCategory, WeeklyHours> entry : new TreeMap<>(value.hoursByCategory()).entrySet()) {
        out.writeName(entry.getKey().code());
        weekly.write(entry.getValue(), out);
      }
      out.writeEndObject();
      out.writeName("exceptions");
      out.writeStartObject();
      for (Map.Entry<LocalDate, List<TimeWindow>> entry : new TreeMap<>(value.exceptions()).entrySet()) {
        Write.list(out, entry.getKey().toString(), entry.getValue(), TIME_WINDOW);
      }
      out.writeEndObject();
      Write.list(out, "blackouts", value.blackouts(), dateRange);
      out.writeBooleanProperty("closedOnPublicHolidays", value.closedOnPublicHolidays());
      out.writeBooleanProperty("alsaceMoselle", value.alsaceMoselle());
      out.writeEndObject();
    }

    @Override
    public OpeningHours read(JsonParser in) {
      Read.startObject(in, "opening hours");
      ZoneId zone = null;
      WeeklyHours week = null;
      Map<MemberCategory, WeeklyHours> byCategory = Map.of();
      Map<LocalDate, List<TimeWindow>> exceptions = Map.of();
      List<DateRange> blackouts = List.of();
      Boolean holidays = null;
      Boolean alsace = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "zone" -> zone = zone(in);
          case "weekly" -> week = weekly.read(in);
          case "hoursByCategory" -> byCategory = byCategory(in);
          case "exceptions" -> exceptions = exceptions(in);
          case "blackouts" -> blackouts = Read.list(in, dateRange);
          case "closedOnPublicHolidays" -> holidays = Read.bool(in);
          case "alsaceMoselle" -> alsace = Read.bool(in);
          default -> Read.unknown(in, features);
        }
      }
      OpeningHours.Builder builder = OpeningHours.builder();
      builder.zone(Read.required(in, zone, "zone")).weekly(Read.required(in, week, "weekly"))
          .putAllHoursByCategory(byCategory).putAllExceptions(exceptions).addAllBlackouts(blackouts);
      if (holidays != null) {
        builder.closedOnPublicHolidays(holidays);
      }
      if (alsace != null) {
        builder.alsaceMoselle(alsace);
      }
      return Read.build(in, builder::build, FIELDS);
    }

    private Map<MemberCategory, WeeklyHours> byCategory(JsonParser in) {
      Read.startObject(in, "weekly hours by member category");
      Map<MemberCategory, WeeklyHours> map = new LinkedHashMap<>();
      String name;
      while ((name = Read.field(in)) != null) {
        String code = name;
        MemberCategory category = Read.build(in, () -> CoreIds.MEMBER_CATEGORY.fromText(code), Set.of());
        if (map.put(category, weekly.read(in)) != null) {
          throw Read.error(in, "the category \"" + name + "\" appears twice");
        }
      }
      return map;
    }

    private static Map<LocalDate, List<TimeWindow>> exceptions(JsonParser in) {
      Read.startObject(in, "exceptions by date");
      Map<LocalDate, List<TimeWindow>> map = new LinkedHashMap<>();
      String name;
      while ((name = Read.field(in)) != null) {
        LocalDate day;
        try {
          day = LocalDate.parse(name);
        } catch (DateTimeException e) {
          throw Read.error(in, "expected a date like 2026-03-02 as the key, got \"" + name + "\"");
        }
        if (map.put(day, windows(in)) != null) {
          throw Read.error(in, "the date \"" + name + "\" appears twice");
        }
      }
      return map;
    }

    private static ZoneId zone(JsonParser in) {
      String text = Read.string(in);
      try {
        return ZoneId.of(text);
      } catch (DateTimeException e) {
        throw Read.error(in, "expected a time zone like Europe/Paris, got \"" + text + "\"");
      }
    }
  }
}
