package coop.ess.json.export;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.MessageCatalog;
import coop.ess.json.export.internal.ExportMessages;
import org.junit.jupiter.api.Test;

class ExportMessagesTest {

  private static final MessageCatalog CATALOG = ExportMessages.CATALOG;

  @Test
  void everyCodeIsTranslatedWithTheSameParameters() {
    // Loading the catalog already checked that both languages name the same parameters for every code.
    assertThat(CATALOG.codes()).contains("export.delimiter", "export.unknownSpace", "csv.delimiterInValue");
    assertThat(CATALOG.untranslatedCodes()).isEmpty();
  }

  @Test
  void theFrenchMessagesDifferFromTheEnglishOnes() {
    for (String code : CATALOG.codes()) {
      assertThat(CATALOG.template(code, true)).as(code).isNotEqualTo(CATALOG.template(code, false));
    }
  }

  @Test
  void aViolationNamesItsValuesInBothLanguages() {
    var violation = CATALOG.error("export.unknownMember", "venueContacts[0]",
        "member", "ghost");

    assertThat(violation.messageEn()).isEqualTo("Member \"ghost\" is not in the community.");
    assertThat(violation.messageFr())
        .isEqualTo("Le membre \"ghost\" n'est pas dans la communauté.");
  }
}
