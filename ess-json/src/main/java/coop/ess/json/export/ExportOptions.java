package coop.ess.json.export;

import coop.ess.core.internal.Checks;
import coop.ess.json.export.internal.ExportMessages;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to export: whether personal data may go out, the IRIs of linked-data documents, the multi-value delimiter of
 * CSV cells and the date of the data.
 *
 * <p>By default nothing personal is exported: members appear only by an opaque identifier, without their names,
 * e-mail addresses or telephone numbers ({@link coop.ess.core.community.PersonalData}). Example:
 *
 * <pre>{@code
 * ExportOptions options = ExportOptions.builder().includePersonalData(true).multiValueDelimiter(";").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExportOptions {

  ExportOptions() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The defaults: no personal data, base IRI {@code urn:ess:}, delimiter {@code |}, no date.
   *
   * @return the default options, not null
   */
  public static ExportOptions defaults() {
    return builder().build();
  }

  /**
   * Whether the names and contact details of members go into the export; {@code false} by default. Only set it when
   * the members concerned agreed to publication.
   *
   * @return true to include personal data
   */
  @Value.Default
  public boolean includePersonalData() {
    return false;
  }

  /**
   * The prefix of the {@code @id}s of JSON-LD documents, such as {@code https://cargo.example/data/}; an absolute IRI
   * ending with {@code /}, {@code #} or {@code :}. Default {@code urn:ess:}.
   *
   * @return the base IRI, not null
   */
  @Value.Default
  public String baseIri() {
    return "urn:ess:";
  }

  /**
   * What separates the values of a multi-valued CSV cell (the equipment of a space, say): 1 to 3 characters, none of
   * them a comma, a double quote or a line break. Default {@code |}.
   *
   * @return the delimiter, not null
   */
  @Value.Default
  public String multiValueDelimiter() {
    return "|";
  }

  /**
   * The day the data was last brought up to date, written where a format has a field for it (the
   * {@code date_maj} column of the CSV profile).
   *
   * @return the date, possibly empty
   */
  public abstract Optional<LocalDate> updatedOn();

  @Value.Check
  final void check() {
    Checks checks = Checks.of(ExportMessages.CATALOG, "ExportOptions");
    String delimiter = multiValueDelimiter();
    checks.check(!delimiter.isEmpty() && delimiter.length() <= 3 && delimiter.chars().noneMatch(c -> c == ','
        || c == '"' || c == '\r' || c == '\n'), "export.delimiter", "multiValueDelimiter", "value", delimiter);
    checks.check(isBaseIri(baseIri()), "export.baseIri", "baseIri", "value", baseIri());
    checks.throwIfInvalid();
  }

  private static boolean isBaseIri(String iri) {
    if (iri.isEmpty() || "/#:".indexOf(iri.charAt(iri.length() - 1)) < 0 || iri.chars().anyMatch(c -> c <= ' '
        || "<>\"{}|\\^`".indexOf(c) >= 0)) {
      return false;
    }
    try {
      return new URI(iri + "x").isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Builds {@link ExportOptions}; not thread-safe. */
  public static final class Builder extends ImmutableExportOptions.Builder {
    Builder() {}
  }
}
