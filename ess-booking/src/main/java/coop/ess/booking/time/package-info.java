/**
 * Time at a venue: {@link coop.ess.booking.time.Interval}s of instants, weekly
 * {@link coop.ess.booking.time.OpeningHours} with dated exceptions, blackout periods and hours by member category,
 * and {@link coop.ess.booking.time.FrenchHoliday French public holidays} computed for any year.
 *
 * <p>Daylight-saving rule: a local time that does not exist (spring-forward gap) stands for the instant the gap
 * ends; a local time that occurs twice (autumn overlap) stands for its first occurrence when it starts a window and
 * its last occurrence when it ends one. So an opening window never gains an hour that the wall clock does not show,
 * and never loses one that it shows twice.
 */
@NullMarked
@EssStyle
package coop.ess.booking.time;

import coop.ess.core.internal.EssStyle;
import org.jspecify.annotations.NullMarked;
