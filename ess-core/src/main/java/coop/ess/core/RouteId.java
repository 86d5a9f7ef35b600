package coop.ess.core;

import org.immutables.value.Value;

/**
 * Identifies a thematic route of the directory.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class RouteId extends Identifier<RouteId> {

  RouteId() {}

  /**
   * Creates the identifier.
   *
   * @param value the identifier as text, not null
   * @return the identifier, not null
   * @throws EssValidationException if {@code value} is not a valid identifier
   */
  public static RouteId of(String value) {
    return ImmutableRouteId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    checkSyntax("routeId");
  }
}
