package coop.ess.json.export.internal;

import coop.ess.core.community.LegalForm;
import coop.ess.core.venue.AccessibilityFeature;
import coop.ess.core.venue.ResourceKind;
import java.util.Locale;

/** English labels of the model's codes, for the free-text fields of the exports. */
public final class Labels {

  private Labels() {}

  /**
   * A readable label of a code: {@code project-carrier} becomes {@code project carrier}.
   *
   * @param code the code, not null
   * @return the label, not null
   */
  public static String of(coop.ess.core.Code<?> code) {
    return code.code().replace('-', ' ').replace('_', ' ');
  }

  /**
   * A readable label of an enum constant: {@code STEP_FREE_ACCESS} becomes {@code Step free access}.
   *
   * @param value the constant, not null
   * @return the label, not null
   */
  public static String of(Enum<?> value) {
    if (value == LegalForm.ASSOCIATION_1901) {
      return "Association (loi 1901)";
    }
    if (value == LegalForm.SCIC) {
      return "SCIC (société coopérative d'intérêt collectif)";
    }
    if (value == LegalForm.SCOP) {
      return "SCOP (société coopérative et participative)";
    }
    if (value == AccessibilityFeature.STEP_FREE_ACCESS) {
      return "Step-free access";
    }
    if (value == ResourceKind.COWORKING) {
      return "Coworking space";
    }
    String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * A readable label of a code with a capital first letter: {@code volunteer} becomes {@code Volunteer}.
   *
   * @param code the code, not null
   * @return the label, not null
   */
  public static String capitalised(coop.ess.core.Code<?> code) {
    String words = of(code);
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
