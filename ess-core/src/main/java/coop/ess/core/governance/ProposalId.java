package coop.ess.core.governance;

import coop.ess.core.EssValidationException;
import coop.ess.core.Identifier;
import org.immutables.value.Value;

/**
 * Identifies a proposal (a motion, a resolution) put to a vote.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class ProposalId extends Identifier<ProposalId> {

  ProposalId() {}

  /**
   * Creates the identifier.
   *
   * @param value the identifier as text, not null
   * @return the identifier, not null
   * @throws EssValidationException if {@code value} is not a valid identifier
   */
  public static ProposalId of(String value) {
    return ImmutableProposalId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    checkSyntax("proposalId");
  }
}
