package coop.ess.core;

import org.immutables.value.Value;

/**
 * Identifies a venue (<i>tiers-lieu</i>) within a network.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class VenueId extends Identifier<VenueId> {

  VenueId() {}

  /**
   * Creates the identifier.
   *
   * @param value the identifier as text, not null
   * @return the identifier, not null
   * @throws EssValidationException if {@code value} is not a valid identifier
   */
  public static VenueId of(String value) {
    return ImmutableVenueId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    checkSyntax("venueId");
  }
}
