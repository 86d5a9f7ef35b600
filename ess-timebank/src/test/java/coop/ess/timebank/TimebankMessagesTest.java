package coop.ess.timebank;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.MessageCatalog;
import coop.ess.timebank.internal.TimebankMessages;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimebankMessagesTest {

  private static final MessageCatalog CATALOG = TimebankMessages.CATALOG;

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
  void aFloorViolationReadsWellInBothLanguages() {
    var violation = CATALOG.error("balance.belowFloor", "legs[0].from", "account", "bob", "after", "-21 h",
        "floor", "-20 h", "balance", "-19 h", "held", "0 h", "change", "-2 h");
    assertThat(violation.messageEn()).isEqualTo(
        "Account bob would reach -21 h, below its floor of -20 h (balance -19 h, pending 0 h, this exchange -2 h).");
    assertThat(violation.messageFr()).isEqualTo(
        "Le compte bob atteindrait -21 h, sous son plancher de -20 h (solde -19 h, en attente 0 h, cet échange -2 h).");
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
