package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.Severity;
import coop.ess.core.Violation;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The JSON form of the shared types of ess-core: violations. */
class CoreJsonTest {

  private static final EssJson JSON = EssJson.standard();

  static Violation violation() {
    return Violation.builder().code("timebank.floor").severity(Severity.ERROR).field("legs[0].minutes")
        .putParameter("account", "alice").putParameter("floor", "-20 h")
        .messageEn("alice would go below the floor of -20 h")
        .messageFr("alice passerait sous le plancher de -20 h").build();
  }

  @Test
  void aViolationMatchesItsGoldenFile() {
    Golden.check("Violation", violation(), Violation.class);
  }

  @Test
  void aViolationWithoutFieldOrParametersLeavesThemOut() {
    Violation bare = Violation.builder().code("booking.closed").severity(Severity.WARNING).field("")
        .messageEn("closed").messageFr("fermé").build();

    String json = JSON.write(bare);

    assertThat(json).doesNotContain("field").doesNotContain("parameters");
    assertThat(JSON.read(json, Violation.class)).isEqualTo(bare);
  }

  @Test
  void aViolationWithoutItsFrenchMessageIsRefusedAtItsPointer() {
    String json = "{\"code\":\"x\",\"severity\":\"error\",\"messageEn\":\"x\"}";

    assertThatThrownBy(() -> JSON.read(json, Violation.class)).isInstanceOf(EssJsonException.class)
        .hasMessageContaining("messageFr");
  }

  @Test
  void aParameterThatIsNotAStringIsRefusedAtItsPointer() {
    String json = "{\"code\":\"x\",\"severity\":\"error\",\"parameters\":{\"n\":3},\"messageEn\":\"x\","
        + "\"messageFr\":\"x\"}";

    assertThatThrownBy(() -> JSON.read(json, Violation.class)).isInstanceOf(EssJsonException.class)
        .satisfies(e -> assertThat(((EssJsonException) e).pointer()).isEqualTo("/parameters/n"));
  }

  @Property
  void violationsRoundTrip(@ForAll("violations") List<Violation> violations) {
    for (Violation violation : violations) {
      assertThat(JSON.read(JSON.write(violation), Violation.class)).isEqualTo(violation);
    }
  }

  @Provide
  Arbitrary<List<Violation>> violations() {
    Arbitrary<String> text = Arbitraries.strings().ofMinLength(1).ofMaxLength(12);
    Arbitrary<Violation> one = Combinators.combine(text.map(s -> "code." + s.strip() + "x"),
        Arbitraries.of(Severity.class), Arbitraries.strings().alpha().ofMaxLength(8),
        Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5), text).ofMaxSize(3), text, text)
        .as((code, severity, field, parameters, en, fr) -> Violation.builder().code(code).severity(severity)
            .field(field).putAllParameters(parameters).messageEn(en).messageFr(fr).build());
    return one.list().ofMaxSize(4);
  }
}
