package coop.ess.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.internal.CoreMessages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageCatalogTest {

  private static final MessageCatalog CORE = CoreMessages.CATALOG;

  @Test
  void everyCodeIsTranslated() {
    // Loading the catalog already checked that both languages name the same parameters for every code.
    assertThat(CORE.untranslatedCodes()).isEmpty();
  }

  @Test
  void aCatalogWhoseLanguagesNameDifferentParametersDoesNotLoad() {
    assertThatThrownBy(() -> MessageCatalog.load(MessageCatalogTest.class, "mismatched"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Message catalog 'mismatched' names different parameters in English and French for: [greeting]");
  }

  @Test
  void untranslatedCodesAreListed() {
    assertThat(MessageCatalog.load(MessageCatalogTest.class, "untranslated").untranslatedCodes())
        .containsExactly("plain");
  }

  @Test
  void aViolationCarriesCodeFieldParametersAndBothMessages() {
    Violation violation = CORE.error("siret.checksum", "siret", "value", "12345678901234");

    assertThat(violation.code()).isEqualTo("siret.checksum");
    assertThat(violation.field()).isEqualTo("siret");
    assertThat(violation.severity()).isEqualTo(Severity.ERROR);
    assertThat(violation.parameters()).containsEntry("value", "12345678901234");
    assertThat(violation.messageEn()).isEqualTo("SIRET 12345678901234 has a wrong check digit (Luhn).");
    assertThat(violation.messageFr()).isEqualTo("Le SIRET 12345678901234 a une clé de contrôle erronée (Luhn).");
    assertThat(violation.message(Locale.CANADA_FRENCH)).isEqualTo(violation.messageFr());
    assertThat(violation.message(Locale.GERMAN)).isEqualTo(violation.messageEn());
  }

  @Test
  void anUnknownCodeIsAProgrammingError() {
    assertThatThrownBy(() -> CORE.error("no.such.code", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no.such.code")
        .hasMessageContaining("core");
  }

  @Test
  void aMissingParameterIsNamed() {
    assertThatThrownBy(() -> CORE.error("siret.checksum", "siret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'value'");
  }

  @Test
  void parametersMustComeInPairs() {
    assertThatThrownBy(() -> CORE.error("siret.checksum", "siret", "value"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name-value pairs");
  }

  @Test
  void aCatalogWhoseFilesAreMissingSaysWhichFile() {
    assertThatThrownBy(() -> MessageCatalog.load(MessageCatalogTest.class, "absent"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ess-messages/absent.properties");
  }
}
