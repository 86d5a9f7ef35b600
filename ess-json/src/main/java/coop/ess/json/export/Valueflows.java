package coop.ess.json.export;

import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.PartyId;
import coop.ess.core.community.Member;
import coop.ess.core.community.Organisation;
import coop.ess.json.export.internal.Ids;
import coop.ess.json.export.internal.Personal;
import coop.ess.timebank.Account;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.Leg;
import coop.ess.timebank.Listing;
import coop.ess.timebank.Minutes;
import coop.ess.timebank.TimeWindow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the time-bank records of an {@link OpenDataSet} in the Valueflows vocabulary (JSON-LD, namespace
 * {@value #VF}).
 *
 * <ul>
 *   <li>each leg of an {@link Exchange} is a {@code vf:EconomicEvent} of action {@code vf:work}: its
 *       {@code vf:provider} is the account that gave the service (the leg's {@code to}), its {@code vf:receiver} the
 *       one that received it, its {@code vf:effortQuantity} a measure in hours ({@code om2:hour}; in minutes,
 *       {@code om2:minute-Time}, when the hours would not be an exact decimal, such as 20 minutes), its
 *       {@code vf:hasPointInTime} the time of the exchange; a reversal {@code vf:corrects} the event it reverses and
 *       an exchange answering a listing {@code vf:satisfies} its intent;
 *   <li>each {@link Listing} is a {@code vf:Intent} of action {@code vf:work} (an offer names its provider, a
 *       request its receiver) published by a {@code vf:Proposal} whose {@code vf:purpose} is {@code vf:offer} or
 *       {@code vf:request};
 *   <li>agents: members are {@code vf:Person}s, organisations and the venue's community account
 *       {@code vf:Organization}s.
 * </ul>
 *
 * <p>Without {@link ExportOptions#includePersonalData()}, a member is a {@code vf:Person} known only by a pseudonymous
 * IRI (no name, no e-mail address, no telephone), and the place of a listing (often a home) is left out. The document
 * carries its own {@code @context}, so that a JSON-LD processor reads it without fetching anything.
 *
 * <p>Not instantiable; thread-safe.
 */
public final class Valueflows {

  /** The namespace of the Valueflows vocabulary. */
  public static final String VF = "https://w3id.org/valueflows/ont/vf#";
  /** The namespace of the Ontology of units of Measure 2.0, whose units Valueflows measures use. */
  public static final String OM2 = "http://www.ontology-of-units-of-measure.org/resource/om-2/";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Valueflows() {}

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
    context.put("vf", VF);
    context.put("om2", OM2);
    context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    context.put("foaf", "http://xmlns.com/foaf/0.1/");
    ArrayNode graph = root.putArray("@graph");
    Map<String, ObjectNode> agents = new LinkedHashMap<>();
    for (Account account : data.accounts()) {
      ObjectNode agent = agent(data, account, options);
      agents.putIfAbsent(agent.get("@id").asString(), agent);
    }
    agents.values().forEach(graph::add);
    for (Exchange exchange : data.exchanges()) {
      for (int i = 0; i < exchange.legs().size(); i++) {
        graph.add(event(data, exchange, i, options));
      }
    }
    for (Listing listing : data.listings()) {
      graph.add(intent(data, listing, options));
      graph.add(proposal(data, listing, options));
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

  private static String agentIri(OpenDataSet data, AccountId id, ExportOptions options) {
    Optional<PartyId> holder = data.account(id).flatMap(Account::holder);
    if (holder.isEmpty()) {
      return Ids.iri(options.baseIri(), "venue", data.venue().id().value());
    }
    if (holder.get() instanceof MemberId member) {
      return Ids.iri(options.baseIri(), "member", Personal.key(member, options.includePersonalData()));
    }
    return Ids.iri(options.baseIri(), "organisation", ((OrganisationId) holder.get()).value());
  }

  private static ObjectNode agent(OpenDataSet data, Account account, ExportOptions options) {
    ObjectNode node = NODES.objectNode();
    node.put("@id", agentIri(data, account.id(), options));
    Optional<PartyId> holder = account.holder();
    if (holder.isEmpty()) {
      node.put("@type", "vf:Organization");
      node.put("vf:name", data.venue().name());
    } else if (holder.get() instanceof MemberId member) {
      node.put("@type", "vf:Person");
      Optional<Member> found = Personal.member(data.community(), member, options.includePersonalData());
      found.ifPresent(person -> {
        node.put("vf:name", person.displayName());
        person.contact().ifPresent(contact -> {
          contact.email().ifPresent(email -> node.putObject("foaf:mbox").put("@id", "mailto:" + email));
          contact.phone().ifPresent(phone -> node.putObject("foaf:phone").put("@id",
              "tel:" + phone.replaceAll("[^+0-9]", "")));
        });
      });
    } else {
      node.put("@type", "vf:Organization");
      data.community().organisation((OrganisationId) holder.get()).map(Organisation::name)
          .ifPresent(name -> node.put("vf:name", name));
    }
    return node;
  }

  private static String eventIri(Exchange exchange, int leg, ExportOptions options) {
    return Ids.iri(options.baseIri(), "exchange", exchange.id().value()) + "#leg-" + (leg + 1);
  }

  private static ObjectNode event(OpenDataSet data, Exchange exchange, int index, ExportOptions options) {
    Leg leg = exchange.legs().get(index);
    ObjectNode node = NODES.objectNode();
    node.put("@id", eventIri(exchange, index, options));
    node.put("@type", "vf:EconomicEvent");
    node.putObject("vf:action").put("@id", "vf:work");
    node.putObject("vf:provider").put("@id", agentIri(data, leg.to(), options));
    node.putObject("vf:receiver").put("@id", agentIri(data, leg.from(), options));
    node.set("vf:effortQuantity", effort(leg.minutes()));
    node.set("vf:hasPointInTime", dateTime(exchange.occurredAt()));
    node.putObject("vf:resourceClassifiedAs").put("@id",
        Ids.iri(options.baseIri(), "category", exchange.category().code()));
    if (!exchange.description().isEmpty()) {
      node.put("vf:note", exchange.description());
    }
    exchange.answers().ifPresent(listing -> node.putObject("vf:satisfies").put("@id",
        Ids.iri(options.baseIri(), "intent", listing.value())));
    exchange.reverses().ifPresent(reversed -> node.putObject("vf:corrects").put("@id",
        Ids.iri(options.baseIri(), "exchange", reversed.value()) + "#leg-" + (index + 1)));
    node.putObject("vf:inScopeOf").put("@id", Ids.iri(options.baseIri(), "venue", data.venue().id().value()));
    return node;
  }

  /**
   * An effort as a Valueflows measure: hours when they are an exact decimal (the minutes are a multiple of 3),
   * minutes otherwise.
   */
  static ObjectNode effort(long minutes) {
    ObjectNode measure = NODES.objectNode();
    measure.put("@type", "om2:Measure");
    ObjectNode value = measure.putObject("om2:hasNumericalValue");
    if (minutes % 3 == 0) {
      value.put("@value", BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(Minutes.PER_HOUR))
          .stripTrailingZeros().toPlainString());
      value.put("@type", "xsd:decimal");
      measure.putObject("om2:hasUnit").put("@id", "om2:hour");
    } else {
      value.put("@value", Long.toString(minutes));
      value.put("@type", "xsd:decimal");
      measure.putObject("om2:hasUnit").put("@id", "om2:minute-Time");
    }
    return measure;
  }

  private static ObjectNode dateTime(Instant instant) {
    ObjectNode node = NODES.objectNode();
    node.put("@value", instant.toString());
    node.put("@type", "xsd:dateTimeStamp");
    return node;
  }

  private static ObjectNode intent(OpenDataSet data, Listing listing, ExportOptions options) {
    ObjectNode node = NODES.objectNode();
    node.put("@id", Ids.iri(options.baseIri(), "intent", listing.id().value()));
    node.put("@type", "vf:Intent");
    node.putObject("vf:action").put("@id", "vf:work");
    String agent = agentIri(data, listing.account(), options);
    node.putObject(listing.kind() == Listing.Kind.OFFER ? "vf:provider" : "vf:receiver").put("@id", agent);
    node.putObject("vf:resourceClassifiedAs").put("@id",
        Ids.iri(options.baseIri(), "category", listing.category().code()));
    if (!listing.description().isEmpty()) {
      node.put("vf:note", listing.description());
    }
    listing.availability().stream().min(Comparator.comparing(TimeWindow::start))
        .ifPresent(first -> node.set("vf:hasBeginning", dateTime(first.start())));
    listing.availability().stream().max(Comparator.comparing(TimeWindow::end))
        .ifPresent(last -> node.set("vf:hasEnd", dateTime(last.end())));
    if (options.includePersonalData()) {
      listing.place().ifPresent(place -> {
        ObjectNode location = node.putObject("vf:atLocation");
        location.put("@type", "vf:SpatialThing");
        location.putObject("vf:lat").put("@value", Double.toString(place.latitude())).put("@type", "xsd:decimal");
        location.putObject("vf:long").put("@value", Double.toString(place.longitude())).put("@type", "xsd:decimal");
      });
    }
    return node;
  }

  private static ObjectNode proposal(OpenDataSet data, Listing listing, ExportOptions options) {
    ObjectNode node = NODES.objectNode();
    node.put("@id", Ids.iri(options.baseIri(), "proposal", listing.id().value()));
    node.put("@type", "vf:Proposal");
    node.putObject("vf:purpose").put("@id", listing.kind() == Listing.Kind.OFFER ? "vf:offer" : "vf:request");
    node.putObject("vf:publishes").put("@id", Ids.iri(options.baseIri(), "intent", listing.id().value()));
    if (!listing.description().isEmpty()) {
      node.put("vf:name", listing.description());
    }
    node.putObject("vf:inScopeOf").put("@id", Ids.iri(options.baseIri(), "venue", data.venue().id().value()));
    return node;
  }
}
