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

  /** The fast check without a regular expression decides exactly as the documented pattern. */
  @Property(tries = 2000)
  void theFastSyntaxCheckAgreesWithThePattern(@ForAll("candidates") String value) {
    boolean pattern = java.util.regex.Pattern.compile("[\\p{L}\\p{N}._:@+~-]{1,128}").matcher(value).matches();

    assertThat(coop.ess.core.internal.Checks.isIdentifier(value)).isEqualTo(pattern);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> candidates() {
    net.jqwik.api.Arbitrary<Character> chars = net.jqwik.api.Arbitraries.oneOf(
        net.jqwik.api.Arbitraries.chars().ascii(),
        net.jqwik.api.Arbitraries.of('é', 'ß', '٣', '中', '\u00a0', '/', ' ', '\u2028', '½', 'Ⅻ'),
        net.jqwik.api.Arbitraries.chars());
    return net.jqwik.api.Arbitraries.oneOf(
        chars.list().ofMinSize(0).ofMaxSize(12).map(IdentifierTest::join),
        chars.list().ofMinSize(120).ofMaxSize(135).map(IdentifierTest::join),
        net.jqwik.api.Arbitraries.strings().withCharRange('a', 'z').ofMinLength(127).ofMaxLength(130));
  }

  private static String join(java.util.List<Character> chars) {
    StringBuilder text = new StringBuilder(chars.size());
    chars.forEach(text::append);
    return text.toString();
  }
}
