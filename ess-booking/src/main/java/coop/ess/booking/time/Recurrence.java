package coop.ess.booking.time;

import coop.ess.booking.internal.BookingMessages;
import coop.ess.booking.internal.RecurrenceRule;
import coop.ess.core.EssStateException;
import coop.ess.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * An RFC 5545 recurrence set: a first date-time ({@code DTSTART}) in a zone, an optional rule ({@code RRULE}),
 * extra date-times ({@code RDATE}) and excluded ones ({@code EXDATE}). Date-times are wall-clock times of the zone;
 * {@code Recurrence.of(LocalDateTime.parse("1997-09-02T09:00"), ZoneId.of("America/New_York"),
 * "FREQ=DAILY;COUNT=10")} gives ten mornings at 09:00, whatever the offset.
 *
 * <p>The rule is expanded by ical4j in wall-clock time; each wall-clock date-time then becomes an instant by the
 * package's daylight-saving rule ({@link Interval#startInstant(LocalDateTime, ZoneId)}): a time in a
 * spring-forward gap stands for the instant the gap ends, a time in an autumn overlap for its first occurrence.
 * A malformed rule is refused at construction, naming the part at fault and its character position.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Recurrence {

  Recurrence() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A recurrence by rule.
   *
   * @param start the first occurrence, a wall-clock date-time of {@code zone}, not null
   * @param zone the zone, not null
   * @param rule the {@code RRULE} value, such as {@code FREQ=WEEKLY;BYDAY=TU;COUNT=10}, not null
   * @return the recurrence, not null
   * @throws coop.ess.core.EssValidationException if the rule is malformed (the violation names the part and its
   *     position)
   */
  public static Recurrence of(LocalDateTime start, ZoneId zone, String rule) {
    return builder().start(start).zone(zone).rule(rule).build();
  }

  /**
   * The first occurrence ({@code DTSTART}), a wall-clock date-time of {@link #zone()}.
   *
   * @return the start, not null
   */
  public abstract LocalDateTime start();

  /**
   * The zone of every date-time of the recurrence, normally the venue's.
   *
   * @return the zone, not null
   */
  public abstract ZoneId zone();

  /**
   * The rule ({@code RRULE} value, without the {@code RRULE:} name); empty for a set of explicit dates only.
   *
   * @return the rule, possibly empty
   */
  public abstract Optional<String> rule();

  /**
   * Extra occurrences ({@code RDATE}), wall-clock date-times of the zone.
   *
   * @return the date-times, possibly empty, not null
   */
  public abstract List<LocalDateTime> rdates();

  /**
   * Excluded occurrences ({@code EXDATE}), wall-clock date-times of the zone.
   *
   * @return the date-times, possibly empty, not null
   */
  public abstract List<LocalDateTime> exdates();

  @Value.Lazy
  @Value.Auxiliary
  Optional<RecurrenceRule> compiled() {
    return rule().map(r -> RecurrenceRule.compile(r, zone()));
  }

  /**
   * Whether the recurrence ends: no rule, or a rule with {@code COUNT} or {@code UNTIL}.
   *
   * @return true if the set of occurrences is finite
   */
  public final boolean isBounded() {
    return compiled().map(RecurrenceRule::bounded).orElse(true);
  }

  /**
   * The first occurrences as wall-clock date-times of the zone, in order: the rule's date-times from the start
   * (or the start alone without a rule) and the {@code RDATE}s, less the {@code EXDATE}s.
   *
   * @param limit at most this many, at least 1
   * @return the date-times, in order, without duplicates, not null
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  public final List<LocalDateTime> localOccurrences(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    int wanted = limit + exdates().size();
    TreeSet<LocalDateTime> set = new TreeSet<>(rdates());
    Optional<RecurrenceRule> compiled = compiled();
    if (compiled.isPresent()) {
      set.addAll(compiled.get().expand(start(), wanted));
    } else {
      set.add(start());
    }
    exdates().forEach(set::remove);
    List<LocalDateTime> found = new ArrayList<>(Math.min(limit, set.size()));
    for (LocalDateTime occurrence : set) {
      if (found.size() == limit) {
        break;
      }
      found.add(occurrence);
    }
    return found;
  }

  /**
   * The first occurrences with their offsets, in order.
   *
   * @param limit at most this many, at least 1
   * @return the date-times, in order, not null
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  public final List<ZonedDateTime> occurrences(int limit) {
    List<LocalDateTime> local = localOccurrences(limit);
    List<ZonedDateTime> zoned = new ArrayList<>(local.size());
    for (LocalDateTime occurrence : local) {
      zoned.add(ZonedDateTime.ofInstant(instantOf(occurrence), zone()));
    }
    return zoned;
  }

  /**
   * Every occurrence of a bounded recurrence, in order.
   *
   * @return the date-times, not null
   * @throws EssStateException if the recurrence does not end (see {@link #isBounded()})
   */
  public final List<ZonedDateTime> occurrences() {
    if (!isBounded()) {
      throw new EssStateException("The recurrence " + this + " does not end: give a limit");
    }
    return occurrences(Integer.MAX_VALUE - exdates().size());
  }

  /**
   * The instant of a wall-clock date-time of the zone, by the package's daylight-saving rule.
   *
   * @param local the date-time, not null
   * @return the instant, not null
   */
  public final Instant instantOf(LocalDateTime local) {
    return Interval.startInstant(local, zone());
  }

  /**
   * The same recurrence without its occurrences at or after a date-time: the rule ends just before it
   * ({@code UNTIL} one second earlier, in UTC), later {@code RDATE}s and {@code EXDATE}s are dropped. This is how a
   * series is cut when "this and following" occurrences are cancelled or moved away.
   *
   * @param local the first date-time left out, after the start, not null
   * @return the shorter recurrence, not null
   * @throws EssStateException if {@code local} is not after the start
   */
  public final Recurrence endingBefore(LocalDateTime local) {
    if (!local.isAfter(start())) {
      throw new EssStateException("Cannot end the recurrence " + this + " before its start " + local);
    }
    Builder builder = builder().start(start()).zone(zone());
    rule().ifPresent(r -> builder.rule(
        RecurrenceRule.withBound(r, "UNTIL=" + RecurrenceRule.utc(instantOf(local).minusSeconds(1)))));
    rdates().stream().filter(d -> d.isBefore(local)).forEach(builder::addRdates);
    exdates().stream().filter(d -> d.isBefore(local)).forEach(builder::addExdates);
    return builder.build();
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(BookingMessages.CATALOG, "Recurrence");
    rule().flatMap(r -> RecurrenceRule.check(r, "rule")).ifPresent(checks::add);
    checks.throwIfInvalid();
  }

  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder().append(start()).append(' ').append(zone());
    rule().ifPresent(r -> text.append(" RRULE:").append(r));
    if (!rdates().isEmpty()) {
      text.append(" RDATE:").append(rdates());
    }
    if (!exdates().isEmpty()) {
      text.append(" EXDATE:").append(exdates());
    }
    return text.toString();
  }

  /** Builds a {@link Recurrence}. */
  public static final class Builder extends ImmutableRecurrence.Builder {
    Builder() {}
  }
}
