package coop.ess.booking.rules;

import coop.ess.booking.Booking;
import coop.ess.booking.BookingRequest;
import coop.ess.booking.internal.BookingMessages;
import coop.ess.booking.time.Interval;
import coop.ess.booking.time.OpeningHours;
import coop.ess.core.MessageCatalog;
import coop.ess.core.Violation;
import coop.ess.core.community.MemberCategory;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The standard booking rules, each a small immutable object answering one question. A {@link ResourcePolicy}
 * assembles them; they can also be used alone:
 *
 * <pre>{@code
 * List<Violation> found = Rules.minimumNotice(Duration.ofHours(24)).check(context);
 * }</pre>
 *
 * <p>Violation codes: {@code rule.past}, {@code rule.notice}, {@code rule.horizon}, {@code rule.tooShort},
 * {@code rule.tooLong}, {@code rule.closed}, {@code rule.blackout}, {@code rule.category}, {@code rule.capacity},
 * {@code rule.quota}, {@code rule.futureBookings}. Not instantiable.
 */
public final class Rules {

  private static final MessageCatalog CATALOG = BookingMessages.CATALOG;

  private Rules() {}

  /**
   * The booking must start at least {@code notice} after now (and never in the past).
   *
   * @param notice the notice, not negative, not null
   * @return the rule, not null
   */
  public static BookingRule minimumNotice(Duration notice) {
    Objects.requireNonNull(notice, "notice");
    return rule("minimum-notice", context -> {
      Interval interval = context.request().interval();
      if (interval.start().isBefore(context.now())) {
        return List.of(CATALOG.error("rule.past", "interval.start", "start", local(context, interval.start()),
            "now", local(context, context.now())));
      }
      Duration given = Duration.between(context.now(), interval.start());
      return given.compareTo(notice) < 0
          ? List.of(CATALOG.error("rule.notice", "interval.start", "resource", context.resource().name(),
              "notice", notice, "given", given))
          : List.of();
    });
  }

  /**
   * The booking must start at most {@code horizon} after now.
   *
   * @param horizon the horizon, not null
   * @return the rule, not null
   */
  public static BookingRule maximumHorizon(Duration horizon) {
    Objects.requireNonNull(horizon, "horizon");
    return rule("maximum-horizon", context -> {
      Duration ahead = Duration.between(context.now(), context.request().interval().start());
      return ahead.compareTo(horizon) > 0
          ? List.of(CATALOG.error("rule.horizon", "interval.start", "resource", context.resource().name(),
              "horizon", horizon, "ahead", ahead))
          : List.of();
    });
  }

  /**
   * The booking must last at least {@code min}.
   *
   * @param min the shortest duration, not null
   * @return the rule, not null
   */
  public static BookingRule minDuration(Duration min) {
    Objects.requireNonNull(min, "min");
    return rule("min-duration", context -> {
      Duration length = context.request().interval().duration();
      return length.compareTo(min) < 0
          ? List.of(CATALOG.error("rule.tooShort", "interval", "resource", context.resource().name(),
              "duration", length, "min", min))
          : List.of();
    });
  }

  /**
   * The booking must last at most {@code max}.
   *
   * @param max the longest duration, not null
   * @return the rule, not null
   */
  public static BookingRule maxDuration(Duration max) {
    Objects.requireNonNull(max, "max");
    return rule("max-duration", context -> {
      Duration length = context.request().interval().duration();
      return length.compareTo(max) > 0
          ? List.of(CATALOG.error("rule.tooLong", "interval", "resource", context.resource().name(),
              "duration", length, "max", max))
          : List.of();
    });
  }

  /**
   * The resource must be open during the whole booking, for the requester's categories.
   *
   * @param hours the opening hours, not null
   * @return the rule, not null
   */
  public static BookingRule openingHours(OpeningHours hours) {
    Objects.requireNonNull(hours, "hours");
    return rule("opening-hours", context -> {
      BookingRequest request = context.request();
      if (hours.isOpen(request.interval(), request.categories())) {
        return List.of();
      }
      return List.of(CATALOG.error("rule.closed", "interval", "resource", context.resource().name(),
          "start", local(context, request.interval().start()), "end", local(context, request.interval().end())));
    });
  }

  /**
   * The booking must not meet any blackout period.
   *
   * @param periods the periods, not null
   * @return the rule, not null
   */
  public static BookingRule blackout(List<Interval> periods) {
    List<Interval> copy = List.copyOf(periods);
    return rule("blackout", context -> {
      List<Violation> found = new ArrayList<>();
      for (Interval period : copy) {
        if (period.overlaps(context.request().interval())) {
          found.add(CATALOG.error("rule.blackout", "interval", "resource", context.resource().name(),
              "start", local(context, period.start()), "end", local(context, period.end())));
        }
      }
      return found;
    });
  }

