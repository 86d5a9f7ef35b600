/**
 * Booking rules: each {@link coop.ess.booking.rules.BookingRule} answers one question about a request (is the venue
 * open, is the notice long enough, is the quota exceeded…) with structured violations. A
 * {@link coop.ess.booking.rules.ResourcePolicy} configures the rules of one resource.
 */
@NullMarked
@EssStyle
package coop.ess.booking.rules;

import coop.ess.core.internal.EssStyle;
import org.jspecify.annotations.NullMarked;
