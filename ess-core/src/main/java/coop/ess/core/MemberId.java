package coop.ess.core;

import org.immutables.value.Value;

/**
 * Identifies a member (a person) of a community.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract non-sealed class MemberId extends Identifier<MemberId> implements PartyId {

  MemberId() {}

  /**
   * Creates the identifier.
   *
   * @param value the identifier as text, not null
   * @return the identifier, not null
   * @throws EssValidationException if {@code value} is not a valid identifier
   */
  public static MemberId of(String value) {
    return ImmutableMemberId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    checkSyntax("memberId");
  }
}
