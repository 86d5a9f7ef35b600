package coop.ess.core;

import org.immutables.value.Value;

/**
 * Identifies a directory card (one actor or one project).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class CardId extends Identifier<CardId> {

  CardId() {}

  /**
   * Creates the identifier.
   *
   * @param value the identifier as text, not null
   * @return the identifier, not null
   * @throws EssValidationException if {@code value} is not a valid identifier
   */
  public static CardId of(String value) {
    return ImmutableCardId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    checkSyntax("cardId");
  }
}
