package coop.ess.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the SDK's JSON documents: a {@link JsonMapper} with the {@link EssJacksonModule}, and methods
 * whose every reading failure is an {@link EssJsonException} with the JSON pointer of the offending value (nothing
 * partial is returned).
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

  private EssJson(EssJacksonModule module) {
    this.module = module;
    this.mapper = JsonMapper.builder().addModule(module)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
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
   * The mapper, for uses beyond these methods; its own failures are Jackson exceptions.
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
    Objects.requireNonNull(type, "type");
    try {
      return notNull(mapper.readValue(json, type));
    } catch (JacksonException e) {
      throw convert(e);
    }
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
    Objects.requireNonNull(type, "type");
    try {
      return notNull(mapper.readValue(json, type));
    } catch (JacksonException e) {
      throw convert(e);
    }
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
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    return read(json, type);
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

  private static <T> T notNull(T value) {
    if (value == null) {
      throw new EssJsonException("", "expected a value, got null");
    }
    return value;
  }

  /**
   * The one exception of a reading failure: the module's own if Jackson wrapped it, else one naming the pointer
   * of Jackson's path or of the parser's position.
   */
  static EssJsonException convert(JacksonException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof EssJsonException own) {
        return own;
      }
    }
    String pointer;
    if (!failure.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (JacksonException.Reference reference : failure.getPath()) {
        String name = reference.getPropertyName();
        path.append('/');
        if (name != null) {
          path.append(name.replace("~", "~0").replace("/", "~1"));
        } else {
          path.append(Math.max(reference.getIndex(), 0));
        }
      }
      pointer = path.toString();
    } else if (failure.processor() instanceof JsonParser parser) {
      pointer = parser.streamReadContext().pathAsPointer().toString();
    } else {
      pointer = "";
    }
    String reason = failure.getOriginalMessage();
    return new EssJsonException(pointer, reason == null ? failure.getClass().getSimpleName() : reason, failure);
  }
}
