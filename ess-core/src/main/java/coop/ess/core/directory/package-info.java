/**
 * The directory of a territory: one {@link coop.ess.core.directory.Card} per actor or project, themes,
 * {@link coop.ess.core.directory.ThematicRoute}s across the territory ("the chain of re-use"), the accompaniment
 * stage of project carriers, and search by theme and text.
 */
@NullMarked
@EssStyle
package coop.ess.core.directory;

import coop.ess.core.internal.EssStyle;
import org.jspecify.annotations.NullMarked;
