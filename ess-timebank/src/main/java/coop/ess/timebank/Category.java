package coop.ess.timebank;

import org.immutables.value.Value;

/**
 * The kind of service an exchange records, from the community's taxonomy: digital help, DIY, cooking, gardening,
 * mobility… The constants name the usual ones; a community may define its own with {@link #of(String)} and restrict
 * the allowed ones with {@link ExchangeRule#allowedCategories(java.util.Set)}.
 *
 * <p>A code is a lower-case slug. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Category extends coop.ess.core.Code<Category> {

  /** Digital help: a computer, a phone, an online form (<i>aide numérique</i>). */
  public static final Category DIGITAL = of("digital");
  /** Do-it-yourself and repairs (<i>bricolage</i>). */
  public static final Category DIY = of("diy");
  /** Cooking (<i>cuisine</i>). */
  public static final Category COOKING = of("cooking");
  /** Gardening (<i>jardinage</i>). */
  public static final Category GARDENING = of("gardening");
  /** Mobility: a lift, help to move (<i>mobilité</i>). */
  public static final Category MOBILITY = of("mobility");
  /** Teaching and tutoring (<i>transmission de savoirs</i>). */
  public static final Category TEACHING = of("teaching");

  Category() {}

  /**
   * Returns the category with this code.
   *
   * @param code a lower-case slug, not null
   * @return the category, not null
   * @throws coop.ess.core.EssValidationException if the code is not a slug
   */
  public static Category of(String code) {
    return ImmutableCategory.of(code);
  }

  /**
   * The code, such as {@code digital}.
   *
   * @return the code, not null
   */
  @Override
  @Value.Parameter
  public abstract String code();

  @Value.Check
  final void check() {
    checkSyntax("category");
  }
}
