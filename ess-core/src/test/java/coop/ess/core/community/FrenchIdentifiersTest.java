package coop.ess.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssValidationException;
import coop.ess.core.Violation;
import coop.ess.core.internal.Luhn;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FrenchIdentifiersTest {

  @Test
  void aValidSirenIsAcceptedAndGrouped() {
    // 732 829 320: a SIREN whose Luhn sum is 40.
    Siren siren = Siren.parse("732 829 320");
    assertThat(siren.value()).isEqualTo("732829320");
    assertThat(siren.formatted()).isEqualTo("732 829 320");
  }

  @Test
  void aSiretIsSplitIntoSirenAndNic() {
    String siren = "732829320";
    String partial = siren + "0007";
    Siret siret = Siret.of(partial + Luhn.checkDigit(partial));
    assertThat(siret.siren()).isEqualTo(Siren.of(siren));
    assertThat(siret.nic()).startsWith("0007").hasSize(5);
    assertThat(Siret.parse(siret.formatted())).isEqualTo(siret);
  }

  @Test
  void aWrongCheckDigitIsReportedWithCodeAndField() {
    assertThatThrownBy(() -> Siret.of("73282932000075"))
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code, Violation::field)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("siret.checksum", "siret")));
  }

  @Test
  void aSiretWithoutFourteenDigitsIsAFormatError() {
    assertThatThrownBy(() -> Siret.of("7328293200007"))
        .isInstanceOfSatisfying(EssValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("siret.format"));
    assertThatThrownBy(() -> Siren.of("73282932O"))
        .isInstanceOfSatisfying(EssValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("siren.format"));
  }

  @Test
  void laPosteSiretsFollowTheSumOfDigitsRule() {
    // SIREN 356 000 000 + NIC 00001: digit sum 15, a multiple of 5, though the Luhn check fails.
    assertThat(Luhn.isValid("35600000000001")).isFalse();
    assertThat(Siret.of("35600000000001").siren().value()).isEqualTo(Siret.LA_POSTE_SIREN);
    assertThatThrownBy(() -> Siret.of("35600000000002"))
        .isInstanceOfSatisfying(EssValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("siret.laPosteChecksum"));
  }

  @Test
  void rnaNumbersAreWAndNineDigits() {
    assertThat(Rna.parse("w353 012 345")).isEqualTo(Rna.of("W353012345"));
    assertThatThrownBy(() -> Rna.of("W35301234")).isInstanceOf(EssValidationException.class)
        .hasMessageContaining("rna.format");
    assertThatThrownBy(() -> Rna.of("353012345X")).isInstanceOf(EssValidationException.class);
  }

  @Property
  void generatedSirensAreAccepted(@ForAll("validSirens") String siren) {
    assertThat(Siren.of(siren).value()).isEqualTo(siren);
  }

  @Property
  void generatedSiretsAreAccepted(@ForAll("validSirets") String siret) {
    assertThat(Siret.of(siret).siren().value()).isEqualTo(siret.substring(0, 9));
  }

  @Property
  void changingOneDigitOfASirenIsAlwaysDetected(
      @ForAll("validSirens") String siren, @ForAll @IntRange(min = 0, max = 8) int position,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    String corrupted = replaceDigit(siren, position, shift);
    assertThatThrownBy(() -> Siren.of(corrupted)).isInstanceOf(EssValidationException.class)
        .hasMessageContaining("siren.checksum");
  }

  @Property
  void changingOneDigitOfASiretIsAlwaysDetected(
      @ForAll("validSirets") String siret, @ForAll @IntRange(min = 0, max = 13) int position,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    String corrupted = replaceDigit(siret, position, shift);
    Assume.that(!corrupted.startsWith(Siret.LA_POSTE_SIREN));
    assertThatThrownBy(() -> Siret.of(corrupted)).isInstanceOf(EssValidationException.class)
        .hasMessageContaining("checksum");
  }

  @Property
  void swappingTwoDifferentAdjacentDigitsIsDetectedUnlessTheyAreZeroAndNine(
      @ForAll("validSirets") String siret, @ForAll @IntRange(min = 0, max = 12) int position) {
    char a = siret.charAt(position);
    char b = siret.charAt(position + 1);
    Assume.that(a != b && !((a == '0' && b == '9') || (a == '9' && b == '0')));
    String swapped = siret.substring(0, position) + b + a + siret.substring(position + 2);
    Assume.that(!swapped.startsWith(Siret.LA_POSTE_SIREN));
    assertThatThrownBy(() -> Siret.of(swapped)).isInstanceOf(EssValidationException.class);
  }

  @Provide
  Arbitrary<String> validSirens() {
    return Arbitraries.strings().numeric().ofLength(8)
        .map(partial -> partial + Luhn.checkDigit(partial))
        .filter(siren -> !siren.equals(Siret.LA_POSTE_SIREN));
  }

  @Provide
  Arbitrary<String> validSirets() {
    return validSirens().flatMap(siren -> Arbitraries.strings().numeric().ofLength(4)
        .map(nic -> siren + nic)
        .map(partial -> partial + Luhn.checkDigit(partial)));
  }

  private static String replaceDigit(String digits, int position, int shift) {
    int digit = (digits.charAt(position) - '0' + shift) % 10;
    return digits.substring(0, position) + digit + digits.substring(position + 1);
  }
}
