package coop.ess.timebank;

import org.immutables.value.Value;

/**
 * Identifies a time-bank account.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class AccountId extends coop.ess.core.Identifier<AccountId> {

  AccountId() {}

  /**
   * Creates the identifier.
   *
   * @param value the identifier as text, not null
   * @return the identifier, not null
   * @throws coop.ess.core.EssValidationException if {@code value} is not a valid identifier
   */
  public static AccountId of(String value) {
    return ImmutableAccountId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    checkSyntax("accountId");
  }
}
