package coop.ess.timebank.clearing;

import coop.ess.core.internal.Checks;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Ledger;
import coop.ess.timebank.clearing.internal.ClearingMessages;
import java.util.HashMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One time bank of a {@link Federation}: its id, its {@link Ledger}, and its <em>correspondent accounts</em>, the
 * accounts of its ledger that stand for the other time banks of the federation.
 *
 * <p>A time bank records its own members' side of an exchange with a member of another bank against the
 * correspondent account of that bank: when Ana (bank {@code cargo}) receives an hour from Bo (bank {@code ville}),
 * {@code cargo}'s ledger posts Ana → {@code ville}'s correspondent account, and {@code ville}'s ledger posts
 * {@code cargo}'s correspondent account → Bo. Open correspondent accounts with limits that suit the agreement between
 * the banks (often {@link coop.ess.timebank.Limits#UNLIMITED}). Example:
 *
 * <pre>{@code
 * FederatedBank cargo = FederatedBank.of("cargo", cargoLedger, Map.of(AccountId.of("bank-ville"), "ville"));
 * }</pre>
 *
 * <p>Immutable and thread-safe (the ledger is thread-safe; the federation reads its journal).
 */
@Value.Immutable(builder = false, copy = false)
public abstract class FederatedBank {

  FederatedBank() {}

  /**
   * A federated time bank.
   *
   * @param id the bank's id in the federation, not null, an identifier
   * @param ledger its ledger, not null
   * @param correspondents every correspondent account of the ledger and the id of the bank it stands for, not null,
   *     possibly empty, one account per other bank
   * @return the bank, not null
   * @throws coop.ess.core.EssValidationException if the id is not an identifier, an account stands for this bank,
   *     or two accounts stand for the same bank
   * @throws coop.ess.core.EssNotFoundException if a correspondent account is not open in the ledger
   */
  public static FederatedBank of(
      String id, Ledger ledger, Map<? extends AccountId, ? extends String> correspondents) {
    return ImmutableFederatedBank.of(id, ledger, correspondents);
  }

  /**
   * The bank's id in the federation: the party of its obligations.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The bank's ledger.
   *
   * @return the ledger, not null
   */
  @Value.Parameter
  public abstract Ledger ledger();

  /**
   * The correspondent accounts: for each, the id of the bank it stands for.
   *
   * @return the accounts, not null, possibly empty
   */
  @Value.Parameter
  public abstract Map<AccountId, String> correspondents();

  @Value.Check
  final void check() {
    Checks checks = Checks.of(ClearingMessages.CATALOG, "FederatedBank");
    checks.identifier("id", id());
    Map<String, AccountId> byBank = new HashMap<>();
    correspondents().forEach((account, bank) -> {
      checks.check(!bank.equals(id()), "federation.selfCorrespondent", "correspondents", "account", account,
          "bank", id());
      AccountId before = byBank.putIfAbsent(bank, account);
      checks.check(before == null, "federation.sameCorrespondent", "correspondents", "bank", id(), "other", bank,
          "account", String.valueOf(before), "again", account);
    });
    checks.throwIfInvalid();
    correspondents().keySet().forEach(ledger()::accountNumber);
  }

  @Override
  public final String toString() {
    return "FederatedBank[" + id() + ", correspondents " + correspondents() + "]";
  }
}
