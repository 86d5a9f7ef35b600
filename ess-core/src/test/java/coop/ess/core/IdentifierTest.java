package coop.ess.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

  @Test
  void uuidsSlugsAndAccentedNamesAreIdentifiers() {
    assertThat(MemberId.of(UUID.randomUUID().toString()).value()).hasSize(36);
    assertThat(ResourceId.of("salle-réunion").value()).isEqualTo("salle-réunion");
    assertThat(VenueId.of("ess-cargo")).hasToString("ess-cargo");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "two words", "tab\tid", "slash/id", "quote\"id"})
  void malformedIdentifiersAreRefusedWithTheirField(String value) {
    assertThatThrownBy(() -> MemberId.of(value))
        .isInstanceOfSatisfying(EssValidationException.class, e -> {
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("identifier.syntax");
            assertThat(v.field()).isEqualTo("memberId");
          });
          assertThat(e.subject()).isEqualTo("MemberId");
        });
  }

  @Test
  void anIdentifierLongerThan128CharactersIsRefused() {
    assertThatThrownBy(() -> CardId.of("x".repeat(129))).isInstanceOf(EssValidationException.class);
    assertThat(CardId.of("x".repeat(128)).value()).hasSize(128);
  }

  @Test
  void identifiersAreValuesComparedByText() {
    assertThat(MemberId.of("alice")).isEqualTo(MemberId.of("alice")).hasSameHashCodeAs(MemberId.of("alice"));
    assertThat(MemberId.of("alice")).isLessThan(MemberId.of("bob"));
    assertThat(MemberId.of("alice").kind()).isEqualTo(PartyKind.MEMBER);
    assertThat(OrganisationId.of("alice").kind()).isEqualTo(PartyKind.ORGANISATION);
  }

  @Property
  void everyAlphanumericTextRoundTrips(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 128) String text) {
    assertThat(RouteId.of(text).value()).isEqualTo(text);
  }
}
