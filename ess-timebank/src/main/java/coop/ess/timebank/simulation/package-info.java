/**
 * A seeded agent-based model of a time bank for researchers: members with skills join and leave, needs arrive, a
 * provider is matched, and each exchange is decided by the same limit arithmetic as the real
 * {@link coop.ess.timebank.Ledger} (floors, ceilings, dynamic floor, demurrage), at the scale of millions of members.
 *
 * <p>{@link coop.ess.timebank.simulation.SimulationSettings} describes a run; {@link
 * coop.ess.timebank.simulation.Simulation} runs it one period (month) at a time and yields a {@link
 * coop.ess.timebank.simulation.PeriodMetrics} per period. Same settings, same seed: same results, whatever the number
 * of threads.
 */
@NullMarked
@EssStyle
package coop.ess.timebank.simulation;

import coop.ess.core.internal.EssStyle;
import org.jspecify.annotations.NullMarked;
