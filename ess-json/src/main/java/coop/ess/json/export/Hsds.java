package coop.ess.json.export;

import coop.ess.booking.time.OpeningHours;
import coop.ess.booking.time.TimeWindow;
import coop.ess.booking.time.WeeklyHours;
import coop.ess.core.DateRange;
import coop.ess.core.MemberId;
import coop.ess.core.ResourceId;
import coop.ess.core.community.ContactDetails;
import coop.ess.core.community.Member;
import coop.ess.core.community.MemberCategory;
import coop.ess.core.community.Organisation;
import coop.ess.core.venue.AccessibilityFeature;
import coop.ess.core.venue.Address;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.Venue;
import coop.ess.json.export.internal.Ids;
import coop.ess.json.export.internal.Labels;
import coop.ess.json.export.internal.Personal;
import coop.ess.json.export.internal.Weekly;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link OpenDataSet} in the Human Services Data Specification 3.0 of Open Referral (HSDS): one JSON
 * document with three arrays, {@code organizations}, {@code locations} and {@code services}, whose items follow the
 * published {@code organization.json}, {@code location.json} and {@code service.json} schemas.
 *
 * <ul>
 *   <li>each organisation of the community, with its SIREN, SIRET and RNA as {@code organization_identifiers};
 *   <li>each space of the venue as a physical location, with the venue's address (the {@code state_province} is the
 *       French <i>département</i> taken from the postal code), its position, its accessibility and its schedules
 *       (the space's own hours, or else the venue's);
 *   <li>each {@link OpenDataService} with its organisation, its places ({@code service_at_locations}) and its
 *       schedules.
 * </ul>
 *
 * <p>Schedules come from {@link OpeningHours}: one weekly schedule ({@code freq} {@code WEEKLY}, {@code byday},
 * {@code opens_at}, {@code closes_at}) per window shared by a set of days; the windows open only to a member
 * category, dated exceptions and blackout periods get their own schedules with notes. Times are wall-clock times of
 * the venue's zone, named in {@code notes}: HSDS can only give a fixed UTC offset, which daylight saving time would
 * make wrong half of the year. Identifiers are name-based UUIDs, the same on every export. Contacts (names, e-mail
 * addresses, telephones of members) are written only with {@link ExportOptions#includePersonalData()}.
 *
 * <p>Not instantiable; thread-safe.
 */
public final class Hsds {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Hsds() {}

  /**
   * The HSDS document as a JSON tree.
   *
   * @param data what to export, not null
   * @param options how, not null
   * @return a new object with {@code organizations}, {@code locations} and {@code services}, not null
   */
  public static ObjectNode document(OpenDataSet data, ExportOptions options) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(options, "options");
    ObjectNode root = NODES.objectNode();
    ArrayNode organizations = root.putArray("organizations");
    for (Organisation organisation : data.community().organisations()) {
      organizations.add(organization(organisation));
    }
    ArrayNode locations = root.putArray("locations");
    for (Resource space : data.venue().spaces()) {
      locations.add(location(data, space, options));
    }
    ArrayNode services = root.putArray("services");
    for (OpenDataService service : data.services()) {
      services.add(service(data, service, options));
    }
    return root;
  }

  /**
   * The HSDS document as indented JSON text.
   *
   * @param data what to export, not null
   * @param options how, not null
   * @return the JSON text, not null
   */
  public static String write(OpenDataSet data, ExportOptions options) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document(data, options));
  }

  /**
   * The UUID of an organisation in HSDS documents.
   *
   * @param organisation the organisation's identifier, not null
   * @return the UUID, not null
   */
  public static String organizationId(coop.ess.core.OrganisationId organisation) {
    return Ids.uuid("organization", organisation.value());
  }

  /**
   * The UUID of a space of a venue in HSDS documents.
   *
   * @param venue the venue, not null
   * @param space the space, not null
   * @return the UUID, not null
   */
  public static String locationId(Venue venue, ResourceId space) {
    return Ids.uuid("location", venue.id().value() + "/" + space.value());
  }

  /**
   * The UUID of a service in HSDS documents.
   *
   * @param service the service, not null
   * @return the UUID, not null
   */
  public static String serviceId(OpenDataService service) {
    return Ids.uuid("service", service.id());
  }

  private static ObjectNode organization(Organisation organisation) {
    String id = organizationId(organisation.id());
    ObjectNode node = NODES.objectNode();
    node.put("id", id);
    node.put("name", organisation.name());
    node.put("description", organisation.description().orElse(Labels.of(organisation.legalForm())));
    node.put("legal_status", Labels.of(organisation.legalForm()));
    organisation.effectiveSiren().ifPresent(siren -> node.put("tax_id", siren.value()));
    ArrayNode identifiers = node.putArray("organization_identifiers");
    organisation.effectiveSiren().ifPresent(siren -> identifiers.add(identifier(id, "SIREN", siren.value())));
    organisation.siret().ifPresent(siret -> identifiers.add(identifier(id, "SIRET", siret.value())));
    organisation.rna().ifPresent(rna -> identifiers.add(identifier(id, "RNA", rna.value())));
    return node;
  }

  private static ObjectNode identifier(String organizationId, String type, String value) {
    ObjectNode node = NODES.objectNode();
    node.put("id", Ids.uuid("organization_identifier", organizationId + "/" + type));
    node.put("organization_id", organizationId);
    node.put("identifier_type", type);
    node.put("identifier", value);
    return node;
  }

  private static ObjectNode location(OpenDataSet data, Resource space, ExportOptions options) {
    Venue venue = data.venue();
    String id = locationId(venue, space.id());
    ObjectNode node = NODES.objectNode();
    node.put("id", id);
    node.put("location_type", "physical");
    data.operator().ifPresent(operator -> node.put("organization_id", organizationId(operator)));
    node.put("name", space.name() + " (" + venue.name() + ")");
    node.put("description", space.description().orElseGet(() -> describe(space)));
    venue.address().location().ifPresent(point -> {
      node.put("latitude", point.latitude());
      node.put("longitude", point.longitude());
    });
    node.put("external_identifier", venue.id().value() + "/" + space.id().value());
    node.put("external_identifier_type", "ess-resource");
    node.putArray("addresses").add(address(id, venue.address()));
    ArrayNode accessibility = node.putArray("accessibility");
    for (AccessibilityFeature feature : space.accessibility()) {
      ObjectNode item = accessibility.addObject();
      item.put("id", Ids.uuid("accessibility", id + "/" + feature.name()));
      item.put("location_id", id);
      item.put("description", Labels.of(feature));
    }
    ArrayNode contacts = node.putArray("contacts");
    for (MemberId member : data.venueContacts()) {
      contact(data, id, member, options).ifPresent(contact -> contacts.add(contact.put("location_id", id)));
    }
    ArrayNode schedules = node.putArray("schedules");
    data.hoursOf(space.id()).ifPresent(hours -> schedules(schedules, "location_id", id, hours));
    return node;
  }

  private static String describe(Resource space) {
    StringBuilder text = new StringBuilder(Labels.of(space.kind()));
    space.areaSquareMetres().ifPresent(area -> text.append(", ").append(area == Math.rint(area)
        ? Long.toString((long) area) : Double.toString(area)).append(" m²"));
    space.capacity().ifPresent(capacity -> text.append(", up to ").append(capacity).append(" people"));
    if (!space.equipment().isEmpty()) {
      text.append("; equipment: ").append(String.join(", ", space.equipment()));
    }
    return text.append('.').toString();
  }

  private static ObjectNode address(String locationId, Address address) {
    ObjectNode node = NODES.objectNode();
    node.put("id", Ids.uuid("address", locationId));
    node.put("location_id", locationId);
    node.put("address_1", address.street());
    node.put("city", address.city());
    node.put("state_province", "FR".equals(address.country()) ? departement(address.postalCode()) : "");
    node.put("postal_code", address.postalCode());
    node.put("country", address.country());
    node.put("address_type", "physical");
    return node;
  }

  /** The département of a French postal code: 2 digits, 2A/2B in Corsica, 3 digits overseas. */
  static String departement(String postalCode) {
    if (postalCode.startsWith("97") || postalCode.startsWith("98")) {
      return postalCode.substring(0, 3);
    }
    if (postalCode.startsWith("20")) {
      return postalCode.compareTo("20200") < 0 ? "2A" : "2B";
    }
    return postalCode.substring(0, 2);
  }

  private static ObjectNode service(OpenDataSet data, OpenDataService service, ExportOptions options) {
    String id = serviceId(service);
    ObjectNode node = NODES.objectNode();
    node.put("id", id);
    service.organisation().ifPresent(organisation -> node.put("organization_id", organizationId(organisation)));
    node.put("name", service.name());
    service.description().ifPresent(description -> node.put("description", description));
    node.put("status", "active");
    if (service.free()) {
      node.put("fees_description", "Free of charge");
    }
    ArrayNode places = node.putArray("service_at_locations");
    for (ResourceId space : service.spaces()) {
      String location = locationId(data.venue(), space);
      ObjectNode place = places.addObject();
      place.put("id", Ids.uuid("service_at_location", id + "/" + location));
      place.put("service_id", id);
      place.put("location_id", location);
    }
    ArrayNode contacts = node.putArray("contacts");
    for (MemberId member : service.contacts()) {
      contact(data, id, member, options).ifPresent(contact -> contacts.add(contact.put("service_id", id)));
    }
    ArrayNode schedules = node.putArray("schedules");
    service.hours().ifPresent(hours -> schedules(schedules, "service_id", id, hours));
    return node;
  }

  private static Optional<ObjectNode> contact(OpenDataSet data, String ownerId, MemberId id, ExportOptions options) {
    Optional<Member> member = Personal.member(data.community(), id, options.includePersonalData());
    return member.map(found -> {
      String contactId = Ids.uuid("contact", ownerId + "/" + found.id().value());
      ObjectNode node = NODES.objectNode();
      node.put("id", contactId);
      node.put("name", found.displayName());
      found.roles().stream().findFirst().ifPresent(role -> node.put("title", Labels.capitalised(role)));
      ContactDetails details = found.contact().orElse(ContactDetails.builder().build());
      details.email().ifPresent(email -> node.put("email", email));
      ArrayNode phones = node.putArray("phones");
      details.phone().ifPresent(phone -> {
        ObjectNode item = phones.addObject();
        item.put("id", Ids.uuid("phone", contactId));
        item.put("contact_id", contactId);
        item.put("number", phone);
      });
      return node;
    });
  }

  private static void schedules(ArrayNode schedules, String ownerField, String ownerId, OpeningHours hours) {
    String local = "Local time in " + hours.zone() + ".";
    String holidays = hours.closedOnPublicHolidays() ? " Closed on French public holidays." : "";
    int index = 0;
    for (Weekly.Group group : Weekly.groups(hours.weekly())) {
      weekly(schedules.addObject(), ownerField, ownerId, index++, group, local + holidays);
    }
    for (Map.Entry<MemberCategory, WeeklyHours> entry : hours.hoursByCategory().entrySet()) {
      for (Weekly.Group group : Weekly.groups(entry.getValue())) {
        weekly(schedules.addObject(), ownerField, ownerId, index++, group, local + holidays + " Only for members of "
            + "the category " + Labels.of(entry.getKey()) + ".");
      }
    }
    for (Map.Entry<LocalDate, List<TimeWindow>> exception : hours.exceptions().entrySet()) {
      LocalDate day = exception.getKey();
      if (exception.getValue().isEmpty()) {
        dated(schedules.addObject(), ownerField, ownerId, index++, day, day, "Closed.");
      }
      for (TimeWindow window : exception.getValue()) {
        ObjectNode node = dated(schedules.addObject(), ownerField, ownerId, index++, day, day,
            local + " Exceptional opening.");
        node.put("opens_at", Weekly.hhmm(window.from()));
        node.put("closes_at", Weekly.hhmm(window.to()));
      }
    }
    for (DateRange blackout : hours.blackouts()) {
      ObjectNode node = dated(schedules.addObject(), ownerField, ownerId, index++, blackout.start(),
          blackout.end().orElse(null), "Closed.");
      node.put("description", "Closed");
    }
  }

  private static void weekly(ObjectNode node, String ownerField, String ownerId, int index, Weekly.Group group,
      String notes) {
    node.put("id", Ids.uuid("schedule", ownerId + "/" + index));
    node.put(ownerField, ownerId);
    node.put("freq", "WEEKLY");
    node.put("wkst", "MO");
    node.put("byday", group.days().stream().map(Weekly::ical).collect(Collectors.joining(",")));
    node.put("opens_at", Weekly.hhmm(group.window().from()));
    node.put("closes_at", Weekly.hhmm(group.window().to()));
    node.put("notes", notes);
  }

  private static ObjectNode dated(ObjectNode node, String ownerField, String ownerId, int index, LocalDate from,
      @org.jspecify.annotations.Nullable LocalDate to, String notes) {
    node.put("id", Ids.uuid("schedule", ownerId + "/" + index));
    node.put(ownerField, ownerId);
    node.put("valid_from", from.toString());
    if (to != null) {
      node.put("valid_to", to.toString());
    }
    node.put("notes", notes);
    return node;
  }
}
