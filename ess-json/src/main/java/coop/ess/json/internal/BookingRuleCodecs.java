package coop.ess.json.internal;

import coop.ess.booking.rules.Quota;
import coop.ess.booking.rules.ResourcePolicy;
import coop.ess.booking.time.FrenchHoliday;
import coop.ess.booking.time.Interval;
import coop.ess.booking.time.OpeningHours;
import coop.ess.core.community.MemberCategory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The codecs of the booking rules: quotas and resource policies (which are data: the rules a policy runs are
 * derived from its fields), and the French public holidays.
 */
public final class BookingRuleCodecs {

  /** What a quota counts: {@code "hours"} or {@code "bookings"}. */
  public static final EnumCodec<Quota.Measure> MEASURE = new EnumCodec<>(Quota.Measure.class);
  /** The period of a quota: {@code "day"}, {@code "week"}, {@code "month"}. */
  public static final EnumCodec<Quota.Period> PERIOD = new EnumCodec<>(Quota.Period.class);
  /** A French public holiday: {@code "new-years-day"}, {@code "bastille-day"}… */
  public static final EnumCodec<FrenchHoliday> HOLIDAY = new EnumCodec<>(FrenchHoliday.class);

  /** A quota. */
  public final Codec<Quota> quota;
  /** The policy of a resource. */
  public final Codec<ResourcePolicy> policy;

  /**
   * The codecs for some features.
   *
   * @param features the features, not null
   * @param booking the codecs of intervals and opening hours, not null
   */
  public BookingRuleCodecs(Features features, BookingCodecs booking) {
    quota = new QuotaCodec(features);
    policy = new PolicyCodec(features, booking.openingHours, booking.interval, quota);
  }

  private static void optionalDuration(JsonGenerator out, Features features, String name,
      Optional<Duration> duration) {
    if (duration.isPresent()) {
      BookingRecordCodecs.duration(out, features, name, duration.get());
    }
  }

  /** {@code {"measure", "period", "limit"}}. */
  private static final class QuotaCodec extends Codec<Quota> {
    private static final Set<String> FIELDS = Set.of("measure", "period", "limit");
    private final Features features;

    QuotaCodec(Features features) {
      super(Quota.class);
      this.features = features;
    }

    @Override
    public void write(Quota value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("measure", MEASURE.name(value.measure()));
      out.writeStringProperty("period", PERIOD.name(value.period()));
      out.writeNumberProperty("limit", value.limit());
      out.writeEndObject();
    }

    @Override
    public Quota read(JsonParser in) {
      Read.startObject(in, "a quota");
      Quota.Measure measure = null;
      Quota.Period period = null;
      Long limit = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "measure" -> measure = MEASURE.read(in);
          case "period" -> period = PERIOD.read(in);
          case "limit" -> limit = Read.longValue(in);
          default -> Read.unknown(in, features);
        }
      }
      Quota.Measure what = Read.required(in, measure, "measure");
      Quota.Period per = Read.required(in, period, "period");
      long most = Read.required(in, limit, "limit");
      return Read.build(in, () -> Quota.of(what, per, most), FIELDS);
    }
  }

  /**
   * Every field of the policy, durations in minutes; absent optional values left out, defaults written.
   */
  private static final class PolicyCodec extends Codec<ResourcePolicy> {
    private static final Set<String> FIELDS = Set.of("openingHours", "minDuration", "maxDuration",
        "minimumNotice", "maximumHorizon", "bufferBefore", "bufferAfter", "quotas", "maxFutureBookings",
        "allowedCategories", "approvalRequired", "blackouts", "cancellationDeadline", "displacementNotice");
    private final Features features;
    private final Codec<OpeningHours> openingHours;
    private final Codec<Interval> interval;
    private final Codec<Quota> quota;

    PolicyCodec(Features features, Codec<OpeningHours> openingHours, Codec<Interval> interval, Codec<Quota> quota) {
      super(ResourcePolicy.class);
      this.features = features;
      this.openingHours = openingHours;
      this.interval = interval;
      this.quota = quota;
    }

    @Override
    public void write(ResourcePolicy value, JsonGenerator out) {
      Write.startObject(out, value);
      if (value.openingHours().isPresent()) {
        out.writeName("openingHours");
        openingHours.write(value.openingHours().get(), out);
      }
      optionalDuration(out, features, "minDuration", value.minDuration());
      optionalDuration(out, features, "maxDuration", value.maxDuration());
      BookingRecordCodecs.duration(out, features, "minimumNotice", value.minimumNotice());
      optionalDuration(out, features, "maximumHorizon", value.maximumHorizon());
      BookingRecordCodecs.duration(out, features, "bufferBefore", value.bufferBefore());
      BookingRecordCodecs.duration(out, features, "bufferAfter", value.bufferAfter());
      Write.list(out, "quotas", value.quotas(), quota);
      if (value.maxFutureBookings().isPresent()) {
        out.writeNumberProperty("maxFutureBookings", value.maxFutureBookings().getAsInt());
      }
      Write.list(out, "allowedCategories", List.copyOf(value.allowedCategories()), CoreIds.MEMBER_CATEGORY);
      out.writeBooleanProperty("approvalRequired", value.approvalRequired());
      Write.list(out, "blackouts", value.blackouts(), interval);
      optionalDuration(out, features, "cancellationDeadline", value.cancellationDeadline());
      optionalDuration(out, features, "displacementNotice", value.displacementNotice());
      out.writeEndObject();
    }

    @Override
    public ResourcePolicy read(JsonParser in) {
      Read.startObject(in, "a resource policy");
      ResourcePolicy.Builder builder = ResourcePolicy.builder();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "openingHours" -> {
            if (!Read.isNull(in)) {
              builder.openingHours(openingHours.read(in));
            }
          }
          case "minDuration" -> builder.minDuration(optional(in));
          case "maxDuration" -> builder.maxDuration(optional(in));
          case "minimumNotice" -> builder.minimumNotice(BookingRecordCodecs.duration(in));
          case "maximumHorizon" -> builder.maximumHorizon(optional(in));
          case "bufferBefore" -> builder.bufferBefore(BookingRecordCodecs.duration(in));
          case "bufferAfter" -> builder.bufferAfter(BookingRecordCodecs.duration(in));
          case "quotas" -> builder.quotas(Read.list(in, quota));
          case "maxFutureBookings" -> {
            if (!Read.isNull(in)) {
              builder.maxFutureBookings(Read.intValue(in));
            }
          }
          case "allowedCategories" -> {
            List<MemberCategory> categories = Read.list(in, CoreIds.MEMBER_CATEGORY);
            builder.allowedCategories(categories);
          }
          case "approvalRequired" -> builder.approvalRequired(Read.bool(in));
          case "blackouts" -> builder.blackouts(Read.list(in, interval));
          case "cancellationDeadline" -> builder.cancellationDeadline(optional(in));
          case "displacementNotice" -> builder.displacementNotice(optional(in));
          default -> Read.unknown(in, features);
        }
      }
      return Read.build(in, builder::build, FIELDS);
    }

    private static Optional<Duration> optional(JsonParser in) {
      return Read.isNull(in) ? Optional.empty() : Optional.of(BookingRecordCodecs.duration(in));
    }
  }
}
