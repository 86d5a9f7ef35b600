package coop.ess.core;

import org.immutables.value.Value;

/**
 * Identifies an organisation: an association, a cooperative, a public body, an informal collective.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract non-sealed class OrganisationId extends Identifier<OrganisationId> implements PartyId {

  OrganisationId() {}

  /**
   * Creates the identifier.
   *
   * @param value the identifier as text, not null
   * @return the identifier, not null
   * @throws EssValidationException if {@code value} is not a valid identifier
   */
  public static OrganisationId of(String value) {
    return ImmutableOrganisationId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    checkSyntax("organisationId");
  }
}
