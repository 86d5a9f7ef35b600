package coop.ess.json.internal;

import coop.ess.core.CardId;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.RouteId;
import coop.ess.core.VenueId;
import coop.ess.core.directory.AccompanimentStage;
import coop.ess.core.directory.Card;
import coop.ess.core.directory.CardKind;
import coop.ess.core.directory.Directory;
import coop.ess.core.directory.DirectoryQuery;
import coop.ess.core.directory.ThematicRoute;
import coop.ess.core.directory.Theme;
import coop.ess.core.venue.Address;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** The codecs of the directory: cards, thematic routes, the directory itself and its queries. */
public final class DirectoryCodecs {

  /** A card id. */
  public static final StringCodec<CardId> CARD_ID = new StringCodec<>(CardId.class, CardId::of, CardId::value);
  /** A route id. */
  public static final StringCodec<RouteId> ROUTE_ID = new StringCodec<>(RouteId.class, RouteId::of, RouteId::value);
  /** A theme: its code. */
  public static final StringCodec<Theme> THEME = new StringCodec<>(Theme.class, Theme::of, Theme::code);
  /** Actor or project. */
  public static final EnumCodec<CardKind> CARD_KIND = new EnumCodec<>(CardKind.class);
  /** The accompaniment stage of a project. */
  public static final EnumCodec<AccompanimentStage> STAGE = new EnumCodec<>(AccompanimentStage.class);

  /** A card. */
  public final Codec<Card> card;
  /** A thematic route. */
  public final Codec<ThematicRoute> route;
  /** A directory. */
  public final Codec<Directory> directory;
  /** A search of the directory. */
  public final Codec<DirectoryQuery> query;

  /**
   * The codecs for some features.
   *
   * @param features the features, not null
   * @param address the codec of addresses, not null
   */
  public DirectoryCodecs(Features features, Codec<Address> address) {
    card = new CardCodec(features, address);
    route = new RouteCodec(features);
    directory = new DirectoryCodec(features, card, route);
    query = new QueryCodec(features);
  }

  /**
   * Registers the codecs.
   *
   * @param adapters the adapters, not null
   */
  public void register(Adapters adapters) {
    adapters.addKey(CARD_ID).addKey(ROUTE_ID).addKey(THEME).add(CARD_KIND).add(STAGE)
        .add(card).add(route).add(directory).add(query);
  }

  private static final class CardCodec extends Codec<Card> {
    private static final Set<String> FIELDS = Set.of("id", "kind", "name", "summary", "themes", "needs", "offers",
        "organisation", "carriers", "venue", "address", "stage");
    private final Features features;
    private final Codec<Address> address;

    CardCodec(Features features, Codec<Address> address) {
      super(Card.class);
      this.features = features;
      this.address = address;
    }

    @Override
    public void write(Card value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("id", value.id().value());
      out.writeStringProperty("kind", CARD_KIND.name(value.kind()));
      out.writeStringProperty("name", value.name());
      if (value.summary().isPresent()) {
        out.writeStringProperty("summary", value.summary().get());
      }
      Write.list(out, "themes", List.copyOf(value.themes()), THEME);
      Write.list(out, "needs", value.needs(), Support.TEXT);
      Write.list(out, "offers", value.offers(), Support.TEXT);
      if (value.organisation().isPresent()) {
        out.writeStringProperty("organisation", value.organisation().get().value());
      }
      Write.list(out, "carriers", value.carriers(), CoreIds.MEMBER);
      if (value.venue().isPresent()) {
        out.writeStringProperty("venue", value.venue().get().value());
      }
      if (value.address().isPresent()) {
        out.writeName("address");
        address.write(value.address().get(), out);
      }
      if (value.stage().isPresent()) {
        out.writeStringProperty("stage", STAGE.name(value.stage().get()));
      }
      out.writeEndObject();
    }

