package coop.ess.json.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the values built from recent strings, for identifiers that repeat (accounts, members, categories):
 * the value is immutable and its checks depend on the string only, so building it once is enough. Bounded: cleared
 * when full.
 */
final class StringCache<T> implements Function<String, T> {

  private static final int LIMIT = 4096;

  private final ConcurrentHashMap<String, T> values = new ConcurrentHashMap<>();
  private final Function<String, T> factory;

  StringCache(Function<String, T> factory) {
    this.factory = factory;
  }

  @Override
  public T apply(String text) {
    T value = values.get(text);
    if (value == null) {
      value = factory.apply(text);
      if (values.size() >= LIMIT) {
        values.clear();
      }
      values.put(text, value);
    }
    return value;
  }
}
