package coop.ess.json.internal;

import coop.ess.core.ResourceId;
import coop.ess.core.VenueId;
import coop.ess.core.venue.AccessibilityFeature;
import coop.ess.core.venue.Address;
import coop.ess.core.venue.GeoPoint;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.ResourceKind;
import coop.ess.core.venue.SharingMode;
import coop.ess.core.venue.Venue;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** The codecs of the venue package: venues, their resources, addresses and places. */
public final class VenueCodecs {

  /** A venue id. */
  public static final StringCodec<VenueId> VENUE_ID = new StringCodec<>(VenueId.class, VenueId::of, VenueId::value);
  /** A resource id. */
  public static final StringCodec<ResourceId> RESOURCE_ID =
      new StringCodec<>(ResourceId.class, ResourceId::of, ResourceId::value);
  /** The kind of a resource. */
  public static final EnumCodec<ResourceKind> RESOURCE_KIND = new EnumCodec<>(ResourceKind.class);
  /** How a resource is shared. */
  public static final EnumCodec<SharingMode> SHARING_MODE = new EnumCodec<>(SharingMode.class);
  /** An accessibility feature. */
  public static final EnumCodec<AccessibilityFeature> ACCESSIBILITY = new EnumCodec<>(AccessibilityFeature.class);

  private static final StringCodec<String> TEXT = new StringCodec<>(String.class, text -> text, text -> text);

  /** A geographic point. */
  public final Codec<GeoPoint> geoPoint;
  /** A postal address. */
  public final Codec<Address> address;
  /** A resource. */
  public final Codec<Resource> resource;
  /** A venue. */
  public final Codec<Venue> venue;

  /**
   * The codecs for some features.
   *
   * @param features the features, not null
   */
  public VenueCodecs(Features features) {
    geoPoint = new GeoPointCodec(features);
    address = new AddressCodec(features, geoPoint);
    resource = new ResourceCodec(features);
    venue = new VenueCodec(features, address, resource);
  }

  private static final class GeoPointCodec extends Codec<GeoPoint> {
    private static final Set<String> FIELDS = Set.of("latitude", "longitude");
    private final Features features;

    GeoPointCodec(Features features) {
      super(GeoPoint.class);
      this.features = features;
    }

    @Override
    public void write(GeoPoint value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeNumberProperty("latitude", value.latitude());
      out.writeNumberProperty("longitude", value.longitude());
      out.writeEndObject();
    }

