package coop.ess.json.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the amounts that {@code coop.ess.timebank.Minutes.format} writes: "0 h", "45 min", "2 h", "-1 h 05". */
final class MinutesText {

  private static final Pattern TEXT = Pattern.compile("(-?)(?:(\\d{1,18}) h(?: (\\d{2}))?|(\\d{1,2}) min)");

  private MinutesText() {}

  /**
   * The minutes of a text.
   *
   * @param text the text, not null
   * @return the minutes
   * @throws IllegalArgumentException if the text is not such an amount
   * @throws ArithmeticException if it does not fit a long
   */
  static long parse(String text) {
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(text);
    }
    boolean negative = !matcher.group(1).isEmpty();
    long magnitudeHours;
    long rest;
    if (matcher.group(4) != null) {
      magnitudeHours = 0;
      rest = Long.parseLong(matcher.group(4));
    } else {
      magnitudeHours = Long.parseLong(matcher.group(2));
      rest = matcher.group(3) == null ? 0 : Long.parseLong(matcher.group(3));
    }
    if (rest >= 60) {
      throw new IllegalArgumentException(text);
    }
    // Build the negative value directly: Long.MIN_VALUE minutes has no positive twin.
    long value = Math.subtractExact(Math.multiplyExact(-magnitudeHours, 60L), rest);
    return negative ? value : Math.negateExact(value);
  }
}
