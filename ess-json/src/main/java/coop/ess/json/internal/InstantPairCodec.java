package coop.ess.json.internal;

import java.time.Instant;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * A value made of two instants, written {@code {"start": …, "end": …}}: a booking's {@code Interval}, the time bank's
 * {@code TimeWindow}. The value is built through its public factory, which checks the order.
 *
 * @param <T> the type
 */
public final class InstantPairCodec<T> extends Codec<T> {

  private static final Set<String> FIELDS = Set.of("start", "end");

  private final Features features;
  private final String what;
  private final BiFunction<Instant, Instant, T> factory;
  private final Function<T, Instant> start;
  private final Function<T, Instant> end;

  /**
   * Creates the codec of a type.
   *
   * @param type the type, not null
   * @param features the features, not null
   * @param what the value in words for messages, such as "an interval", not null
   * @param factory the public factory from start and end, not null
   * @param start the start of a value, not null
   * @param end the end of a value, not null
   */
  public InstantPairCodec(Class<T> type, Features features, String what, BiFunction<Instant, Instant, T> factory,
      Function<T, Instant> start, Function<T, Instant> end) {
    super(type);
    this.features = features;
    this.what = what;
    this.factory = factory;
    this.start = start;
    this.end = end;
  }

  @Override
  public void write(T value, JsonGenerator out) {
    Write.startObject(out, value);
    Write.instant(out, "start", start.apply(value));
    Write.instant(out, "end", end.apply(value));
    out.writeEndObject();
  }

  @Override
  public T read(JsonParser in) {
    Read.startObject(in, what);
    Instant first = null;
    Instant last = null;
    String name;
    while ((name = Read.field(in)) != null) {
      switch (name) {
        case "start" -> first = Read.instant(in);
        case "end" -> last = Read.instant(in);
        default -> Read.unknown(in, features);
      }
    }
    Instant from = Read.required(in, first, "start");
    Instant to = Read.required(in, last, "end");
    return Read.build(in, () -> factory.apply(from, to), FIELDS);
  }
}
