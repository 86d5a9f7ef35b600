package coop.ess.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssValidationException;
import coop.ess.core.Violation;
import org.junit.jupiter.api.Test;

class CollegeStatuteTest {

  static CollegeStatute scic(CollegeStatute.Reading reading, CollegeStatute.EmptyCollege empty) {
    return CollegeStatute.builder()
        .addColleges(College.of(CollegeId.of("salaries"), "Salariés", 40))
        .addColleges(College.of(CollegeId.of("usagers"), "Usagers", 35))
        .addColleges(College.of(CollegeId.of("soutiens"), "Soutiens", 25))
        .reading(reading).emptyCollege(empty).build();
  }

  @Test
  void threeCollegesWithinTheirRangeAndSummingToAHundredAreAccepted() {
    CollegeStatute statute = scic(CollegeStatute.Reading.PROPORTIONAL, CollegeStatute.EmptyCollege.REDISTRIBUTE);

    assertThat(statute.colleges()).hasSize(3);
    assertThat(statute.college(CollegeId.of("usagers"))).map(College::weightPercent).contains(35);
  }

  @Test
  void everyBrokenRuleIsReportedWithItsField() {
    CollegeStatute.Builder builder = CollegeStatute.builder()
        .addColleges(College.of(CollegeId.of("a"), "A", 60))
        .addColleges(College.of(CollegeId.of("b"), "B", 5))
        .reading(CollegeStatute.Reading.BLOC).emptyCollege(CollegeStatute.EmptyCollege.COUNT_AS_AGAINST);

    assertThatThrownBy(builder::build).isInstanceOfSatisfying(EssValidationException.class, e -> {
      assertThat(e.violations()).extracting(Violation::code)
          .containsExactly("college.tooFew", "college.weightRange", "college.weightRange", "college.total");
      assertThat(e.violations()).extracting(Violation::field)
          .containsExactly("colleges", "colleges[0].weightPercent", "colleges[1].weightPercent", "colleges");
      assertThat(e.violations().get(3).messageFr()).contains("65 %");
    });
  }

  @Test
  void aCollegeDefinedTwiceIsRefused() {
    CollegeStatute.Builder builder = CollegeStatute.builder()
        .addColleges(College.of(CollegeId.of("a"), "A", 40))
        .addColleges(College.of(CollegeId.of("b"), "B", 30))
        .addColleges(College.of(CollegeId.of("a"), "A bis", 30))
        .reading(CollegeStatute.Reading.BLOC).emptyCollege(CollegeStatute.EmptyCollege.REDISTRIBUTE);

    assertThatThrownBy(builder::build).isInstanceOfSatisfying(EssValidationException.class, e ->
        assertThat(e.violations()).extracting(Violation::field).containsExactly("colleges[2].id"));
  }
}
