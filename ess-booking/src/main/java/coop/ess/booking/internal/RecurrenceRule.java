package coop.ess.booking.internal;

import coop.ess.core.MessageCatalog;
import coop.ess.core.Violation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 5545 recurrence rule ({@code RRULE} value) checked part by part and compiled to ical4j's {@link Recur},
 * which expands it. The rule is expanded in local date-times of the zone ("floating"), so that daylight-saving
 * changes are applied afterwards by the SDK's own rule; a UTC {@code UNTIL} is therefore turned into the local
 * date-time of the zone before ical4j reads it. Immutable and thread-safe once built (ical4j's {@code getDates}
 * does not modify the rule).
 */
public final class RecurrenceRule {

  private static final MessageCatalog CATALOG = BookingMessages.CATALOG;
  private static final Set<String> PARTS = Set.of("FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE",
      "BYHOUR", "BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST", "RSCALE", "SKIP");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);

  private final Recur<LocalDateTime> recur;
  private final boolean bounded;

  private RecurrenceRule(Recur<LocalDateTime> recur, boolean bounded) {
    this.recur = recur;
    this.bounded = bounded;
  }

  /**
   * Checks a rule part by part: each part {@code NAME=VALUE}, a known name, no name twice, a {@code FREQ}, not both
   * {@code COUNT} and {@code UNTIL}, and each value as ical4j reads it.
   *
   * @param rule the rule, such as {@code FREQ=WEEKLY;BYDAY=TU}
   * @param field the field to name in the violation
   * @return the first problem found, naming the part and its character position (1-based), or empty
   */
  public static Optional<Violation> check(String rule, String field) {
    if (rule.isBlank()) {
      return Optional.of(CATALOG.error("recurrence.ruleBlank", field));
    }
    String[] parts = rule.split(";", -1);
    Set<String> seen = new HashSet<>();
    @Nullable String freq = null;
    int position = 1;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      int equals = part.indexOf('=');
      String name = equals < 0 ? part : part.substring(0, equals).toUpperCase(Locale.ROOT);
      if (equals <= 0 || equals == part.length() - 1) {
        return Optional.of(problem(field, rule, i, part, position, "recurrence.rulePartSyntax", ""));
      }
      if (!PARTS.contains(name)) {
        return Optional.of(problem(field, rule, i, part, position, "recurrence.rulePartUnknown", name));
      }
      if (!seen.add(name)) {
        return Optional.of(problem(field, rule, i, part, position, "recurrence.rulePartTwice", name));
      }
      if (name.equals("FREQ")) {
        freq = part.substring(equals + 1);
      }
      if ((name.equals("COUNT") && seen.contains("UNTIL")) || (name.equals("UNTIL") && seen.contains("COUNT"))) {
        return Optional.of(problem(field, rule, i, part, position, "recurrence.ruleCountAndUntil", name));
      }
      position += part.length() + 1;
    }
    if (freq == null) {
      return Optional.of(CATALOG.error("recurrence.ruleNoFreq", field, "rule", rule));
    }
    position = 1;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      String name = part.substring(0, part.indexOf('=')).toUpperCase(Locale.ROOT);
      String probe = name.equals("FREQ") ? part : "FREQ=" + freq + ";" + part;
      @Nullable String reason = null;
      try {
        if (name.equals("UNTIL")) {
          untilLocal(part.substring(part.indexOf('=') + 1), ZoneOffset.UTC);
        } else {
          new Recur<LocalDateTime>(probe);
        }
        if (name.equals("COUNT") || name.equals("INTERVAL")) {
          int value = Integer.parseInt(part.substring(part.indexOf('=') + 1));
          if (value < 1) {
            reason = "must be at least 1";
          }
        }
      } catch (RuntimeException e) {
        reason = reason(e);
      }
      if (reason != null) {
        return Optional.of(CATALOG.error("recurrence.rulePartValue", field, "rule", rule, "part", i + 1,
            "text", part, "position", position, "name", name, "reason", reason));
      }
      position += part.length() + 1;
    }
    return Optional.empty();
  }

  /** ical4j's message, without its class names: "No enum constant ...WeekDay.Day.TX" becomes "unknown value TX". */
  private static String reason(RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    if (message.startsWith("No enum constant ")) {
      return "unknown value " + message.substring(message.lastIndexOf('.') + 1);
    }
    if (e instanceof NumberFormatException) {
      return "not a number: " + message.replace("For input string: ", "");
    }
    return message;
  }

  private static Violation problem(String field, String rule, int index, String part, int position, String code,
      String name) {
    return CATALOG.error(code, field, "rule", rule, "part", index + 1, "text", part, "position", position,
        "name", name);
  }

  /**
   * Compiles a rule that {@link #check(String, String)} accepted.
   *
   * @param rule the rule, not null
   * @param zone the zone of the start date-time, which a UTC {@code UNTIL} is converted to, not null
   * @return the compiled rule, not null
   * @throws IllegalArgumentException if the rule is malformed (check it first)
   */
  public static RecurrenceRule compile(String rule, ZoneId zone) {
    StringBuilder local = new StringBuilder();
    boolean bounded = false;
    for (String part : rule.split(";", -1)) {
      int equals = part.indexOf('=');
      String name = part.substring(0, equals).toUpperCase(Locale.ROOT);
      String value = part.substring(equals + 1);
      if (local.length() > 0) {
        local.append(';');
      }
      if (name.equals("UNTIL")) {
        local.append("UNTIL=").append(LOCAL.format(untilLocal(value, zone)));
        bounded = true;
      } else {
        local.append(part);
        bounded |= name.equals("COUNT");
      }
    }
    return new RecurrenceRule(new Recur<>(local.toString()), bounded);
  }

  /** The last local date-time an {@code UNTIL} allows: a UTC time in the zone, a floating time, or a whole day. */
  private static LocalDateTime untilLocal(String value, ZoneId zone) {
    try {
      if (value.length() == 8) {
        return LocalDate.parse(value, DATE).atTime(23, 59, 59);
      }
      if (value.endsWith("Z")) {
        return OffsetDateTime.of(LocalDateTime.parse(value, UTC), ZoneOffset.UTC)
            .atZoneSameInstant(zone).toLocalDateTime();
      }
      return LocalDateTime.parse(value, LOCAL);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("UNTIL is not a date (19971224) or date-time (19971224T000000Z)", e);
    }
  }

  /**
   * The rule's UNTIL in UTC for a zone, written as RFC 5545 wants it with a zoned start.
   *
   * @param instant the instant, not null
   * @return {@code yyyyMMddTHHmmssZ}, not null
   */
  public static String utc(java.time.Instant instant) {
    return UTC.format(instant.atOffset(ZoneOffset.UTC));
  }

  /**
   * The rule with its end replaced: its {@code COUNT} and {@code UNTIL} parts dropped and {@code bound} added.
   *
   * @param rule a valid rule, not null
   * @param bound the new end, such as {@code COUNT=3} or {@code UNTIL=20260331T160000Z}, not null
   * @return the new rule, not null
   */
  public static String withBound(String rule, String bound) {
    StringBuilder text = new StringBuilder();
    for (String part : rule.split(";", -1)) {
      String name = part.substring(0, part.indexOf('=')).toUpperCase(Locale.ROOT);
      if (!name.equals("COUNT") && !name.equals("UNTIL")) {
        text.append(part).append(';');
      }
    }
    return text.append(bound).toString();
  }

  /**
   * Whether the rule has a {@code COUNT} part.
   *
   * @param rule a valid rule, not null
   * @return true if it counts its occurrences
   */
  public static boolean counted(String rule) {
    return rule.toUpperCase(Locale.ROOT).matches("(^|.*;)COUNT=.*");
  }

  /**
   * Whether the rule ends ({@code COUNT} or {@code UNTIL}).
   *
   * @return true if bounded
   */
  public boolean bounded() {
    return bounded;
  }

  /**
   * The local date-times the rule gives from a start, in order.
   *
   * @param start the first occurrence (DTSTART), not null
   * @param max at most this many, at least 1
   * @return the date-times, not null
   */
  public List<LocalDateTime> expand(LocalDateTime start, int max) {
    return new ArrayList<>(recur.getDates(start, start, start.plusYears(1000), max));
  }
}
