package coop.ess.json.internal;

import coop.ess.core.Violation;
import coop.ess.core.community.MemberCategory;
import coop.ess.core.venue.GeoPoint;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Category;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.ExchangeId;
import coop.ess.timebank.LimitPolicy;
import coop.ess.timebank.Limits;
import coop.ess.timebank.Listing;
import coop.ess.timebank.ListingId;
import coop.ess.timebank.Match;
import coop.ess.timebank.Outcome;
import coop.ess.timebank.PostResult;
import coop.ess.timebank.StatementLine;
import coop.ess.timebank.TimeWindow;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** The codecs of the time bank's listings, matches, results, statement lines and limit policies. */
public final class TimebankValueCodecs {

  /** Offer or request. */
  public static final EnumCodec<Listing.Kind> LISTING_KIND = new EnumCodec<>(Listing.Kind.class);
  /** What a call to the ledger did. */
  public static final EnumCodec<Outcome> OUTCOME = new EnumCodec<>(Outcome.class);

  /** A window of time of a listing. */
  public final Codec<TimeWindow> window;
  /** A listing. */
  public final Codec<Listing> listing;
  /** A match of an offer and a request. */
  public final Codec<Match> match;
  /** The ledger's answer to a call. */
  public final Codec<PostResult> postResult;
  /** A line of a statement. */
  public final Codec<StatementLine> statementLine;
  /** A limit policy. */
  public final Codec<LimitPolicy> limitPolicy;

  /**
   * The codecs for some features.
   *
   * @param features the features, not null
   * @param timebank the codecs of limits and exchanges, not null
   * @param geoPoint the codec of places, not null
   * @param violation the codec of violations, not null
   */
  public TimebankValueCodecs(Features features, TimebankCodecs timebank, Codec<GeoPoint> geoPoint,
      Codec<Violation> violation) {
    window = new InstantPairCodec<>(TimeWindow.class, features, "a window of time", TimeWindow::of,
        TimeWindow::start, TimeWindow::end);
    listing = new ListingCodec(features, window, geoPoint);
    match = new MatchCodec(features, listing);
    postResult = new PostResultCodec(features, violation);
    statementLine = new StatementLineCodec(features, timebank.exchange);
    limitPolicy = new LimitPolicyCodec(features, timebank.limits);
  }

  /**
   * Registers the codecs.
   *
   * @param adapters the adapters, not null
   */
  public void register(Adapters adapters) {
    adapters.add(LISTING_KIND).add(OUTCOME).add(window).add(listing).add(match).add(postResult).add(statementLine)
        .add(limitPolicy);
  }

  private static final class ListingCodec extends Codec<Listing> {
    private static final Set<String> FIELDS =
        Set.of("id", "kind", "account", "category", "description", "availability", "place");
    private final Features features;
    private final Codec<TimeWindow> window;
    private final Codec<GeoPoint> geoPoint;

    ListingCodec(Features features, Codec<TimeWindow> window, Codec<GeoPoint> geoPoint) {
      super(Listing.class);
      this.features = features;
      this.window = window;
      this.geoPoint = geoPoint;
    }

    @Override
    public void write(Listing value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("id", value.id().value());
      out.writeStringProperty("kind", LISTING_KIND.name(value.kind()));
      out.writeStringProperty("account", value.account().value());
      out.writeStringProperty("category", value.category().code());
      if (!value.description().isEmpty()) {
        out.writeStringProperty("description", value.description());
      }
      Write.list(out, "availability", value.availability(), window);
      if (value.place().isPresent()) {
        out.writeName("place");
        geoPoint.write(value.place().get(), out);
      }
      out.writeEndObject();
    }

