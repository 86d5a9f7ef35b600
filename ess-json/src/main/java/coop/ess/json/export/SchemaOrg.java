package coop.ess.json.export;

import coop.ess.booking.time.OpeningHours;
import coop.ess.booking.time.TimeWindow;
import coop.ess.core.DateRange;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.ResourceId;
import coop.ess.core.community.Member;
import coop.ess.core.community.Membership;
import coop.ess.core.community.Organisation;
import coop.ess.core.venue.AccessibilityFeature;
import coop.ess.core.venue.Address;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.Venue;
import coop.ess.json.export.internal.Ids;
import coop.ess.json.export.internal.Labels;
import coop.ess.json.export.internal.Personal;
import coop.ess.json.export.internal.Weekly;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link OpenDataSet} as schema.org JSON-LD: the venue as a {@code CivicStructure} (a {@code Place}) with
 * its address, position, floor size and {@code OpeningHoursSpecification}s, each space as a {@code Place} contained
 * in it, each organisation as an {@code Organization} (SIRET, SIREN and RNA as {@code identifier}s, the SIRET or
 * SIREN also as {@code iso6523Code}), and each {@link OpenDataEvent} as an {@code Event} with its location,
 * organiser and capacity.
 *
 * <p>The document carries its own {@code @context} (vocabulary {@code https://schema.org/}), so that a JSON-LD
 * processor reads it without fetching anything. Dated exceptions and blackout periods become
 * {@code specialOpeningHoursSpecification}s ({@code opens} = {@code closes} = {@code 00:00} for a closed day, the
 * schema.org convention); hours reserved to a member category and closing on public holidays have no schema.org
 * equivalent and are left out. The members of an organisation ({@code member}, with their e-mail address and
 * telephone) are written only with {@link ExportOptions#includePersonalData()}.
 *
 * <p>Not instantiable; thread-safe.
 */
public final class SchemaOrg {

  /** The vocabulary of the documents. */
  public static final String VOCABULARY = "https://schema.org/";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private SchemaOrg() {}

  /**
   * The JSON-LD document as a JSON tree: an {@code @context} and a {@code @graph}.
   *
   * @param data what to export, not null
   * @param options how, not null
   * @return a new object, not null
   */
  public static ObjectNode document(OpenDataSet data, ExportOptions options) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(options, "options");
    ObjectNode root = NODES.objectNode();
    ObjectNode context = root.putObject("@context");
    context.put("@vocab", VOCABULARY);
    for (String term : List.of("dayOfWeek", "eventStatus", "eventAttendanceMode")) {
      context.putObject(term).put("@type", "@vocab");
    }
    ArrayNode graph = root.putArray("@graph");
    Venue venue = data.venue();
    graph.add(venue(data, options));
    for (Resource space : venue.spaces()) {
      graph.add(space(data, space, options));
    }
    for (Organisation organisation : data.community().organisations()) {
      graph.add(organization(data, organisation, options));
    }
    for (OpenDataEvent event : data.events()) {
      graph.add(event(data, event, options));
    }
    return root;
  }

  /**
   * The JSON-LD document as indented JSON text.
   *
   * @param data what to export, not null
   * @param options how, not null
   * @return the JSON text, not null
   */
  public static String write(OpenDataSet data, ExportOptions options) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document(data, options));
  }

  private static ObjectNode venue(OpenDataSet data, ExportOptions options) {
    Venue venue = data.venue();
    ObjectNode node = NODES.objectNode();
    node.put("@id", Ids.iri(options.baseIri(), "venue", venue.id().value()));
    node.put("@type", "CivicStructure");
    node.put("name", venue.name());
    venue.description().ifPresent(description -> node.put("description", description));
    node.put("publicAccess", true);
    node.set("address", address(venue.address()));
    venue.address().location().ifPresent(point -> {
      ObjectNode geo = node.putObject("geo");
      geo.put("@type", "GeoCoordinates");
      geo.put("latitude", point.latitude());
      geo.put("longitude", point.longitude());
    });
    floorSize(node, venue.totalAreaSquareMetres());
    data.hours().ifPresent(hours -> hours(node, hours));
    ArrayNode contains = node.putArray("containsPlace");
    for (Resource space : venue.spaces()) {
      contains.addObject().put("@id", spaceIri(venue, space.id(), options));
    }
    return node;
  }

  private static ObjectNode space(OpenDataSet data, Resource space, ExportOptions options) {
    Venue venue = data.venue();
    ObjectNode node = NODES.objectNode();
    node.put("@id", spaceIri(venue, space.id(), options));
    node.put("@type", "Place");
    node.put("name", space.name());
    node.put("keywords", Labels.of(space.kind()));
    space.description().ifPresent(description -> node.put("description", description));
    node.putObject("containedInPlace").put("@id", Ids.iri(options.baseIri(), "venue", venue.id().value()));
    space.capacity().ifPresent(capacity -> node.put("maximumAttendeeCapacity", capacity));
    floorSize(node, space.areaSquareMetres());
    ArrayNode features = node.putArray("amenityFeature");
    for (AccessibilityFeature feature : space.accessibility()) {
      feature(features, Labels.of(feature));
    }
    for (String equipment : space.equipment()) {
      feature(features, equipment);
    }
    Optional.ofNullable(data.spaceHours().get(space.id())).ifPresent(hours -> hours(node, hours));
    return node;
  }

  private static void feature(ArrayNode features, String name) {
    ObjectNode feature = features.addObject();
    feature.put("@type", "LocationFeatureSpecification");
    feature.put("name", name);
    feature.put("value", true);
  }

  private static String spaceIri(Venue venue, ResourceId space, ExportOptions options) {
    return Ids.iri(options.baseIri(), "space", venue.id().value(), space.value());
  }

  private static ObjectNode address(Address address) {
    ObjectNode node = NODES.objectNode();
    node.put("@type", "PostalAddress");
    node.put("streetAddress", address.street());
    node.put("postalCode", address.postalCode());
    node.put("addressLocality", address.city());
    node.put("addressCountry", address.country());
    return node;
  }

  private static void floorSize(ObjectNode node, OptionalDouble squareMetres) {
    squareMetres.ifPresent(area -> {
      ObjectNode size = node.putObject("floorSize");
      size.put("@type", "QuantitativeValue");
      size.put("value", area);
      size.put("unitCode", "MTK");
    });
  }

  private static void hours(ObjectNode node, OpeningHours hours) {
    ArrayNode regular = node.putArray("openingHoursSpecification");
    for (Weekly.Group group : Weekly.groups(hours.weekly())) {
      ObjectNode specification = specification(regular, group.window().from(), group.window().to());
      ArrayNode days = specification.putArray("dayOfWeek");
      for (DayOfWeek day : group.days()) {
        days.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
      }
    }
    if (hours.exceptions().isEmpty() && hours.blackouts().isEmpty()) {
      return;
    }
    ArrayNode special = node.putArray("specialOpeningHoursSpecification");
    for (Map.Entry<LocalDate, List<TimeWindow>> exception : hours.exceptions().entrySet()) {
      List<TimeWindow> windows = exception.getValue().isEmpty()
          ? List.of(TimeWindow.of(java.time.LocalTime.MIDNIGHT, java.time.LocalTime.MIDNIGHT)) : exception.getValue();
      for (TimeWindow window : windows) {
        ObjectNode specification = specification(special, window.from(), window.to());
        specification.put("validFrom", exception.getKey().toString());
        specification.put("validThrough", exception.getKey().toString());
      }
    }
    for (DateRange blackout : hours.blackouts()) {
      ObjectNode specification = specification(special, java.time.LocalTime.MIDNIGHT, java.time.LocalTime.MIDNIGHT);
      specification.put("validFrom", blackout.start().toString());
      blackout.end().ifPresent(end -> specification.put("validThrough", end.toString()));
    }
  }

  private static ObjectNode specification(ArrayNode into, java.time.LocalTime opens, java.time.LocalTime closes) {
    ObjectNode specification = into.addObject();
    specification.put("@type", "OpeningHoursSpecification");
    specification.put("opens", Weekly.hhmm(opens));
    specification.put("closes", Weekly.hhmm(closes));
    return specification;
  }

  private static ObjectNode organization(OpenDataSet data, Organisation organisation, ExportOptions options) {
    ObjectNode node = NODES.objectNode();
    node.put("@id", organizationIri(organisation.id(), options));
    node.put("@type", "Organization");
    node.put("name", organisation.name());
    organisation.description().ifPresent(description -> node.put("description", description));
    node.put("keywords", Labels.of(organisation.legalForm()));
    organisation.siret().map(siret -> "0009:" + siret.value())
        .or(() -> organisation.effectiveSiren().map(siren -> "0002:" + siren.value()))
        .ifPresent(code -> node.put("iso6523Code", code));
    ArrayNode identifiers = node.putArray("identifier");
    organisation.effectiveSiren().ifPresent(siren -> identifier(identifiers, "SIREN", siren.value()));
    organisation.siret().ifPresent(siret -> identifier(identifiers, "SIRET", siret.value()));
    organisation.rna().ifPresent(rna -> identifier(identifiers, "RNA", rna.value()));
    ArrayNode members = node.putArray("member");
    for (Membership membership : data.community().memberships()) {
      if (membership.organisation().filter(organisation.id()::equals).isPresent() && membership.period().isOpenEnded()) {
        person(data, membership.member(), options).ifPresent(members::add);
      }
    }
    return node;
  }

  private static void identifier(ArrayNode identifiers, String scheme, String value) {
    ObjectNode identifier = identifiers.addObject();
    identifier.put("@type", "PropertyValue");
    identifier.put("propertyID", scheme);
    identifier.put("value", value);
  }

  private static Optional<ObjectNode> person(OpenDataSet data, MemberId id, ExportOptions options) {
    Optional<Member> member = Personal.member(data.community(), id, options.includePersonalData());
    return member.map(found -> {
      ObjectNode node = NODES.objectNode();
      node.put("@id", Ids.iri(options.baseIri(), "member", found.id().value()));
      node.put("@type", "Person");
      node.put("name", found.displayName());
      found.contact().ifPresent(contact -> {
        contact.email().ifPresent(email -> node.put("email", email));
        contact.phone().ifPresent(phone -> node.put("telephone", phone));
      });
      return node;
    });
  }

  private static String organizationIri(OrganisationId id, ExportOptions options) {
    return Ids.iri(options.baseIri(), "organisation", id.value());
  }

  private static ObjectNode event(OpenDataSet data, OpenDataEvent event, ExportOptions options) {
    Venue venue = data.venue();
    ObjectNode node = NODES.objectNode();
    node.put("@id", Ids.iri(options.baseIri(), "event", event.id()));
    node.put("@type", "Event");
    node.put("name", event.name());
    event.description().ifPresent(description -> node.put("description", description));
    node.put("startDate", OffsetDateTime.ofInstant(event.interval().start(), venue.zone()).toString());
    node.put("endDate", OffsetDateTime.ofInstant(event.interval().end(), venue.zone()).toString());
    node.putObject("location").put("@id", spaceIri(venue, event.space(), options));
    event.organiser().ifPresent(organiser -> node.putObject("organizer").put("@id",
        organizationIri(organiser, options)));
    event.maximumAttendees().ifPresent(maximum -> node.put("maximumAttendeeCapacity", maximum));
    node.put("isAccessibleForFree", event.free());
    node.put("eventStatus", "EventScheduled");
    node.put("eventAttendanceMode", "OfflineEventAttendanceMode");
    return node;
  }
}
