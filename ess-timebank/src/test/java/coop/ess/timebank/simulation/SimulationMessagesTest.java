package coop.ess.timebank.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.MessageCatalog;
import coop.ess.timebank.simulation.internal.SimulationMessages;
import org.junit.jupiter.api.Test;

class SimulationMessagesTest {

  private static final MessageCatalog CATALOG = SimulationMessages.CATALOG;

  @Test
  void everyCodeIsTranslated() {
    // Loading the catalog already checked that both languages name the same parameters for every code.
    assertThat(CATALOG.untranslatedCodes()).isEmpty();
  }

  @Test
  void everyFrenchMessageDiffersFromTheEnglishOne() {
    for (String code : CATALOG.codes()) {
      assertThat(CATALOG.template(code, true)).as(code).isNotEqualTo(CATALOG.template(code, false));
    }
  }

  @Test
  void aMembersViolationReadsWellInBothLanguages() {
    var violation = CATALOG.error("settings.members", "members", "value", 1, "max", 50);
    assertThat(violation.messageEn()).isEqualTo("A simulation needs 2 to 50 members (was 1).");
    assertThat(violation.messageFr()).isEqualTo("Une simulation compte de 2 à 50 membres (valeur : 1).");
  }
}
