package coop.ess.json.internal;

import coop.ess.core.PartyId;
import coop.ess.core.community.MemberCategory;
import coop.ess.timebank.Account;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.AccountOpened;
import coop.ess.timebank.Category;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.ExchangeId;
import coop.ess.timebank.ExchangePosted;
import coop.ess.timebank.ExchangeProposed;
import coop.ess.timebank.ExchangeResolved;
import coop.ess.timebank.ExchangeStatus;
import coop.ess.timebank.LedgerEvent;
import coop.ess.timebank.Leg;
import coop.ess.timebank.Limits;
import coop.ess.timebank.ListingId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** The codecs of the time bank: accounts, limits, exchanges and ledger events. */
public final class TimebankCodecs {

  /** An account id. */
  public static final StringCodec<AccountId> ACCOUNT_ID =
      new StringCodec<>(AccountId.class, new StringCache<>(AccountId::of), AccountId::value);
  /** An exchange id. */
  public static final StringCodec<ExchangeId> EXCHANGE_ID =
      new StringCodec<>(ExchangeId.class, ExchangeId::of, ExchangeId::value);
  /** A listing id. */
  public static final StringCodec<ListingId> LISTING_ID =
      new StringCodec<>(ListingId.class, ListingId::of, ListingId::value);
  /** A category of help. */
  public static final StringCodec<Category> CATEGORY =
      new StringCodec<>(Category.class, new StringCache<>(Category::of), Category::code);
  /** The status of an exchange. */
  public static final EnumCodec<ExchangeStatus> EXCHANGE_STATUS = new EnumCodec<>(ExchangeStatus.class);

  /** Limits. */
  public final Codec<Limits> limits;
  /** A leg. */
  public final Codec<Leg> leg;
  /** An account. */
  public final Codec<Account> account;
  /** An exchange. */
  public final Codec<Exchange> exchange;
  /** A ledger event of any kind, tagged by its {@code type}. */
  public final Codec<LedgerEvent> event;

  /**
   * The codecs for some features.
   *
   * @param features the features, not null
   */
  public TimebankCodecs(Features features) {
    limits = new LimitsCodec(features);
    leg = new LegCodec(features);
    account = new AccountCodec(features, limits);
    exchange = new ExchangeCodec(features, leg);
    event = new EventCodec(features, account, limits, exchange);
  }

  private static final class LimitsCodec extends Codec<Limits> {
    private static final Set<String> FIELDS = Set.of("floor", "ceiling", "softFloor", "softCeiling");
    private final Features features;

    LimitsCodec(Features features) {
      super(Limits.class);
      this.features = features;
    }

    @Override
    public void write(Limits value, JsonGenerator out) {
      Write.startObject(out, value);
      Write.minutes(out, features, "floor", value.floor());
      Write.minutes(out, features, "ceiling", value.ceiling());
      Write.minutes(out, features, "softFloor", value.softFloor());
      Write.minutes(out, features, "softCeiling", value.softCeiling());
      out.writeEndObject();
    }

