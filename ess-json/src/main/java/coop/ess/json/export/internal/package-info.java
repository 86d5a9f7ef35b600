/** Helpers of the open-data exports; not API. */
@NullMarked
package coop.ess.json.export.internal;

import org.jspecify.annotations.NullMarked;
