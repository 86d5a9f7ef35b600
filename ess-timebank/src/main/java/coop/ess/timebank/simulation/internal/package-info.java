/** Helpers of the simulator: the random stream, the alias tables, the message catalog. Not API. */
@NullMarked
package coop.ess.timebank.simulation.internal;

import org.jspecify.annotations.NullMarked;
