/**
 * The JSON codecs behind {@link coop.ess.json.EssJacksonModule}: streaming readers and writers of each value type.
 * Not API: this package is not exported.
 */
@NullMarked
package coop.ess.json.internal;

import org.jspecify.annotations.NullMarked;
