/**
 * The time-bank ledger: {@link coop.ess.timebank.Account}s holding exact {@link coop.ess.timebank.Minutes minutes},
 * {@link coop.ess.timebank.Exchange}s of services posted all-or-nothing by a thread-safe
 * {@link coop.ess.timebank.Ledger}, the {@link coop.ess.timebank.ExchangeRule rules} that refuse or warn, and the
 * append-only {@link coop.ess.timebank.Journal} of {@link coop.ess.timebank.LedgerEvent events} from which every
 * balance is derived.
 *
 * <p>One hour of help earns one hour of credit: the payer of a leg received the service, the payee gave it. The
 * ledger is zero-sum at every instant. Business refusals are never exceptions: a {@link coop.ess.timebank.PostResult}
 * lists every {@link coop.ess.core.Violation}.
 */
@NullMarked
@EssStyle
package coop.ess.timebank;

import coop.ess.core.internal.EssStyle;
import org.jspecify.annotations.NullMarked;
