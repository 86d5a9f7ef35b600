package coop.ess.timebank;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.MessageCatalog;
import coop.ess.timebank.internal.TimebankMessages;
import org.junit.jupiter.api.Test;

class TimebankMessagesTest {

  private static final MessageCatalog CATALOG = TimebankMessages.CATALOG;

  @Test
  void everyCodeIsTranslated() {
    // Loading the catalog already checked that both languages name the same parameters for every code.
    assertThat(CATALOG.untranslatedCodes()).isEmpty();
  }

  @Test
  void aFloorViolationReadsWellInBothLanguages() {
    var violation = CATALOG.error("balance.belowFloor", "legs[0].from", "account", "bob", "after", "-21 h",
        "floor", "-20 h", "balance", "-19 h", "held", "0 h", "change", "-2 h");
    assertThat(violation.messageEn()).isEqualTo(
        "Account bob would reach -21 h, below its floor of -20 h (balance -19 h, pending 0 h, this exchange -2 h).");
    assertThat(violation.messageFr()).isEqualTo(
        "Le compte bob atteindrait -21 h, sous son plancher de -20 h (solde -19 h, en attente 0 h, cet échange -2 h).");
  }
}
