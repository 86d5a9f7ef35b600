package coop.ess.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.MessageCatalog;
import coop.ess.core.Violation;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BookingMessagesTest {

  private static final MessageCatalog CATALOG = BookingMessages.CATALOG;

  @Test
  void everyCodeHasTheSameParametersInEnglishAndFrench() {
    for (String code : CATALOG.codes()) {
      assertThat(placeholders(CATALOG.template(code, true))).as("parameters of %s", code)
          .isEqualTo(placeholders(CATALOG.template(code, false)));
    }
  }

  @Test
  void frenchTemplatesAreNotCopiesOfTheEnglishOnes() {
    for (String code : CATALOG.codes()) {
      assertThat(CATALOG.template(code, true)).as(code).isNotEqualTo(CATALOG.template(code, false));
    }
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

  private static Set<String> placeholders(String template) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}").matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
