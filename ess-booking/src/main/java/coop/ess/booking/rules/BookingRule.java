package coop.ess.booking.rules;

import coop.ess.core.Violation;
import java.util.List;

/**
 * One question about a booking request (is the venue open? is the notice long enough? is the quota reached?),
 * answered with the violations found; an empty list means the rule holds. The calendar runs every rule of a
 * resource's {@link ResourcePolicy} and reports every violation.
 *
 * <p>Rules are immutable and thread-safe.
 */
public interface BookingRule {

  /**
   * A short stable name, such as {@code minimum-notice}.
   *
   * @return the name, not null
   */
  String name();

  /**
   * Checks a request against this rule.
   *
   * @param context the request, the resource and what the calendar knows, not null
   * @return the violations, possibly empty, not null
   */
  List<Violation> check(RuleContext context);
}
