package coop.ess.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.MessageCatalog;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GovernanceMessagesTest {

  private static final MessageCatalog CATALOG = GovernanceMessages.CATALOG;

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
  void theCatalogCoversProxiesVotesCollegesAndConsent() {
    assertThat(CATALOG.codes()).contains("proxy.cap", "vote.afterClose", "college.total", "consent.objectionsRemain");
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
