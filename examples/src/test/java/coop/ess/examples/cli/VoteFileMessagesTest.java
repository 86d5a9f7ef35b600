package coop.ess.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.Violation;
import org.junit.jupiter.api.Test;

/** The message catalog of ballot-file problems: both languages, parameters kept. */
class VoteFileMessagesTest {

  @Test
  void everyCodeHasAFrenchTranslation() {
    assertThat(VoteFileMessages.CATALOG.codes()).isNotEmpty();
    assertThat(VoteFileMessages.CATALOG.untranslatedCodes()).isEmpty();
  }

  @Test
  void aProblemCarriesItsPointerAsFieldAndAsParameter() {
    Violation violation = VoteFileMessages.at("motion.unknownCollege", "/ballots/3/college", "college", "usagers");

    assertThat(violation.field()).isEqualTo("/ballots/3/college");
    assertThat(violation.parameters()).containsEntry("field", "/ballots/3/college").containsEntry("college", "usagers");
    assertThat(violation.messageEn()).isEqualTo("College \"usagers\" is not one of the motion's colleges.");
    assertThat(violation.messageFr()).isEqualTo("Le collège « usagers » n'est pas un collège de la motion.");
  }
}
