package coop.ess.json.internal;

import coop.ess.json.EssJsonFeature;
import java.util.EnumSet;
import java.util.Set;

/**
 * The features of one module, read once.
 *
 * @param amountsAsText write amounts as {@code "1 h 30"} rather than minutes
 * @param personalData write personal data
 * @param failOnUnknownFields refuse unknown fields when reading
 */
public record Features(boolean amountsAsText, boolean personalData, boolean failOnUnknownFields) {

  /**
   * The features of a set.
   *
   * @param enabled the enabled features, not null
   * @return the features, not null
   */
  public static Features of(Set<EssJsonFeature> enabled) {
    EnumSet<EssJsonFeature> set = enabled.isEmpty() ? EnumSet.noneOf(EssJsonFeature.class) : EnumSet.copyOf(enabled);
    return new Features(set.contains(EssJsonFeature.WRITE_AMOUNTS_AS_TEXT),
        set.contains(EssJsonFeature.WRITE_PERSONAL_DATA), set.contains(EssJsonFeature.FAIL_ON_UNKNOWN_FIELDS));
  }
}
