package coop.ess.json.internal;

import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * A value written as one string: identifiers and codes.
 *
 * @param <T> the type
 */
public final class StringCodec<T> extends Codec<T> {

  private final Function<String, T> factory;
  private final Function<T, String> text;

  /**
   * Creates a codec.
   *
   * @param type the type, not null
   * @param factory the public factory, not null
   * @param text the string of a value, not null
   */
  public StringCodec(Class<T> type, Function<String, T> factory, Function<T, String> text) {
    super(type);
    this.factory = factory;
    this.text = text;
  }

  /**
   * The string of a value.
   *
   * @param value the value, not null
   * @return its string, not null
   */
  public String text(T value) {
    return text.apply(value);
  }

  /**
   * The value of a string, through the public factory.
   *
   * @param string the string, not null
   * @return the value, not null
   */
  public T fromText(String string) {
    return factory.apply(string);
  }

  @Override
  public void write(T value, JsonGenerator out) {
    out.writeString(text.apply(value));
  }

  @Override
  public T read(JsonParser in) {
    String string = Read.string(in);
    return Read.build(in, () -> factory.apply(string), Set.of());
  }
}
