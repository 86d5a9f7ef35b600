package coop.ess.timebank;

import coop.ess.core.PartyId;
import coop.ess.core.internal.Checks;
import coop.ess.timebank.internal.TimebankMessages;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The whole state of a {@link Ledger} after one event of its journal ({@link #sequence()}): a ledger restored from it
 * and fed the later events answers every question about the present and decides every further call exactly as the
 * ledger that replayed every event since the first. {@link Ledger#snapshot()} takes one, {@link Ledger#saveSnapshot()}
 * hands one to the journal, and a {@link Ledger.Builder#journal journal} that holds one lets the ledger start from it
 * instead of from the first event.
 *
 * <p>It holds:
 * <ul>
 *   <li>every account in the order it opened ({@link AccountState}): the account, its limits, its posted balance,
 *       the holds of its pending exchanges, the minutes it has given (the dynamic floor grows with them) and when
 *       its balance last moved (what {@link Ledger#expireIdleCredit demurrage} reads);
 *   <li>every exchange the ledger recorded, in the order it recorded them ({@link RecordedExchange}): its content and
 *       status, and while it is pending, who proposed it and its deadline. This is what idempotency needs (a retried
 *       id is a {@link Outcome#DUPLICATE}, the same id with another content is refused), what reversals need (the
 *       legs and category of the original; which exchange reversed which is read from {@link Exchange#reverses()}),
 *       and what {@link Ledger#exchange}, {@link Ledger#status}, {@link Ledger#reversedBy} and
 *       {@link Ledger#pending} answer.
 * </ul>
 *
 * <p>Why the content of every exchange and not a digest of it: the content makes the decision on a reused id exact
 * (equality, no collision to reason about), lets {@link Ledger#exchange} answer for an exchange recorded before the
 * snapshot, and the reversal of such an exchange needs its legs and category anyway, which for the usual one-leg
 * exchange is nearly all of it: a collision-safe digest (32 bytes of SHA-256, plus the instant, category and
 * {@code reverses} that the other decisions read) would save little beyond the descriptions, at the price of a
 * second way of deciding. The snapshot is therefore as large as the set of exchanges; what it saves is replaying the
 * events (their rules, holds and resolutions) and, with a journal that drops what a snapshot includes, keeping them.
 *
 * <p>The history before the snapshot (which event posted what, and when) is not in it: a ledger restored from a
 * snapshot by a journal that no longer holds the earlier events answers {@link Ledger#statement},
 * {@link LedgerStatistics#of} and {@link Ledger#balanceAt} for an instant before {@link #recordedAt()} with an
 * {@link coop.ess.core.EssStateException} naming the snapshot's event and instant.
 *
 * <p>The value is checked at construction, every problem at once ({@link coop.ess.core.EssValidationException}):
 * accounts and exchange ids appear once; every leg names an account of the snapshot; the balances sum to 0; each
 * account's holds are exactly what its pending exchanges hold, and hold within its hard ceiling (and, for a
 * community account, its hard floor; the floor of a member account depends on the ledger's
 * {@link Ledger.Builder#floorGrowth floor growth}, which is configuration, not state); a pending exchange has a
 * proposer who holds one of its accounts and a deadline outcome, and no other exchange has them; a reversal is
 * posted and names an earlier posted exchange that is not itself a reversal and that nothing else reverses. A
 * snapshot taken by a {@link Ledger} always passes.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LedgerSnapshot {

  LedgerSnapshot() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The last event the snapshot includes: the ledger's journal position {@code sequence()}.
   *
   * @return the sequence, not negative
   */
  public abstract long sequence();

  /**
   * When the ledger recorded the events the snapshot includes: the latest {@link LedgerEvent#recordedAt()} among
   * them (that of event {@link #sequence()} unless the clock went back). {@link Ledger#balanceAt} answers from the
   * snapshot for this instant and later ones.
   *
   * @return the instant, not null
   */
  public abstract Instant recordedAt();

  /**
   * Every account, in the order it opened (its {@link Ledger#accountNumber number}).
   *
   * @return the accounts, not null, possibly empty
   */
  public abstract List<AccountState> accounts();

  /**
   * Every exchange the ledger recorded (posted, pending, declined or expired), in the order it recorded them.
   * Refused exchanges are not recorded.
   *
   * @return the exchanges, not null, possibly empty
   */
  public abstract List<RecordedExchange> exchanges();

  /**
   * The sum of the balances: always 0 (construction refuses anything else).
   *
   * @return 0
   */
  public final long sumOfBalances() {
    long sum = 0;
    for (AccountState account : accounts()) {
      sum += account.balance();
    }
    return sum;
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(TimebankMessages.CATALOG, "LedgerSnapshot");
    checks.check(sequence() >= 0, "snapshot.sequence", "sequence", "sequence", sequence());
    Map<AccountId, AccountState> accounts = new HashMap<>();
    for (int i = 0; i < accounts().size(); i++) {
      AccountState account = accounts().get(i);
      checks.check(accounts.putIfAbsent(account.account().id(), account) == null, "snapshot.accountTwice",
          "accounts[" + i + "]", "account", account.account().id());
    }
    checks.check(sumOfBalances() == 0, "snapshot.notZeroSum", "accounts", "sum", sumOfBalances());
    Map<AccountId, long[]> held = new HashMap<>();
    Map<ExchangeId, RecordedExchange> recorded = new HashMap<>();
    Set<ExchangeId> reversed = new HashSet<>();
    for (int i = 0; i < exchanges().size(); i++) {
      RecordedExchange entry = exchanges().get(i);
      Exchange exchange = entry.exchange();
      String field = "exchanges[" + i + "]";
      boolean known = true;
      for (Leg leg : exchange.legs()) {
        if (!accounts.containsKey(leg.from())) {
          known = checks.check(false, "snapshot.unknownAccount", field, "id", exchange.id(), "account", leg.from());
        }
        if (!accounts.containsKey(leg.to())) {
          known = checks.check(false, "snapshot.unknownAccount", field, "id", exchange.id(), "account", leg.to());
        }
      }
      if (entry.status() == ExchangeStatus.PENDING && known) {
        checkProposal(checks, field, entry, accounts);
        for (Map.Entry<AccountId, Long> net : netChanges(exchange).entrySet()) {
          long[] holds = held.computeIfAbsent(net.getKey(), id -> new long[2]);
          holds[net.getValue() < 0 ? 0 : 1] += Math.abs(net.getValue());
        }
      }
      Optional<ExchangeId> original = exchange.reverses();
      if (original.isPresent()) {
        RecordedExchange target = recorded.get(original.get());
        checks.check(entry.status() == ExchangeStatus.POSTED && target != null
            && target.status() == ExchangeStatus.POSTED && target.exchange().reverses().isEmpty()
            && reversed.add(original.get()), "snapshot.badReversal", field, "id", exchange.id(),
            "original", original.get());
      }
      checks.check(recorded.putIfAbsent(exchange.id(), entry) == null, "snapshot.exchangeTwice", field,
          "id", exchange.id());
    }
    for (int i = 0; i < accounts().size(); i++) {
      checkAccount(checks, "accounts[" + i + "]", accounts().get(i),
          held.getOrDefault(accounts().get(i).account().id(), new long[2]));
    }
    checks.throwIfInvalid();
  }

  private static void checkProposal(Checks checks, String field, RecordedExchange entry,
      Map<AccountId, AccountState> accounts) {
    Exchange exchange = entry.exchange();
    PartyId proposer = entry.proposedBy().orElse(null);
    if (proposer == null) {
      return;
    }
    boolean party = false;
    for (Leg leg : exchange.legs()) {
      party |= Objects.requireNonNull(accounts.get(leg.from())).account().holder().equals(Optional.of(proposer))
          || Objects.requireNonNull(accounts.get(leg.to())).account().holder().equals(Optional.of(proposer));
    }
    checks.check(party, "snapshot.notParty", field + ".proposedBy", "id", exchange.id(), "party", proposer.value());
  }

  private static void checkAccount(Checks checks, String field, AccountState account, long[] pending) {
    AccountId id = account.account().id();
    checks.check(account.heldDebits() == pending[0] && account.heldCredits() == pending[1], "snapshot.holds", field,
        "account", id, "debits", account.heldDebits(), "credits", account.heldCredits(), "pendingDebits", pending[0],
        "pendingCredits", pending[1]);
    Limits limits = account.limits();
    checks.check(account.heldCredits() < 0 || account.balance() <= limits.ceiling() - account.heldCredits(),
        "snapshot.aboveCeiling", field, "account", id, "balance", account.balance(), "held", account.heldCredits(),
        "ceiling", limits.ceiling());
    checks.check(!account.account().isCommunity() || account.heldDebits() < 0
        || account.balance() >= limits.floor() + account.heldDebits(), "snapshot.belowFloor", field,
        "account", id, "balance", account.balance(), "held", account.heldDebits(), "floor", limits.floor());
  }

  /** What an exchange moves for each account it touches: the net of its legs, as the ledger holds it. */
  static Map<AccountId, Long> netChanges(Exchange exchange) {
    Map<AccountId, Long> net = new HashMap<>();
    for (Leg leg : exchange.legs()) {
      net.merge(leg.from(), -leg.minutes(), Long::sum);
      net.merge(leg.to(), leg.minutes(), Long::sum);
    }
    return net;
  }

  @Override
  public final String toString() {
    return "LedgerSnapshot[after event " + sequence() + " at " + recordedAt() + ", " + accounts().size()
        + " accounts, " + exchanges().size() + " exchanges]";
  }

  /** Builds a {@link LedgerSnapshot}; not thread-safe. */
  public static final class Builder extends ImmutableLedgerSnapshot.Builder {
    Builder() {}
  }

  /**
   * One account in a {@link LedgerSnapshot}: the account, its limits and its numbers. The holds are what the
   * account's pending exchanges would take ({@link #heldDebits()}) and bring ({@link #heldCredits()}) if they all
   * posted. Immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class AccountState {

    AccountState() {}

    /**
     * A builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * The account.
     *
     * @return the account, not null
     */
    public abstract Account account();

    /**
     * Its limits, as resolved when it opened.
     *
     * @return the limits, not null
     */
    public abstract Limits limits();

    /**
     * The posted balance.
     *
     * @return minutes
     */
    public abstract long balance();

    /**
     * What its pending exchanges would take from it.
     *
     * @return minutes, not negative
     */
    public abstract long heldDebits();

    /**
     * What its pending exchanges would bring to it.
     *
     * @return minutes, not negative
     */
    public abstract long heldCredits();

    /**
     * The minutes it has earned by giving services, reversals deducted (see {@link Ledger#minutesGiven}).
     *
     * @return minutes, not negative
     */
    public abstract long minutesGiven();

    /**
     * When its balance last moved (when it opened if it never did), to the millisecond.
     *
     * @return the instant, not null
     */
    public abstract Instant lastMoved();

    @Value.Check
    final void check() {
      Checks checks = Checks.of(TimebankMessages.CATALOG, "LedgerSnapshot.AccountState");
      checks.check(heldDebits() >= 0, "snapshot.negative", "heldDebits", "account", account().id(),
          "field", "heldDebits", "value", heldDebits());
      checks.check(heldCredits() >= 0, "snapshot.negative", "heldCredits", "account", account().id(),
          "field", "heldCredits", "value", heldCredits());
      checks.check(minutesGiven() >= 0, "snapshot.negative", "minutesGiven", "account", account().id(),
          "field", "minutesGiven", "value", minutesGiven());
      checks.check(lastMoved().getNano() % 1_000_000 == 0, "snapshot.lastMoved", "lastMoved",
          "account", account().id(), "instant", lastMoved());
      checks.throwIfInvalid();
    }

    /** Builds an {@link AccountState}; not thread-safe. */
    public static final class Builder extends ImmutableAccountState.Builder {
      Builder() {}
    }
  }

  /**
   * One exchange in a {@link LedgerSnapshot}: its content and status, and while it is {@link ExchangeStatus#PENDING
   * pending} who proposed it, its deadline (if any) and what happens then. Immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class RecordedExchange {

    RecordedExchange() {}

    /**
     * A builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * An exchange that is not pending.
     *
     * @param exchange the exchange, not null
     * @param status {@link ExchangeStatus#POSTED}, {@link ExchangeStatus#DECLINED} or {@link ExchangeStatus#EXPIRED}
     * @return the recorded exchange, not null
     * @throws coop.ess.core.EssValidationException if the status is {@link ExchangeStatus#PENDING}
     */
    public static RecordedExchange of(Exchange exchange, ExchangeStatus status) {
      return builder().exchange(exchange).status(status).build();
    }

    /**
     * A pending exchange.
     *
     * @param exchange the exchange, not null
     * @param proposedBy who proposed it, not null
     * @param deadline when it resolves by itself, possibly empty
     * @param atDeadline {@link ExchangeStatus#POSTED} or {@link ExchangeStatus#EXPIRED}, not null
     * @return the recorded exchange, not null
     */
    public static RecordedExchange pending(Exchange exchange, PartyId proposedBy, Optional<Instant> deadline,
        ExchangeStatus atDeadline) {
      return builder().exchange(exchange).status(ExchangeStatus.PENDING).proposedBy(proposedBy).deadline(deadline)
          .atDeadline(atDeadline).build();
    }

    /**
     * The exchange.
     *
     * @return the exchange, not null
     */
    public abstract Exchange exchange();

    /**
     * Where it stands.
     *
     * @return the status, not null
     */
    public abstract ExchangeStatus status();

    /**
     * Who proposed it, while it is pending.
     *
     * @return the party, present exactly when the status is pending
     */
    public abstract Optional<PartyId> proposedBy();

    /**
     * When it resolves by itself, if it is pending and has a deadline.
     *
     * @return the deadline, possibly empty; empty unless pending
     */
    public abstract Optional<Instant> deadline();

    /**
     * What happens at the deadline: auto-confirmation ({@link ExchangeStatus#POSTED}) or expiry
     * ({@link ExchangeStatus#EXPIRED}).
     *
     * @return the status reached at the deadline, present exactly when the status is pending
     */
    public abstract Optional<ExchangeStatus> atDeadline();

    @Value.Check
    final void check() {
      boolean pending = status() == ExchangeStatus.PENDING;
      boolean proposal = pending == proposedBy().isPresent() && pending == atDeadline().isPresent()
          && (pending || deadline().isEmpty());
      boolean outcome = atDeadline().isEmpty() || atDeadline().get() == ExchangeStatus.POSTED
          || atDeadline().get() == ExchangeStatus.EXPIRED;
      if (proposal && outcome) {
        return; // the usual case, decided without building a message: a snapshot checks every exchange it holds
      }
      Checks checks = Checks.of(TimebankMessages.CATALOG, "LedgerSnapshot.RecordedExchange");
      checks.check(proposal, "snapshot.proposal", "status", "id", exchange().id(),
          "status", status().name().toLowerCase(java.util.Locale.ROOT));
      checks.check(outcome, "snapshot.atDeadline", "atDeadline", "id", exchange().id());
      checks.throwIfInvalid();
    }

    /** Builds a {@link RecordedExchange}; not thread-safe. */
    public static final class Builder extends ImmutableRecordedExchange.Builder {
      Builder() {}
    }
  }
}