    @Override
    public Limits read(JsonParser in) {
      Read.startObject(in, "limits");
      Long floor = null;
      Long ceiling = null;
      Long softFloor = null;
      Long softCeiling = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "floor" -> floor = Read.minutes(in);
          case "ceiling" -> ceiling = Read.minutes(in);
          case "softFloor" -> softFloor = Read.minutes(in);
          case "softCeiling" -> softCeiling = Read.minutes(in);
          default -> Read.unknown(in, features);
        }
      }
      long hardFloor = Read.required(in, floor, "floor");
      long hardCeiling = Read.required(in, ceiling, "ceiling");
      Long soft = softFloor;
      Long softTop = softCeiling;
      return Read.build(in, () -> {
        Limits.Builder builder = Limits.builder().floor(hardFloor).ceiling(hardCeiling);
        if (soft != null) {
          builder.softFloor(soft);
        }
        if (softTop != null) {
          builder.softCeiling(softTop);
        }
        return builder.build();
      }, FIELDS);
    }
  }

  private static final class LegCodec extends Codec<Leg> {
    private static final Set<String> FIELDS = Set.of("from", "to", "minutes");
    private final Features features;

    LegCodec(Features features) {
      super(Leg.class);
      this.features = features;
    }

    @Override
    public void write(Leg value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("from", value.from().value());
      out.writeStringProperty("to", value.to().value());
      Write.minutes(out, features, "minutes", value.minutes());
      out.writeEndObject();
    }

    @Override
    public Leg read(JsonParser in) {
      Read.startObject(in, "a leg");
      AccountId from = null;
      AccountId to = null;
      Long minutes = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "from" -> from = ACCOUNT_ID.read(in);
          case "to" -> to = ACCOUNT_ID.read(in);
          case "minutes" -> minutes = Read.minutes(in);
          default -> Read.unknown(in, features);
        }
      }
      AccountId payer = Read.required(in, from, "from");
      AccountId payee = Read.required(in, to, "to");
      long amount = Read.required(in, minutes, "minutes");
      return Read.build(in, () -> Leg.of(payer, payee, amount), FIELDS);
    }
  }

  private static final class AccountCodec extends Codec<Account> {
    private static final Set<String> FIELDS = Set.of("id", "holder", "category", "limits");
    private final Features features;
    private final Codec<Limits> limits;

    AccountCodec(Features features, Codec<Limits> limits) {
      super(Account.class);
      this.features = features;
      this.limits = limits;
    }

    @Override
    public void write(Account value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("id", value.id().value());
      if (value.holder().isPresent()) {
        out.writeStringProperty("holder", CoreIds.PARTY.text(value.holder().get()));
      }
      if (value.category().isPresent()) {
        out.writeStringProperty("category", value.category().get().code());
      }
      if (value.limits().isPresent()) {
        out.writeName("limits");
        limits.write(value.limits().get(), out);
      }
      out.writeEndObject();
    }

    @Override
    public Account read(JsonParser in) {
      Read.startObject(in, "an account");
      AccountId id = null;
      PartyId holder = null;
      MemberCategory category = null;
      Limits own = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "id" -> id = ACCOUNT_ID.read(in);
          case "holder" -> holder = Read.isNull(in) ? null : CoreIds.PARTY.read(in);
          case "category" -> category = Read.isNull(in) ? null : CoreIds.MEMBER_CATEGORY.read(in);
          case "limits" -> own = Read.isNull(in) ? null : limits.read(in);
          default -> Read.unknown(in, features);
        }
      }
      AccountId accountId = Read.required(in, id, "id");
      Optional<PartyId> party = Optional.ofNullable(holder);
      Optional<MemberCategory> memberCategory = Optional.ofNullable(category);
      Optional<Limits> accountLimits = Optional.ofNullable(own);
      return Read.build(in, () -> Account.builder().id(accountId).holder(party).category(memberCategory)
          .limits(accountLimits).build(), FIELDS);
    }
  }

  private static final class ExchangeCodec extends Codec<Exchange> {
    private static final Set<String> FIELDS =
        Set.of("id", "legs", "category", "description", "occurredAt", "answers", "reverses");
    private final Features features;
    private final Codec<Leg> leg;

    ExchangeCodec(Features features, Codec<Leg> leg) {
      super(Exchange.class);
      this.features = features;
      this.leg = leg;
    }

    @Override
    public void write(Exchange value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("id", value.id().value());
      Write.list(out, "legs", value.legs(), leg);
      out.writeStringProperty("category", value.category().code());
      if (!value.description().isEmpty()) {
        out.writeStringProperty("description", value.description());
      }
      Write.instant(out, "occurredAt", value.occurredAt());
      if (value.answers().isPresent()) {
        out.writeStringProperty("answers", value.answers().get().value());
      }
      if (value.reverses().isPresent()) {
        out.writeStringProperty("reverses", value.reverses().get().value());
      }
      out.writeEndObject();
    }

    @Override
    public Exchange read(JsonParser in) {
      Read.startObject(in, "an exchange");
      ExchangeId id = null;
      List<Leg> legs = null;
      Category category = null;
      String description = "";
      Instant occurredAt = null;
      ListingId answers = null;
      ExchangeId reverses = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "id" -> id = EXCHANGE_ID.read(in);
          case "legs" -> legs = Read.list(in, leg);
          case "category" -> category = CATEGORY.read(in);
          case "description" -> description = Read.string(in);
          case "occurredAt" -> occurredAt = Read.instant(in);
          case "answers" -> answers = Read.isNull(in) ? null : LISTING_ID.read(in);
          case "reverses" -> reverses = Read.isNull(in) ? null : EXCHANGE_ID.read(in);
          default -> Read.unknown(in, features);
        }
      }
      Exchange.Builder builder = Exchange.builder().id(Read.required(in, id, "id"))
          .addAllLegs(Read.required(in, legs, "legs")).category(Read.required(in, category, "category"))
          .description(description).occurredAt(Read.required(in, occurredAt, "occurredAt"))
          .answers(Optional.ofNullable(answers)).reverses(Optional.ofNullable(reverses));
      return Read.build(in, builder::build, FIELDS);
    }
  }

  private static final class EventCodec extends Codec<LedgerEvent> {
    private static final Set<String> FIELDS = Set.of("type", "sequence", "recordedAt", "account", "limits",
        "exchange", "proposedBy", "deadline", "atDeadline", "status", "by");
    private final Features features;
    private final Codec<Account> account;
    private final Codec<Limits> limits;
    private final Codec<Exchange> exchange;

    EventCodec(Features features, Codec<Account> account, Codec<Limits> limits, Codec<Exchange> exchange) {
      super(LedgerEvent.class);
      this.features = features;
      this.account = account;
      this.limits = limits;
      this.exchange = exchange;
    }

    @Override
    public void write(LedgerEvent value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("type", type(value));
      out.writeNumberProperty("sequence", value.sequence());
      Write.instant(out, "recordedAt", value.recordedAt());
      if (value instanceof AccountOpened opened) {
        out.writeName("account");
        account.write(opened.account(), out);
        out.writeName("limits");
        limits.write(opened.limits(), out);
      } else if (value instanceof ExchangePosted posted) {
        out.writeName("exchange");
        exchange.write(posted.exchange(), out);
      } else if (value instanceof ExchangeProposed proposed) {
        out.writeName("exchange");
        exchange.write(proposed.exchange(), out);
        out.writeStringProperty("proposedBy", CoreIds.PARTY.text(proposed.proposedBy()));
        if (proposed.deadline().isPresent()) {
          Write.instant(out, "deadline", proposed.deadline().get());
        }
        out.writeStringProperty("atDeadline", EXCHANGE_STATUS.name(proposed.atDeadline()));
      } else if (value instanceof ExchangeResolved resolved) {
        out.writeName("exchange");
        exchange.write(resolved.exchange(), out);
        out.writeStringProperty("status", EXCHANGE_STATUS.name(resolved.status()));
        if (resolved.by().isPresent()) {
          out.writeStringProperty("by", CoreIds.PARTY.text(resolved.by().get()));
        }
      }
      out.writeEndObject();
    }

    private static String type(LedgerEvent event) {
      if (event instanceof AccountOpened) {
        return "account-opened";
      }
      if (event instanceof ExchangePosted) {
        return "exchange-posted";
      }
      return event instanceof ExchangeProposed ? "exchange-proposed" : "exchange-resolved";
    }

    @Override
    public LedgerEvent read(JsonParser in) {
      Read.startObject(in, "a ledger event");
      String type = null;
      Long sequence = null;
      Instant recordedAt = null;
      Account opened = null;
      Limits openedLimits = null;
      Exchange subject = null;
      PartyId proposedBy = null;
      Instant deadline = null;
      ExchangeStatus atDeadline = null;
      ExchangeStatus status = null;
      PartyId by = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "type" -> type = type(in);
          case "sequence" -> sequence = Read.longValue(in);
          case "recordedAt" -> recordedAt = Read.instant(in);
          case "account" -> opened = account.read(in);
          case "limits" -> openedLimits = limits.read(in);
          case "exchange" -> subject = exchange.read(in);
          case "proposedBy" -> proposedBy = CoreIds.PARTY.read(in);
          case "deadline" -> deadline = Read.isNull(in) ? null : Read.instant(in);
          case "atDeadline" -> atDeadline = EXCHANGE_STATUS.read(in);
          case "status" -> status = EXCHANGE_STATUS.read(in);
          case "by" -> by = Read.isNull(in) ? null : CoreIds.PARTY.read(in);
          default -> Read.unknown(in, features);
        }
      }
      String kind = Read.required(in, type, "type");
      long number = Read.required(in, sequence, "sequence");
      Instant at = Read.required(in, recordedAt, "recordedAt");
      switch (kind) {
        case "account-opened" -> {
          only(in, kind, subject == null && proposedBy == null && deadline == null && atDeadline == null
              && status == null && by == null);
          Account theAccount = Read.required(in, opened, "account");
          Limits theLimits = Read.required(in, openedLimits, "limits");
          return Read.build(in, () -> AccountOpened.of(number, at, theAccount, theLimits), FIELDS);
        }
        case "exchange-posted" -> {
          only(in, kind, opened == null && openedLimits == null && proposedBy == null && deadline == null
              && atDeadline == null && status == null && by == null);
          Exchange theExchange = Read.required(in, subject, "exchange");
          return Read.build(in, () -> ExchangePosted.of(number, at, theExchange), FIELDS);
        }
        case "exchange-proposed" -> {
          only(in, kind, opened == null && openedLimits == null && status == null && by == null);
          Exchange theExchange = Read.required(in, subject, "exchange");
          PartyId proposer = Read.required(in, proposedBy, "proposedBy");
          ExchangeStatus fallback = Read.required(in, atDeadline, "atDeadline");
          Optional<Instant> due = Optional.ofNullable(deadline);
          return Read.build(in, () -> ExchangeProposed.of(number, at, theExchange, proposer, due, fallback), FIELDS);
        }
        default -> {
          only(in, kind, opened == null && openedLimits == null && proposedBy == null && deadline == null
              && atDeadline == null);
          Exchange theExchange = Read.required(in, subject, "exchange");
          ExchangeStatus outcome = Read.required(in, status, "status");
          Optional<PartyId> resolver = Optional.ofNullable(by);
          return Read.build(in, () -> ExchangeResolved.of(number, at, theExchange, outcome, resolver), FIELDS);
        }
      }
    }

    private static String type(JsonParser in) {
      String type = Read.string(in);
      return switch (type) {
        case "account-opened", "exchange-posted", "exchange-proposed", "exchange-resolved" -> type;
        default -> throw Read.error(in, "unknown ledger event type \"" + type
            + "\", expected account-opened, exchange-posted, exchange-proposed or exchange-resolved");
      };
    }

    /** Fields of another kind of event are unknown fields of this one. */
    private void only(JsonParser in, String kind, boolean fieldsFit) {
      if (!fieldsFit && features.failOnUnknownFields()) {
        throw Read.error(in, "a field of another kind of event in an event of type \"" + kind + "\"");
      }
    }
  }

  /**
   * A codec that reads a ledger event of one kind only.
   *
   * @param events the codec of all events, not null
   * @param type the kind, not null
   * @param <E> the kind
   * @return the codec, not null
   */
  public static <E extends LedgerEvent> Codec<E> kind(Codec<LedgerEvent> events, Class<E> type) {
    return new Codec<>(type) {
      @Override
      public void write(E value, JsonGenerator out) {
        events.write(value, out);
      }

      @Override
      public E read(JsonParser in) {
        LedgerEvent event = events.read(in);
        if (!type.isInstance(event)) {
          throw Read.error(in, "expected an event of type " + type.getSimpleName() + ", got "
              + event.getClass().getSimpleName().replaceFirst("^Immutable", ""));
        }
        return type.cast(event);
      }
    };
  }
}
