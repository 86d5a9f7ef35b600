package coop.ess.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.MessageCatalog;
import org.junit.jupiter.api.Test;

class GovernanceMessagesTest {

  private static final MessageCatalog CATALOG = GovernanceMessages.CATALOG;

  @Test
  void everyCodeIsTranslated() {
    // Loading the catalog already checked that both languages name the same parameters for every code.
    assertThat(CATALOG.untranslatedCodes()).isEmpty();
  }

  @Test
  void theCatalogCoversProxiesVotesCollegesAndConsent() {
    assertThat(CATALOG.codes()).contains("proxy.cap", "vote.afterClose", "college.total", "consent.objectionsRemain");
  }
}
