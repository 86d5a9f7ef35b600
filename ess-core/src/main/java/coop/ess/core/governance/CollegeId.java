package coop.ess.core.governance;

import coop.ess.core.EssValidationException;
import coop.ess.core.Identifier;
import org.immutables.value.Value;

/**
 * Identifies a college of a SCIC (<i>collège de vote</i>).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class CollegeId extends Identifier<CollegeId> {

  CollegeId() {}

  /**
   * Creates the identifier.
   *
   * @param value the identifier as text, not null
   * @return the identifier, not null
   * @throws EssValidationException if {@code value} is not a valid identifier
   */
  public static CollegeId of(String value) {
    return ImmutableCollegeId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    checkSyntax("collegeId");
  }
}
