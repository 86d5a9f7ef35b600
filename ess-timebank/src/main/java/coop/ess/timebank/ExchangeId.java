package coop.ess.timebank;

import org.immutables.value.Value;

/**
 * Identifies an exchange (chosen by the client, so that a retry is recognised).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class ExchangeId extends coop.ess.core.Identifier<ExchangeId> {

  ExchangeId() {}

  /**
   * Creates the identifier.
   *
   * @param value the identifier as text, not null
   * @return the identifier, not null
   * @throws coop.ess.core.EssValidationException if {@code value} is not a valid identifier
   */
  public static ExchangeId of(String value) {
    return ImmutableExchangeId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    checkSyntax("exchangeId");
  }
}
