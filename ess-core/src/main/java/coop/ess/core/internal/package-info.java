/**
 * Helpers shared by the SDK's modules and not part of its API: the Immutables style, argument checks and the
 * violation collector. Exported only to the SDK's own modules.
 */
@NullMarked
package coop.ess.core.internal;

import org.jspecify.annotations.NullMarked;
