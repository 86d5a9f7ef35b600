package coop.ess.json.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;

/** Writing helpers on a {@link JsonGenerator}. */
public final class Write {

  private Write() {}

  /**
   * Opens an object, with the {@code schemaVersion} first if it is the root of the document.
   *
   * @param out the generator, not null
   * @param value the value written, not null
   */
  public static void startObject(JsonGenerator out, Object value) {
    boolean root = out.streamWriteContext().inRoot();
    out.writeStartObject(value);
    if (root) {
      out.writeNumberProperty("schemaVersion", Read.SCHEMA_VERSION);
    }
  }

  /**
   * Opens the object of a document type that has a JSON schema ({@code venue}, {@code community},
   * {@code directory}, {@code simulation-settings}): at the root of the document, its {@code schemaVersion} then its
   * {@code "type"} header, so that a written document names its type as {@code ess validate} and
   * {@code EssSchemas.typeOf} read it; nested in another value, a plain object.
   *
   * @param out the generator, not null
   * @param value the value written, not null
   * @param type the document type, not null
   */
  public static void startDocument(JsonGenerator out, Object value, String type) {
    boolean root = out.streamWriteContext().inRoot();
    startObject(out, value);
    if (root) {
      out.writeStringProperty("type", type);
    }
  }

  /**
   * Writes an instant as an ISO-8601 date-time in UTC with its offset ({@code Z}).
   *
   * @param out the generator, not null
   * @param name the field, not null
   * @param instant the instant, not null
   */
  public static void instant(JsonGenerator out, String name, Instant instant) {
    out.writeStringProperty(name, Times.format(instant));
  }

  /**
   * Writes an amount of time in minutes, or as text.
   *
   * @param out the generator, not null
   * @param features the features, not null
   * @param name the field, not null
   * @param minutes the amount
   */
  public static void minutes(JsonGenerator out, Features features, String name, long minutes) {
    if (features.amountsAsText()) {
      out.writeStringProperty(name, coop.ess.timebank.Minutes.format(minutes));
    } else {
      out.writeNumberProperty(name, minutes);
    }
  }

  /**
   * Writes an array of values.
   *
   * @param out the generator, not null
   * @param name the field, not null
   * @param values the values, not null
   * @param codec their codec, not null
   * @param <T> their type
   */
  public static <T> void list(JsonGenerator out, String name, List<? extends T> values, Codec<T> codec) {
    out.writeName(name);
    out.writeStartArray(values, values.size());
    for (T value : values) {
      codec.write(value, out);
    }
    out.writeEndArray();
  }

  /**
   * The JSON name of an enum constant: lower case with dashes ({@code ORGANISATION_MEMBER} is
   * {@code "organisation-member"}).
   *
   * @param constant the constant, not null
   * @return the name, not null
   */
  public static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
