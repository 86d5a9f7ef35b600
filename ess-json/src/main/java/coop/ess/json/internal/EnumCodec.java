package coop.ess.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * An enum written as a string in lower case with dashes.
 *
 * @param <E> the enum
 */
public final class EnumCodec<E extends Enum<E>> extends Codec<E> {

  private final Map<String, E> byName = new HashMap<>();
  private final String[] names;
  private final String expected;

  /**
   * Creates the codec of an enum.
   *
   * @param type the enum, not null
   */
  public EnumCodec(Class<E> type) {
    super(type);
    E[] constants = type.getEnumConstants();
    names = new String[constants.length];
    List<String> all = new ArrayList<>();
    for (E constant : constants) {
      names[constant.ordinal()] = Write.name(constant);
      byName.put(names[constant.ordinal()], constant);
      all.add(names[constant.ordinal()]);
    }
    expected = String.join(", ", all);
  }

  /**
   * The JSON name of a constant.
   *
   * @param constant the constant, not null
   * @return the name, not null
   */
  public String name(E constant) {
    return names[constant.ordinal()];
  }

  @Override
  public void write(E value, JsonGenerator out) {
    out.writeString(names[value.ordinal()]);
  }

  @Override
  public E read(JsonParser in) {
    String text = Read.string(in);
    E constant = byName.get(text);
    if (constant == null) {
      throw Read.error(in, "unknown value \"" + text + "\", expected one of " + expected);
    }
    return constant;
  }
}
