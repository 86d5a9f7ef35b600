package coop.ess.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.MessageCatalog;
import coop.ess.core.Violation;
import org.junit.jupiter.api.Test;

class EventMessagesTest {

  private static final MessageCatalog CATALOG = EventMessages.CATALOG;

  @Test
  void everyCodeIsTranslated() {
    // Loading the catalog already checked that both languages name the same parameters for every code.
    assertThat(CATALOG.untranslatedCodes()).isEmpty();
  }

  @Test
  void theInvitationCapNamesTheInviterAndTheCapInBothLanguages() {
    Violation violation = CATALOG.error("event.invitationCap", "inviter", "inviter", "louis", "cap", 2,
        "event", "Partager plus que des m²");
    assertThat(violation.messageEn())
        .isEqualTo("louis has already issued the 2 invitations a participant may give for Partager plus que des m².");
    assertThat(violation.messageFr()).isEqualTo(
        "louis a déjà donné les 2 invitations qu'un·e participant·e peut donner pour Partager plus que des m².");
  }
}