    @Override
    public GeoPoint read(JsonParser in) {
      Read.startObject(in, "a geographic point");
      Double latitude = null;
      Double longitude = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "latitude" -> latitude = Read.doubleValue(in);
          case "longitude" -> longitude = Read.doubleValue(in);
          default -> Read.unknown(in, features);
        }
      }
      double lat = Read.required(in, latitude, "latitude");
      double lon = Read.required(in, longitude, "longitude");
      return Read.build(in, () -> GeoPoint.of(lat, lon), FIELDS);
    }
  }

  private static final class AddressCodec extends Codec<Address> {
    private static final Set<String> FIELDS = Set.of("street", "postalCode", "city", "country", "location");
    private final Features features;
    private final Codec<GeoPoint> geoPoint;

    AddressCodec(Features features, Codec<GeoPoint> geoPoint) {
      super(Address.class);
      this.features = features;
      this.geoPoint = geoPoint;
    }

    @Override
    public void write(Address value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("street", value.street());
      out.writeStringProperty("postalCode", value.postalCode());
      out.writeStringProperty("city", value.city());
      out.writeStringProperty("country", value.country());
      if (value.location().isPresent()) {
        out.writeName("location");
        geoPoint.write(value.location().get(), out);
      }
      out.writeEndObject();
    }

    @Override
    public Address read(JsonParser in) {
      Read.startObject(in, "an address");
      String street = null;
      String postalCode = null;
      String city = null;
      String country = null;
      GeoPoint location = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "street" -> street = Read.string(in);
          case "postalCode" -> postalCode = Read.string(in);
          case "city" -> city = Read.string(in);
          case "country" -> country = Read.string(in);
          case "location" -> location = Read.isNull(in) ? null : geoPoint.read(in);
          default -> Read.unknown(in, features);
        }
      }
      Address.Builder builder = Address.builder().street(Read.required(in, street, "street"))
          .postalCode(Read.required(in, postalCode, "postalCode")).city(Read.required(in, city, "city"))
          .location(Optional.ofNullable(location));
      if (country != null) {
        builder.country(country);
      }
      return Read.build(in, builder::build, FIELDS);
    }
  }

  private static final class ResourceCodec extends Codec<Resource> {
    private static final Set<String> FIELDS = Set.of("id", "name", "kind", "description", "areaSquareMetres",
        "capacity", "bookableUnits", "sharing", "accessibility", "equipment", "tags");
    private final Features features;

    ResourceCodec(Features features) {
      super(Resource.class);
      this.features = features;
    }

    @Override
    public void write(Resource value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("id", value.id().value());
      out.writeStringProperty("name", value.name());
      out.writeStringProperty("kind", RESOURCE_KIND.name(value.kind()));
      if (value.description().isPresent()) {
        out.writeStringProperty("description", value.description().get());
      }
      if (value.areaSquareMetres().isPresent()) {
        out.writeNumberProperty("areaSquareMetres", value.areaSquareMetres().getAsDouble());
      }
      if (value.capacity().isPresent()) {
        out.writeNumberProperty("capacity", value.capacity().getAsInt());
      }
      out.writeNumberProperty("bookableUnits", value.bookableUnits());
      out.writeStringProperty("sharing", SHARING_MODE.name(value.sharing()));
      Write.list(out, "accessibility", List.copyOf(value.accessibility()), ACCESSIBILITY);
      Write.list(out, "equipment", List.copyOf(value.equipment()), TEXT);
      Write.list(out, "tags", List.copyOf(value.tags()), TEXT);
      out.writeEndObject();
    }

    @Override
    public Resource read(JsonParser in) {
      Read.startObject(in, "a resource");
      ResourceId id = null;
      String name = null;
      ResourceKind kind = null;
      String description = null;
      Double area = null;
      Integer capacity = null;
      Integer units = null;
      SharingMode sharing = null;
      List<AccessibilityFeature> accessibility = List.of();
      List<String> equipment = List.of();
      List<String> tags = List.of();
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "id" -> id = RESOURCE_ID.read(in);
          case "name" -> name = Read.string(in);
          case "kind" -> kind = RESOURCE_KIND.read(in);
          case "description" -> description = Read.isNull(in) ? null : Read.string(in);
          case "areaSquareMetres" -> area = Read.isNull(in) ? null : Read.doubleValue(in);
          case "capacity" -> capacity = Read.isNull(in) ? null : Read.intValue(in);
          case "bookableUnits" -> units = Read.intValue(in);
          case "sharing" -> sharing = SHARING_MODE.read(in);
          case "accessibility" -> accessibility = Read.list(in, ACCESSIBILITY);
          case "equipment" -> equipment = Read.list(in, TEXT);
          case "tags" -> tags = Read.list(in, TEXT);
          default -> Read.unknown(in, features);
        }
      }
      Resource.Builder builder = Resource.builder().id(Read.required(in, id, "id"))
          .name(Read.required(in, name, "name")).kind(Read.required(in, kind, "kind"))
          .description(Optional.ofNullable(description))
          .areaSquareMetres(area == null ? OptionalDouble.empty() : OptionalDouble.of(area))
          .capacity(capacity == null ? OptionalInt.empty() : OptionalInt.of(capacity))
          .addAllAccessibility(accessibility).addAllEquipment(equipment).addAllTags(tags);
      if (units != null) {
        builder.bookableUnits(units);
      }
      if (sharing != null) {
        builder.sharing(sharing);
      }
      return Read.build(in, builder::build, FIELDS);
    }
  }

  private static final class VenueCodec extends Codec<Venue> {
    private static final Set<String> FIELDS =
        Set.of("id", "name", "description", "address", "zone", "totalAreaSquareMetres", "resources");
    private final Features features;
    private final Codec<Address> address;
    private final Codec<Resource> resource;

    VenueCodec(Features features, Codec<Address> address, Codec<Resource> resource) {
      super(Venue.class);
      this.features = features;
      this.address = address;
      this.resource = resource;
    }

    @Override
    public void write(Venue value, JsonGenerator out) {
      Write.startDocument(out, value, "venue");
      out.writeStringProperty("id", value.id().value());
      out.writeStringProperty("name", value.name());
      if (value.description().isPresent()) {
        out.writeStringProperty("description", value.description().get());
      }
      out.writeName("address");
      address.write(value.address(), out);
      out.writeStringProperty("zone", value.zone().getId());
      if (value.totalAreaSquareMetres().isPresent()) {
        out.writeNumberProperty("totalAreaSquareMetres", value.totalAreaSquareMetres().getAsDouble());
      }
      Write.list(out, "resources", value.resources(), resource);
      out.writeEndObject();
    }

    @Override
    public Venue read(JsonParser in) {
      Read.startObject(in, "a venue");
      VenueId id = null;
      String name = null;
      String description = null;
      Address place = null;
      ZoneId zone = null;
      Double area = null;
      List<Resource> resources = List.of();
      String field;
      while ((field = Read.field(in)) != null) {
        if (Read.header(in, field, "venue")) {
          continue;
        }
        switch (field) {
          case "id" -> id = VENUE_ID.read(in);
          case "name" -> name = Read.string(in);
          case "description" -> description = Read.isNull(in) ? null : Read.string(in);
          case "address" -> place = address.read(in);
          case "zone" -> zone = zone(in);
          case "totalAreaSquareMetres" -> area = Read.isNull(in) ? null : Read.doubleValue(in);
          case "resources" -> resources = Read.list(in, resource);
          default -> Read.unknown(in, features);
        }
      }
      Venue.Builder builder = Venue.builder().id(Read.required(in, id, "id")).name(Read.required(in, name, "name"))
          .description(Optional.ofNullable(description)).address(Read.required(in, place, "address"))
          .zone(Read.required(in, zone, "zone"))
          .totalAreaSquareMetres(area == null ? OptionalDouble.empty() : OptionalDouble.of(area))
          .addAllResources(resources);
      return Read.build(in, builder::build, FIELDS);
    }

    private static ZoneId zone(JsonParser in) {
      String text = Read.string(in);
      try {
        return ZoneId.of(text);
      } catch (DateTimeException e) {
        throw Read.error(in, "expected a time zone like Europe/Paris, got \"" + text + "\"");
      }
    }
  }
}
