package coop.ess.json.schema;

import org.immutables.value.Value;

/**
 * One problem of a JSON Lines file ({@link JsonLines}): the line number, from 1 and counting blank lines, and the
 * problem of the document on that line, with a JSON pointer into that line's document.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class LineProblem {

  LineProblem() {}

  /**
   * Creates a problem.
   *
   * @param line the line number, from 1
   * @param problem the problem of the line's document, not null
   * @return the problem, not null
   */
  public static LineProblem of(long line, SchemaProblem problem) {
    return ImmutableLineProblem.of(line, problem);
  }

  /**
   * The line number.
   *
   * @return the line, from 1
   */
  @Value.Parameter
  public abstract long line();

  /**
   * The problem of the line's document.
   *
   * @return the problem, its pointer relative to the line's document, not null
   */
  @Value.Parameter
  public abstract SchemaProblem problem();

  /**
   * The problem as one line: {@code line N: <pointer>: <reason>} ({@code (root)} for the line's whole document).
   *
   * @return the line, not null
   */
  @Override
  public final String toString() {
    return "line " + line() + ": " + problem();
  }
}
