package coop.ess.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.internal.CoreMessages;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessageCatalogTest {

  private static final MessageCatalog CORE = CoreMessages.CATALOG;

  @Test
  void everyCodeHasTheSameParametersInEnglishAndFrench() {
    for (String code : CORE.codes()) {
      assertThat(placeholders(CORE.template(code, true)))
          .as("parameters of %s", code)
          .isEqualTo(placeholders(CORE.template(code, false)));
    }
  }

  @Test
  void frenchTemplatesAreNotCopiesOfTheEnglishOnes() {
    for (String code : CORE.codes()) {
      assertThat(CORE.template(code, true)).as(code).isNotEqualTo(CORE.template(code, false));
    }
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

  private static Set<String> placeholders(String template) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = Pattern.compile("\\{([A-Za-z0-9]+)}").matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
