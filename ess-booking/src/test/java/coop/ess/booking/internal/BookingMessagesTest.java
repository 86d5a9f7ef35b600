package coop.ess.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.MessageCatalog;
import coop.ess.core.Violation;
import org.junit.jupiter.api.Test;

class BookingMessagesTest {

  private static final MessageCatalog CATALOG = BookingMessages.CATALOG;

  @Test
  void everyCodeIsTranslated() {
    // Loading the catalog already checked that both languages name the same parameters for every code.
    assertThat(CATALOG.untranslatedCodes()).isEmpty();
  }

  @Test
  void anOverlapNamesTheResourceAndTheOtherBookingInBothLanguages() {
    Violation violation = CATALOG.error("booking.overlap", "resources[0]", "resource", "Salle de réunion",
        "booking", "b1", "start", "2026-03-03T14:00", "end", "2026-03-03T16:00", "buffer", "PT0S");
    assertThat(violation.messageEn())
        .isEqualTo("Salle de réunion is already booked from 2026-03-03T14:00 to 2026-03-03T16:00 (booking b1).");
    assertThat(violation.messageFr())
        .isEqualTo("Salle de réunion est déjà réservé de 2026-03-03T14:00 à 2026-03-03T16:00 (réservation b1).");
  }
}
