package coop.ess.core.directory;

import coop.ess.core.Code;
import org.immutables.value.Value;

/**
 * A theme of the directory, such as {@code reuse}, {@code good-food} or {@code free-software}: a lower-case slug
 * ({@code [a-z0-9-]}, 1 to 64 characters).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Theme extends Code<Theme> {

  Theme() {}

  /**
   * Returns the theme with this code.
   *
   * @param code a lower-case slug, not null
   * @return the theme, not null
   * @throws coop.ess.core.EssValidationException if the code is not a slug
   */
  public static Theme of(String code) {
    return ImmutableTheme.of(code);
  }

  /**
   * The code.
   *
   * @return the slug, not null
   */
  @Override
  @Value.Parameter
  public abstract String code();

  @Value.Check
  final void check() {
    checkSyntax("theme");
  }
}
