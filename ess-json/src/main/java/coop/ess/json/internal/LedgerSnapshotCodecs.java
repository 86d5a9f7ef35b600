package coop.ess.json.internal;

import coop.ess.core.EssValidationException;
import coop.ess.core.PartyId;
import coop.ess.core.Violation;
import coop.ess.json.EssJsonException;
import coop.ess.timebank.Account;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Category;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.ExchangeId;
import coop.ess.timebank.ExchangeStatus;
import coop.ess.timebank.Leg;
import coop.ess.timebank.LedgerSnapshot;
import coop.ess.timebank.Limits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The codecs of a time-bank ledger's snapshot ({@link LedgerSnapshot}) and of its accounts and exchanges. A
 * snapshot that breaks an invariant is refused at the JSON pointer of the account or exchange its first violation
 * names ({@code "accounts[2]"} is {@code /accounts/2}). Inside a snapshot, a posted exchange of one leg with no
 * description, listing or reversal (the bulk of a time bank's exchanges) is written in short, as the array
 * {@code [id, from, to, minutes, category, occurredAt]}: a snapshot holds every exchange, and this form has a third
 * of the tokens to read.
 */
public final class LedgerSnapshotCodecs {

  /** One account of a snapshot. */
  public final Codec<LedgerSnapshot.AccountState> account;
  /** One exchange of a snapshot. */
  public final Codec<LedgerSnapshot.RecordedExchange> exchange;
  /** A snapshot. */
  public final Codec<LedgerSnapshot> snapshot;

  /**
   * The codecs for some features.
   *
   * @param features the features, not null
   * @param timebank the codecs of accounts, limits and exchanges, not null
   */
  public LedgerSnapshotCodecs(Features features, TimebankCodecs timebank) {
    account = new AccountStateCodec(features, timebank.account, timebank.limits);
    exchange = new RecordedExchangeCodec(features, timebank.exchange);
    snapshot = new SnapshotCodec(features, account, exchange);
  }

  /**
   * Registers the codecs.
   *
   * @param adapters the adapters, not null
   */
  public void register(Adapters adapters) {
    adapters.add(account).add(exchange).add(snapshot);
  }

  private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+)\\[(\\d+)](?:\\.([A-Za-z]+))?");

  /** Builds a value; an invariant failure becomes an exception at the pointer of the part its first violation names. */
  private static <T> T build(JsonParser in, Supplier<T> factory, Set<String> fields) {
    try {
      return factory.get();
    } catch (EssValidationException e) {
      if (e.violations().isEmpty()) {
        throw new EssJsonException(Read.pointer(in), String.valueOf(e.getMessage()), e);
      }
      String pointer = Read.pointer(in);
      String field = e.violations().get(0).field();
      Matcher indexed = INDEXED.matcher(field);
      if (indexed.matches() && fields.contains(indexed.group(1))) {
        pointer = pointer + "/" + indexed.group(1) + "/" + indexed.group(2)
            + (indexed.group(3) == null ? "" : "/" + indexed.group(3));
      } else if (fields.contains(field)) {
        pointer = pointer + "/" + field;
      }
      List<String> reasons = new ArrayList<>();
      for (Violation violation : e.violations()) {
        reasons.add(violation.messageEn());
      }
      throw new EssJsonException(pointer, String.join("; ", reasons), e);
    }
  }

  private static final class AccountStateCodec extends Codec<LedgerSnapshot.AccountState> {
    private static final Set<String> FIELDS = Set.of("account", "limits", "balance", "heldDebits", "heldCredits",
        "minutesGiven", "lastMoved");
    private final Features features;
    private final Codec<Account> account;
    private final Codec<Limits> limits;

    AccountStateCodec(Features features, Codec<Account> account, Codec<Limits> limits) {
      super(LedgerSnapshot.AccountState.class);
      this.features = features;
      this.account = account;
      this.limits = limits;
    }

    @Override
    public void write(LedgerSnapshot.AccountState value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeName("account");
      account.write(value.account(), out);
      out.writeName("limits");
      limits.write(value.limits(), out);
      Write.minutes(out, features, "balance", value.balance());
      Write.minutes(out, features, "heldDebits", value.heldDebits());
      Write.minutes(out, features, "heldCredits", value.heldCredits());
      Write.minutes(out, features, "minutesGiven", value.minutesGiven());
      Write.instant(out, "lastMoved", value.lastMoved());
      out.writeEndObject();
    }

    @Override
    public LedgerSnapshot.AccountState read(JsonParser in) {
      Read.startObject(in, "an account of a ledger snapshot");
      Account opened = null;
      Limits resolved = null;
      Long balance = null;
      Long heldDebits = null;
      Long heldCredits = null;
      Long minutesGiven = null;
      Instant lastMoved = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "account" -> opened = account.read(in);
          case "limits" -> resolved = limits.read(in);
          case "balance" -> balance = Read.minutes(in);
          case "heldDebits" -> heldDebits = Read.minutes(in);
          case "heldCredits" -> heldCredits = Read.minutes(in);
          case "minutesGiven" -> minutesGiven = Read.minutes(in);
          case "lastMoved" -> lastMoved = Read.instant(in);
          default -> Read.unknown(in, features);
        }
      }
      LedgerSnapshot.AccountState.Builder builder = LedgerSnapshot.AccountState.builder()
          .account(Read.required(in, opened, "account")).limits(Read.required(in, resolved, "limits"))
          .balance(Read.required(in, balance, "balance"))
          .heldDebits(heldDebits == null ? 0 : heldDebits).heldCredits(heldCredits == null ? 0 : heldCredits)
          .minutesGiven(minutesGiven == null ? 0 : minutesGiven).lastMoved(Read.required(in, lastMoved, "lastMoved"));
      return build(in, builder::build, FIELDS);
    }
  }

  private static final class RecordedExchangeCodec extends Codec<LedgerSnapshot.RecordedExchange> {
    private static final Set<String> FIELDS = Set.of("exchange", "status", "proposedBy", "deadline", "atDeadline");
    private final Features features;
    private final Codec<Exchange> exchange;

    RecordedExchangeCodec(Features features, Codec<Exchange> exchange) {
      super(LedgerSnapshot.RecordedExchange.class);
      this.features = features;
      this.exchange = exchange;
    }

    /** Whether a recorded exchange is written in the compact form: posted, one leg and nothing optional. */
    private static boolean compact(LedgerSnapshot.RecordedExchange value, JsonGenerator out) {
      Exchange recorded = value.exchange();
      return value.status() == ExchangeStatus.POSTED && recorded.legs().size() == 1
          && recorded.description().isEmpty() && recorded.answers().isEmpty() && recorded.reverses().isEmpty()
          && !out.streamWriteContext().inRoot();
    }

    @Override
    public void write(LedgerSnapshot.RecordedExchange value, JsonGenerator out) {
      if (compact(value, out)) {
        Exchange recorded = value.exchange();
        Leg leg = recorded.legs().get(0);
        out.writeStartArray(value, 6);
        out.writeString(recorded.id().value());
        out.writeString(leg.from().value());
        out.writeString(leg.to().value());
        if (features.amountsAsText()) {
          out.writeString(coop.ess.timebank.Minutes.format(leg.minutes()));
        } else {
          out.writeNumber(leg.minutes());
        }
        out.writeString(recorded.category().code());
        out.writeString(Times.format(recorded.occurredAt()));
        out.writeEndArray();
        return;
      }
      Write.startObject(out, value);
      out.writeName("exchange");
      exchange.write(value.exchange(), out);
      out.writeStringProperty("status", TimebankCodecs.EXCHANGE_STATUS.name(value.status()));
      if (value.proposedBy().isPresent()) {
        out.writeStringProperty("proposedBy", CoreIds.PARTY.text(value.proposedBy().get()));
      }
      if (value.deadline().isPresent()) {
        Write.instant(out, "deadline", value.deadline().get());
      }
      if (value.atDeadline().isPresent()) {
        out.writeStringProperty("atDeadline", TimebankCodecs.EXCHANGE_STATUS.name(value.atDeadline().get()));
      }
      out.writeEndObject();
    }

    /** Reads the compact form {@code [id, from, to, minutes, category, occurredAt]} of a posted one-leg exchange. */
    private static LedgerSnapshot.RecordedExchange readCompact(JsonParser in) {
      in.nextToken();
      ExchangeId id = TimebankCodecs.EXCHANGE_ID.read(in);
      in.nextToken();
      AccountId from = TimebankCodecs.ACCOUNT_ID.read(in);
      in.nextToken();
      AccountId to = TimebankCodecs.ACCOUNT_ID.read(in);
      in.nextToken();
      long minutes = Read.minutes(in);
      in.nextToken();
      Category category = TimebankCodecs.CATEGORY.read(in);
      in.nextToken();
      Instant occurredAt = Read.instant(in);
      if (in.nextToken() != JsonToken.END_ARRAY) {
        throw Read.error(in, "a posted exchange in short is [id, from, to, minutes, category, occurredAt], got "
            + Read.describe(in) + " after them");
      }
      return build(in, () -> LedgerSnapshot.RecordedExchange.of(Exchange.of(id, from, to, minutes, category,
          occurredAt), ExchangeStatus.POSTED), Set.of());
    }

    @Override
    public LedgerSnapshot.RecordedExchange read(JsonParser in) {
      if (in.currentToken() == JsonToken.START_ARRAY) {
        return readCompact(in);
      }
      Read.startObject(in, "an exchange of a ledger snapshot");
      Exchange recorded = null;
      ExchangeStatus status = null;
      PartyId proposedBy = null;
      Instant deadline = null;
      ExchangeStatus atDeadline = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "exchange" -> recorded = exchange.read(in);
          case "status" -> status = TimebankCodecs.EXCHANGE_STATUS.read(in);
          case "proposedBy" -> proposedBy = Read.isNull(in) ? null : CoreIds.PARTY.read(in);
          case "deadline" -> deadline = Read.isNull(in) ? null : Read.instant(in);
          case "atDeadline" -> atDeadline = Read.isNull(in) ? null : TimebankCodecs.EXCHANGE_STATUS.read(in);
          default -> Read.unknown(in, features);
        }
      }
      LedgerSnapshot.RecordedExchange.Builder builder = LedgerSnapshot.RecordedExchange.builder()
          .exchange(Read.required(in, recorded, "exchange")).status(Read.required(in, status, "status"))
          .proposedBy(Optional.ofNullable(proposedBy)).deadline(Optional.ofNullable(deadline))
          .atDeadline(Optional.ofNullable(atDeadline));
      return build(in, builder::build, FIELDS);
    }
  }

  private static final class SnapshotCodec extends Codec<LedgerSnapshot> {
    private static final Set<String> FIELDS = Set.of("sequence", "recordedAt", "accounts", "exchanges");
    private final Features features;
    private final Codec<LedgerSnapshot.AccountState> account;
    private final Codec<LedgerSnapshot.RecordedExchange> exchange;

    SnapshotCodec(Features features, Codec<LedgerSnapshot.AccountState> account,
        Codec<LedgerSnapshot.RecordedExchange> exchange) {
      super(LedgerSnapshot.class);
      this.features = features;
      this.account = account;
      this.exchange = exchange;
    }

    @Override
    public void write(LedgerSnapshot value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("type", "ledger-snapshot");
      out.writeNumberProperty("sequence", value.sequence());
      Write.instant(out, "recordedAt", value.recordedAt());
      Write.list(out, "accounts", value.accounts(), account);
      Write.list(out, "exchanges", value.exchanges(), exchange);
      out.writeEndObject();
    }

    @Override
    public LedgerSnapshot read(JsonParser in) {
      Read.startObject(in, "a ledger snapshot");
      boolean typed = false;
      Long sequence = null;
      Instant recordedAt = null;
      List<LedgerSnapshot.AccountState> accounts = List.of();
      List<LedgerSnapshot.RecordedExchange> exchanges = List.of();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "type" -> {
            String type = Read.string(in);
            if (!type.equals("ledger-snapshot")) {
              throw Read.error(in, "expected a ledger snapshot (type \"ledger-snapshot\"), got type \"" + type + "\"");
            }
            typed = true;
          }
          case "sequence" -> sequence = Read.longValue(in);
          case "recordedAt" -> recordedAt = Read.instant(in);
          case "accounts" -> accounts = Read.list(in, account);
          case "exchanges" -> exchanges = Read.list(in, exchange);
          default -> Read.unknown(in, features);
        }
      }
      Read.required(in, typed ? Boolean.TRUE : null, "type");
      LedgerSnapshot.Builder builder = LedgerSnapshot.builder().sequence(Read.required(in, sequence, "sequence"))
          .recordedAt(Read.required(in, recordedAt, "recordedAt")).addAllAccounts(accounts)
          .addAllExchanges(exchanges);
      return build(in, builder::build, FIELDS);
    }
  }
}
