/**
 * Events with registration: an {@link coop.ess.booking.event.Event} is a programme of
 * {@link coop.ess.booking.event.Session}s held in spaces of the venue (each session reserves its spaces through the
 * {@link coop.ess.booking.BookingCalendar}), with a number of seats and a
 * {@link coop.ess.booking.event.RegistrationMode}: open, by invitation (co-optation) or by diversity priority
 * ({@link coop.ess.booking.event.DiversityAllocator}). The thread-safe engine
 * {@link coop.ess.booking.event.EventRegistry} answers every operation with an
 * {@link coop.ess.booking.event.EventDecision} and records every change as a
 * {@link coop.ess.booking.event.RegistrationEvent}.
 */
@NullMarked
@EssStyle
package coop.ess.booking.event;

import coop.ess.core.internal.EssStyle;
import org.jspecify.annotations.NullMarked;
