package coop.ess.booking;

import coop.ess.core.ResourceId;
import java.time.Instant;
import java.util.List;

/** Brute-force checks of the calendar's invariants, independent of its interval index. */
final class Invariants {

  private Invariants() {}

  static List<Booking> holding(BookingCalendar calendar, ResourceId resource) {
    return calendar.bookings().stream()
        .filter(b -> b.state().holdsResources() && b.resources().contains(resource)).toList();
  }

  /** The largest number of units held at one instant, by trying every start instant. */
  static int peak(List<Booking> bookings) {
    int best = 0;
    for (Booking probe : bookings) {
      Instant at = probe.interval().start();
      int units = 0;
      for (Booking other : bookings) {
        if (other.interval().contains(at)) {
          units += other.request().units();
        }
      }
      best = Math.max(best, units);
    }
    return best;
  }

  static boolean noTwoOverlap(List<Booking> bookings) {
    for (int i = 0; i < bookings.size(); i++) {
      for (int j = i + 1; j < bookings.size(); j++) {
        if (bookings.get(i).interval().overlaps(bookings.get(j).interval())) {
          return false;
        }
      }
    }
    return true;
  }
}
