/**
 * The shared vocabulary of the SDK: typed identifiers, date ranges, and the error model.
 *
 * <p>Two kinds of failure are kept apart. <b>Bad input and misuse</b> raise an unchecked {@link EssException}
 * (most often an {@link EssValidationException} listing every {@link Violation}). <b>Business refusals</b> (a
 * booking that overlaps, an exchange beyond a floor) are never exceptions: engines return {@link Violation}s with a
 * code, parameters, a field and an English and a French message.
 */
@NullMarked
@EssStyle
package coop.ess.core;

import coop.ess.core.internal.EssStyle;
import org.jspecify.annotations.NullMarked;
