package coop.ess.json.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssValidationException;
import coop.ess.core.Violation;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ExportOptionsTest {

  @Test
  void theDefaultsKeepPersonalDataOut() {
    ExportOptions defaults = ExportOptions.defaults();

    assertThat(defaults.includePersonalData()).isFalse();
    assertThat(defaults.baseIri()).isEqualTo("urn:ess:");
    assertThat(defaults.multiValueDelimiter()).isEqualTo("|");
    assertThat(defaults.updatedOn()).isEmpty();
  }

  @Test
  void everyBadOptionIsReported() {
    assertThatThrownBy(() -> ExportOptions.builder().multiValueDelimiter(",").baseIri("relative/").build())
        .isInstanceOf(EssValidationException.class)
        .satisfies(e -> assertThat(((EssValidationException) e).violations()).extracting(Violation::code)
            .containsExactly("export.delimiter", "export.baseIri"));
  }

  @Test
  void aBaseIriMustEndWhereAnIdentifierCanFollow() {
    assertThat(ExportOptions.builder().baseIri("https://cargo.example/data/").build().baseIri())
        .isEqualTo("https://cargo.example/data/");
    assertThatThrownBy(() -> ExportOptions.builder().baseIri("https://cargo.example/data").build())
        .isInstanceOf(EssValidationException.class).hasMessageContaining("export.baseIri");
  }

  @Property
  void aDelimiterIsAcceptedOnlyWithoutCommaQuoteOrLineBreak(@ForAll @StringLength(min = 0, max = 4) String delimiter) {
    boolean acceptable = !delimiter.isEmpty() && delimiter.length() <= 3
        && delimiter.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
    if (acceptable) {
      assertThat(ExportOptions.builder().multiValueDelimiter(delimiter).build().multiValueDelimiter())
          .isEqualTo(delimiter);
    } else {
      assertThatThrownBy(() -> ExportOptions.builder().multiValueDelimiter(delimiter).build())
          .isInstanceOf(EssValidationException.class);
    }
  }
}