  /**
   * The requester must have one of the categories.
   *
   * @param allowed the categories allowed, not empty, not null
   * @return the rule, not null
   */
  public static BookingRule categoriesAllowed(Set<MemberCategory> allowed) {
    SortedSet<MemberCategory> copy = new TreeSet<>(allowed);
    return rule("categories", context -> {
      for (MemberCategory category : context.request().categories()) {
        if (copy.contains(category)) {
          return List.of();
        }
      }
      return List.of(CATALOG.error("rule.category", "categories", "resource", context.resource().name(),
          "allowed", copy));
    });
  }

  /**
   * The attendees must fit in the resource's capacity in people, when it has one.
   *
   * @return the rule, not null
   */
  public static BookingRule attendeesWithinCapacity() {
    return rule("capacity", context -> {
      int attendees = context.request().attendees();
      var capacity = context.resource().capacity();
      return capacity.isPresent() && attendees > capacity.getAsInt()
          ? List.of(CATALOG.error("rule.capacity", "attendees", "resource", context.resource().name(),
              "attendees", attendees, "capacity", capacity.getAsInt()))
          : List.of();
    });
  }

  /**
   * The requester's bookings of the resource in the period of the request's start, the request included, must
   * stay within the quota.
   *
   * @param quota the quota, not null
   * @return the rule, not null
   */
  public static BookingRule quota(Quota quota) {
    Objects.requireNonNull(quota, "quota");
    return rule("quota", context -> {
      ZoneId zone = context.zone();
      LocalDate first = periodStart(quota.period(), context.request().interval().start().atZone(zone).toLocalDate());
      LocalDate next = switch (quota.period()) {
        case DAY -> first.plusDays(1);
        case WEEK -> first.plusWeeks(1);
        case MONTH -> first.plusMonths(1);
      };
      long used = 0;
      for (Booking booking : context.requesterBookings()) {
        LocalDate day = booking.interval().start().atZone(zone).toLocalDate();
        if (!day.isBefore(first) && day.isBefore(next)) {
          used += measure(quota, booking.interval());
        }
      }
      long wanted = measure(quota, context.request().interval());
      if (used + wanted <= limitInUnits(quota)) {
        return List.of();
      }
      return List.of(CATALOG.error("rule.quota", "interval", "resource", context.resource().name(),
          "measure", quota.measure().name().toLowerCase(java.util.Locale.ROOT),
          "period", quota.period().name().toLowerCase(java.util.Locale.ROOT), "limit", quota.limit(),
          "used", quota.measure() == Quota.Measure.HOURS ? hours(used) : used,
          "wanted", quota.measure() == Quota.Measure.HOURS ? hours(wanted) : wanted));
    });
  }

  /**
   * The requester may hold at most {@code cap} bookings of the resource that have not started yet, the request
   * included.
   *
   * @param cap the most future bookings, not negative
   * @return the rule, not null
   */
  public static BookingRule maxFutureBookings(int cap) {
    return rule("future-bookings", context -> {
      long future = context.requesterBookings().stream()
          .filter(booking -> booking.interval().start().isAfter(context.now())).count();
      return future + 1 > cap
          ? List.of(CATALOG.error("rule.futureBookings", "", "resource", context.resource().name(),
              "cap", cap, "held", future))
          : List.of();
    });
  }

  private static LocalDate periodStart(Quota.Period period, LocalDate day) {
    return switch (period) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  /** Seconds for hours (so that half hours add up exactly), 1 for a booking. */
  private static long measure(Quota quota, Interval interval) {
    return quota.measure() == Quota.Measure.HOURS ? interval.duration().toSeconds() : 1;
  }

  private static long limitInUnits(Quota quota) {
    return quota.measure() == Quota.Measure.HOURS ? quota.limit() * 3600 : quota.limit();
  }

  private static String hours(long seconds) {
    double hours = seconds / 3600.0;
    return hours == Math.rint(hours) ? Long.toString((long) hours) : String.format(java.util.Locale.ROOT, "%.2f", hours);
  }

  private static String local(RuleContext context, java.time.Instant instant) {
    return instant.atZone(context.zone()).toLocalDateTime().toString();
  }

  private static BookingRule rule(String name, java.util.function.Function<RuleContext, List<Violation>> check) {
    return new NamedRule(name, check);
  }

  /** A rule made of a name and a check function. */
  private static final class NamedRule implements BookingRule {
    private final String name;
    private final java.util.function.Function<RuleContext, List<Violation>> check;

    NamedRule(String name, java.util.function.Function<RuleContext, List<Violation>> check) {
      this.name = name;
      this.check = check;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public List<Violation> check(RuleContext context) {
      return List.copyOf(check.apply(context));
    }

    @Override
    public String toString() {
      return "Rule[" + name + "]";
    }
  }
}
