package coop.ess.core.governance.counting;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.MessageCatalog;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CountingMessagesTest {

  private static final MessageCatalog CATALOG = CountingMessages.CATALOG;

  @Test
  void everyCodeHasTheSameParametersInEnglishAndFrench() {
    for (String code : CATALOG.codes()) {
      assertThat(placeholders(CATALOG.template(code, true))).as(code)
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
  void anUnknownCandidateMessageNamesTheCandidateInBothLanguages() {
    var violation = CATALOG.error("election.unknownCandidate", "ballots[3].ranking[1]", "candidate", "Z");

    assertThat(violation.messageEn()).isEqualTo("Unknown candidate or project \"Z\".");
    assertThat(violation.messageFr()).isEqualTo("Candidat ou projet inconnu « Z ».");
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
