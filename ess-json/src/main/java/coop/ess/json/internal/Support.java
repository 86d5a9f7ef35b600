package coop.ess.json.internal;

import coop.ess.core.EssValidationException;
import coop.ess.core.Violation;
import coop.ess.json.EssJsonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;

/**
 * Helpers of the codecs of the directory, the community, the network and the time bank's results: building values
 * whose invariants name nested fields ({@code members[2].id}, {@code categoryWeights.diy}) so that a failure is
 * reported at the JSON pointer of that field ({@code /members/2/id}).
 */
final class Support {

  /** A plain string (a need, an offer): never registered, so Jackson's own strings stay as they are. */
  static final StringCodec<String> TEXT = new StringCodec<>(String.class, text -> text, text -> text);

  private Support() {}

  /**
   * Builds a value through its public factory, as {@link Read#build} does, but turns the field path of the first
   * violation ({@code routes[0].stops[1]}) into a pointer below the current value ({@code /routes/0/stops/1}) when
   * its first name is one of {@code fields}.
   *
   * @param in the parser, just past the value, not null
   * @param factory builds the value, not null
   * @param fields the JSON fields of the value, not null
   * @param <T> the type
   * @return the value, not null
   */
  static <T> T build(JsonParser in, Supplier<T> factory, Set<String> fields) {
    return Read.build(in, () -> {
      try {
        return factory.get();
      } catch (EssValidationException e) {
        throw at(in, e, fields);
      }
    }, Set.of());
  }

  private static EssJsonException at(JsonParser in, EssValidationException e, Set<String> fields) {
    String pointer = Read.pointer(in);
    List<String> reasons = new ArrayList<>();
    for (Violation violation : e.violations()) {
      reasons.add(violation.messageEn());
    }
    if (!e.violations().isEmpty()) {
      String path = pointerOf(e.violations().get(0).field());
      String first = path.isEmpty() ? "" : path.substring(1).split("/", -1)[0];
      if (fields.contains(first)) {
        pointer = pointer + path;
      }
    }
    String reason = reasons.isEmpty() ? String.valueOf(e.getMessage()) : String.join("; ", reasons);
    return new EssJsonException(pointer, reason, e);
  }

  /**
   * The pointer of a field path: {@code members[2].id} is {@code /members/2/id}, {@code categoryWeights.diy} is
   * {@code /categoryWeights/diy}.
   *
   * @param field the path, possibly empty, not null
   * @return the pointer, {@code ""} for an empty path, not null
   */
  static String pointerOf(String field) {
    if (field.isEmpty()) {
      return "";
    }
    StringBuilder pointer = new StringBuilder();
    for (String part : field.replace("]", "").replace('[', '.').split("\\.", -1)) {
      pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
