/**
 * Venues (<i>tiers-lieux</i>), their spaces and non-room resources, and networks of venues.
 *
 * <p>A {@link coop.ess.core.venue.Venue} has an address, a time zone and {@link coop.ess.core.venue.Resource}s: the
 * spaces people use (meeting room, coworking, kitchen, greenhouse, grocery…) and the things they borrow (a vehicle,
 * a tool, a projector). Several venues can form a {@link coop.ess.core.venue.VenueNetwork}, as a multipolar resource
 * pole does.
 */
@NullMarked
@EssStyle
package coop.ess.core.venue;

import coop.ess.core.internal.EssStyle;
import org.jspecify.annotations.NullMarked;
