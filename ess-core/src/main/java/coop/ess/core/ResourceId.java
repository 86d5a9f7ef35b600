package coop.ess.core;

import org.immutables.value.Value;

/**
 * Identifies a space or a non-room resource (a vehicle, a projector) within a venue network.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class ResourceId extends Identifier<ResourceId> {

  ResourceId() {}

  /**
   * Creates the identifier.
   *
   * @param value the identifier as text, not null
   * @return the identifier, not null
   * @throws EssValidationException if {@code value} is not a valid identifier
   */
  public static ResourceId of(String value) {
    return ImmutableResourceId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    checkSyntax("resourceId");
  }
}
