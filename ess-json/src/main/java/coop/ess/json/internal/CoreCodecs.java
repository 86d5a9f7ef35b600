package coop.ess.json.internal;

import coop.ess.core.Severity;
import coop.ess.core.Violation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The codecs of the shared types of {@code coop.ess.core}: violations and their severity. */
public final class CoreCodecs {

  /** A severity: its lower-case name. */
  public static final EnumCodec<Severity> SEVERITY = new EnumCodec<>(Severity.class);

  /** A violation, with its code, severity, field, parameters and both messages. */
  public final Codec<Violation> violation;

  /**
   * The codecs for some features.
   *
   * @param features the features, not null
   */
  public CoreCodecs(Features features) {
    violation = new ViolationCodec(features);
  }

  /**
   * The current object read as a map of strings to strings, in the order of the document.
   *
   * @param in the parser, at the start of the object, not null
   * @param what what the object is, for the error message, not null
   * @return the map, not null, possibly empty
   */
  public static Map<String, String> stringMap(JsonParser in, String what) {
    Read.startObject(in, what);
    Map<String, String> map = new LinkedHashMap<>();
    String name;
    while ((name = Read.field(in)) != null) {
      if (in.currentToken() != JsonToken.VALUE_STRING) {
        throw Read.error(in, "expected a string, got " + Read.describe(in));
      }
      map.put(name, in.getString());
    }
    return map;
  }

  private static final class ViolationCodec extends Codec<Violation> {
    private static final Set<String> FIELDS =
        Set.of("code", "severity", "field", "parameters", "messageEn", "messageFr");
    private final Features features;

    ViolationCodec(Features features) {
      super(Violation.class);
      this.features = features;
    }

    @Override
    public void write(Violation value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("code", value.code());
      out.writeStringProperty("severity", SEVERITY.name(value.severity()));
      if (!value.field().isEmpty()) {
        out.writeStringProperty("field", value.field());
      }
      if (!value.parameters().isEmpty()) {
        out.writeName("parameters");
        out.writeStartObject();
        for (Map.Entry<String, String> entry : value.parameters().entrySet()) {
          out.writeStringProperty(entry.getKey(), entry.getValue());
        }
        out.writeEndObject();
      }
      out.writeStringProperty("messageEn", value.messageEn());
      out.writeStringProperty("messageFr", value.messageFr());
      out.writeEndObject();
    }

    @Override
    public Violation read(JsonParser in) {
      Read.startObject(in, "a violation");
      String code = null;
      Severity severity = null;
      String field = "";
      Map<String, String> parameters = Map.of();
      String messageEn = null;
      String messageFr = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "code" -> code = Read.string(in);
          case "severity" -> severity = SEVERITY.read(in);
          case "field" -> field = Read.string(in);
          case "parameters" -> parameters = stringMap(in, "the parameters of a violation");
          case "messageEn" -> messageEn = Read.string(in);
          case "messageFr" -> messageFr = Read.string(in);
          default -> Read.unknown(in, features);
        }
      }
      Violation.Builder builder = Violation.builder().code(Read.required(in, code, "code"))
          .severity(Read.required(in, severity, "severity")).field(field).putAllParameters(parameters)
          .messageEn(Read.required(in, messageEn, "messageEn")).messageFr(Read.required(in, messageFr, "messageFr"));
      return Read.build(in, builder::build, FIELDS);
    }
  }
}
