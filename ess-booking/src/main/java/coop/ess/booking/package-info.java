/**
 * The booking calendar of a venue: {@link coop.ess.booking.BookingCalendar} takes
 * {@link coop.ess.booking.BookingRequest}s for one or several resources and answers each with a
 * {@link coop.ess.booking.BookingDecision} that lists every violation; every change is recorded as a
 * {@link coop.ess.booking.BookingEvent}.
 */
@NullMarked
@EssStyle
package coop.ess.booking;

import coop.ess.core.internal.EssStyle;
import org.jspecify.annotations.NullMarked;
