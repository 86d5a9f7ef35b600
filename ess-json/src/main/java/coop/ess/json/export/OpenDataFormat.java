package coop.ess.json.export;

import java.util.Locale;

/**
 * The open-data formats the SDK writes, for callers (such as the {@code ess export} command) that choose one by
 * name.
 */
public enum OpenDataFormat {
  /** Open Referral HSDS 3.0 JSON ({@link Hsds}). */
  HSDS("hsds", "json"),
  /** schema.org JSON-LD ({@link SchemaOrg}). */
  SCHEMA_ORG("schema-org", "jsonld"),
  /** Valueflows JSON-LD ({@link Valueflows}). */
  VALUEFLOWS("valueflows", "jsonld"),
  /** The CSV profile of places ({@link LieuxCsv}). */
  CSV("csv", "csv");

  private final String label;
  private final String extension;

  OpenDataFormat(String label, String extension) {
    this.label = label;
    this.extension = extension;
  }

  /**
   * The name used on the command line: {@code hsds}, {@code schema-org}, {@code valueflows} or {@code csv}.
   *
   * @return the name, not null
   */
  public String label() {
    return label;
  }

  /**
   * The usual file extension, without the dot.
   *
   * @return the extension, not null
   */
  public String extension() {
    return extension;
  }

  /**
   * Writes a data set in this format.
   *
   * @param data what to export, not null
   * @param options how, not null
   * @return the text of the document, not null
   * @throws coop.ess.core.EssValidationException if the data cannot be written in this format (a CSV value that
   *     contains the multi-value delimiter)
   */
  public String write(OpenDataSet data, ExportOptions options) {
    return switch (this) {
      case HSDS -> Hsds.write(data, options);
      case SCHEMA_ORG -> SchemaOrg.write(data, options);
      case VALUEFLOWS -> Valueflows.write(data, options);
      case CSV -> LieuxCsv.write(data, options);
    };
  }

  /**
   * The format with a command-line name, ignoring case.
   *
   * @param label the name, such as {@code schema-org}, not null
   * @return the format, not null
   * @throws IllegalArgumentException if no format has that name
   */
  public static OpenDataFormat ofLabel(String label) {
    for (OpenDataFormat format : values()) {
      if (format.label.equals(label.toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    throw new IllegalArgumentException("Unknown open-data format '" + label + "': hsds, schema-org, valueflows or csv");
  }
}
