package coop.ess.booking.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every example of RFC 5545, section 3.8.5.3 "Recurrence Rule", pages 122-132
 * (https://www.rfc-editor.org/rfc/rfc5545#section-3.8.5.3), in America/New_York. The expected occurrences are written
 * from the RFC's own "==>" lines, with the offset it states (EDT -04:00, EST -05:00): many examples cross the
 * daylight-saving change of 26 October 1997 and keep 09:00 local time. For rules that recur forever the test
 * compares as many first occurrences as the RFC lists.
 */
class RecurrenceRfc5545Test {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneOffset EDT = ZoneOffset.ofHours(-4);
  private static final ZoneOffset EST = ZoneOffset.ofHours(-5);

  /** Occurrences at 09:00 on the given days of one month. */
  private static List<OffsetDateTime> at9(int year, int month, ZoneOffset offset, int... days) {
    List<OffsetDateTime> list = new ArrayList<>();
    for (int day : days) {
      list.add(OffsetDateTime.of(year, month, day, 9, 0, 0, 0, offset));
    }
    return list;
  }

  private static int[] range(int from, int to, int step) {
    return IntStream.iterate(from, d -> d <= to, d -> d + step).toArray();
  }

  private static int[] range(int from, int to) {
    return range(from, to, 1);
  }

  @SafeVarargs
  private static List<OffsetDateTime> all(List<OffsetDateTime>... parts) {
    List<OffsetDateTime> list = new ArrayList<>();
    for (List<OffsetDateTime> part : parts) {
      list.addAll(part);
    }
    return list;
  }

  private static List<OffsetDateTime> expand(String start, String rule, int limit, String... exdates) {
    Recurrence.Builder builder = Recurrence.builder().start(LocalDateTime.parse(start)).zone(NEW_YORK).rule(rule);
    for (String exdate : exdates) {
      builder.addExdates(LocalDateTime.parse(exdate));
    }
    return builder.build().occurrences(limit).stream().map(ZonedDateTime::toOffsetDateTime).toList();
  }

  private static void check(String start, String rule, List<OffsetDateTime> expected) {
    assertThat(expand(start, rule, expected.size() + 5)).as(rule).containsExactlyElementsOf(expected);
  }

  private static void checkFirst(String start, String rule, List<OffsetDateTime> expected) {
    assertThat(expand(start, rule, expected.size())).as(rule).containsExactlyElementsOf(expected);
  }

  @Test
  void dailyForTenOccurrences() {
    check("1997-09-02T09:00", "FREQ=DAILY;COUNT=10", at9(1997, 9, EDT, range(2, 11)));
  }

  @Test
  void dailyUntilDecember24() {
    check("1997-09-02T09:00", "FREQ=DAILY;UNTIL=19971224T000000Z", all(
        at9(1997, 9, EDT, range(2, 30)), at9(1997, 10, EDT, range(1, 25)),
        at9(1997, 10, EST, range(26, 31)), at9(1997, 11, EST, range(1, 30)), at9(1997, 12, EST, range(1, 23))));
  }

  @Test
  void everyOtherDayForever() {
    checkFirst("1997-09-02T09:00", "FREQ=DAILY;INTERVAL=2", all(
        at9(1997, 9, EDT, range(2, 30, 2)), at9(1997, 10, EDT, range(2, 24, 2)),
        at9(1997, 10, EST, 26, 28, 30), at9(1997, 11, EST, range(1, 29, 2)), at9(1997, 12, EST, 1, 3)));
  }

  @Test
  void everyTenDaysFiveOccurrences() {
    check("1997-09-02T09:00", "FREQ=DAILY;INTERVAL=10;COUNT=5",
        all(at9(1997, 9, EDT, 2, 12, 22), at9(1997, 10, EDT, 2, 12)));
  }

  @Test
  void everyDayInJanuaryForThreeYearsBothForms() {
    List<OffsetDateTime> expected = all(at9(1998, 1, EST, range(1, 31)), at9(1999, 1, EST, range(1, 31)),
        at9(2000, 1, EST, range(1, 31)));
    check("1998-01-01T09:00", "FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA", expected);
    check("1998-01-01T09:00", "FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1", expected);
  }

  @Test
  void weeklyForTenOccurrences() {
    check("1997-09-02T09:00", "FREQ=WEEKLY;COUNT=10", all(at9(1997, 9, EDT, 2, 9, 16, 23, 30),
        at9(1997, 10, EDT, 7, 14, 21), at9(1997, 10, EST, 28), at9(1997, 11, EST, 4)));
  }

  @Test
  void weeklyUntilDecember24() {
    check("1997-09-02T09:00", "FREQ=WEEKLY;UNTIL=19971224T000000Z", all(at9(1997, 9, EDT, 2, 9, 16, 23, 30),
        at9(1997, 10, EDT, 7, 14, 21), at9(1997, 10, EST, 28), at9(1997, 11, EST, 4, 11, 18, 25),
        at9(1997, 12, EST, 2, 9, 16, 23)));
  }

  @Test
  void everyOtherWeekForever() {
    checkFirst("1997-09-02T09:00", "FREQ=WEEKLY;INTERVAL=2;WKST=SU", all(at9(1997, 9, EDT, 2, 16, 30),
        at9(1997, 10, EDT, 14), at9(1997, 10, EST, 28), at9(1997, 11, EST, 11, 25), at9(1997, 12, EST, 9, 23),
        at9(1998, 1, EST, 6, 20), at9(1998, 2, EST, 3, 17)));
  }

  @Test
  void weeklyOnTuesdayAndThursdayForFiveWeeksBothForms() {
    List<OffsetDateTime> expected = all(at9(1997, 9, EDT, 2, 4, 9, 11, 16, 18, 23, 25, 30), at9(1997, 10, EDT, 2));
    check("1997-09-02T09:00", "FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH", expected);
    check("1997-09-02T09:00", "FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH", expected);
  }

  @Test
  void everyOtherWeekOnMondayWednesdayFridayUntilDecember24() {
    check("1997-09-01T09:00", "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR", all(
        at9(1997, 9, EDT, 1, 3, 5, 15, 17, 19, 29), at9(1997, 10, EDT, 1, 3, 13, 15, 17),
        at9(1997, 10, EST, 27, 29, 31), at9(1997, 11, EST, 10, 12, 14, 24, 26, 28),
        at9(1997, 12, EST, 8, 10, 12, 22)));
  }

  @Test
  void everyOtherWeekOnTuesdayAndThursdayForEightOccurrences() {
    check("1997-09-02T09:00", "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH",
        all(at9(1997, 9, EDT, 2, 4, 16, 18, 30), at9(1997, 10, EDT, 2, 14, 16)));
  }

  @Test
  void monthlyOnTheFirstFridayForTenOccurrences() {
    check("1997-09-05T09:00", "FREQ=MONTHLY;COUNT=10;BYDAY=1FR", all(at9(1997, 9, EDT, 5), at9(1997, 10, EDT, 3),
        at9(1997, 11, EST, 7), at9(1997, 12, EST, 5), at9(1998, 1, EST, 2), at9(1998, 2, EST, 6),
        at9(1998, 3, EST, 6), at9(1998, 4, EST, 3), at9(1998, 5, EDT, 1), at9(1998, 6, EDT, 5)));
  }

  @Test
  void monthlyOnTheFirstFridayUntilDecember24() {
    check("1997-09-05T09:00", "FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR", all(at9(1997, 9, EDT, 5),
        at9(1997, 10, EDT, 3), at9(1997, 11, EST, 7), at9(1997, 12, EST, 5)));
  }

  @Test
  void everyOtherMonthOnTheFirstAndLastSundayForTenOccurrences() {
    check("1997-09-07T09:00", "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU", all(at9(1997, 9, EDT, 7, 28),
        at9(1997, 11, EST, 2, 30), at9(1998, 1, EST, 4, 25), at9(1998, 3, EST, 1, 29), at9(1998, 5, EDT, 3, 31)));
  }

  @Test
  void monthlyOnTheSecondToLastMondayForSixMonths() {
    check("1997-09-22T09:00", "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO", all(at9(1997, 9, EDT, 22), at9(1997, 10, EDT, 20),
        at9(1997, 11, EST, 17), at9(1997, 12, EST, 22), at9(1998, 1, EST, 19), at9(1998, 2, EST, 16)));
  }

  @Test
  void monthlyOnTheThirdToLastDayForever() {
    checkFirst("1997-09-28T09:00", "FREQ=MONTHLY;BYMONTHDAY=-3", all(at9(1997, 9, EDT, 28),
        at9(1997, 10, EST, 29), at9(1997, 11, EST, 28), at9(1997, 12, EST, 29), at9(1998, 1, EST, 29),
        at9(1998, 2, EST, 26)));
  }

  @Test
  void monthlyOnThe2ndAnd15thForTenOccurrences() {
    check("1997-09-02T09:00", "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15", all(at9(1997, 9, EDT, 2, 15),
        at9(1997, 10, EDT, 2, 15), at9(1997, 11, EST, 2, 15), at9(1997, 12, EST, 2, 15), at9(1998, 1, EST, 2, 15)));
  }

  @Test
  void monthlyOnTheFirstAndLastDayForTenOccurrences() {
    check("1997-09-30T09:00", "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1", all(at9(1997, 9, EDT, 30),
        at9(1997, 10, EDT, 1), at9(1997, 10, EST, 31), at9(1997, 11, EST, 1, 30), at9(1997, 12, EST, 1, 31),
        at9(1998, 1, EST, 1, 31), at9(1998, 2, EST, 1)));
  }

  @Test
  void every18MonthsOnThe10thThru15thForTenOccurrences() {
    check("1997-09-10T09:00", "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15",
        all(at9(1997, 9, EDT, range(10, 15)), at9(1999, 3, EST, 10, 11, 12, 13)));
  }

  @Test
  void everyTuesdayEveryOtherMonth() {
    checkFirst("1997-09-02T09:00", "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU", all(at9(1997, 9, EDT, 2, 9, 16, 23, 30),
        at9(1997, 11, EST, 4, 11, 18, 25), at9(1998, 1, EST, 6, 13, 20, 27), at9(1998, 3, EST, 3, 10, 17, 24, 31)));
  }

  @Test
  void yearlyInJuneAndJulyForTenOccurrences() {
    List<OffsetDateTime> expected = new ArrayList<>();
    for (int year = 1997; year <= 2001; year++) {
      expected.addAll(all(at9(year, 6, EDT, 10), at9(year, 7, EDT, 10)));
    }
    check("1997-06-10T09:00", "FREQ=YEARLY;COUNT=10;BYMONTH=6,7", expected);
  }

  @Test
  void everyOtherYearInJanuaryFebruaryAndMarchForTenOccurrences() {
    List<OffsetDateTime> expected = new ArrayList<>(at9(1997, 3, EST, 10));
    for (int year = 1999; year <= 2003; year += 2) {
      expected.addAll(all(at9(year, 1, EST, 10), at9(year, 2, EST, 10), at9(year, 3, EST, 10)));
    }
    check("1997-03-10T09:00", "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3", expected);
  }

  @Test
  void everyThirdYearOnThe1st100thAnd200thDayForTenOccurrences() {
    check("1997-01-01T09:00", "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200", all(
        at9(1997, 1, EST, 1), at9(1997, 4, EDT, 10), at9(1997, 7, EDT, 19),
        at9(2000, 1, EST, 1), at9(2000, 4, EDT, 9), at9(2000, 7, EDT, 18),
        at9(2003, 1, EST, 1), at9(2003, 4, EDT, 10), at9(2003, 7, EDT, 19),
        at9(2006, 1, EST, 1)));
  }

  @Test
  void every20thMondayOfTheYearForever() {
    checkFirst("1997-05-19T09:00", "FREQ=YEARLY;BYDAY=20MO",
        all(at9(1997, 5, EDT, 19), at9(1998, 5, EDT, 18), at9(1999, 5, EDT, 17)));
  }

  @Test
  void mondayOfWeekNumber20Forever() {
    checkFirst("1997-05-12T09:00", "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO",
        all(at9(1997, 5, EDT, 12), at9(1998, 5, EDT, 11), at9(1999, 5, EDT, 17)));
  }

  @Test
  void everyThursdayInMarchForever() {
    checkFirst("1997-03-13T09:00", "FREQ=YEARLY;BYMONTH=3;BYDAY=TH",
        all(at9(1997, 3, EST, 13, 20, 27), at9(1998, 3, EST, 5, 12, 19, 26), at9(1999, 3, EST, 4, 11, 18, 25)));
  }

  @Test
  void everyThursdayOnlyDuringJuneJulyAndAugustForever() {
    checkFirst("1997-06-05T09:00", "FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8", all(
        at9(1997, 6, EDT, 5, 12, 19, 26), at9(1997, 7, EDT, 3, 10, 17, 24, 31), at9(1997, 8, EDT, 7, 14, 21, 28),
        at9(1998, 6, EDT, 4, 11, 18, 25), at9(1998, 7, EDT, 2, 9, 16, 23, 30), at9(1998, 8, EDT, 6, 13, 20, 27),
        at9(1999, 6, EDT, 3, 10, 17, 24), at9(1999, 7, EDT, 1, 8, 15, 22, 29), at9(1999, 8, EDT, 5, 12, 19, 26)));
  }

  @Test
  void everyFriday13thForeverWithTheStartExcluded() {
    List<OffsetDateTime> expected = all(at9(1998, 2, EST, 13), at9(1998, 3, EST, 13), at9(1998, 11, EST, 13),
        at9(1999, 8, EDT, 13), at9(2000, 10, EDT, 13));
    assertThat(expand("1997-09-02T09:00", "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", expected.size(),
        "1997-09-02T09:00")).containsExactlyElementsOf(expected);
  }

  @Test
  void theFirstSaturdayThatFollowsTheFirstSundayForever() {
    checkFirst("1997-09-13T09:00", "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13", all(
        at9(1997, 9, EDT, 13), at9(1997, 10, EDT, 11), at9(1997, 11, EST, 8), at9(1997, 12, EST, 13),
        at9(1998, 1, EST, 10), at9(1998, 2, EST, 7), at9(1998, 3, EST, 7), at9(1998, 4, EDT, 11),
        at9(1998, 5, EDT, 9), at9(1998, 6, EDT, 13)));
  }

  @Test
  void everyFourYearsTheUsPresidentialElectionDay() {
    checkFirst("1996-11-05T09:00", "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8",
        all(at9(1996, 11, EST, 5), at9(2000, 11, EST, 7), at9(2004, 11, EST, 2)));
  }

  @Test
  void theThirdTuesdayWednesdayOrThursdayForThreeMonths() {
    check("1997-09-04T09:00", "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3",
        all(at9(1997, 9, EDT, 4), at9(1997, 10, EDT, 7), at9(1997, 11, EST, 6)));
  }

  @Test
  void theSecondToLastWeekdayOfTheMonth() {
    checkFirst("1997-09-29T09:00", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2", all(at9(1997, 9, EDT, 29),
        at9(1997, 10, EST, 30), at9(1997, 11, EST, 27), at9(1997, 12, EST, 30), at9(1998, 1, EST, 29),
        at9(1998, 2, EST, 26), at9(1998, 3, EST, 30)));
  }

  private static List<OffsetDateTime> times(String... hhmm) {
    List<OffsetDateTime> list = new ArrayList<>();
    for (String time : hhmm) {
      String[] parts = time.split(":");
      list.add(OffsetDateTime.of(1997, 9, 2, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 0, 0, EDT));
    }
    return list;
  }

  /**
   * The RFC prints {@code UNTIL=19970902T170000Z} and lists 09:00, 12:00 and 15:00 EDT; but 17:00 UTC is 13:00 EDT
   * and UNTIL is an inclusive bound in UTC, so the rule as printed stops at 12:00.
   * "From 9:00 AM to 5:00 PM" means 17:00 EDT, which is 21:00 UTC.
   */
  @Test
  void everyThreeHoursFrom9To5OnOneDay() {
    check("1997-09-02T09:00", "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T210000Z", times("09:00", "12:00", "15:00"));
    check("1997-09-02T09:00", "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z", times("09:00", "12:00"));
  }

  @Test
  void every15MinutesForSixOccurrences() {
    check("1997-09-02T09:00", "FREQ=MINUTELY;INTERVAL=15;COUNT=6",
        times("09:00", "09:15", "09:30", "09:45", "10:00", "10:15"));
  }

  @Test
  void everyHourAndAHalfForFourOccurrences() {
    check("1997-09-02T09:00", "FREQ=MINUTELY;INTERVAL=90;COUNT=4", times("09:00", "10:30", "12:00", "13:30"));
  }

  @Test
  void every20MinutesFrom9To440EveryDayBothForms() {
    List<OffsetDateTime> expected = new ArrayList<>();
    for (int day = 2; day <= 3; day++) {
      for (int hour = 9; hour <= 16; hour++) {
        for (int minute = 0; minute < 60; minute += 20) {
          expected.add(OffsetDateTime.of(1997, 9, day, hour, minute, 0, 0, EDT));
        }
      }
    }
    checkFirst("1997-09-02T09:00", "FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40", expected);
    checkFirst("1997-09-02T09:00", "FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16", expected);
  }

  @Test
  void wkstMondayGivesAugust5_10_19_24() {
    check("1997-08-05T09:00", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO",
        at9(1997, 8, EDT, 5, 10, 19, 24));
  }

  @Test
  void wkstSundayGivesAugust5_17_19_31() {
    check("1997-08-05T09:00", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU",
        at9(1997, 8, EDT, 5, 17, 19, 31));
  }

  @Test
  void anInvalidDateFebruary30IsIgnored() {
    check("2007-01-15T09:00", "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5",
        all(at9(2007, 1, EST, 15, 30), at9(2007, 2, EST, 15), at9(2007, 3, EDT, 15, 30)));
  }
}