    @Override
    public Listing read(JsonParser in) {
      Read.startObject(in, "a listing");
      ListingId id = null;
      Listing.Kind kind = null;
      AccountId account = null;
      Category category = null;
      String description = "";
      List<TimeWindow> availability = List.of();
      GeoPoint place = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "id" -> id = TimebankCodecs.LISTING_ID.read(in);
          case "kind" -> kind = LISTING_KIND.read(in);
          case "account" -> account = TimebankCodecs.ACCOUNT_ID.read(in);
          case "category" -> category = TimebankCodecs.CATEGORY.read(in);
          case "description" -> description = Read.string(in);
          case "availability" -> availability = Read.list(in, window);
          case "place" -> place = Read.isNull(in) ? null : geoPoint.read(in);
          default -> Read.unknown(in, features);
        }
      }
      Listing.Builder builder = Listing.builder().id(Read.required(in, id, "id"))
          .kind(Read.required(in, kind, "kind")).account(Read.required(in, account, "account"))
          .category(Read.required(in, category, "category")).description(description)
          .addAllAvailability(availability).place(Optional.ofNullable(place));
      return Support.build(in, builder::build, FIELDS);
    }
  }

  private static final class MatchCodec extends Codec<Match> {
    private static final Set<String> FIELDS = Set.of("offer", "request", "score", "explanation");
    private final Features features;
    private final Codec<Listing> listing;

    MatchCodec(Features features, Codec<Listing> listing) {
      super(Match.class);
      this.features = features;
      this.listing = listing;
    }

    @Override
    public void write(Match value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeName("offer");
      listing.write(value.offer(), out);
      out.writeName("request");
      listing.write(value.request(), out);
      out.writeNumberProperty("score", value.score());
      out.writeName("explanation");
      out.writeStartObject();
      for (Map.Entry<String, Double> part : value.explanation().entrySet()) {
        out.writeNumberProperty(part.getKey(), part.getValue());
      }
      out.writeEndObject();
      out.writeEndObject();
    }

    @Override
    public Match read(JsonParser in) {
      Read.startObject(in, "a match");
      Listing offer = null;
      Listing request = null;
      Double score = null;
      Map<String, Double> explanation = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "offer" -> offer = listing.read(in);
          case "request" -> request = listing.read(in);
          case "score" -> score = Read.doubleValue(in);
          case "explanation" -> explanation = numbers(in);
          default -> Read.unknown(in, features);
        }
      }
      Listing theOffer = Read.required(in, offer, "offer");
      Listing theRequest = Read.required(in, request, "request");
      double total = Read.required(in, score, "score");
      Map<String, Double> parts = Read.required(in, explanation, "explanation");
      return Read.build(in, () -> Match.of(theOffer, theRequest, total, parts), FIELDS);
    }

    private static Map<String, Double> numbers(JsonParser in) {
      Read.startObject(in, "the parts of a score");
      Map<String, Double> map = new LinkedHashMap<>();
      String name;
      while ((name = Read.field(in)) != null) {
        map.put(name, Read.doubleValue(in));
      }
      return map;
    }
  }

  private static final class PostResultCodec extends Codec<PostResult> {
    private static final Set<String> FIELDS = Set.of("id", "outcome", "violations");
    private final Features features;
    private final Codec<Violation> violation;

    PostResultCodec(Features features, Codec<Violation> violation) {
      super(PostResult.class);
      this.features = features;
      this.violation = violation;
    }

    @Override
    public void write(PostResult value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("id", value.id().value());
      out.writeStringProperty("outcome", OUTCOME.name(value.outcome()));
      Write.list(out, "violations", value.violations(), violation);
      out.writeEndObject();
    }

    @Override
    public PostResult read(JsonParser in) {
      Read.startObject(in, "the result of a post");
      ExchangeId id = null;
      Outcome outcome = null;
      List<Violation> violations = List.of();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "id" -> id = TimebankCodecs.EXCHANGE_ID.read(in);
          case "outcome" -> outcome = OUTCOME.read(in);
          case "violations" -> violations = Read.list(in, violation);
          default -> Read.unknown(in, features);
        }
      }
      ExchangeId exchange = Read.required(in, id, "id");
      Outcome what = Read.required(in, outcome, "outcome");
      List<Violation> found = violations;
      return Read.build(in, () -> PostResult.of(exchange, what, found), FIELDS);
    }
  }

  private static final class StatementLineCodec extends Codec<StatementLine> {
    private static final Set<String> FIELDS = Set.of("sequence", "postedAt", "exchange", "change", "balanceAfter");
    private final Features features;
    private final Codec<Exchange> exchange;

    StatementLineCodec(Features features, Codec<Exchange> exchange) {
      super(StatementLine.class);
      this.features = features;
      this.exchange = exchange;
    }

    @Override
    public void write(StatementLine value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeNumberProperty("sequence", value.sequence());
      Write.instant(out, "postedAt", value.postedAt());
      out.writeName("exchange");
      exchange.write(value.exchange(), out);
      Write.minutes(out, features, "change", value.change());
      Write.minutes(out, features, "balanceAfter", value.balanceAfter());
      out.writeEndObject();
    }

    @Override
    public StatementLine read(JsonParser in) {
      Read.startObject(in, "a statement line");
      Long sequence = null;
      Instant postedAt = null;
      Exchange posted = null;
      Long change = null;
      Long balanceAfter = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "sequence" -> sequence = Read.longValue(in);
          case "postedAt" -> postedAt = Read.instant(in);
          case "exchange" -> posted = exchange.read(in);
          case "change" -> change = Read.minutes(in);
          case "balanceAfter" -> balanceAfter = Read.minutes(in);
          default -> Read.unknown(in, features);
        }
      }
      long number = Read.required(in, sequence, "sequence");
      Instant at = Read.required(in, postedAt, "postedAt");
      Exchange theExchange = Read.required(in, posted, "exchange");
      long delta = Read.required(in, change, "change");
      long balance = Read.required(in, balanceAfter, "balanceAfter");
      return Read.build(in, () -> StatementLine.of(number, at, theExchange, delta, balance), FIELDS);
    }
  }

  private static final class LimitPolicyCodec extends Codec<LimitPolicy> {
    private static final Set<String> FIELDS = Set.of("defaults", "byCategory", "community");
    private final Features features;
    private final Codec<Limits> limits;

    LimitPolicyCodec(Features features, Codec<Limits> limits) {
      super(LimitPolicy.class);
      this.features = features;
      this.limits = limits;
    }

    @Override
    public void write(LimitPolicy value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeName("defaults");
      limits.write(value.defaults(), out);
      out.writeName("byCategory");
      out.writeStartObject();
      for (Map.Entry<MemberCategory, Limits> entry : value.byCategory().entrySet()) {
        out.writeName(entry.getKey().code());
        limits.write(entry.getValue(), out);
      }
      out.writeEndObject();
      out.writeName("community");
      limits.write(value.community(), out);
      out.writeEndObject();
    }

    @Override
    public LimitPolicy read(JsonParser in) {
      Read.startObject(in, "a limit policy");
      Limits defaults = null;
      Map<MemberCategory, Limits> byCategory = new LinkedHashMap<>();
      Limits community = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "defaults" -> defaults = limits.read(in);
          case "byCategory" -> {
            byCategory.clear();
            Read.startObject(in, "limits by member category");
            String code;
            while ((code = Read.field(in)) != null) {
              String text = code;
              MemberCategory category = Read.build(in, () -> MemberCategory.of(text), Set.of());
              byCategory.put(category, limits.read(in));
            }
          }
          case "community" -> community = Read.isNull(in) ? null : limits.read(in);
          default -> Read.unknown(in, features);
        }
      }
      LimitPolicy.Builder builder = LimitPolicy.builder().defaults(Read.required(in, defaults, "defaults"))
          .putAllByCategory(byCategory);
      if (community != null) {
        builder.community(community);
      }
      return Support.build(in, builder::build, FIELDS);
    }
  }
}
