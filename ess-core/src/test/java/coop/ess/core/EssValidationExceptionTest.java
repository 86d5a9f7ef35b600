package coop.ess.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.venue.Resource;
import coop.ess.core.venue.ResourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class EssValidationExceptionTest {

  @Test
  void aBuilderWithMissingAttributesNamesEachOfThem() {
    assertThatThrownBy(() -> Resource.builder().kind(ResourceKind.KITCHEN).build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> {
          assertThat(e.violations()).extracting(Violation::code).containsOnly("value.required");
          assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder("id", "name");
        })
        .hasMessageContaining("id is required")
        .hasMessageContaining("name is required");
  }

  @Test
  void theMessageListsEveryViolationWithFieldAndCode() {
    EssValidationException e = new EssValidationException("Thing", List.of(
        Violation.builder().code("a.one").severity(Severity.ERROR).field("x").messageEn("first").messageFr("premier")
            .build(),
        Violation.builder().code("a.two").severity(Severity.ERROR).field("").messageEn("second").messageFr("second")
            .build()));

    assertThat(e.getMessage()).isEqualTo("Invalid Thing: x: first [a.one]; second [a.two]");
    assertThat(e.subject()).isEqualTo("Thing");
    assertThat(e.violations()).hasSize(2);
  }

  @Test
  void anExceptionWithoutViolationsIsRefused() {
    assertThatThrownBy(() -> new EssValidationException("Thing", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
