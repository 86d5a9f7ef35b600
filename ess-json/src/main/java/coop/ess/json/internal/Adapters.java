package coop.ess.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleKeyDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/** Turns codecs into Jackson serializers and deserializers. */
public final class Adapters {

  private final SimpleSerializers serializers = new SimpleSerializers();
  private final SimpleDeserializers deserializers = new SimpleDeserializers();
  private final SimpleSerializers keySerializers = new SimpleSerializers();
  private final SimpleKeyDeserializers keyDeserializers = new SimpleKeyDeserializers();

  /** Creates empty adapters. */
  public Adapters() {}

  /**
   * Adds a codec for its type.
   *
   * @param codec the codec, not null
   * @param <T> the type
   * @return this
   */
  public <T> Adapters add(Codec<T> codec) {
    serializers.addSerializer(codec.type(), new Serializer<>(codec));
    deserializers.addDeserializer(codec.type(), new Deserializer<>(codec));
    return this;
  }

  /**
   * Adds a string codec, also as a map key.
   *
   * @param codec the codec, not null
   * @param <T> the type
   * @return this
   */
  public <T> Adapters addKey(StringCodec<T> codec) {
    add(codec);
    keySerializers.addSerializer(codec.type(), new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator out, SerializationContext context) {
        out.writeName(codec.text(value));
      }
    });
    keyDeserializers.addDeserializer(codec.type(), new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext context) {
        JsonParser in = context.getParser();
        return Read.build(in, () -> codec.fromText(key), java.util.Set.of());
      }
    });
    return this;
  }

  /**
   * The serializers.
   *
   * @return the serializers, not null
   */
  public SimpleSerializers serializers() {
    return serializers;
  }

  /**
   * The deserializers.
   *
   * @return the deserializers, not null
   */
  public SimpleDeserializers deserializers() {
    return deserializers;
  }

  /**
   * The key serializers.
   *
   * @return the key serializers, not null
   */
  public SimpleSerializers keySerializers() {
    return keySerializers;
  }

  /**
   * The key deserializers.
   *
   * @return the key deserializers, not null
   */
  public SimpleKeyDeserializers keyDeserializers() {
    return keyDeserializers;
  }

  private static final class Serializer<T> extends ValueSerializer<T> {
    private final Codec<T> codec;

    Serializer(Codec<T> codec) {
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializationContext context) {
      codec.write(value, out);
    }

    @Override
    public Class<?> handledType() {
      return codec.type();
    }
  }

  private static final class Deserializer<T> extends ValueDeserializer<T> {
    private final Codec<T> codec;

    Deserializer(Codec<T> codec) {
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser in, DeserializationContext context) {
      return codec.read(in);
    }

    @Override
    public Class<?> handledType() {
      return codec.type();
    }
  }
}
