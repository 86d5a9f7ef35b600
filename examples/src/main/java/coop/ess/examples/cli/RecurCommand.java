package coop.ess.examples.cli;

import coop.ess.booking.time.Recurrence;
import coop.ess.core.EssValidationException;
import coop.ess.core.Violation;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ess recur}: the occurrences of an RFC 5545 recurrence, one ISO-8601 date-time with offset per line. */
@Command(name = "recur", mixinStandardHelpOptions = true,
    description = {"Prints the occurrences of an RFC 5545 recurrence rule, in order, one per line, as ISO-8601",
        "date-times with their offset. Wall-clock times of the zone: a time in a spring-forward gap stands for the",
        "instant the gap ends, a time in an autumn overlap for its first occurrence.",
        "Example: ess recur --start 1997-09-02T09:00 --zone America/New_York --rule 'FREQ=DAILY;COUNT=10'"})
final class RecurCommand implements Callable<Integer> {

  /** How many occurrences of a rule that never ends are printed unless {@code --limit} says otherwise. */
  static final int DEFAULT_LIMIT = 1000;

  @Option(names = "--start", required = true, paramLabel = "DATE-TIME",
      description = "The first occurrence (DTSTART), a local date-time such as 1997-09-02T09:00.")
  String start = "";

  @Option(names = "--zone", required = true, paramLabel = "ZONE", description = "The time zone, such as Europe/Paris.")
  String zone = "";

  @Option(names = "--rule", required = true, paramLabel = "RRULE",
      description = "The rule, such as FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10 (an RRULE: prefix is accepted).")
  String rule = "";

  @Option(names = "--exdate", paramLabel = "LIST",
      description = "Excluded occurrences (EXDATE): local date-times separated by commas.")
  String exdates = "";

  @Option(names = "--rdate", paramLabel = "LIST",
      description = "Extra occurrences (RDATE): local date-times separated by commas.")
  String rdates = "";

  @Option(names = "--limit", paramLabel = "N",
      description = "Print at most N occurrences (default: all of a rule with COUNT or UNTIL, "
          + DEFAULT_LIMIT + " otherwise).")
  @org.jspecify.annotations.Nullable Integer limit;

  @CommandLine.Spec
  CommandLine.Model.@org.jspecify.annotations.Nullable CommandSpec spec;

  @Override
  public Integer call() {
    ZoneId zoneId;
    try {
      zoneId = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw invalid("--zone", "'" + zone + "' is not a time zone such as Europe/Paris");
    }
    String text = rule.regionMatches(true, 0, "RRULE:", 0, 6) ? rule.substring(6) : rule;
    Recurrence recurrence;
    try {
      recurrence = Recurrence.builder().start(parse("--start", start, 0)).zone(zoneId).rule(text)
          .addAllExdates(list("--exdate", exdates)).addAllRdates(list("--rdate", rdates)).build();
    } catch (EssValidationException e) {
      Violation first = e.violations().get(0);
      throw invalid("--rule", first.messageEn());
    }
    Integer wanted = limit;
    if (wanted != null && wanted < 1) {
      throw invalid("--limit", "must be at least 1, got " + wanted);
    }
    List<ZonedDateTime> occurrences = wanted != null ? recurrence.occurrences(wanted)
        : recurrence.isBounded() ? recurrence.occurrences() : recurrence.occurrences(DEFAULT_LIMIT);
    PrintWriter out = commandLine().getOut();
    for (ZonedDateTime occurrence : occurrences) {
      out.println(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(occurrence));
    }
    out.flush();
    return 0;
  }

  private List<LocalDateTime> list(String option, String text) {
    List<LocalDateTime> found = new ArrayList<>();
    if (text.isBlank()) {
      return found;
    }
    int position = 1;
    for (String item : text.split(",", -1)) {
      found.add(parse(option, item.trim(), position));
      position += item.length() + 1;
    }
    return found;
  }

  private LocalDateTime parse(String option, String text, int position) {
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      String where = position == 0 ? "" : " (character " + position + ")";
      throw invalid(option, "'" + text + "'" + where + " is not a local date-time such as 1997-09-02T09:00");
    }
  }

  private CommandLine.ParameterException invalid(String option, String why) {
    return new CommandLine.ParameterException(commandLine(), "Invalid value for option '" + option + "': " + why);
  }

  private CommandLine commandLine() {
    CommandLine.Model.CommandSpec current = spec;
    if (current == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return current.commandLine();
  }
}
