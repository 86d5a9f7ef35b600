package coop.ess.json.internal;

import coop.ess.json.EssJsonException;
import coop.ess.timebank.clearing.ArrayClearingResult;
import coop.ess.timebank.clearing.ClearingMethod;
import coop.ess.timebank.clearing.ClearingResult;
import coop.ess.timebank.clearing.Obligation;
import coop.ess.timebank.clearing.ObligationArrays;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;

/**
 * The codecs of clearing: obligations and results, generic in the type of the parties, and the primitive-array
 * networks and results. Amounts are plain whole numbers, never text: clearing works in any exact unit.
 *
 * <p>The parties of an {@code Obligation<P>} are written as the mapper writes a {@code P} (the SDK's identifiers as
 * strings) and read as the {@code P} of the type asked for ({@code new TypeReference<ClearingResult<AccountId>>()
 * {}}); without one, as plain JSON values (strings, numbers).
 */
public final class ClearingCodecs {

  /** The method of a clearing. */
  public static final EnumCodec<ClearingMethod> METHOD = new EnumCodec<>(ClearingMethod.class);

  /** A network in primitive arrays. */
  public final Codec<ObligationArrays> arrays;
  /** The result of clearing such a network. */
  public final Codec<ArrayClearingResult> arrayResult;

  private final Features features;

  /**
   * The codecs for some features.
   *
   * @param features the features, not null
   */
  public ClearingCodecs(Features features) {
    this.features = features;
    arrays = new ArraysCodec(features);
    arrayResult = new ArrayResultCodec(features);
  }

  /**
   * Registers the codecs of the non-generic types and the serializers of the generic ones.
   *
   * @param adapters the adapters, not null
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void register(Adapters adapters) {
    adapters.add(METHOD).add(arrays).add(arrayResult);
    adapters.serializers().addSerializer((Class) Obligation.class, new ObligationSerializer());
    adapters.serializers().addSerializer((Class) ClearingResult.class, new ResultSerializer());
  }

  /**
   * The deserializers of the generic types, which need the type of the parties.
   *
   * @return the deserializers, not null
   */
  public Deserializers generic() {
    return new Generic(features);
  }

  private static void writeObligation(Obligation<?> value, JsonGenerator out) {
    Write.startObject(out, value);
    out.writeName("debtor");
    out.writePOJO(value.debtor());
    out.writeName("creditor");
    out.writePOJO(value.creditor());
    out.writeNumberProperty("amount", value.amount());
    out.writeEndObject();
  }

  private static Obligation<Object> readObligation(JsonParser in, Features features, Function<JsonParser, ?> party) {
    Read.startObject(in, "an obligation");
    Object debtor = null;
    Object creditor = null;
    Long amount = null;
    String name;
    while ((name = Read.field(in)) != null) {
      switch (name) {
        case "debtor" -> debtor = party.apply(in);
        case "creditor" -> creditor = party.apply(in);
        case "amount" -> amount = Read.longValue(in);
        default -> Read.unknown(in, features);
      }
    }
    Object from = Read.required(in, debtor, "debtor");
    Object to = Read.required(in, creditor, "creditor");
    long owed = Read.required(in, amount, "amount");
    return Read.build(in, () -> Obligation.of(from, to, owed), Set.of("debtor", "creditor", "amount"));
  }

  private static final class ObligationSerializer extends ValueSerializer<Obligation<?>> {
    @Override
    public void serialize(Obligation<?> value, JsonGenerator out, SerializationContext context) {
      writeObligation(value, out);
    }
  }

  private static final class ResultSerializer extends ValueSerializer<ClearingResult<?>> {
    @Override
    public void serialize(ClearingResult<?> value, JsonGenerator out, SerializationContext context) {
      Write.startObject(out, value);
      out.writeStringProperty("method", METHOD.name(value.method()));
      out.writeNumberProperty("totalDebt", value.totalDebt());
      out.writeNumberProperty("netInternalDebt", value.netInternalDebt());
      out.writeName("remaining");
      out.writeStartArray(value.remaining(), value.remaining().size());
      for (Obligation<?> obligation : value.remaining()) {
        writeObligation(obligation, out);
      }
      out.writeEndArray();
      out.writeEndObject();
    }
  }

  /** Finds the deserializer of {@code Obligation<P>} and {@code ClearingResult<P>} for the {@code P} asked for. */
  private static final class Generic implements Deserializers {
    private final Features features;

    Generic(Features features) {
      this.features = features;
    }

