package coop.ess.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import coop.ess.core.MemberId;
import coop.ess.json.EssJson;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.json.JsonMapper;

/**
 * The round trip (write to bytes, read back) of one time-bank ledger event through the SDK's Jackson module, against
 * plain Jackson databind on hand-written classes with the same fields and the same JSON (public fields, Jackson
 * annotations for the type tag), in the same run. The SDK builds each value through its public builders, so every
 * invariant is checked on the way in; the plain classes check nothing.
 *
 * <p>1,024 events, cycled: 10 % accounts opened, 70 % exchanges posted (a third with two legs), 10 % proposed,
 * 10 % resolved.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class JsonBenchmark {

  private static final int EVENTS = 1024;
  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

  private final EssJson ess = EssJson.standard();
  private final JsonMapper plain = JsonMapper.builder().build();
  private final List<LedgerEvent> events = new ArrayList<>();
  private final List<PlainEvent> plainEvents = new ArrayList<>();
  private int next;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < EVENTS; i++) {
      LedgerEvent event = event(i, random);
      events.add(event);
      PlainEvent copy = PlainEvent.of(event);
      plainEvents.add(copy);
      // Same content: the plain JSON read by the SDK gives the event back.
      LedgerEvent check = ess.read(plain.writeValueAsString(copy), LedgerEvent.class);
      if (!check.equals(event)) {
        throw new IllegalStateException("Not equivalent: " + event + " and " + plain.writeValueAsString(copy));
      }
    }
  }

  private static LedgerEvent event(int sequence, SplittableRandom random) {
    Instant at = START.plusSeconds(sequence * 61L);
    AccountId from = AccountId.of("member-" + random.nextInt(1000));
    AccountId to = AccountId.of("member-" + random.nextInt(1000));
    int kind = random.nextInt(10);
    if (kind == 0) {
      Account account = Account.of(from, MemberId.of(from.value()));
      return AccountOpened.of(sequence, at, account, Limits.of(-1200, 2400));
    }
    Exchange.Builder builder = Exchange.builder().id(ExchangeId.of("x-" + sequence))
        .addLegs(Leg.of(from, to, 1 + random.nextInt(180))).category(Category.DIY).occurredAt(at.minusSeconds(3600));
    if (random.nextInt(3) == 0) {
      builder.addLegs(Leg.of(from, AccountId.of("cargo"), 15)).description("Atelier vélo");
    }
    Exchange exchange = builder.build();
    if (kind == 1) {
      return ExchangeProposed.of(sequence, at, exchange, MemberId.of(to.value()), Optional.of(at.plusSeconds(604800)),
          ExchangeStatus.EXPIRED);
    }
    if (kind == 2) {
      return ExchangeResolved.of(sequence, at, exchange, ExchangeStatus.POSTED, Optional.of(MemberId.of(from.value())));
    }
    return ExchangePosted.of(sequence, at, exchange);
  }

  /** The SDK: the module's streaming codecs, values built and checked through their builders. */
  @Benchmark
  public LedgerEvent essRoundTrip() {
    LedgerEvent event = events.get(next++ & (EVENTS - 1));
    byte[] json = ess.mapper().writeValueAsBytes(event);
    return ess.mapper().readValue(json, LedgerEvent.class);
  }

  /**
   * The SDK through {@link EssJson#read(byte[], Class)}: the strict front end (UTF-8 check, duplicate keys, depth and
   * number limits) before the codecs, as an application reading untrusted files does.
   */
  @Benchmark
  public LedgerEvent essStrictRoundTrip() {
    LedgerEvent event = events.get(next++ & (EVENTS - 1));
    byte[] json = ess.mapper().writeValueAsBytes(event);
    return ess.read(json, LedgerEvent.class);
  }

  /** The baseline: plain Jackson databind on hand-written classes. */
  @Benchmark
  public PlainEvent plainRoundTrip() {
    PlainEvent event = plainEvents.get(next++ & (EVENTS - 1));
    byte[] json = plain.writeValueAsBytes(event);
    return plain.readValue(json, PlainEvent.class);
  }

  /** The SDK, writing only. */
  @Benchmark
  public byte[] essWrite() {
    return ess.mapper().writeValueAsBytes(events.get(next++ & (EVENTS - 1)));
  }

  /** The baseline, writing only. */
  @Benchmark
  public byte[] plainWrite() {
    return plain.writeValueAsBytes(plainEvents.get(next++ & (EVENTS - 1)));
  }

  // ------------------------------------------------------------------------------------ the hand-written classes

  /** A ledger event as a plain class. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({@JsonSubTypes.Type(value = PlainOpened.class, name = "account-opened"),
      @JsonSubTypes.Type(value = PlainPosted.class, name = "exchange-posted"),
      @JsonSubTypes.Type(value = PlainProposed.class, name = "exchange-proposed"),
      @JsonSubTypes.Type(value = PlainResolved.class, name = "exchange-resolved")})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract static class PlainEvent {
    public int schemaVersion = 1;
    public long sequence;
    public Instant recordedAt;

    static PlainEvent of(LedgerEvent event) {
      PlainEvent plain;
      if (event instanceof AccountOpened opened) {
        PlainOpened copy = new PlainOpened();
        copy.account = new PlainAccount();
        copy.account.id = opened.account().id().value();
        copy.account.holder = opened.account().holder().map(p -> "member:" + p.value()).orElse(null);
        copy.limits = PlainLimits.of(opened.limits());
        plain = copy;
      } else if (event instanceof ExchangePosted posted) {
        PlainPosted copy = new PlainPosted();
        copy.exchange = PlainExchange.of(posted.exchange());
        plain = copy;
      } else if (event instanceof ExchangeProposed proposed) {
        PlainProposed copy = new PlainProposed();
        copy.exchange = PlainExchange.of(proposed.exchange());
        copy.proposedBy = "member:" + proposed.proposedBy().value();
        copy.deadline = proposed.deadline().orElse(null);
        copy.atDeadline = proposed.atDeadline().name().toLowerCase();
        plain = copy;
      } else {
        ExchangeResolved resolved = (ExchangeResolved) event;
        PlainResolved copy = new PlainResolved();
        copy.exchange = PlainExchange.of(resolved.exchange());
        copy.status = resolved.status().name().toLowerCase();
        copy.by = resolved.by().map(p -> "member:" + p.value()).orElse(null);
        plain = copy;
      }
      plain.sequence = event.sequence();
      plain.recordedAt = event.recordedAt();
      return plain;
    }
  }

  /** An account opened. */
  public static final class PlainOpened extends PlainEvent {
    public PlainAccount account;
    public PlainLimits limits;
  }

  /** An exchange posted. */
  public static final class PlainPosted extends PlainEvent {
    public PlainExchange exchange;
  }

  /** An exchange proposed. */
  public static final class PlainProposed extends PlainEvent {
    public PlainExchange exchange;
    public String proposedBy;
    public Instant deadline;
    public String atDeadline;
  }

  /** An exchange resolved. */
  public static final class PlainResolved extends PlainEvent {
    public PlainExchange exchange;
    public String status;
    public String by;
  }

  /** An account. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class PlainAccount {
    public String id;
    public String holder;
  }

  /** Limits. */
  public static final class PlainLimits {
    public long floor;
    public long ceiling;
    public long softFloor;
    public long softCeiling;

    static PlainLimits of(Limits limits) {
      PlainLimits plain = new PlainLimits();
      plain.floor = limits.floor();
      plain.ceiling = limits.ceiling();
      plain.softFloor = limits.softFloor();
      plain.softCeiling = limits.softCeiling();
      return plain;
    }
  }

  /** An exchange. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class PlainExchange {
    public String id;
    public List<PlainLeg> legs;
    public String category;
    public String description;
    public Instant occurredAt;

    static PlainExchange of(Exchange exchange) {
      PlainExchange plain = new PlainExchange();
      plain.id = exchange.id().value();
      plain.legs = new ArrayList<>();
      for (Leg leg : exchange.legs()) {
        PlainLeg copy = new PlainLeg();
        copy.from = leg.from().value();
        copy.to = leg.to().value();
        copy.minutes = leg.minutes();
        plain.legs.add(copy);
      }
      plain.category = exchange.category().code();
      plain.description = exchange.description();
      plain.occurredAt = exchange.occurredAt();
      return plain;
    }
  }

  /** A leg. */
  public static final class PlainLeg {
    public String from;
    public String to;
    public long minutes;
  }
}
