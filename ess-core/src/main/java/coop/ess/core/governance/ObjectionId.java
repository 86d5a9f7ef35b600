package coop.ess.core.governance;

import coop.ess.core.EssValidationException;
import coop.ess.core.Identifier;
import org.immutables.value.Value;

/**
 * Identifies an objection raised in a consent process.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class ObjectionId extends Identifier<ObjectionId> {

  ObjectionId() {}

  /**
   * Creates the identifier.
   *
   * @param value the identifier as text, not null
   * @return the identifier, not null
   * @throws EssValidationException if {@code value} is not a valid identifier
   */
  public static ObjectionId of(String value) {
    return ImmutableObjectionId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    checkSyntax("objectionId");
  }
}
