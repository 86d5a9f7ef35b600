package coop.ess.json.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * ISO-8601 date-times with an offset, written and read without a {@code DateTimeFormatter} in the common case
 * (years 0 to 9999); the formatter handles the rest. Journals hold one or two per event, so this matters.
 */
final class Times {

  private Times() {}

  /** The text of an instant in UTC, as {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME} writes it. */
  static String format(Instant instant) {
    long seconds = instant.getEpochSecond();
    long days = Math.floorDiv(seconds, 86_400);
    int secondOfDay = Math.floorMod(seconds, 86_400);
    if (days < -719_528 || days > 2_932_896) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
    LocalDateTime time = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    char[] text = new char[30];
    int at = 0;
    at = digits(text, at, time.getYear(), 4);
    text[at++] = '-';
    at = digits(text, at, time.getMonthValue(), 2);
    text[at++] = '-';
    at = digits(text, at, time.getDayOfMonth(), 2);
    text[at++] = 'T';
    at = digits(text, at, secondOfDay / 3600, 2);
    text[at++] = ':';
    at = digits(text, at, secondOfDay / 60 % 60, 2);
    text[at++] = ':';
    at = digits(text, at, secondOfDay % 60, 2);
    int nanos = instant.getNano();
    if (nanos != 0) {
      text[at++] = '.';
      int width = 9;
      while (nanos % 10 == 0) {
        nanos /= 10;
        width--;
      }
      at = digits(text, at, nanos, width);
    }
    text[at++] = 'Z';
    return new String(text, 0, at);
  }

  private static int digits(char[] text, int at, int value, int width) {
    for (int i = width - 1; i >= 0; i--) {
      text[at + i] = (char) ('0' + value % 10);
      value /= 10;
    }
    return at + width;
  }

  /**
   * The instant of a date-time with an offset.
   *
   * @throws DateTimeException if the text is not one
   */
  static Instant parse(String text) {
    int length = text.length();
    if (length >= 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
        && text.charAt(13) == ':' && text.charAt(16) == ':') {
      int year = number(text, 0, 4);
      int month = number(text, 5, 7);
      int day = number(text, 8, 10);
      int hour = number(text, 11, 13);
      int minute = number(text, 14, 16);
      int second = number(text, 17, 19);
      int at = 19;
      int nanos = 0;
      if (at < length && text.charAt(at) == '.') {
        int start = ++at;
        while (at < length && at - start < 9 && Character.isDigit(text.charAt(at))) {
          nanos = nanos * 10 + (text.charAt(at) - '0');
          at++;
        }
        if (at == start) {
          return OffsetDateTime.parse(text).toInstant();
        }
        for (int i = at - start; i < 9; i++) {
          nanos *= 10;
        }
      }
      int offset = -1;
      if (at == length - 1 && text.charAt(at) == 'Z') {
        offset = 0;
      } else if (at == length - 6 && (text.charAt(at) == '+' || text.charAt(at) == '-')
          && text.charAt(at + 3) == ':') {
        int hours = number(text, at + 1, at + 3);
        int minutes = number(text, at + 4, at + 6);
        if (hours >= 0 && minutes >= 0 && minutes < 60 && hours <= 18) {
          offset = (hours * 3600 + minutes * 60) * (text.charAt(at) == '-' ? -1 : 1);
        }
      }
      // Offsets are whole minutes, so -1 is free to mean "none".
      if (offset != -1 && year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0) {
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        return Instant.ofEpochSecond(local.toEpochSecond(ZoneOffset.ofTotalSeconds(offset)), nanos);
      }
    }
    return OffsetDateTime.parse(text).toInstant();
  }

  /** The number of the digits from {@code start} to {@code end}, or -1 if one is not a digit. */
  private static int number(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
