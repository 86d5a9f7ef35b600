package coop.ess.json;

import coop.ess.json.internal.StrictJson;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the SDK's JSON documents: a {@link JsonMapper} with the {@link EssJacksonModule}, and methods
 * whose every reading failure is an {@link EssJsonException} with the JSON pointer of the offending value (nothing
 * partial is returned). Reading is as strict as {@link EssJsonReader}'s, through the same front end: duplicate keys,
 * trailing tokens, the limits of nesting, number length and document size, and numbers beyond 64 bits or a
 * {@code double} are refused with the same exceptions.
 *
 * <pre>{@code
 * String json = EssJson.standard().write(exchange);
 * Exchange back = EssJson.standard().read(json, Exchange.class);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class EssJson {

  private static final EssJson STANDARD = new EssJson(EssJacksonModule.standard());

  private final EssJacksonModule module;
  private final JsonMapper mapper;
  private final ObjectReader strict;

  private EssJson(EssJacksonModule module) {
    this.module = module;
    this.mapper = JsonMapper.builder().addModule(module)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    // The read methods parse with the strict front end's limits; the mapper keeps Jackson's for its other uses.
    this.strict = StrictJson.reader(JsonMapper.builder(StrictJson.factory()).addModule(module).build());
  }

  /**
   * The reader and writer with the default features.
   *
   * @return the shared instance, not null
   */
  public static EssJson standard() {
    return STANDARD;
  }

  /**
   * A reader and writer with a configured module.
   *
   * @param module the module, not null
   * @return a new instance, not null
   */
  public static EssJson with(EssJacksonModule module) {
    return new EssJson(Objects.requireNonNull(module, "module"));
  }

  /**
   * The module.
   *
   * @return the module, not null
   */
  public EssJacksonModule module() {
    return module;
  }

  /**
   * The mapper, for uses beyond these methods: it has Jackson's own limits and accepts duplicate keys, unlike the
   * {@code read} methods; its own failures are Jackson exceptions.
   *
   * @return the mapper, not null
   */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * Reads a document.
   *
   * @param json the JSON text, not null
   * @param type the type of its root value, not null
   * @param <T> the type
   * @return the value, not null
   * @throws EssJsonException if the text is not a valid document of that type
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return cast(StrictJson.read(strict, json, strict.typeFactory().constructType(
        Objects.requireNonNull(type, "type"))));
  }

  /**
   * Reads a document of a generic type, such as a list of events.
   *
   * @param json the JSON text, not null
   * @param type the type of its root value, not null
   * @param <T> the type
   * @return the value, not null
   * @throws EssJsonException if the text is not a valid document of that type
   */
  public <T> T read(String json, TypeReference<T> type) {
    Objects.requireNonNull(json, "json");
    return cast(StrictJson.read(strict, json, strict.typeFactory().constructType(
        Objects.requireNonNull(type, "type"))));
  }

  /**
   * Reads a document from UTF-8 bytes.
   *
   * @param utf8 the bytes, not null
   * @param type the type of its root value, not null
   * @param <T> the type
   * @return the value, not null
   * @throws EssJsonException if the bytes are not a valid document of that type in UTF-8
   */
  public <T> T read(byte[] utf8, Class<T> type) {
    Objects.requireNonNull(utf8, "utf8");
    return cast(StrictJson.read(strict, utf8, strict.typeFactory().constructType(
        Objects.requireNonNull(type, "type"))));
  }

  /**
   * Reads a document from a UTF-8 file.
   *
   * @param file the file, not null
   * @param type the type of its root value, not null
   * @param <T> the type
   * @return the value, not null
   * @throws EssJsonException if the file is not a valid document of that type
   * @throws UncheckedIOException if the file cannot be read
   */
  public <T> T read(Path file, Class<T> type) {
    return read(EssJsonReader.bytes(file), type);
  }

  /** The value the reader built for the type asked for (a primitive type's value is boxed, as Jackson returns it). */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  private static <T> T cast(Object value) {
    return (T) value;
  }

  /**
   * Writes a value as a compact document (a value of the SDK at the root starts with its {@code schemaVersion}).
   *
   * @param value the value, not null
   * @return the JSON text, on one line, not null
   */
  public String write(Object value) {
    return mapper.writeValueAsString(Objects.requireNonNull(value, "value"));
  }

  /**
   * Writes a value as an indented document.
   *
   * @param value the value, not null
   * @return the JSON text, not null
   */
  public String writePretty(Object value) {
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(Objects.requireNonNull(value, "value"));
  }
}
