/**
 * Multilateral clearing of obligation networks: cancelling debts around cycles without changing anyone's net
 * position and without creating new obligations.
 *
 * <p>{@link coop.ess.timebank.clearing.Clearing} offers the optimal method (a minimum-cost flow) and a fast
 * approximate one (cycle cancelling), over {@link coop.ess.timebank.clearing.Obligation}s between parties of any type
 * (members, accounts of federated time banks, plain names) or, for networks of millions of obligations, over
 * primitive arrays ({@link coop.ess.timebank.clearing.ObligationArrays}). Amounts are exact {@code long}s.
 * {@link coop.ess.timebank.clearing.Federation} derives the obligations between federated time banks
 * ({@link coop.ess.timebank.clearing.FederatedBank}) from their ledgers and clears them.
 */
@NullMarked
@EssStyle
package coop.ess.timebank.clearing;

import coop.ess.core.internal.EssStyle;
import org.jspecify.annotations.NullMarked;
