package coop.ess.core.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text folding for search: lower case, no diacritics, words split on anything that is not a letter or digit. */
public final class Text {

  private Text() {}

  /**
   * Folds a text for comparison: {@code "Réemploi & Vélo"} becomes {@code "reemploi & velo"}.
   *
   * @param text any text
   * @return the folded text
   */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT).replace('œ', 'o').replace('æ', 'a');
  }

  /**
   * The folded words of a text, in order, duplicates kept.
   *
   * @param text any text
   * @return the words
   */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    String folded = fold(text);
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        words.add(folded.substring(start, i));
        start = -1;
      }
    }
    return words;
  }
}
