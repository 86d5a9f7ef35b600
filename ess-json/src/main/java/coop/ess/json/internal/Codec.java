package coop.ess.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads and writes one type on the token stream, through its public factories so that every invariant is checked.
 *
 * @param <T> the type
 */
public abstract class Codec<T> {

  private final Class<T> type;

  /**
   * Creates a codec.
   *
   * @param type the type it reads and writes, not null
   */
  protected Codec(Class<T> type) {
    this.type = type;
  }

  /**
   * The type read and written.
   *
   * @return the type, not null
   */
  public final Class<T> type() {
    return type;
  }

  /**
   * Writes a value at the generator's current position; a value at the root of a document starts with its
   * {@code schemaVersion}.
   *
   * @param value the value, not null
   * @param out the generator, not null
   */
  public abstract void write(T value, JsonGenerator out);

  /**
   * Reads a value whose first token is the parser's current token, and leaves the parser on its last token.
   *
   * @param in the parser, not null
   * @return the value, not null
   * @throws coop.ess.json.EssJsonException if the input is not such a value
   */
  public abstract T read(JsonParser in);
}
