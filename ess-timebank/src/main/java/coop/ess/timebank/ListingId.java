package coop.ess.timebank;

import org.immutables.value.Value;

/**
 * Identifies an offer or a request that an exchange answers.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class ListingId extends coop.ess.core.Identifier<ListingId> {

  ListingId() {}

  /**
   * Creates the identifier.
   *
   * @param value the identifier as text, not null
   * @return the identifier, not null
   * @throws coop.ess.core.EssValidationException if {@code value} is not a valid identifier
   */
  public static ListingId of(String value) {
    return ImmutableListingId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    checkSyntax("listingId");
  }
}
