package coop.ess.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.MessageCatalog;
import coop.ess.json.EssJson;
import coop.ess.json.EssJsonException;
import coop.ess.json.EssJsonReader;
import coop.ess.timebank.Leg;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JsonMessagesTest {

  private static final MessageCatalog CATALOG = JsonMessages.CATALOG;

  private static EssJsonException refusal(Runnable read) {
    try {
      read.run();
    } catch (EssJsonException e) {
      return e;
    }
    throw new AssertionError("expected an EssJsonException");
  }

  @Test
  void everyCodeIsTranslatedWithTheSameParameters() {
    // Loading the catalog already checked that both languages name the same parameters for every code.
    assertThat(CATALOG.codes()).contains("json.duplicateKey", "json.unknownField", "json.missingField",
        "json.tooDeep", "json.integerOutOfRange", "json.numberTooLarge");
    assertThat(CATALOG.untranslatedCodes()).isEmpty();
  }

  @Test
  void theFrenchMessagesDifferFromTheEnglishOnes() {
    for (String code : CATALOG.codes()) {
      assertThat(CATALOG.template(code, true)).as(code).isNotEqualTo(CATALOG.template(code, false));
    }
  }

  @Test
  void aDuplicateKeyIsExplainedInFrenchWithItsLineAndColumn() {
    EssJsonException e = refusal(() -> EssJsonReader.standard().read("{\"a\": 1,\n \"a\": 2}"));

    assertThat(e.reason()).isEqualTo("not valid JSON: Duplicate Object property \"a\" (line 2, column 5)");
    assertThat(e.reasonFr()).hasValue(
        "JSON non valide : la propriété \"a\" figure deux fois dans l'objet (ligne 2, colonne 5)");
    assertThat(e.reason(Locale.FRENCH)).isEqualTo(e.reasonFr().orElseThrow());
    assertThat(e.reason(Locale.ENGLISH)).isEqualTo(e.reason());
  }

  @Test
  void unknownAndMissingFieldsAreExplainedInFrench() {
    EssJsonException unknown = refusal(() -> EssJson.standard().read(
        "{\"from\":\"a\",\"to\":\"b\",\"minutes\":5,\"note\":1}", Leg.class));
    EssJsonException missing = refusal(() -> EssJson.standard().read("{\"from\":\"a\",\"to\":\"b\"}", Leg.class));

    assertThat(unknown.reasonFr()).hasValue("champ inconnu \"note\"");
    assertThat(unknown.pointer()).isEqualTo("/note");
    assertThat(missing.reason()).isEqualTo("missing field \"minutes\"");
    assertThat(missing.reasonFr()).hasValue("champ manquant \"minutes\"");
  }

  @Test
  void limitsAndNumbersOutOfRangeAreExplainedInFrench() {
    int depth = EssJsonReader.MAX_DEPTH + 1;
    EssJsonException deep = refusal(() -> EssJsonReader.standard().read("[".repeat(depth) + "]".repeat(depth)));
    EssJsonException huge = refusal(() -> EssJsonReader.standard().read("[92233720368547758070]"));
    EssJsonException infinite = refusal(() -> EssJsonReader.standard().read("{\"x\": 1e400}"));
    EssJsonException empty = refusal(() -> EssJsonReader.standard().read(" "));

    assertThat(deep.reasonFr()).hasValue("JSON non valide : plus de 64 tableaux et objets imbriqués");
    assertThat(huge.reasonFr()).hasValue("l'entier 92233720368547758070 sort des 64 bits");
    assertThat(infinite.reasonFr()).hasValue("le nombre est trop grand pour un double");
    assertThat(empty.reasonFr()).hasValue("le document est vide");
  }

  @Test
  void aReasonWithoutFrenchFallsBackToEnglish() {
    EssJsonException e = new EssJsonException("/x", "expected a string, got null");

    assertThat(e.reasonFr()).isEmpty();
    assertThat(e.reason(Locale.FRENCH)).isEqualTo("expected a string, got null");
  }
}
