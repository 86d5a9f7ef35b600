/** Helpers of the booking engine that are not API: the message catalog and the per-resource interval index. */
@NullMarked
package coop.ess.booking.internal;

import org.jspecify.annotations.NullMarked;
