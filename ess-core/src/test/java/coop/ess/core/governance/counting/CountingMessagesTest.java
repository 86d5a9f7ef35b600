package coop.ess.core.governance.counting;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.MessageCatalog;
import org.junit.jupiter.api.Test;

class CountingMessagesTest {

  private static final MessageCatalog CATALOG = CountingMessages.CATALOG;

  @Test
  void everyCodeIsTranslated() {
    // Loading the catalog already checked that both languages name the same parameters for every code.
    assertThat(CATALOG.untranslatedCodes()).isEmpty();
  }

  @Test
  void anUnknownCandidateMessageNamesTheCandidateInBothLanguages() {
    var violation = CATALOG.error("election.unknownCandidate", "ballots[3].ranking[1]", "candidate", "Z");

    assertThat(violation.messageEn()).isEqualTo("Unknown candidate or project \"Z\".");
    assertThat(violation.messageFr()).isEqualTo("Candidat ou projet inconnu « Z ».");
  }
}