    @Override
    public Card read(JsonParser in) {
      Read.startObject(in, "a card");
      CardId id = null;
      CardKind kind = null;
      String name = null;
      String summary = null;
      List<Theme> themes = List.of();
      List<String> needs = List.of();
      List<String> offers = List.of();
      OrganisationId organisation = null;
      List<MemberId> carriers = List.of();
      VenueId venue = null;
      Address where = null;
      AccompanimentStage stage = null;
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "id" -> id = CARD_ID.read(in);
          case "kind" -> kind = CARD_KIND.read(in);
          case "name" -> name = Read.string(in);
          case "summary" -> summary = Read.isNull(in) ? null : Read.string(in);
          case "themes" -> themes = Read.list(in, THEME);
          case "needs" -> needs = Read.list(in, Support.TEXT);
          case "offers" -> offers = Read.list(in, Support.TEXT);
          case "organisation" -> organisation = Read.isNull(in) ? null : CoreIds.ORGANISATION.read(in);
          case "carriers" -> carriers = Read.list(in, CoreIds.MEMBER);
          case "venue" -> venue = Read.isNull(in) ? null : VenueCodecs.VENUE_ID.read(in);
          case "address" -> where = Read.isNull(in) ? null : address.read(in);
          case "stage" -> stage = Read.isNull(in) ? null : STAGE.read(in);
          default -> Read.unknown(in, features);
        }
      }
      Card.Builder builder = Card.builder().id(Read.required(in, id, "id")).kind(Read.required(in, kind, "kind"))
          .name(Read.required(in, name, "name")).summary(Optional.ofNullable(summary)).addAllThemes(themes)
          .addAllNeeds(needs).addAllOffers(offers).organisation(Optional.ofNullable(organisation))
          .addAllCarriers(carriers).venue(Optional.ofNullable(venue)).address(Optional.ofNullable(where))
          .stage(Optional.ofNullable(stage));
      return Support.build(in, builder::build, FIELDS);
    }
  }

  private static final class RouteCodec extends Codec<ThematicRoute> {
    private static final Set<String> FIELDS = Set.of("id", "title", "description", "theme", "stops");
    private final Features features;

    RouteCodec(Features features) {
      super(ThematicRoute.class);
      this.features = features;
    }

    @Override
    public void write(ThematicRoute value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("id", value.id().value());
      out.writeStringProperty("title", value.title());
      if (value.description().isPresent()) {
        out.writeStringProperty("description", value.description().get());
      }
      if (value.theme().isPresent()) {
        out.writeStringProperty("theme", value.theme().get().code());
      }
      Write.list(out, "stops", value.stops(), CARD_ID);
      out.writeEndObject();
    }

    @Override
    public ThematicRoute read(JsonParser in) {
      Read.startObject(in, "a thematic route");
      RouteId id = null;
      String title = null;
      String description = null;
      Theme theme = null;
      List<CardId> stops = null;
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "id" -> id = ROUTE_ID.read(in);
          case "title" -> title = Read.string(in);
          case "description" -> description = Read.isNull(in) ? null : Read.string(in);
          case "theme" -> theme = Read.isNull(in) ? null : THEME.read(in);
          case "stops" -> stops = Read.list(in, CARD_ID);
          default -> Read.unknown(in, features);
        }
      }
      ThematicRoute.Builder builder = ThematicRoute.builder().id(Read.required(in, id, "id"))
          .title(Read.required(in, title, "title")).description(Optional.ofNullable(description))
          .theme(Optional.ofNullable(theme)).addAllStops(Read.required(in, stops, "stops"));
      return Support.build(in, builder::build, FIELDS);
    }
  }

  private static final class DirectoryCodec extends Codec<Directory> {
    private static final Set<String> FIELDS = Set.of("cards", "routes");
    private final Features features;
    private final Codec<Card> card;
    private final Codec<ThematicRoute> route;

    DirectoryCodec(Features features, Codec<Card> card, Codec<ThematicRoute> route) {
      super(Directory.class);
      this.features = features;
      this.card = card;
      this.route = route;
    }

    @Override
    public void write(Directory value, JsonGenerator out) {
      Write.startDocument(out, value, "directory");
      Write.list(out, "cards", value.cards(), card);
      Write.list(out, "routes", value.routes(), route);
      out.writeEndObject();
    }

    @Override
    public Directory read(JsonParser in) {
      Read.startObject(in, "a directory");
      List<Card> cards = List.of();
      List<ThematicRoute> routes = List.of();
      String field;
      while ((field = Read.field(in)) != null) {
        if (Read.header(in, field, "directory")) {
          continue;
        }
        switch (field) {
          case "cards" -> cards = Read.list(in, card);
          case "routes" -> routes = Read.list(in, route);
          default -> Read.unknown(in, features);
        }
      }
      Directory.Builder builder = Directory.builder().addAllCards(cards).addAllRoutes(routes);
      return Support.build(in, builder::build, FIELDS);
    }
  }

  private static final class QueryCodec extends Codec<DirectoryQuery> {
    private static final Set<String> FIELDS = Set.of("text", "themes", "kind", "stage");
    private final Features features;

    QueryCodec(Features features) {
      super(DirectoryQuery.class);
      this.features = features;
    }

    @Override
    public void write(DirectoryQuery value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("text", value.text());
      Write.list(out, "themes", List.copyOf(value.themes()), THEME);
      if (value.kind().isPresent()) {
        out.writeStringProperty("kind", CARD_KIND.name(value.kind().get()));
      }
      if (value.stage().isPresent()) {
        out.writeStringProperty("stage", STAGE.name(value.stage().get()));
      }
      out.writeEndObject();
    }

    @Override
    public DirectoryQuery read(JsonParser in) {
      Read.startObject(in, "a directory query");
      String text = "";
      List<Theme> themes = List.of();
      CardKind kind = null;
      AccompanimentStage stage = null;
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "text" -> text = Read.string(in);
          case "themes" -> themes = Read.list(in, THEME);
          case "kind" -> kind = Read.isNull(in) ? null : CARD_KIND.read(in);
          case "stage" -> stage = Read.isNull(in) ? null : STAGE.read(in);
          default -> Read.unknown(in, features);
        }
      }
      DirectoryQuery.Builder builder = DirectoryQuery.builder().text(text).addAllThemes(themes)
          .kind(Optional.ofNullable(kind)).stage(Optional.ofNullable(stage));
      return Support.build(in, builder::build, FIELDS);
    }
  }
}
