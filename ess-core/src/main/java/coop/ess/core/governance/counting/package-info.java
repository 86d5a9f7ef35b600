/**
 * Counting methods for votes and elections, as pure functions with exact arithmetic and a round-by-round report.
 *
 * <p>An {@link coop.ess.core.governance.counting.Election} holds the candidates, the seats and the weighted
 * {@link coop.ess.core.governance.counting.Ballot}s; a {@link coop.ess.core.governance.counting.CountingMethod}
 * counts it into a {@link coop.ess.core.governance.counting.CountResult}: the winners, the ranking as tiers of tied
 * candidates, the {@link coop.ess.core.governance.counting.Round}s and every
 * {@link coop.ess.core.governance.counting.TieBreak} that had to be applied. Fractions are
 * {@link coop.ess.core.governance.counting.Rational}s, never floating point.
 */
@NullMarked
@EssStyle
package coop.ess.core.governance.counting;

import coop.ess.core.internal.EssStyle;
import org.jspecify.annotations.NullMarked;
