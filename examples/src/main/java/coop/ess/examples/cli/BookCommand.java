package coop.ess.examples.cli;

import coop.ess.booking.BookingCalendar;
import coop.ess.booking.BookingDecision;
import coop.ess.booking.BookingId;
import coop.ess.booking.BookingRequest;
import coop.ess.booking.CalendarSnapshot;
import coop.ess.booking.Displacement;
import coop.ess.booking.OccurrenceReport;
import coop.ess.booking.SeriesDecision;
import coop.ess.booking.SeriesMode;
import coop.ess.booking.SeriesRequest;
import coop.ess.booking.rules.Quota;
import coop.ess.booking.rules.ResourcePolicy;
import coop.ess.booking.time.Interval;
import coop.ess.booking.time.OpeningHours;
import coop.ess.booking.time.Recurrence;
import coop.ess.booking.time.TimeWindow;
import coop.ess.booking.time.WeeklyHours;
import coop.ess.core.EssException;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.PartyId;
import coop.ess.core.ResourceId;
import coop.ess.core.VenueId;
import coop.ess.core.Violation;
import coop.ess.core.community.MemberCategory;
import coop.ess.core.venue.Address;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.ResourceKind;
import coop.ess.core.venue.SharingMode;
import coop.ess.core.venue.Venue;
import coop.ess.json.journal.BookingJournal;
import coop.ess.json.journal.SyncPolicy;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ess book FILE.json}: builds a venue's resources and booking policies from a file, runs its requests in
 * order through a {@link BookingCalendar} and prints each decision with its reasons as JSON. The format is in
 * {@code docs/booking.md}; the file is checked against the {@code book} schema of ess-json before anything is run.
 * With {@code --journal FILE} the calendar lives in a durable journal ({@link BookingJournal}): the next run replays
 * it and resumes, so its requests may cancel bookings of an earlier run and new bookings are numbered after them.
 * With {@code --snapshot-every N} as well, the calendar's state is saved beside the journal
 * ({@link BookingCalendar#saveSnapshot()}) each time N events were appended since the last snapshot, so that the
 * next run restores it and replays only the events after it.
 */
@Command(name = "book", mixinStandardHelpOptions = true,
    description = "Runs booking requests against a venue described in a JSON file; prints each decision as JSON.")
final class BookCommand implements Callable<Integer> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Parameters(index = "0", paramLabel = "FILE.json", description = "The venue, its policies and the requests.")
  File file = new File("booking.json");

  @Option(names = "--journal", paramLabel = "FILE",
      description = "Keep the calendar in this JSON Lines journal and resume from it on the next run.")
  @org.jspecify.annotations.Nullable Path journal;

  @Option(names = "--snapshot-every", paramLabel = "N",
      description = "With --journal: save the calendar's state beside the journal (FILE.snapshot) each time N events "
          + "were appended since the last one, so that the next run replays only the events after it.")
  @org.jspecify.annotations.Nullable Long snapshotEvery;

  @CommandLine.Spec
  CommandLine.Model.@org.jspecify.annotations.Nullable CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
    long every = snapshotEvery == null ? 0 : snapshotEvery;
    if (snapshotEvery != null && (journal == null || every < 1)) {
      String problem = journal == null ? "--snapshot-every needs --journal"
          : "--snapshot-every must be at least 1, got " + every;
      throw spec == null ? new IllegalArgumentException(problem)
          : new CommandLine.ParameterException(spec.commandLine(), problem);
    }
    JsonNode root = JsonInput.read(file.toPath(), "book");
    out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(run(new Reader(file.getName()), root,
        journal, every)));
    out.flush();
    return 0;
  }

  private static ObjectNode run(Reader in, JsonNode root, @org.jspecify.annotations.Nullable Path journalFile,
      long snapshotEvery) {
    ZoneId zone = in.zone(root, "", "zone");
    LocalDateTime now = in.dateTime(root, "", "now");
    String venueName = in.text(root, "", "venue");
    Venue.Builder venue = Venue.builder().id(in.call("/venue", () -> VenueId.of(venueName)))
        .name(venueName).zone(zone)
        .address(Address.builder().street("-").postalCode("00000").city("-").build());
    Map<ResourceId, ResourcePolicy> policies = new HashMap<>();
    JsonNode resources = in.array(root, "", "resources");
    for (int i = 0; i < resources.size(); i++) {
      String at = "/resources/" + i;
      JsonNode node = resources.get(i);
      String idText = in.text(node, at, "id");
      ResourceId id = in.call(at + "/id", () -> ResourceId.of(idText));
      int units = in.integer(node, at, "units", 1);
      Resource.Builder resource = Resource.builder().id(id).name(in.text(node, at, "name", id.value()))
          .kind(in.call(at + "/kind", () -> ResourceKind.valueOf(
              in.text(node, at, "kind", "other-space").toUpperCase(Locale.ROOT).replace('-', '_'))))
          .bookableUnits(units).sharing(units > 1 ? SharingMode.SHARED : SharingMode.EXCLUSIVE);
      if (node.has("capacity")) {
        resource.capacity(in.integer(node, at, "capacity", 0));
      }
      venue.addResources(in.call(at, resource::build));
      if (node.has("policy")) {
        policies.put(id, policy(in, node.get("policy"), at + "/policy", zone));
      }
    }
    Venue built = in.call("/resources", venue::build);
    Clock clock = Clock.fixed(now.atZone(zone).toInstant(), zone);
    Duration hold = Duration.ofMinutes(in.integer(root, "", "offerHoldMinutes", 0));
    BookingCalendar.Builder calendar = BookingCalendar.builder(built).policies(policies).clock(clock)
        .offerHold(hold);
    if (journalFile == null) {
      return decide(in, root, calendar.build(), zone, 0);
    }
    try (BookingJournal durable = BookingJournal.open(journalFile, SyncPolicy.everyBatch())) {
      BookingCalendar resumed;
      try {
        resumed = calendar.journal(durable).build();
      } catch (EssException e) {
        throw new InputError(journalFile.getFileName() + ": does not fit " + in.name + ": " + e.getMessage(), e);
      }
      return decide(in, root, resumed, zone, snapshotEvery);
    }
  }

  /**
   * Runs the file's requests in order and reports each decision, then every booking of the calendar; after each
   * request, saves a snapshot if {@code snapshotEvery} events (0: never) were appended since the last one.
   */
  private static ObjectNode decide(Reader in, JsonNode root, BookingCalendar calendar, ZoneId zone,
      long snapshotEvery) {
    ObjectNode output = JSON.createObjectNode();
    ArrayNode decisions = output.putArray("decisions");
    JsonNode requests = in.array(root, "", "requests");
    long snapshotAt = calendar.journal().snapshot().map(CalendarSnapshot::sequence).orElse(0L);
    for (int i = 0; i < requests.size(); i++) {
      if (snapshotEvery > 0 && calendar.journal().size() - snapshotAt >= snapshotEvery) {
        snapshotAt = calendar.saveSnapshot().sequence();
      }
      String at = "/requests/" + i;
      JsonNode node = requests.get(i);
      BookingDecision decision;
      ObjectNode result = decisions.addObject();
      result.put("request", i + 1);
      if (node.has("cancel")) {
        String cancelled = in.text(node, at, "cancel");
        BookingId id = in.call(at + "/cancel", () -> BookingId.of(cancelled));
        decision = in.call(at + "/cancel", () -> calendar.cancel(id));
        result.put("cancel", id.value());
      } else if (node.has("recurrence")) {
        series(result, in, calendar, node, at, zone);
        continue;
      } else {
        decision = in.call(at, () -> calendar.request(request(in, node, at, zone)));
      }
      result.put("booking", decision.booking().id().value());
      result.put("state", decision.state().name());
      violations(result.putArray("violations"), decision.violations());
      if (!decision.displaced().isEmpty()) {
        ArrayNode displaced = result.putArray("displaced");
        for (Displacement displacement : decision.displaced()) {
          ObjectNode item = displaced.addObject();
          item.put("booking", displacement.booking().id().value());
          item.put("reason", displacement.reason().messageEn());
          ArrayNode alternatives = item.putArray("alternatives");
          displacement.alternatives().forEach(alt -> alternatives.add(local(alt, zone)));
        }
      }
    }
    if (snapshotEvery > 0 && calendar.journal().size() - snapshotAt >= snapshotEvery) {
      calendar.saveSnapshot();
    }
    ArrayNode finalStates = output.putArray("bookings");
    calendar.bookings().forEach(b -> finalStates.addObject().put("booking", b.id().value())
        .put("state", b.state().name()).put("interval", local(b.interval(), zone)));
    return output;
  }

  /** A request with a {@code recurrence}: the series, decided occurrence by occurrence. */
  private static void series(ObjectNode result, Reader in, BookingCalendar calendar, JsonNode node, String at,
      ZoneId zone) {
    BookingRequest first = request(in, node, at, zone);
    String where = at + "/recurrence";
    JsonNode recurrence = in.require(node, at, "recurrence");
    if (!recurrence.isObject()) {
      throw in.error(where, "expected an object with a rule");
    }
    String rule = in.text(recurrence, where, "rule");
    Recurrence.Builder builder = Recurrence.builder().start(in.dateTime(node, at, "start")).zone(zone).rule(rule);
    for (String field : List.of("exdates", "rdates")) {
      JsonNode dates = recurrence.path(field);
      for (int j = 0; j < dates.size(); j++) {
        String item = where + "/" + field + "/" + j;
        String text = dates.get(j).asString();
        LocalDateTime date = in.call(item, () -> LocalDateTime.parse(text));
        if (field.equals("exdates")) {
          builder.addExdates(date);
        } else {
          builder.addRdates(date);
        }
      }
    }
    Recurrence built = in.call(where + "/rule", builder::build);
    String modeText = in.text(recurrence, where, "mode", "refuse");
    SeriesMode mode = switch (modeText) {
      case "refuse" -> SeriesMode.REFUSE_WHOLE_SERIES;
      case "skip" -> SeriesMode.SKIP_CONFLICTS;
      default -> throw in.error(where + "/mode", "expected refuse or skip, got '" + modeText + "'");
    };
    SeriesRequest request = in.call(where, () -> SeriesRequest.builder().requester(first.requester())
        .categories(first.categories()).resources(first.resources()).recurrence(built)
        .duration(first.interval().duration()).purpose(first.purpose()).attendees(first.attendees())
        .units(first.units()).priority(first.priority()).build());
    SeriesDecision decision = in.call(at, () -> calendar.requestSeries(request, mode));
    if (decision.recorded()) {
      result.put("series", decision.series().orElseThrow().value());
    }
    result.put("mode", mode.name());
    result.put("state", decision.recorded() ? "RECORDED" : "REFUSED");
    ArrayNode occurrences = result.putArray("occurrences");
    for (OccurrenceReport occurrence : decision.occurrences()) {
      ObjectNode item = occurrences.addObject();
      item.put("date", occurrence.recurrenceId().toString());
      item.put("interval", local(occurrence.interval(), zone));
      occurrence.booking().ifPresent(b -> item.put("booking", b.value()));
      item.put("accepted", occurrence.accepted());
      violations(item.putArray("violations"), occurrence.violations());
    }
  }

  private static String local(Interval interval, ZoneId zone) {
    return interval.start().atZone(zone).toOffsetDateTime() + "/" + interval.end().atZone(zone).toOffsetDateTime();
  }

  private static void violations(ArrayNode array, List<Violation> violations) {
    for (Violation violation : violations) {
      array.addObject().put("code", violation.code()).put("field", violation.field())
          .put("message", violation.messageEn()).put("messageFr", violation.messageFr());
    }
  }

  private static BookingRequest request(Reader in, JsonNode node, String at, ZoneId zone) {
    String requester = in.text(node, at, "requester");
    PartyId party = in.call(at + "/requester", () -> requester.startsWith("org:")
        ? OrganisationId.of(requester.substring(4)) : MemberId.of(requester));
    LocalDateTime start = in.dateTime(node, at, "start");
    LocalDateTime end = in.dateTime(node, at, "end");
    BookingRequest.Builder builder = BookingRequest.builder().requester(party)
        .interval(in.call(at + "/end", () -> Interval.ofLocal(start, end, zone)))
        .purpose(in.text(node, at, "purpose", ""))
        .attendees(in.integer(node, at, "attendees", 1))
        .units(in.integer(node, at, "units", 1))
        .priority(in.integer(node, at, "priority", 0))
        .waitlistIfFull(node.path("waitlist").asBoolean(false));
    JsonNode resources = in.array(node, at, "resources");
    for (int j = 0; j < resources.size(); j++) {
      String where = at + "/resources/" + j;
      JsonNode resource = resources.get(j);
      if (!resource.isString()) {
        throw in.error(where, "expected a resource id, got " + resource);
      }
      builder.addResources(in.call(where, () -> ResourceId.of(resource.stringValue())));
    }
    for (JsonNode category : node.path("categories").values()) {
      builder.addCategories(in.call(at + "/categories", () -> MemberCategory.of(category.asString())));
    }
    return in.call(at, builder::build);
  }

  private static ResourcePolicy policy(Reader in, JsonNode node, String at, ZoneId zone) {
    ResourcePolicy.Builder policy = ResourcePolicy.builder();
    if (node.has("openingHours")) {
      JsonNode hours = node.get("openingHours");
      String where = at + "/openingHours";
      WeeklyHours.Builder weekly = WeeklyHours.builder();
      for (DayOfWeek day : DayOfWeek.values()) {
        String key = day.name().substring(0, 2).toLowerCase(Locale.ROOT);
        for (JsonNode window : hours.path(key).values()) {
          weekly.open(day, in.call(where + "/" + key, () -> TimeWindow.parse(window.asString())));
        }
      }
      OpeningHours.Builder opening = OpeningHours.builder().zone(zone).weekly(weekly.build())
          .closedOnPublicHolidays(hours.path("closedOnPublicHolidays").asBoolean(false))
          .alsaceMoselle(hours.path("alsaceMoselle").asBoolean(false));
      for (var entry : hours.path("exceptions").properties()) {
        LocalDate day = in.call(where + "/exceptions/" + entry.getKey(), () -> LocalDate.parse(entry.getKey()));
        List<TimeWindow> windows = new ArrayList<>();
        for (JsonNode window : entry.getValue().values()) {
          windows.add(in.call(where + "/exceptions/" + entry.getKey(), () -> TimeWindow.parse(window.asString())));
        }
        opening.putException(day, windows);
      }
      policy.openingHours(in.call(where, opening::build));
    }
    minutes(in, node, at, "minDurationMinutes").ifPresent(policy::minDuration);
    minutes(in, node, at, "maxDurationMinutes").ifPresent(policy::maxDuration);
    minutes(in, node, at, "minimumNoticeMinutes").ifPresent(policy::minimumNotice);
    minutes(in, node, at, "maximumHorizonMinutes").ifPresent(policy::maximumHorizon);
    minutes(in, node, at, "bufferBeforeMinutes").ifPresent(policy::bufferBefore);
    minutes(in, node, at, "bufferAfterMinutes").ifPresent(policy::bufferAfter);
    minutes(in, node, at, "cancellationDeadlineMinutes").ifPresent(policy::cancellationDeadline);
    minutes(in, node, at, "displacementNoticeMinutes").ifPresent(policy::displacementNotice);
    policy.approvalRequired(node.path("approvalRequired").asBoolean(false));
    if (node.has("maxFutureBookings")) {
      policy.maxFutureBookings(in.integer(node, at, "maxFutureBookings", 0));
    }
    for (JsonNode category : node.path("allowedCategories").values()) {
      policy.addAllowedCategories(in.call(at + "/allowedCategories", () -> MemberCategory.of(category.asString())));
    }
    JsonNode quotas = node.path("quotas");
    for (int q = 0; q < quotas.size(); q++) {
      String where = at + "/quotas/" + q;
      JsonNode quota = quotas.get(q);
      policy.addQuotas(in.call(where, () -> Quota.of(
          Quota.Measure.valueOf(quota.path("measure").asString("").toUpperCase(Locale.ROOT)),
          Quota.Period.valueOf(quota.path("period").asString("").toUpperCase(Locale.ROOT)),
          quota.path("limit").asLong(0))));
    }
    return in.call(at, policy::build);
  }

  private static java.util.Optional<Duration> minutes(Reader in, JsonNode node, String at, String field) {
    return node.has(field) ? java.util.Optional.of(Duration.ofMinutes(in.integer(node, at, field, 0)))
        : java.util.Optional.empty();
  }

  /** A problem in the input file, already naming the file and the JSON pointer. */
  private static final class InputError extends EssException {
    private static final long serialVersionUID = 1L;

    InputError(String message, @org.jspecify.annotations.Nullable Throwable cause) {
      super(message, cause);
    }
  }

  /** Reads fields and turns every problem into one line naming the file and the JSON pointer. */
  private static final class Reader {
    private final String name;

    Reader(String name) {
      this.name = name;
    }

    <T> T call(String pointer, java.util.function.Supplier<T> action) {
      try {
        return action.get();
      } catch (InputError e) {
        throw e;
      } catch (EssException | IllegalArgumentException | DateTimeException e) {
        throw new InputError(name + ": " + (pointer.isEmpty() ? "" : pointer + ": ") + e.getMessage(), e);
      }
    }

    InputError error(String pointer, String what) {
      return new InputError(name + ": " + pointer + ": " + what, null);
    }

    JsonNode require(JsonNode node, String at, String field) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        throw error(at + "/" + field, "missing");
      }
      return value;
    }

    String text(JsonNode node, String at, String field) {
      JsonNode value = require(node, at, field);
      if (!value.isString()) {
        throw error(at + "/" + field, "expected a string, got " + value);
      }
      return value.stringValue();
    }

    String text(JsonNode node, String at, String field, String fallback) {
      return node.has(field) ? text(node, at, field) : fallback;
    }

    int integer(JsonNode node, String at, String field, int fallback) {
      JsonNode value = node.get(field);
      if (value == null) {
        return fallback;
      }
      if (!value.isInt()) {
        throw error(at + "/" + field, "expected an integer, got " + value);
      }
      return value.intValue();
    }

    JsonNode array(JsonNode node, String at, String field) {
      JsonNode value = require(node, at, field);
      if (!value.isArray()) {
        throw error(at + "/" + field, "expected an array");
      }
      return value;
    }

    ZoneId zone(JsonNode node, String at, String field) {
      String text = text(node, at, field);
      return call(at + "/" + field, () -> ZoneId.of(text));
    }

    LocalDateTime dateTime(JsonNode node, String at, String field) {
      String text = text(node, at, field);
      try {
        return LocalDateTime.parse(text);
      } catch (DateTimeException e) {
        throw error(at + "/" + field, "'" + text + "' is not a local date-time like 2026-03-03T14:00");
      }
    }
  }
}
