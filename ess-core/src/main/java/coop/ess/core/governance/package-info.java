/**
 * Assemblies and decisions of a community: {@link coop.ess.core.governance.Proposal}s and their life cycle,
 * {@link coop.ess.core.governance.Electorate}s derived from memberships, SCIC
 * {@link coop.ess.core.governance.CollegeStatute colleges}, proxies (<i>pouvoirs</i>), quorum and thresholds, the
 * thread-safe {@link coop.ess.core.governance.BallotBox} that records every step as a
 * {@link coop.ess.core.governance.GovernanceEvent}, and sociocratic
 * {@link coop.ess.core.governance.ConsentProcess consent} with
 * {@link coop.ess.core.governance.ElectionWithoutCandidates elections without candidates}.
 *
 * <p>Every decision is computed with exact fractions: no floating point decides a vote.
 */
@NullMarked
@EssStyle
package coop.ess.core.governance;

import coop.ess.core.internal.EssStyle;
import org.jspecify.annotations.NullMarked;
