package coop.ess.timebank.clearing;

import coop.ess.core.EssValidationException;
import coop.ess.core.internal.Checks;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.Leg;
import coop.ess.timebank.LedgerEvent;
import coop.ess.timebank.clearing.internal.ClearingMessages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Multilateral clearing between federated time banks: the hours that the members of each bank received from the
 * members of the others, as obligations between banks, cleared with {@link Clearing}.
 *
 * <p><b>Which exchanges make obligations.</b> A bank's ledger records its members' side of an exchange with another
 * bank against that bank's correspondent account (see {@link FederatedBank}). Each such exchange is read once, in
 * the ledger of the bank whose member <em>received</em> the service: a posted leg from a local account to the
 * correspondent account of bank B, in the ledger of bank A, means that A owes B its minutes (A's member consumed
 * hours that B's member gave). The mirror legs (out of a correspondent account to a local account) are the other
 * bank's record of its own receipts and are not read, so an exchange recorded on both sides counts once. A reversal
 * takes its hours back: a reversal leg out of B's correspondent account to a local account lowers what A owes B.
 * Legs between two correspondent accounts, and legs that touch no correspondent account, make no obligation. The
 * obligations of a pair of banks are summed, so the network has at most one obligation per ordered pair, and A owing
 * B and B owing A is the shortest cycle clearing cancels.
 *
 * <p>When every bank records both sides, the net position of a bank in these obligations (what it owes minus what
 * it is owed) equals the sum of the balances of its correspondent accounts; clearing never changes net positions.
 *
 * <pre>{@code
 * ClearingResult<String> result = Federation.clear(List.of(cargo, ville, marche), ClearingMethod.OPTIMAL);
 * result.totalDebt(); result.cleared(); result.remaining();   // what the banks still owe one another
 * }</pre>
 *
 * <p>Stateless and thread-safe; it reads each ledger's journal once.
 */
public final class Federation {

  private Federation() {}

  /**
   * The obligations between the banks implied by their ledgers, one per ordered pair of banks with a positive sum,
   * ordered by debtor then creditor id.
   *
   * @param banks the federation, not null, each bank once, every correspondent account standing for one of them
   * @return the obligations (amounts in minutes), not null, possibly empty
   * @throws EssValidationException if a bank appears twice or a correspondent account stands for a bank outside the
   *     federation
   */
  public static List<Obligation<String>> obligations(Collection<FederatedBank> banks) {
    checkFederation(banks);
    Map<String, Map<String, Long>> owed = new TreeMap<>();
    for (FederatedBank bank : banks) {
      Map<AccountId, String> correspondents = bank.correspondents();
      if (correspondents.isEmpty()) {
        continue;
      }
      for (LedgerEvent event : bank.ledger().journal().events()) {
        Optional<Exchange> posted = event.posted();
        if (posted.isEmpty()) {
          continue;
        }
        boolean reversal = posted.get().reverses().isPresent();
        for (Leg leg : posted.get().legs()) {
          String into = correspondents.get(leg.to());
          String outOf = correspondents.get(leg.from());
          if (into != null && outOf == null && !reversal) {
            add(owed, bank.id(), into, leg.minutes());
          } else if (outOf != null && into == null && reversal) {
            add(owed, bank.id(), outOf, -leg.minutes());
          }
        }
      }
    }
    List<Obligation<String>> obligations = new ArrayList<>();
    owed.forEach((debtor, creditors) -> creditors.forEach((creditor, amount) -> {
      if (amount > 0) {
        obligations.add(Obligation.of(debtor, creditor, amount));
      }
    }));
    return List.copyOf(obligations);
  }

  /**
   * Clears the obligations between the banks ({@link #obligations}).
   *
   * @param banks the federation, not null
   * @param method the method, not null
   * @return the totals (in minutes) and what the banks still owe one another, not null
   * @throws EssValidationException as {@link #obligations} does
   */
  public static ClearingResult<String> clear(Collection<FederatedBank> banks, ClearingMethod method) {
    Objects.requireNonNull(method, "method");
    return Clearing.clear(obligations(banks), method);
  }

  private static void add(Map<String, Map<String, Long>> owed, String debtor, String creditor, long minutes) {
    owed.computeIfAbsent(debtor, d -> new TreeMap<>()).merge(creditor, minutes, Math::addExact);
  }

  private static void checkFederation(Collection<FederatedBank> banks) {
    Objects.requireNonNull(banks, "banks");
    Checks checks = Checks.of(ClearingMessages.CATALOG, "Federation");
    Set<String> ids = new HashSet<>();
    for (FederatedBank bank : banks) {
      checks.check(ids.add(bank.id()), "federation.duplicateBank", "banks", "bank", bank.id());
    }
    for (FederatedBank bank : banks) {
      bank.correspondents().forEach((account, other) -> checks.check(ids.contains(other),
          "federation.unknownBank", "correspondents", "account", account, "bank", bank.id(), "other", other));
    }
    checks.throwIfInvalid();
  }
}
