/** Implementation details of the time-bank ledger: rules, message catalog, primitive state. Not API. */
@NullMarked
package coop.ess.timebank.internal;

import org.jspecify.annotations.NullMarked;