    @Override
    public @Nullable ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription.Supplier description) {
      Class<?> raw = type.getRawClass();
      if (raw == Obligation.class || raw == ClearingResult.class) {
        return new GenericDeserializer(features, raw == ClearingResult.class, type.containedTypeOrUnknown(0));
      }
      return null;
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> type) {
      return type == Obligation.class || type == ClearingResult.class;
    }
  }

  private static final class GenericDeserializer extends ValueDeserializer<Object> {
    private static final Set<String> FIELDS = Set.of("method", "totalDebt", "netInternalDebt", "remaining");
    private final Features features;
    private final boolean result;
    private final JavaType party;

    GenericDeserializer(Features features, boolean result, JavaType party) {
      this.features = features;
      this.result = result;
      this.party = party;
    }

    @Override
    public Object deserialize(JsonParser in, DeserializationContext context) {
      Function<JsonParser, ?> parties = parser -> {
        try {
          return context.readValue(parser, party);
        } catch (JacksonException e) {
          throw new EssJsonException(Read.pointer(parser), String.valueOf(e.getOriginalMessage()), e);
        }
      };
      return result ? readResult(in, parties) : readObligation(in, features, parties);
    }

    private ClearingResult<Object> readResult(JsonParser in, Function<JsonParser, ?> parties) {
      Read.startObject(in, "a clearing result");
      ClearingMethod method = null;
      Long totalDebt = null;
      Long netInternalDebt = null;
      List<Obligation<Object>> remaining = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "method" -> method = METHOD.read(in);
          case "totalDebt" -> totalDebt = Read.longValue(in);
          case "netInternalDebt" -> netInternalDebt = Read.longValue(in);
          case "remaining" -> {
            if (in.currentToken() != JsonToken.START_ARRAY) {
              throw Read.error(in, "expected an array, got " + Read.describe(in));
            }
            remaining = new ArrayList<>();
            while (in.nextToken() != JsonToken.END_ARRAY) {
              remaining.add(readObligation(in, features, parties));
            }
          }
          default -> Read.unknown(in, features);
        }
      }
      ClearingMethod how = Read.required(in, method, "method");
      long total = Read.required(in, totalDebt, "totalDebt");
      long net = Read.required(in, netInternalDebt, "netInternalDebt");
      List<Obligation<Object>> left = Read.required(in, remaining, "remaining");
      return Read.build(in, () -> ClearingResult.of(how, total, net, left), FIELDS);
    }

    @Override
    public Class<?> handledType() {
      return result ? ClearingResult.class : Obligation.class;
    }
  }

  private static final class ArraysCodec extends Codec<ObligationArrays> {
    private final Features features;

    ArraysCodec(Features features) {
      super(ObligationArrays.class);
      this.features = features;
    }

    @Override
    public void write(ObligationArrays value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeNumberProperty("partyCount", value.partyCount());
      int size = value.size();
      out.writeName("debtors");
      out.writeStartArray(value, size);
      for (int i = 0; i < size; i++) {
        out.writeNumber(value.debtor(i));
      }
      out.writeEndArray();
      out.writeName("creditors");
      out.writeStartArray(value, size);
      for (int i = 0; i < size; i++) {
        out.writeNumber(value.creditor(i));
      }
      out.writeEndArray();
      out.writeName("amounts");
      out.writeStartArray(value, size);
      for (int i = 0; i < size; i++) {
        out.writeNumber(value.amount(i));
      }
      out.writeEndArray();
      out.writeEndObject();
    }

    @Override
    public ObligationArrays read(JsonParser in) {
      Read.startObject(in, "an obligation network");
      Integer partyCount = null;
      int[] debtors = null;
      int[] creditors = null;
      long[] amounts = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "partyCount" -> partyCount = Read.intValue(in);
          case "debtors" -> debtors = ints(in);
          case "creditors" -> creditors = ints(in);
          case "amounts" -> amounts = longs(in);
          default -> Read.unknown(in, features);
        }
      }
      int parties = Read.required(in, partyCount, "partyCount");
      int[] from = Read.required(in, debtors, "debtors");
      int[] to = Read.required(in, creditors, "creditors");
      long[] owed = Read.required(in, amounts, "amounts");
      return Read.build(in, () -> ObligationArrays.of(parties, from, to, owed), Set.of());
    }
  }

  private static final class ArrayResultCodec extends Codec<ArrayClearingResult> {
    private static final Set<String> FIELDS = Set.of("method", "totalDebt", "netInternalDebt", "remaining");
    private final Features features;

    ArrayResultCodec(Features features) {
      super(ArrayClearingResult.class);
      this.features = features;
    }

    @Override
    public void write(ArrayClearingResult value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("method", METHOD.name(value.method()));
      out.writeNumberProperty("totalDebt", value.totalDebt());
      out.writeNumberProperty("netInternalDebt", value.netInternalDebt());
      long[] remaining = value.remainingAmounts();
      out.writeName("remaining");
      out.writeArray(remaining, 0, remaining.length);
      out.writeEndObject();
    }

    @Override
    public ArrayClearingResult read(JsonParser in) {
      Read.startObject(in, "an array clearing result");
      ClearingMethod method = null;
      Long totalDebt = null;
      Long netInternalDebt = null;
      long[] remaining = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "method" -> method = METHOD.read(in);
          case "totalDebt" -> totalDebt = Read.longValue(in);
          case "netInternalDebt" -> netInternalDebt = Read.longValue(in);
          case "remaining" -> remaining = longs(in);
          default -> Read.unknown(in, features);
        }
      }
      ClearingMethod how = Read.required(in, method, "method");
      long total = Read.required(in, totalDebt, "totalDebt");
      long net = Read.required(in, netInternalDebt, "netInternalDebt");
      long[] left = Read.required(in, remaining, "remaining");
      return Support.build(in, () -> ArrayClearingResult.of(how, total, net, left), FIELDS);
    }
  }

  /** The current array of whole numbers. */
  private static long[] longs(JsonParser in) {
    if (in.currentToken() != JsonToken.START_ARRAY) {
      throw Read.error(in, "expected an array, got " + Read.describe(in));
    }
    long[] values = new long[16];
    int size = 0;
    while (in.nextToken() != JsonToken.END_ARRAY) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = Read.longValue(in);
    }
    return Arrays.copyOf(values, size);
  }

  /** The current array of whole numbers that fit an {@code int}. */
  private static int[] ints(JsonParser in) {
    if (in.currentToken() != JsonToken.START_ARRAY) {
      throw Read.error(in, "expected an array, got " + Read.describe(in));
    }
    int[] values = new int[16];
    int size = 0;
    while (in.nextToken() != JsonToken.END_ARRAY) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = Read.intValue(in);
    }
    return Arrays.copyOf(values, size);
  }
}
