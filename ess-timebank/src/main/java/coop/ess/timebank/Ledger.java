package coop.ess.timebank;

import coop.ess.core.EssNotFoundException;
import coop.ess.core.EssStateException;
import coop.ess.core.PartyId;
import coop.ess.core.Violation;
import coop.ess.timebank.internal.IdIndex;
import coop.ess.timebank.internal.LimitArithmetic;
import coop.ess.timebank.internal.Rules;
import coop.ess.timebank.internal.TimebankMessages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The time-bank ledger: accounts, exchanges and their workflow, checked by rules, recorded as immutable
 * {@link LedgerEvent events} in a {@link Journal}, balances derived from them.
 *
 * <p>The ledger promises what TigerBeetle promises for money, for hours of mutual aid:
 * <ul>
 *   <li>zero-sum at every instant: every leg takes from one account what it gives to another;
 *   <li>all-or-nothing: the legs of an exchange post together or not at all;
 *   <li>idempotent: the same exchange under the same id is a {@link Outcome#DUPLICATE} that changes nothing; a
 *       different exchange under a used id is refused ({@code exchange.idReused}); a refused exchange does not use
 *       its id;
 *   <li>never deleted: a correction is a {@link #reverse reversal}, a new exchange that moves the legs back;
 *   <li>hard limits hold under concurrency, pending holds included: no balance can leave its floor and ceiling even
 *       if every pending exchange posted.
 * </ul>
 *
 * <p>Workflow: {@link #post} records an exchange both sides agree on; {@link #propose} records one side's word and
 * holds the amount, then {@link #confirm} (by the other side) posts it or {@link #decline} (by either side) drops
 * it; without either, the pending exchange auto-confirms or expires at its deadline (see
 * {@link Builder#autoConfirmAfter} and {@link Builder#expireAfter}), evaluated against the clock at every call and by
 * {@link #resolveDue()}.
 *
 * <pre>{@code
 * Ledger ledger = Ledger.builder().clock(clock).limitPolicy(LimitPolicy.STANDARD).build();
 * ledger.openAccount(Account.of(AccountId.of("alice"), MemberId.of("alice")));
 * ledger.openAccount(Account.of(AccountId.of("bob"), MemberId.of("bob")));
 * PostResult result = ledger.post(Exchange.of(ExchangeId.of("x-1"), AccountId.of("bob"), AccountId.of("alice"),
 *     90, Category.DIGITAL, clock.instant()));
 * ledger.balance(AccountId.of("alice")); // 90
 * }</pre>
 *
 * <p>Internally balances, holds and limits are primitive arrays indexed by a dense account number, and every
 * change happens under one short lock: the critical section does no I/O beyond {@link Journal#append}, so one lock
 * is both the simplest way to keep limits exact under concurrency and fast enough. Replaying a journal into a new
 * ledger ({@link Builder#journal} with events) gives the same state without re-running rules.
 *
 * <p>Thread-safe.
 */
public final class Ledger {

  /** The category of the exchanges by which {@link #expireIdleCredit} moves idle credit to the community. */
  public static final Category DEMURRAGE = Category.of("demurrage");

  /** The layout of {@link #state}: longs per account, and the place of each number. */
  private static final int STRIDE = 8;
  private static final int BALANCE = 0;
  private static final int HELD_DEBITS = 1;
  private static final int HELD_CREDITS = 2;
  private static final int GIVEN = 3;
  private static final int LAST_MOVED = 4;
  private static final int CLEAN_FLOOR = 5;
  private static final int CLEAN_CEILING = 6;

  private final ReentrantLock lock = new ReentrantLock();
  private final Clock clock;
  private final Journal journal;
  private final LimitPolicy policy;
  private final ExchangeRule[] rules;
  private final @Nullable Duration autoConfirmAfter;
  private final @Nullable Duration expireAfter;
  private final long floorGrowthPerHour;
  private final long lowestFloor;

  private final HashMap<AccountId, Integer> numbers = new HashMap<>();
  private Account[] accounts = new Account[16];
  private Limits[] limits = new Limits[16];
  /**
   * The numbers of each account side by side, {@link #STRIDE} longs per account (a transfer touches two short runs
   * of memory instead of one element in each of seven arrays): its posted balance, its held debits and credits
   * (what pending exchanges would take and bring), the minutes it has given, when it last moved (epoch
   * milliseconds), and for {@link #isClean} the tighter of its hard and soft floors and of its hard and soft ceilings.
   */
  private long[] state = new long[16 * STRIDE];
  /** The accounts' ids again, read without following a reference to the account. */
  private AccountId[] ids = new AccountId[16];
  private boolean[] community = new boolean[16];
  /** The holder of each account, null for a community account: read by {@code side} without building Optionals. */
  private @Nullable PartyId[] holders = new PartyId[16];
  private int accountCount;

  /**
   * Whether every rule added with {@link Builder#addRules} is a built-in one that {@link #isClean} decides on
   * primitives ({@link ExchangeRule#maximumPerExchange}, {@link ExchangeRule#allowedCategories}); if not, every
   * transfer runs the rule objects.
   */
  private final boolean fastRules;
  /** The largest amount that no rule refuses: the built-in largest amount and every maximum per exchange. */
  private final long largestClean;
  private final Rules.AllowedCategories[] allowedRules;
  /** Categories every allowed-categories rule lets through, by identity: a cache of {@link #allowedByAll}. */
  private final Category[] allowedSeen = new Category[16];
  private int allowedSeenCount;
  /** Where {@link #transferAll} collects the violations of one transfer. */
  private final ArrayList<Violation> scratch = new ArrayList<>();
  /**
   * For {@link #transferRows}: the number in the in-memory journal of each category of the batch, or -1 if an
   * allowed-categories rule refuses it.
   */
  private int[] journalKinds = new int[8];

  /** Every recorded exchange (posted, pending or resolved) by id, as an entry number into {@link #entries}. */
  private final IdIndex index = new IdIndex();
  private final Entries entries = new Entries();
  /** Pending exchanges with a deadline, soonest first, and in the order they were proposed for the same deadline. */
  private final PriorityQueue<Pending> deadlines = new PriorityQueue<>((a, b) -> {
    int byDeadline = a.deadline.compareTo(b.deadline);
    return byDeadline != 0 ? byDeadline : Integer.compare(a.entry, b.entry);
  });
  /** The journal if it is an {@link InMemoryJournal}, which stores postings compactly. */
  private final @Nullable InMemoryJournal memoryJournal;
  private final Context context = new Context();
  private final ArrayList<Violation> found = new ArrayList<>();
  /** True while {@link #expireIdleCredit} posts: only the amount and limit rules apply. */
  private boolean postingDemurrage;

  private Ledger(Builder builder) {
    this.clock = builder.clock;
    this.journal = builder.journal;
    this.memoryJournal = journal instanceof InMemoryJournal memory ? memory : null;
    this.policy = builder.policy;
    List<ExchangeRule> all = new ArrayList<>();
    all.add(ExchangeRule.positiveAmounts());
    all.add(ExchangeRule.noSelfExchange());
    all.addAll(builder.rules);
    this.rules = all.toArray(new ExchangeRule[0]);
    boolean simple = true;
    long largest = Rules.LARGEST_AMOUNT;
    List<Rules.AllowedCategories> taxonomies = new ArrayList<>();
    for (ExchangeRule rule : builder.rules) {
      if (rule instanceof Rules.MaximumPerExchange maximum) {
        largest = Math.min(largest, maximum.maximum());
      } else if (rule instanceof Rules.AllowedCategories taxonomy) {
        taxonomies.add(taxonomy);
      } else {
        simple = false;
      }
    }
    this.fastRules = simple;
    this.largestClean = largest;
    this.allowedRules = taxonomies.toArray(new Rules.AllowedCategories[0]);
    this.autoConfirmAfter = builder.autoConfirmAfter;
    this.expireAfter = builder.expireAfter;
    this.floorGrowthPerHour = builder.floorGrowthPerHour;
    this.lowestFloor = builder.lowestFloor;
    restoreThenReplay();
  }

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------------------------------------- accounts

  /**
   * Opens an account at 0 with the limits the policy gives it.
   *
   * @param account the account, not null
   * @throws EssStateException if an account with this id is already open
   */
  public void openAccount(Account account) {
    Objects.requireNonNull(account, "account");
    lock.lock();
    try {
      if (numbers.containsKey(account.id())) {
        throw new EssStateException("Account '" + account.id() + "' is already open");
      }
      AccountOpened event = AccountOpened.of(journal.size(), clock.instant(), account, policy.limitsOf(account));
      journal.append(event);
      open(event.account(), event.limits(), event.recordedAt());
    } finally {
      lock.unlock();
    }
  }

  private void open(Account account, Limits accountLimits, Instant at) {
    if (accountCount == accounts.length) {
      int capacity = accountCount * 2;
      accounts = Arrays.copyOf(accounts, capacity);
      limits = Arrays.copyOf(limits, capacity);
      state = Arrays.copyOf(state, capacity * STRIDE);
      ids = Arrays.copyOf(ids, capacity);
      community = Arrays.copyOf(community, capacity);
      holders = Arrays.copyOf(holders, capacity);
    }
    int base = STRIDE * accountCount;
    state[base + LAST_MOVED] = at.toEpochMilli();
    state[base + CLEAN_FLOOR] = Math.max(accountLimits.floor(), accountLimits.softFloor());
    state[base + CLEAN_CEILING] = Math.min(accountLimits.ceiling(), accountLimits.softCeiling());
    ids[accountCount] = account.id();
    community[accountCount] = account.isCommunity();
    holders[accountCount] = account.holder().orElse(null);
    accounts[accountCount] = account;
    limits[accountCount] = accountLimits;
    numbers.put(account.id(), accountCount);
    accountCount++;
  }

  /**
   * The number of an account: accounts are numbered 0, 1, 2… in the order they opened, for {@link #transfer}.
   * Resolve numbers once; they never change.
   *
   * @param account the account, not null
   * @return its number, not negative
   * @throws EssNotFoundException if the account is not open
   */
  public int accountNumber(AccountId account) {
    return number(account);
  }

  // ---------------------------------------------------------------------------------------------- exchanges

  /**
   * Posts an exchange both sides agree on: checks every rule and, if none refuses it, moves the balances.
   *
   * @param exchange the exchange, not null
   * @return {@link Outcome#POSTED} (possibly with warnings), {@link Outcome#DUPLICATE} if this very exchange was
   *     already recorded (posted or pending), or {@link Outcome#REJECTED} with every violation; not null
   */
  public PostResult post(Exchange exchange) {
    Objects.requireNonNull(exchange, "exchange");
    lock.lock();
    try {
      Instant now = clock.instant();
      resolveDue(now);
      return postChecked(exchange, now);
    } finally {
      lock.unlock();
    }
  }

  private PostResult postChecked(Exchange exchange, Instant now) {
    int existing = index.get(exchange.id());
    if (existing != IdIndex.ABSENT) {
      return duplicateOrReused(existing, exchange);
    }
    if (!validate(exchange, now)) {
      return rejected(exchange.id());
    }
    List<Violation> warnings = found.isEmpty() ? List.of() : List.copyOf(found);
    long sequence = journal.size();
    if (memoryJournal != null) {
      memoryJournal.appendPosted(sequence, now, exchange);
    } else {
      journal.append(ExchangePosted.of(sequence, now, exchange));
    }
    applyChanges(+1, 0);
    register(exchange, ExchangeStatus.POSTED, sequence);
    return PostResult.of(exchange.id(), Outcome.POSTED, warnings);
  }

  /**
   * Posts a single-leg exchange given by numbers, the fast path for simulations: the same rules, limits, idempotency,
   * journal and lock as {@link #post}, without building an {@link Exchange} or a {@link PostResult} unless something
   * asks for them.
   *
   * <p>The transfer is the exchange {@code Exchange.of(ExchangeId.of(Long.toString(id)), from, to, minutes, category,
   * now)} where {@code from} and {@code to} are the accounts numbered {@code from} and {@code to} (see
   * {@link #accountNumber}) and {@code now} is the clock's reading: {@link #exchange(ExchangeId)}, the journal and
   * statements show exactly that exchange. Ids are shared with {@link #post}: the number 42 is the exchange id
   * {@code "42"}. Retrying a transfer with the same id, accounts, amount and category is a {@link Outcome#DUPLICATE}
   * (the instant is the one of the first post); any other content under a used id is refused
   * ({@code exchange.idReused}).
   *
   * <p>Violations (errors when refused, warnings when posted) are added to {@code violations}, in the order
   * {@link PostResult#violations()} would list them; on a plain success nothing is added and nothing is allocated
   * by the ledger (with the in-memory journal and a clock that does not allocate its instants).
   *
   * <pre>{@code
   * int alice = ledger.accountNumber(AccountId.of("alice"));
   * int bob = ledger.accountNumber(AccountId.of("bob"));
   * List<Violation> violations = new ArrayList<>();
   * Outcome outcome = ledger.transfer(1, bob, alice, 90, Category.DIGITAL, violations); // POSTED
   * }</pre>
   *
   * @param id the exchange id as a number, not negative
   * @param from the number of the account that received the service and pays
   * @param to the number of the account that gave it and earns
   * @param minutes the amount (the rules refuse amounts below 1)
   * @param category the kind of service, not null
   * @param violations where violations are added, not null
   * @return {@link Outcome#POSTED}, {@link Outcome#DUPLICATE} or {@link Outcome#REJECTED}; not null
   * @throws IllegalArgumentException if {@code id} is negative
   * @throws EssNotFoundException if an account number is not one of an open account
   */
  public Outcome transfer(long id, int from, int to, long minutes, Category category, List<Violation> violations) {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(violations, "violations");
    if (id < 0) {
      throw new IllegalArgumentException("A transfer id must not be negative, got " + id);
    }
    lock.lock();
    try {
      checkNumber(from);
      checkNumber(to);
      Instant now = clock.instant();
      resolveDue(now);
      return transferLocked(id, from, to, minutes, category, now, violations);
    } finally {
      if (memoryJournal != null) {
        memoryJournal.publish();
      }
      lock.unlock();
    }
  }

  /**
   * Posts every transfer of a batch, in order, under one acquisition of the lock: the batch API in the style of
   * TigerBeetle, whose clients send up to 8,189 transfers per request. Each transfer is decided on its own, exactly
   * as {@link #transfer} would decide it at the same instant (same rules, limits with pending holds, idempotency,
   * journal): a refused transfer does not stop the others, and a later transfer of the batch sees the balances the
   * earlier ones left. The clock is read once, so every posting of the batch carries the same instant. The journal
   * publishes the batch's postings to its readers together at the end.
   *
   * <p>What each transfer did is written to {@code result} (cleared first): its {@link Outcome} and, only for those
   * that have any, its violations (errors when refused, warnings when posted). A transfer that posts cleanly
   * creates no object of its own (the journal and the indexes grow by chunks). Holding the lock for a whole batch
   * keeps other threads waiting as long: a few dozen to a few thousand transfers amortise the lock (the benchmarks
   * measure 64, 1,024 and 8,192; which was fastest changed from run to run).
   *
   * <pre>{@code
   * TransferBatch batch = new TransferBatch(64);
   * BatchResult result = new BatchResult();
   * batch.add(1, bob, alice, 90, Category.DIGITAL);
   * batch.add(2, alice, carol, 30, Category.DIY);
   * ledger.transferAll(batch, result);
   * result.outcome(0); // POSTED
   * batch.clear(); // and fill it again
   * }</pre>
   *
   * @param batch the transfers, not null, possibly empty; not changed
   * @param result where the outcomes and violations go, not null; cleared first
   * @throws EssNotFoundException if an account number of the batch is not one of an open account; then nothing of
   *     the batch is posted
   */
  public void transferAll(TransferBatch batch, BatchResult result) {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(result, "result");
    int size = batch.size();
    int[] payers = batch.froms;
    int[] payees = batch.tos;
    lock.lock();
    try {
      // Every number from 0 to last leaves the sign bit of each term clear; any other number sets it in one.
      int last = accountCount - 1;
      int outside = 0;
      for (int k = 0; k < size; k++) {
        int payer = payers[k];
        int payee = payees[k];
        outside |= payer | (last - payer) | payee | (last - payee);
      }
      if (outside < 0) {
        for (int k = 0; k < size; k++) {
          checkNumber(payers[k]);
          checkNumber(payees[k]);
        }
      }
      result.reset(size);
      Instant now = clock.instant();
      resolveDue(now);
      InMemoryJournal rows = memoryJournal;
      if (fastRules && rows != null && InMemoryJournal.fitsRow(now)) {
        transferRows(batch, result, now, rows);
      } else {
        for (int k = 0; k < size; k++) {
          transferOne(batch, k, result, now);
        }
      }
    } finally {
      if (memoryJournal != null) {
        memoryJournal.publish();
      }
      lock.unlock();
    }
  }

  /**
   * The loop of {@link #transferAll} when the rules can be decided on primitives and the journal stores rows: what
   * is the same for the whole batch (the instant, whether each category of the batch is allowed, its number in the
   * journal) is worked out once, and a transfer that {@link #isCleanMove} posts in place; any other goes through
   * {@link #transferLocked}, which decides it as {@link #transfer} would.
   */
  private void transferRows(TransferBatch batch, BatchResult result, Instant now, InMemoryJournal rows) {
    int size = batch.size();
    Category[] kinds = batch.kinds;
    int kindCount = batch.kindCount();
    if (journalKinds.length < kindCount) {
      journalKinds = new int[Math.max(kindCount, 2 * journalKinds.length)];
    }
    int[] rowKinds = journalKinds;
    for (int i = 0; i < kindCount; i++) {
      rowKinds[i] = allowedRules.length == 0 || allowedByAll(kinds[i]) ? rows.categoryNumber(kinds[i]) : -1;
    }
    long stamp = InMemoryJournal.stamp(now);
    long millis = now.toEpochMilli();
    boolean inPlace = floorGrowthPerHour == 0;
    int k = inPlace ? postInPlace(batch, 0, rowKinds, rows, stamp, millis, result.outcomes) : 0;
    while (k < size) {
      long id = batch.ids[k];
      int from = batch.froms[k];
      int to = batch.tos[k];
      long amount = batch.minutes[k];
      int kind = rowKinds[batch.categories[k]];
      if (kind >= 0 && index.get(id) == IdIndex.ABSENT && isCleanMove(from, to, amount)) {
        // A clean amount is at most Rules.LARGEST_AMOUNT, which a row holds.
        long sequence = rows.writeTransferRow(id, from, to, amount, kind, stamp);
        moveClean(from, to, amount, millis);
        index.put(id, entries.add(ExchangeStatus.POSTED, sequence));
        result.outcomes[k] = POSTED_CODE;
      } else {
        transferOne(batch, k, result, now);
      }
      k = inPlace ? postInPlace(batch, k + 1, rowKinds, rows, stamp, millis, result.outcomes) : k + 1;
    }
  }

  /**
   * The inner loop of {@link #transferRows}, without a dynamic floor: posts the transfers of the batch from
   * {@code k} on, as long as each one is clean ({@link #isCleanMove} with an allowed category), has a new id that a
   * page of the index's direct table covers, and fits in the journal's tail and the entries' chunk. The positions
   * of the journal and of the entries are kept in locals and stored once at the end; the accounts are checked by
   * {@link #isCleanMove} and moved by {@link #moveClean}, as one at a time. Returns the index of the first transfer it did not post, which the caller
   * decides on its own ({@link #transferLocked}, or a row written after making room).
   */
  private int postInPlace(TransferBatch batch, int k, int[] rowKinds, InMemoryJournal rows, long stamp,
      long millis, byte[] outcomes) {
    int size = batch.size();
    int @Nullable [] @Nullable [] direct = index.directPages();
    long[] entryChunk = entries.tailChunk();
    if (k >= size || direct == null || entryChunk == null) {
      return k;
    }
    long[] batchIds = batch.ids;
    int[] payers = batch.froms;
    int[] payees = batch.tos;
    long[] amounts = batch.minutes;
    int[] kindNumbers = batch.categories;
    long[] journalRows = rows.tailRows();
    int first = k;
    // The journal's position and the entry number move with k: one counted loop up to the first end reached.
    int toPosition = rows.written() - k;
    int toEntry = entries.count - k;
    int limit = Math.min(size, Math.min(rows.tailEnd() - toPosition, entries.chunkEnd() - toEntry));
    int @Nullable [] page = null;
    long pageStart = 0;
    for (; k < limit; k++) {
      long id = batchIds[k];
      int from = payers[k];
      int to = payees[k];
      long amount = amounts[k];
      int kind = rowKinds[kindNumbers[k]];
      if (kind < 0) {
        break;
      }
      long slot = id - pageStart;
      if (page == null || slot < 0 || slot >= page.length) {
        long pageNumber = id >>> IdIndex.PAGE_BITS;
        page = pageNumber < direct.length ? direct[(int) pageNumber] : null;
        if (page == null) {
          break;
        }
        pageStart = pageNumber << IdIndex.PAGE_BITS;
        slot = id - pageStart;
        if (slot >= page.length) {
          break;
        }
      }
      if (page[(int) slot] != 0) {
        break;
      }
      if (!isCleanMove(from, to, amount)) {
        break;
      }
      int position = k + toPosition;
      if (k == first) {
        rows.stampTail(position, stamp);
      }
      InMemoryJournal.putRow(journalRows, position, id, from, to, amount, kind);
      moveClean(from, to, amount, millis);
      int entry = k + toEntry;
      entryChunk[entry & Entries.MASK] = Entries.posted(position);
      page[(int) slot] = entry + 1;
      outcomes[k] = POSTED_CODE;
    }
    rows.wroteTo(k + toPosition);
    entries.count = k + toEntry;
    index.countDirect(k - first);
    return k;
  }

  /** Decides transfer {@code k} of the batch as {@link #transfer} would, under the lock, into the result. */
  private void transferOne(TransferBatch batch, int k, BatchResult result, Instant now) {
    scratch.clear();
    Outcome outcome = transferLocked(batch.ids[k], batch.froms[k], batch.tos[k], batch.minutes[k],
        batch.kinds[batch.categories[k]], now, scratch);
    result.set(k, outcome, scratch);
  }

  private static final byte POSTED_CODE = (byte) Outcome.POSTED.ordinal();

  private void checkNumber(int account) {
    if (account < 0 || account >= accountCount) {
      throw unknownNumber(account);
    }
  }

  private static EssNotFoundException unknownNumber(int account) {
    return new EssNotFoundException("account", "#" + account, "");
  }

  /** A transfer between open accounts, under the lock, after resolving what was due; the caller publishes. */
  private Outcome transferLocked(long id, int from, int to, long minutes, Category category, Instant now,
      List<Violation> violations) {
    int existing = index.get(id);
    if (existing != IdIndex.ABSENT) {
      return retriedTransfer(existing, id, from, to, minutes, category, violations);
    }
    if (fastRules && isClean(from, to, minutes, category)) {
      postClean(id, from, to, minutes, category, now);
      return Outcome.POSTED;
    }
    return transferByRules(id, from, to, minutes, category, now, violations);
  }

  /** A transfer under an id already recorded: a duplicate of the same transfer, else refused. */
  private Outcome retriedTransfer(int existing, long id, int from, int to, long minutes, Category category,
      List<Violation> violations) {
    if (isSameTransfer(existing, from, to, minutes, category)) {
      return Outcome.DUPLICATE;
    }
    violations.add(TimebankMessages.CATALOG.error("exchange.idReused", "id", "id", Long.toString(id)));
    return Outcome.REJECTED;
  }

  /** A new transfer that the rule objects decide and report on. */
  private Outcome transferByRules(long id, int from, int to, long minutes, Category category, Instant now,
      List<Violation> violations) {
    found.clear();
    context.loadTransfer(id, from, to, minutes, category, now);
    if (!runRules()) {
      addErrorsThenWarnings(violations);
      return Outcome.REJECTED;
    }
    if (!found.isEmpty()) {
      violations.addAll(found);
    }
    long sequence;
    if (memoryJournal != null) {
      sequence = memoryJournal.writeTransfer(now.getEpochSecond(), now.getNano(), id, from, to, minutes, category);
    } else {
      sequence = journal.size();
      journal.append(ExchangePosted.of(sequence, now, context.exchange()));
    }
    applyChanges(+1, 0);
    int entry = entries.add(ExchangeStatus.POSTED, sequence);
    if (memoryJournal == null) {
      entries.setExchange(entry, context.exchange());
    }
    index.put(id, entry);
    return Outcome.POSTED;
  }

  /**
   * Whether the rules would find nothing at all to say of this single-leg transfer (no error, no warning), decided
   * on primitives: a positive amount no larger than any maximum, two different accounts, an allowed category, and
   * both accounts inside their soft and hard limits with pending holds counted, by the very expressions of
   * {@link Rules#checkLimits}. Only if {@link #fastRules}. When it is false, the rule objects decide and report.
   */
  private boolean isClean(int from, int to, long minutes, Category category) {
    if (allowedRules.length > 0 && !allowedByAll(category)) {
      return false;
    }
    return isCleanMove(from, to, minutes);
  }

  /** {@link #isClean} but for the category: the amount, the two accounts and their limits with holds. */
  private boolean isCleanMove(int from, int to, long minutes) {
    if (minutes < 1 || minutes > largestClean || from == to) {
      return false;
    }
    int payerAt = STRIDE * from;
    long payer = state[payerAt + BALANCE] - state[payerAt + HELD_DEBITS] - minutes;
    if (floorGrowthPerHour == 0 || community[from]) {
      if (payer < state[payerAt + CLEAN_FLOOR]) {
        return false;
      }
    } else if (!aboveGrownFloor(from, payer)) {
      return false;
    }
    int payeeAt = STRIDE * to;
    long payee = state[payeeAt + BALANCE] + state[payeeAt + HELD_CREDITS] + minutes;
    return payee <= state[payeeAt + CLEAN_CEILING];
  }

  /** Whether what a payer would reach stays at or above its dynamic floor and its soft floor. */
  private boolean aboveGrownFloor(int from, long payer) {
    Limits payerLimits = limits[from];
    long floor = LimitArithmetic.effectiveFloor(payerLimits.floor(), state[STRIDE * from + GIVEN], floorGrowthPerHour,
        lowestFloor);
    return payer >= floor && payer >= payerLimits.softFloor();
  }

  private boolean allowedByAll(Category category) {
    for (int i = 0; i < allowedSeenCount; i++) {
      if (allowedSeen[i] == category) {
        return true;
      }
    }
    for (Rules.AllowedCategories rule : allowedRules) {
      if (!rule.allows(category)) {
        return false;
      }
    }
    if (allowedSeenCount < allowedSeen.length) {
      allowedSeen[allowedSeenCount++] = category;
    }
    return true;
  }

  /** Posts a transfer {@link #isClean} accepted: journal first, then balances, then the id. */
  private void postClean(long id, int from, int to, long minutes, Category category, Instant now) {
    InMemoryJournal rows = memoryJournal;
    if (rows == null) {
      postCleanEvent(id, from, to, minutes, category, now);
      return;
    }
    long sequence = rows.writeTransfer(now.getEpochSecond(), now.getNano(), id, from, to, minutes, category);
    moveClean(from, to, minutes, now.toEpochMilli());
    index.put(id, entries.add(ExchangeStatus.POSTED, sequence));
  }

  /** {@link #postClean} to a journal of events. */
  private void postCleanEvent(long id, int from, int to, long minutes, Category category, Instant now) {
    Exchange exchange = transferExchange(id, ids[from], ids[to], minutes, category, now);
    long sequence = journal.size();
    journal.append(ExchangePosted.of(sequence, now, exchange));
    moveClean(from, to, minutes, now.toEpochMilli());
    int entry = entries.add(ExchangeStatus.POSTED, sequence);
    entries.setExchange(entry, exchange);
    index.put(id, entry);
  }

  /** What {@link #applyChanges}{@code (+1, 0)} does for a single leg that is not a reversal. */
  private void moveClean(int from, int to, long minutes, long millis) {
    int payerAt = STRIDE * from;
    int payeeAt = STRIDE * to;
    state[payerAt + BALANCE] -= minutes;
    state[payerAt + LAST_MOVED] = millis;
    state[payeeAt + BALANCE] += minutes;
    state[payeeAt + GIVEN] += minutes;
    state[payeeAt + LAST_MOVED] = millis;
  }

  private boolean isSameTransfer(int entry, int from, int to, long minutes, Category category) {
    Exchange exchange = exchangeOf(entry);
    if (exchange.legs().size() != 1 || !exchange.category().equals(category) || exchange.reverses().isPresent()
        || exchange.answers().isPresent() || !exchange.description().isEmpty()) {
      return false;
    }
    Leg leg = exchange.legs().get(0);
    return leg.from().equals(accounts[from].id()) && leg.to().equals(accounts[to].id()) && leg.minutes() == minutes;
  }

  /** The exchange a {@link #transfer} stands for. */
  static Exchange transferExchange(long id, AccountId from, AccountId to, long minutes, Category category,
      Instant at) {
    return Exchange.of(ExchangeId.of(Long.toString(id)), from, to, minutes, category, at);
  }

  /**
   * Proposes an exchange on behalf of one side: checks every rule and, if none refuses it, holds its amount against
   * the limits of every account it touches until the other side confirms, either side declines, or the deadline
   * passes.
   *
   * @param exchange the exchange, not null
   * @param proposedBy the party proposing it, holder of one of its accounts, not null
   * @return {@link Outcome#PENDING} (possibly with warnings), {@link Outcome#DUPLICATE}, or
   *     {@link Outcome#REJECTED} with every violation (including {@code exchange.notParty}); not null
   */
  public PostResult propose(Exchange exchange, PartyId proposedBy) {
    Objects.requireNonNull(exchange, "exchange");
    Objects.requireNonNull(proposedBy, "proposedBy");
    lock.lock();
    try {
      Instant now = clock.instant();
      resolveDue(now);
      int existing = index.get(exchange.id());
      if (existing != IdIndex.ABSENT) {
        return duplicateOrReused(existing, exchange);
      }
      boolean valid = validate(exchange, now);
      if (exchange.reverses().isPresent()) {
        found.add(TimebankMessages.CATALOG.error("reversal.notProposable", "reverses", "id", exchange.id()));
        valid = false;
      }
      if (context.side(proposedBy) == 0) {
        found.add(TimebankMessages.CATALOG.error("exchange.notParty", "proposedBy",
            "party", proposedBy.value(), "id", exchange.id()));
        valid = false;
      }
      if (!valid) {
        return rejected(exchange.id());
      }
      List<Violation> warnings = found.isEmpty() ? List.of() : List.copyOf(found);
      Optional<Instant> deadline = Optional.empty();
      ExchangeStatus atDeadline = ExchangeStatus.EXPIRED;
      if (autoConfirmAfter != null) {
        deadline = Optional.of(now.plus(autoConfirmAfter));
        atDeadline = ExchangeStatus.POSTED;
      }
      if (expireAfter != null && (deadline.isEmpty() || now.plus(expireAfter).isBefore(deadline.get()))) {
        deadline = Optional.of(now.plus(expireAfter));
        atDeadline = ExchangeStatus.EXPIRED;
      }
      ExchangeProposed event =
          ExchangeProposed.of(journal.size(), now, exchange, proposedBy, deadline, atDeadline);
      journal.append(event);
      holdProposal(event);
      return PostResult.of(exchange.id(), Outcome.PENDING, warnings);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Confirms a pending exchange on behalf of the other side, and posts it. Its amount was held, so the limits still
   * hold.
   *
   * @param id the pending exchange, not null
   * @param confirmedBy a holder of an account on the side that did not propose, not null
   * @return {@link Outcome#POSTED}, {@link Outcome#DUPLICATE} if it is already posted, or {@link Outcome#REJECTED}
   *     ({@code exchange.notPending}, {@code exchange.notParty}, {@code exchange.sameSide}); not null
   * @throws EssNotFoundException if no exchange has this id
   */
  public PostResult confirm(ExchangeId id, PartyId confirmedBy) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(confirmedBy, "confirmedBy");
    lock.lock();
    try {
      Instant now = clock.instant();
      resolveDue(now);
      int entry = entryNumber(id);
      ExchangeStatus status = entries.status(entry);
      if (status == ExchangeStatus.POSTED) {
        return PostResult.of(id, Outcome.DUPLICATE, List.of());
      }
      Pending pending = entries.pending.get(entry);
      if (status != ExchangeStatus.PENDING || pending == null) {
        return refuse(id, "exchange.notPending", "id", "id", id, "status", status.name().toLowerCase());
      }
      context.load(pending.exchange, now);
      int side = context.side(confirmedBy);
      if (side == 0) {
        return refuse(id, "exchange.notParty", "confirmedBy", "party", confirmedBy.value(), "id", id);
      }
      if (side == pending.proposerSide) {
        return refuse(id, "exchange.sameSide", "confirmedBy", "party", confirmedBy.value(),
            "proposer", String.valueOf(pending.proposedBy), "id", id);
      }
      resolve(pending, ExchangeStatus.POSTED, Optional.of(confirmedBy), now);
      return PostResult.of(id, Outcome.POSTED, List.of());
    } finally {
      lock.unlock();
    }
  }

  /**
   * Declines a pending exchange on behalf of either side (the proposer withdraws it, or the other side refuses it),
   * releasing its hold.
   *
   * @param id the pending exchange, not null
   * @param declinedBy a holder of one of its accounts, not null
   * @return {@link Outcome#DECLINED}, {@link Outcome#DUPLICATE} if it is already declined, or
   *     {@link Outcome#REJECTED} ({@code exchange.notPending}, {@code exchange.notParty}); not null
   * @throws EssNotFoundException if no exchange has this id
   */
  public PostResult decline(ExchangeId id, PartyId declinedBy) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(declinedBy, "declinedBy");
    lock.lock();
    try {
      Instant now = clock.instant();
      resolveDue(now);
      int entry = entryNumber(id);
      ExchangeStatus status = entries.status(entry);
      if (status == ExchangeStatus.DECLINED) {
        return PostResult.of(id, Outcome.DUPLICATE, List.of());
      }
      Pending pending = entries.pending.get(entry);
      if (status != ExchangeStatus.PENDING || pending == null) {
        return refuse(id, "exchange.notPending", "id", "id", id, "status", status.name().toLowerCase());
      }
      context.load(pending.exchange, now);
      if (context.side(declinedBy) == 0) {
        return refuse(id, "exchange.notParty", "declinedBy", "party", declinedBy.value(), "id", id);
      }
      resolve(pending, ExchangeStatus.DECLINED, Optional.of(declinedBy), now);
      return PostResult.of(id, Outcome.DECLINED, List.of());
    } finally {
      lock.unlock();
    }
  }

  /**
   * Reverses a posted exchange: posts a new exchange {@code reversalId} with the same legs the other way round, the
   * same category, {@code reason} as description, and {@link Exchange#reverses()} pointing at the original. The
   * reversal goes through the positive-amount and limit rules (a correction cannot break a floor either) but not
   * through rules about the service itself. Retrying the same reversal id for the same original is a
   * {@link Outcome#DUPLICATE}.
   *
   * @param original the posted exchange to compensate, not null
   * @param reversalId the id of the compensating exchange, not null
   * @param reason why, for the statements, not null
   * @return {@link Outcome#POSTED}, {@link Outcome#DUPLICATE} or {@link Outcome#REJECTED}
   *     ({@code reversal.unknownOriginal}, {@code reversal.alreadyReversed}, {@code reversal.ofReversal}, limits);
   *     not null
   */
  public PostResult reverse(ExchangeId original, ExchangeId reversalId, String reason) {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(reversalId, "reversalId");
    Objects.requireNonNull(reason, "reason");
    lock.lock();
    try {
      Instant now = clock.instant();
      resolveDue(now);
      int existing = index.get(reversalId);
      if (existing != IdIndex.ABSENT && exchangeOf(existing).reverses().equals(Optional.of(original))) {
        return PostResult.of(reversalId, Outcome.DUPLICATE, List.of());
      }
      int target = index.get(original);
      if (target == IdIndex.ABSENT || entries.status(target) != ExchangeStatus.POSTED) {
        return refuse(reversalId, "reversal.unknownOriginal", "reverses", "original", original);
      }
      Exchange targetExchange = exchangeOf(target);
      Exchange.Builder reversal = Exchange.builder()
          .id(reversalId)
          .category(targetExchange.category())
          .description(reason)
          .occurredAt(now)
          .reverses(original);
      for (Leg leg : targetExchange.legs()) {
        reversal.addLegs(leg.reversed());
      }
      return postChecked(reversal.build(), now);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Expires idle credit to a community account (demurrage): every member or organisation account whose balance is
   * positive and has not moved for {@code idleFor} gives {@code percent} % of it (rounded down) to
   * {@code community}, in one multi-leg exchange of category {@link #DEMURRAGE} posted all or none. Like a reversal,
   * it goes through the amount and limit rules only (the community account's ceiling may refuse it). Calling again
   * with the same id is a {@link Outcome#DUPLICATE}.
   *
   * @param id the id of the exchange, not null
   * @param community a community account, not null
   * @param idleFor how long a balance must have stayed unmoved, positive, not null
   * @param percent the share of the credit that expires, 1 to 100
   * @return the result, or empty if no account had idle credit
   * @throws EssNotFoundException if the community account is not open
   * @throws EssStateException if {@code community} is not a community account
   * @throws IllegalArgumentException if {@code percent} or {@code idleFor} is out of range
   */
  public Optional<PostResult> expireIdleCredit(ExchangeId id, AccountId community, Duration idleFor, int percent) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(idleFor, "idleFor");
    if (percent < 1 || percent > 100 || idleFor.isNegative() || idleFor.isZero()) {
      throw new IllegalArgumentException("Demurrage needs 1 to 100 % and a positive idle time, got " + percent
          + " % and " + idleFor);
    }
    lock.lock();
    try {
      int pot = number(community);
      if (!accounts[pot].isCommunity()) {
        throw new EssStateException("Account '" + community + "' is not a community account");
      }
      Instant now = clock.instant();
      resolveDue(now);
      int existing = index.get(id);
      if (existing != IdIndex.ABSENT && isDemurrage(exchangeOf(existing))) {
        return Optional.of(PostResult.of(id, Outcome.DUPLICATE, List.of()));
      }
      long idleSince = now.minus(idleFor).toEpochMilli();
      Exchange.Builder exchange = Exchange.builder().id(id).category(DEMURRAGE).occurredAt(now)
          .description("Idle credit expired (" + percent + " %)");
      boolean any = false;
      for (int account = 0; account < accountCount; account++) {
        long balance = state[STRIDE * account + BALANCE];
        long amount = balance > 0 ? balance * percent / 100 : 0;
        if (amount >= 1 && !accounts[account].isCommunity() && state[STRIDE * account + LAST_MOVED] <= idleSince) {
          exchange.addLegs(Leg.of(accounts[account].id(), community, amount));
          any = true;
        }
      }
      if (!any) {
        return Optional.empty();
      }
      postingDemurrage = true;
      try {
        return Optional.of(postChecked(exchange.build(), now));
      } finally {
        postingDemurrage = false;
      }
    } finally {
      lock.unlock();
    }
  }

  private static boolean isDemurrage(Exchange exchange) {
    return exchange.category().equals(DEMURRAGE) && exchange.reverses().isEmpty();
  }

  /**
   * Resolves every pending exchange whose deadline has passed by the clock: auto-confirms or expires it. Every
   * other call of the ledger does this first, so calling it is needed only to resolve without acting.
   *
   * @return how many exchanges were resolved
   */
  public int resolveDue() {
    lock.lock();
    try {
      return resolveDue(clock.instant());
    } finally {
      lock.unlock();
    }
  }

  private int resolveDue(Instant now) {
    return deadlines.isEmpty() ? 0 : resolveDeadlines(now);
  }

  private int resolveDeadlines(Instant now) {
    int resolved = 0;
    while (!deadlines.isEmpty()) {
      Pending next = deadlines.peek();
      if (next.deadline.isAfter(now)) {
        break;
      }
      deadlines.poll();
      if (entries.status(next.entry) == ExchangeStatus.PENDING) {
        context.load(next.exchange, now);
        resolve(next, next.atDeadline, Optional.empty(), now);
        resolved++;
      }
    }
    return resolved;
  }

  // ---------------------------------------------------------------------------------------------- reading

  /**
   * The posted balance of an account.
   *
   * @param account the account, not null
   * @return the balance in minutes
   * @throws EssNotFoundException if the account is not open
   */
  public long balance(AccountId account) {
    lock.lock();
    try {
      return state[STRIDE * number(account) + BALANCE];
    } finally {
      lock.unlock();
    }
  }

  /**
   * What pending exchanges would take from an account if they all posted.
   *
   * @param account the account, not null
   * @return minutes, not negative
   * @throws EssNotFoundException if the account is not open
   */
  public long heldDebits(AccountId account) {
    lock.lock();
    try {
      return state[STRIDE * number(account) + HELD_DEBITS];
    } finally {
      lock.unlock();
    }
  }

  /**
   * What pending exchanges would bring to an account if they all posted.
   *
   * @param account the account, not null
   * @return minutes, not negative
   * @throws EssNotFoundException if the account is not open
   */
  public long heldCredits(AccountId account) {
    lock.lock();
    try {
      return state[STRIDE * number(account) + HELD_CREDITS];
    } finally {
      lock.unlock();
    }
  }

  /**
   * The limits of an account.
   *
   * @param account the account, not null
   * @return the limits resolved when it opened, not null
   * @throws EssNotFoundException if the account is not open
   */
  public Limits limits(AccountId account) {
    lock.lock();
    try {
      return limits[number(account)];
    } finally {
      lock.unlock();
    }
  }

  /**
   * The minutes an account has earned by giving services, reversals deducted: what the dynamic floor grows with.
   *
   * @param account the account, not null
   * @return minutes, not negative
   * @throws EssNotFoundException if the account is not open
   */
  public long minutesGiven(AccountId account) {
    lock.lock();
    try {
      return state[STRIDE * number(account) + GIVEN];
    } finally {
      lock.unlock();
    }
  }

  /**
   * The hard floor in force for an account now: its limits' floor, lowered by the dynamic floor (see
   * {@link Builder#floorGrowth}) as its holder gives services.
   *
   * @param account the account, not null
   * @return the floor in minutes
   * @throws EssNotFoundException if the account is not open
   */
  public long floor(AccountId account) {
    lock.lock();
    try {
      return effectiveFloor(number(account));
    } finally {
      lock.unlock();
    }
  }

  private long effectiveFloor(int account) {
    return effectiveFloor(account, state[STRIDE * account + GIVEN]);
  }

  private long effectiveFloor(int account, long minutesGiven) {
    long floor = limits[account].floor();
    if (accounts[account].isCommunity()) {
      return floor;
    }
    return LimitArithmetic.effectiveFloor(floor, minutesGiven, floorGrowthPerHour, lowestFloor);
  }

  /**
   * Every account, in the order they opened.
   *
   * @return the accounts, not null
   */
  public List<Account> accounts() {
    lock.lock();
    try {
      return List.of(Arrays.copyOf(accounts, accountCount));
    } finally {
      lock.unlock();
    }
  }

  /**
   * Every posted balance, in the order the accounts opened, as one consistent snapshot.
   *
   * @return minutes by account, unmodifiable, not null
   */
  public Map<AccountId, Long> balances() {
    lock.lock();
    try {
      Map<AccountId, Long> snapshot = new LinkedHashMap<>();
      for (int i = 0; i < accountCount; i++) {
        snapshot.put(accounts[i].id(), state[STRIDE * i + BALANCE]);
      }
      return Collections.unmodifiableMap(snapshot);
    } finally {
      lock.unlock();
    }
  }

  /**
   * The sum of all posted balances: always 0, a check for tests and audits.
   *
   * @return the sum in minutes
   */
  public long sumOfBalances() {
    lock.lock();
    try {
      long sum = 0;
      for (int i = 0; i < accountCount; i++) {
        sum += state[STRIDE * i + BALANCE];
      }
      return sum;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Where an exchange stands.
   *
   * @param id the exchange, not null
   * @return its status, or empty if no exchange has this id (a refused exchange has none)
   */
  public Optional<ExchangeStatus> status(ExchangeId id) {
    lock.lock();
    try {
      int entry = index.get(Objects.requireNonNull(id, "id"));
      return entry == IdIndex.ABSENT ? Optional.empty() : Optional.of(entries.status(entry));
    } finally {
      lock.unlock();
    }
  }

  /**
   * The exchange recorded under an id.
   *
   * @param id the exchange, not null
   * @return the exchange, or empty if none
   */
  public Optional<Exchange> exchange(ExchangeId id) {
    lock.lock();
    try {
      int entry = index.get(Objects.requireNonNull(id, "id"));
      return entry == IdIndex.ABSENT ? Optional.empty() : Optional.of(exchangeOf(entry));
    } finally {
      lock.unlock();
    }
  }

  /**
   * The reversal that compensated an exchange.
   *
   * @param id the exchange, not null
   * @return the id of its reversal, or empty if it was not reversed
   */
  public Optional<ExchangeId> reversedBy(ExchangeId id) {
    lock.lock();
    try {
      int entry = index.get(Objects.requireNonNull(id, "id"));
      return entry == IdIndex.ABSENT ? Optional.empty() : Optional.ofNullable(entries.reversedBy.get(entry));
    } finally {
      lock.unlock();
    }
  }

  /**
   * The pending exchanges, in the order they were proposed. Read from the ledger's index of pending proposals, so
   * it costs what is pending, not a pass over the journal.
   *
   * @return the exchanges, unmodifiable, not null, possibly empty
   */
  public List<Exchange> pending() {
    lock.lock();
    try {
      Integer[] proposed = entries.pending.keySet().toArray(new Integer[0]);
      Arrays.sort(proposed);
      List<Exchange> pending = new ArrayList<>(proposed.length);
      for (Integer entry : proposed) {
        pending.add(Objects.requireNonNull(entries.pending.get(entry)).exchange);
      }
      return List.copyOf(pending);
    } finally {
      lock.unlock();
    }
  }

  /**
   * The journal this ledger writes.
   *
   * @return the journal, not null
   */
  public Journal journal() {
    return journal;
  }

  /**
   * The balance an account had at a past instant: the sum of what the exchanges posted up to and including that
   * instant moved for it. Reads the journal, so it costs one pass over it. If the journal no longer holds the events
   * before its {@link Journal#snapshot() snapshot}, the balance starts from the snapshot's: an instant from the
   * snapshot's {@link LedgerSnapshot#recordedAt()} on is answered, an earlier one is refused.
   *
   * @param account the account, not null
   * @param instant the instant, not null
   * @return the balance in minutes (0 before the account opened)
   * @throws EssNotFoundException if the account is not open
   * @throws EssStateException if the instant is before the snapshot of a journal that no longer holds the events
   *     before it
   */
  public long balanceAt(AccountId account, Instant instant) {
    Objects.requireNonNull(instant, "instant");
    number(account);
    LedgerSnapshot base = snapshotBefore(instant);
    long balance = base == null ? 0 : balanceIn(base, account);
    long size = journal.size();
    for (long sequence = base == null ? 0 : base.sequence() + 1; sequence < size; sequence++) {
      LedgerEvent event = journal.get(sequence);
      if (event.recordedAt().isAfter(instant)) {
        continue;
      }
      Optional<Exchange> posted = event.posted();
      if (posted.isPresent()) {
        balance += changeFor(posted.get(), account);
      }
    }
    return balance;
  }

  /**
   * The statement of an account: every posted exchange that moved it, oldest first, with the balance after each.
   * Reads the journal, so it costs one pass over it.
   *
   * @param account the account, not null
   * @return the lines, not null, possibly empty
   * @throws EssNotFoundException if the account is not open
   * @throws EssStateException if the journal no longer holds the events before its snapshot
   */
  public List<StatementLine> statement(AccountId account) {
    number(account);
    requireHistory("The statement of account '" + account + "'");
    List<StatementLine> lines = new ArrayList<>();
    long balance = 0;
    long size = journal.size();
    for (long sequence = 0; sequence < size; sequence++) {
      LedgerEvent event = journal.get(sequence);
      Optional<Exchange> posted = event.posted();
      if (posted.isPresent()) {
        long change = changeFor(posted.get(), account);
        boolean touches = false;
        for (Leg leg : posted.get().legs()) {
          touches |= leg.from().equals(account) || leg.to().equals(account);
        }
        if (touches) {
          balance += change;
          lines.add(StatementLine.of(sequence, event.recordedAt(), posted.get(), change, balance));
        }
      }
    }
    return List.copyOf(lines);
  }

  private static long changeFor(Exchange exchange, AccountId account) {
    long change = 0;
    for (Leg leg : exchange.legs()) {
      if (leg.from().equals(account)) {
        change -= leg.minutes();
      }
      if (leg.to().equals(account)) {
        change += leg.minutes();
      }
    }
    return change;
  }

  // ------------------------------------------------------------------------------------ snapshots (snap-ledger)

  /** The latest snapshot this ledger took or started from: what {@link #latestRecordedAt} reads from. */
  private @Nullable LedgerSnapshot lastSnapshot;

  /**
   * The ledger's whole state now, after the journal's last event, taken under the ledger's lock: a ledger restored
   * from it (by a journal whose {@link Journal#snapshot()} it is) and fed the later events is indistinguishable from
   * this one for every question about the present and every further decision. Costs one pass over the accounts and
   * the exchanges, and over the events since the last snapshot.
   *
   * @return the snapshot, not null
   * @throws EssStateException if the journal has no event yet
   */
  public LedgerSnapshot snapshot() {
    lock.lock();
    try {
      return takeSnapshot();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Takes a {@link #snapshot()} and hands it to the journal ({@link Journal#saveSnapshot}), both under the ledger's
   * lock, so that no event is appended in between: the snapshot includes exactly the events before the next one.
   * The next ledger built on the journal starts from it.
   *
   * @return the snapshot saved, not null
   * @throws EssStateException if the journal has no event yet, or keeps no snapshots
   */
  public LedgerSnapshot saveSnapshot() {
    lock.lock();
    try {
      LedgerSnapshot snapshot = takeSnapshot();
      journal.saveSnapshot(snapshot);
      return snapshot;
    } finally {
      lock.unlock();
    }
  }

  private LedgerSnapshot takeSnapshot() {
    long size = journal.size();
    if (size == 0) {
      throw new EssStateException("A ledger whose journal has no event has no snapshot: open an account first");
    }
    LedgerSnapshot.Builder snapshot = LedgerSnapshot.builder().sequence(size - 1)
        .recordedAt(latestRecordedAt(size - 1));
    for (int account = 0; account < accountCount; account++) {
      int base = STRIDE * account;
      snapshot.addAccounts(LedgerSnapshot.AccountState.builder().account(accounts[account]).limits(limits[account])
          .balance(state[base + BALANCE]).heldDebits(state[base + HELD_DEBITS])
          .heldCredits(state[base + HELD_CREDITS]).minutesGiven(state[base + GIVEN])
          .lastMoved(Instant.ofEpochMilli(state[base + LAST_MOVED])).build());
    }
    for (int entry = 0; entry < entries.count; entry++) {
      Exchange exchange = exchangeOf(entry);
      Pending pending = entries.pending.get(entry);
      if (pending != null) {
        snapshot.addExchanges(LedgerSnapshot.RecordedExchange.pending(exchange, pending.proposedBy,
            pending.deadline.equals(Instant.MAX) ? Optional.empty() : Optional.of(pending.deadline),
            pending.atDeadline));
      } else {
        snapshot.addExchanges(LedgerSnapshot.RecordedExchange.of(exchange, entries.status(entry)));
      }
    }
    LedgerSnapshot taken = snapshot.build();
    lastSnapshot = taken;
    return taken;
  }

  /** The latest instant recorded by the events up to {@code last}, read from the last snapshot and the events after. */
  private Instant latestRecordedAt(long last) {
    LedgerSnapshot base = lastSnapshot;
    Optional<LedgerSnapshot> saved = journal.snapshot();
    if (saved.isPresent() && saved.get().sequence() <= last
        && (base == null || saved.get().sequence() > base.sequence())) {
      base = saved.get();
    }
    Instant latest = base == null ? Instant.MIN : base.recordedAt();
    for (long sequence = base == null ? 0 : base.sequence() + 1; sequence <= last; sequence++) {
      Instant at = journal.get(sequence).recordedAt();
      if (at.isAfter(latest)) {
        latest = at;
      }
    }
    return latest;
  }

  /** Builds the state from the journal: from its snapshot if it has one, then the events after it. */
  private void restoreThenReplay() {
    long size = journal.size();
    long start = journal.start();
    long from = 0;
    Optional<LedgerSnapshot> saved = journal.snapshot();
    if (saved.isPresent()) {
      LedgerSnapshot snapshot = saved.get();
      if (snapshot.sequence() >= size || start > snapshot.sequence() + 1) {
        throw new EssStateException("The journal's snapshot after event " + snapshot.sequence()
            + " does not fit its events: it holds events " + start + " to " + (size - 1));
      }
      restore(snapshot);
      from = snapshot.sequence() + 1;
    } else if (start > 0) {
      throw new EssStateException("The journal holds events from " + start + " on and no snapshot to start from");
    }
    for (long sequence = from; sequence < size; sequence++) {
      replay(journal.get(sequence));
    }
  }

  /** Sets the state of a new ledger to a snapshot's: accounts and their numbers, then exchanges in their order. */
  private void restore(LedgerSnapshot snapshot) {
    for (LedgerSnapshot.AccountState account : snapshot.accounts()) {
      open(account.account(), account.limits(), account.lastMoved());
      int base = STRIDE * (accountCount - 1);
      state[base + BALANCE] = account.balance();
      state[base + HELD_DEBITS] = account.heldDebits();
      state[base + HELD_CREDITS] = account.heldCredits();
      state[base + GIVEN] = account.minutesGiven();
    }
    for (LedgerSnapshot.RecordedExchange recorded : snapshot.exchanges()) {
      Exchange exchange = recorded.exchange();
      if (recorded.status() != ExchangeStatus.PENDING) {
        // The entry's journal position is not kept: the exchange is set, so it is never read from the journal.
        register(exchange, recorded.status(), snapshot.sequence());
        continue;
      }
      PartyId proposedBy = recorded.proposedBy().orElseThrow();
      context.load(exchange, snapshot.recordedAt());
      int entry = entries.add(ExchangeStatus.PENDING, snapshot.sequence());
      entries.setExchange(entry, exchange);
      Pending pending = new Pending(entry, exchange, proposedBy, context.side(proposedBy),
          recorded.deadline().orElse(Instant.MAX), recorded.atDeadline().orElseThrow());
      entries.pending.put(entry, pending);
      index.put(exchange.id(), entry);
      if (recorded.deadline().isPresent()) {
        deadlines.add(pending);
      }
    }
    lastSnapshot = snapshot;
  }

  /**
   * The journal's snapshot if the journal no longer holds the events before it, checking that {@code instant} is not
   * before it; null if the journal holds every event.
   */
  private @Nullable LedgerSnapshot snapshotBefore(Instant instant) {
    if (journal.start() == 0) {
      return null;
    }
    LedgerSnapshot snapshot = journal.snapshot().orElseThrow(() -> new EssStateException(
        "The journal holds events from " + journal.start() + " on and no snapshot"));
    if (instant.isBefore(snapshot.recordedAt())) {
      throw new EssStateException("The balance at " + instant + " is before the journal's snapshot (after event "
          + snapshot.sequence() + ", recorded up to " + snapshot.recordedAt() + "), and the journal holds only the "
          + "events from " + journal.start() + " on");
    }
    return snapshot;
  }

  private static long balanceIn(LedgerSnapshot snapshot, AccountId account) {
    for (LedgerSnapshot.AccountState state : snapshot.accounts()) {
      if (state.account().id().equals(account)) {
        return state.balance();
      }
    }
    return 0;
  }

  /**
   * Refuses a question about the past when the journal no longer holds the events before its snapshot.
   *
   * @param question what was asked, for the message
   * @throws EssStateException if the journal starts after its first event
   */
  void requireHistory(String question) {
    long start = journal.start();
    if (start > 0) {
      String snapshot = journal.snapshot().map(s -> " (its snapshot: after event " + s.sequence() + ", recorded up to "
          + s.recordedAt() + ")").orElse("");
      throw new EssStateException(question + " needs every event since the first, but the journal holds only the "
          + "events from " + start + " on" + snapshot + ": the history before is in no journal");
    }
  }

  // ------------------------------------------------------------------------------------ end of snapshots

  @Override
  public String toString() {
    lock.lock();
    try {
      return "Ledger[" + accountCount + " accounts, " + entries.count + " exchanges, journal " + journal.size()
          + "]";
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------------------------------------- internals

  private int number(AccountId account) {
    Objects.requireNonNull(account, "account");
    lock.lock();
    try {
      Integer number = numbers.get(account);
      if (number == null) {
        throw new EssNotFoundException("account", account.value(), "");
      }
      return number;
    } finally {
      lock.unlock();
    }
  }

  private int entryNumber(ExchangeId id) {
    int entry = index.get(id);
    if (entry == IdIndex.ABSENT) {
      throw new EssNotFoundException("exchange", id.value(), "");
    }
    return entry;
  }

  /** The exchange of an entry, built from its columns if it was posted by {@link #transfer}. */
  private Exchange exchangeOf(int entry) {
    @Nullable Exchange exchange = entries.exchange(entry);
    if (exchange != null) {
      return exchange;
    }
    // Only the in-memory journal keeps transfers as columns; this posting may be written but not yet published.
    return Objects.requireNonNull(memoryJournal, "journal").written(entries.sequence(entry));
  }

  private PostResult duplicateOrReused(int existing, Exchange exchange) {
    if (exchangeOf(existing).equals(exchange)) {
      return PostResult.of(exchange.id(), Outcome.DUPLICATE, List.of());
    }
    return refuse(exchange.id(), "exchange.idReused", "id", "id", exchange.id());
  }

  private PostResult refuse(ExchangeId id, String code, String field, Object... parameters) {
    return PostResult.of(id, Outcome.REJECTED, List.of(TimebankMessages.CATALOG.error(code, field, parameters)));
  }

  private PostResult rejected(ExchangeId id) {
    List<Violation> violations = new ArrayList<>(found.size());
    addErrorsThenWarnings(violations);
    return PostResult.of(id, Outcome.REJECTED, violations);
  }

  private void addErrorsThenWarnings(List<Violation> violations) {
    for (Violation violation : found) {
      if (violation.isError()) {
        violations.add(violation);
      }
    }
    for (Violation violation : found) {
      if (!violation.isError()) {
        violations.add(violation);
      }
    }
  }

  /** Loads the exchange into the context and runs every rule; {@link #found} holds the violations after. */
  private boolean validate(Exchange exchange, Instant now) {
    context.load(exchange, now);
    List<Leg> legs = exchange.legs();
    found.clear();
    if (legs.isEmpty()) {
      found.add(TimebankMessages.CATALOG.error("exchange.noLegs", "legs"));
    }
    for (int leg = 0; leg < legs.size(); leg++) {
      if (context.from[leg] < 0) {
        String field = "legs[" + leg + "].from";
        found.add(TimebankMessages.CATALOG.error("account.unknown", field, "field", field,
            "account", legs.get(leg).from()));
      }
      if (context.to[leg] < 0) {
        String field = "legs[" + leg + "].to";
        found.add(TimebankMessages.CATALOG.error("account.unknown", field, "field", field,
            "account", legs.get(leg).to()));
      }
    }
    if (context.reversal) {
      checkReversal(exchange);
    }
    return runRules();
  }

  /** Runs every rule on the loaded context; {@link #found} holds the violations after. */
  private boolean runRules() {
    int beforeRules = found.size();
    boolean serviceRules = !(context.reversal || postingDemurrage);
    for (ExchangeRule rule : rules) {
      if (serviceRules || rule.appliesToReversals()) {
        rule.check(context, found);
      }
    }
    if (found.isEmpty()) {
      Rules.checkLimits(context, found, found);
      return found.isEmpty() || !hasError();
    }
    boolean amountsValid = true;
    for (int i = beforeRules; i < found.size(); i++) {
      String code = found.get(i).code();
      amountsValid &= !code.equals("exchange.amountNotPositive") && !code.equals("exchange.amountTooLarge");
    }
    if (amountsValid) {
      Rules.checkLimits(context, found, found);
    }
    return !hasError();
  }

  private boolean hasError() {
    for (int i = 0; i < found.size(); i++) {
      if (found.get(i).isError()) {
        return true;
      }
    }
    return false;
  }

  private void checkReversal(Exchange exchange) {
    ExchangeId original = exchange.reverses().orElseThrow();
    int target = index.get(original);
    if (target == IdIndex.ABSENT || entries.status(target) != ExchangeStatus.POSTED) {
      found.add(TimebankMessages.CATALOG.error("reversal.unknownOriginal", "reverses", "original", original));
      return;
    }
    Exchange targetExchange = exchangeOf(target);
    if (targetExchange.reverses().isPresent()) {
      found.add(TimebankMessages.CATALOG.error("reversal.ofReversal", "reverses", "original", original));
    }
    ExchangeId reversedBy = entries.reversedBy.get(target);
    if (reversedBy != null) {
      found.add(TimebankMessages.CATALOG.error("reversal.alreadyReversed", "reverses",
          "original", original, "reversal", reversedBy));
    }
    List<Leg> expected = targetExchange.legs().stream().map(Leg::reversed).toList();
    if (!expected.equals(exchange.legs())) {
      found.add(TimebankMessages.CATALOG.error("reversal.legsMismatch", "legs",
          "id", exchange.id(), "original", original));
    }
  }

  /** Moves the context's net changes into balances ({@code sign} +1) and releases holds if {@code release}. */
  private void applyChanges(int balanceSign, int holdSign) {
    for (int i = 0; i < context.touchedCount; i++) {
      int account = context.touched[i];
      long change = context.net[i];
      state[STRIDE * account + BALANCE] += balanceSign * change;
      if (balanceSign != 0 && (context.reversal ? change < 0 : change > 0)) {
        state[STRIDE * account + GIVEN] += change;
      }
      if (balanceSign != 0) {
        state[STRIDE * account + LAST_MOVED] = context.now.toEpochMilli();
      }
      if (change < 0) {
        state[STRIDE * account + HELD_DEBITS] += holdSign * -change;
      } else {
        state[STRIDE * account + HELD_CREDITS] += holdSign * change;
      }
    }
  }

  private void register(Exchange exchange, ExchangeStatus status, long sequence) {
    int entry = entries.add(status, sequence);
    entries.setExchange(entry, exchange);
    index.put(exchange.id(), entry);
    Optional<ExchangeId> reverses = exchange.reverses();
    if (reverses.isPresent()) {
      entries.reversedBy.put(index.get(reverses.get()), exchange.id());
    }
  }

  private void holdProposal(ExchangeProposed event) {
    applyChanges(0, +1);
    int entry = entries.add(ExchangeStatus.PENDING, event.sequence());
    Exchange exchange = event.exchange();
    entries.setExchange(entry, exchange);
    Pending pending = new Pending(entry, exchange, event.proposedBy(), context.side(event.proposedBy()),
        event.deadline().orElse(Instant.MAX), event.atDeadline());
    entries.pending.put(entry, pending);
    index.put(exchange.id(), entry);
    if (event.deadline().isPresent()) {
      deadlines.add(pending);
    }
  }

  /** Resolves a pending entry whose exchange is loaded in the context. */
  private void resolve(Pending pending, ExchangeStatus status, Optional<PartyId> by, Instant now) {
    journal.append(ExchangeResolved.of(journal.size(), now, pending.exchange, status, by));
    settle(pending.entry, status);
  }

  private void settle(int entry, ExchangeStatus status) {
    applyChanges(status == ExchangeStatus.POSTED ? +1 : 0, -1);
    entries.setStatus(entry, status);
    entries.pending.remove(entry);
  }

  private void replay(LedgerEvent event) {
    Instant at = event.recordedAt();
    if (event instanceof AccountOpened opened) {
      open(opened.account(), opened.limits(), opened.recordedAt());
    } else if (event instanceof ExchangePosted posted) {
      context.load(posted.exchange(), at);
      applyChanges(+1, 0);
      register(posted.exchange(), ExchangeStatus.POSTED, posted.sequence());
    } else if (event instanceof ExchangeProposed proposed) {
      context.load(proposed.exchange(), at);
      holdProposal(proposed);
    } else if (event instanceof ExchangeResolved resolved) {
      int entry = entryNumber(resolved.exchange().id());
      context.load(exchangeOf(entry), at);
      settle(entry, resolved.status());
    }
  }

  /**
   * What the ledger knows of every exchange id, in columns indexed by entry number (no object per posting): its
   * status, its exchange (or, for a {@link #transfer}, the columns it is built from), its reversal, and while it is
   * pending, its proposal.
   */
  private static final class Entries {
    private static final ExchangeStatus[] STATUSES = ExchangeStatus.values();
    private static final int BITS = 14;
    private static final int CHUNK = 1 << BITS;
    static final int MASK = CHUNK - 1;
    private static final int STATUS_SHIFT = 58;
    private static final long SEQUENCE_MASK = (1L << STATUS_SHIFT) - 1;

    int count;
    /**
     * Per entry, in chunks never copied once full: the status's ordinal in the top bits, below it the journal
     * position of the event that recorded the exchange (posted or proposed).
     */
    private long[][] packed = new long[16][];
    /** The exchange, or null if the in-memory journal holds it compactly; a chunk exists once one is set in it. */
    private @Nullable Exchange[][] exchanges = new Exchange[16][];
    final HashMap<Integer, ExchangeId> reversedBy = new HashMap<>();
    final HashMap<Integer, Pending> pending = new HashMap<>();

    /** A new entry; returns its number. */
    int add(ExchangeStatus initial, long sequence) {
      int entry = count;
      int c = entry >>> BITS;
      int i = entry & MASK;
      long[] chunk = c < packed.length ? packed[c] : null;
      if (chunk == null || i == chunk.length) {
        chunk = grow(c);
      }
      chunk[i] = ((long) initial.ordinal() << STATUS_SHIFT) | sequence;
      count = entry + 1;
      return entry;
    }

    /** Makes room in chunk {@code c}: a new chunk, or for the first one a larger copy (a small ledger stays small). */
    private long[] grow(int c) {
      if (c == packed.length) {
        packed = Arrays.copyOf(packed, 2 * c);
        exchanges = Arrays.copyOf(exchanges, 2 * c);
      }
      long[] old = packed[c];
      long[] chunk = old == null ? new long[c == 0 ? 256 : CHUNK] : Arrays.copyOf(old, Math.min(CHUNK, 4 * old.length));
      packed[c] = chunk;
      @Nullable Exchange[] set = exchanges[c];
      if (set != null) {
        exchanges[c] = Arrays.copyOf(set, chunk.length);
      }
      return chunk;
    }

    /** What {@link #add}{@code (POSTED, sequence)} stores: the packed status and sequence. */
    static long posted(long sequence) {
      return ((long) ExchangeStatus.POSTED.ordinal() << STATUS_SHIFT) | sequence;
    }

    /**
     * For a run of {@link #add} in place: the chunk that entry {@link #count} goes to, or null if it must grow first;
     * entry {@code e} is at {@code e & MASK} of it, up to {@link #chunkEnd()}.
     */
    long @Nullable [] tailChunk() {
      int c = count >>> BITS;
      return c < packed.length ? packed[c] : null;
    }

    /** The entry at which {@link #tailChunk()} is full; only when it is not null. */
    int chunkEnd() {
      return (count & ~MASK) + packed[count >>> BITS].length;
    }

    ExchangeStatus status(int entry) {
      return STATUSES[(int) (packed[entry >>> BITS][entry & MASK] >>> STATUS_SHIFT)];
    }

    void setStatus(int entry, ExchangeStatus status) {
      long[] chunk = packed[entry >>> BITS];
      int i = entry & MASK;
      chunk[i] = ((long) status.ordinal() << STATUS_SHIFT) | (chunk[i] & SEQUENCE_MASK);
    }

    long sequence(int entry) {
      return packed[entry >>> BITS][entry & MASK] & SEQUENCE_MASK;
    }

    @Nullable Exchange exchange(int entry) {
      @Nullable Exchange[] set = exchanges[entry >>> BITS];
      return set == null ? null : set[entry & MASK];
    }

    void setExchange(int entry, Exchange exchange) {
      int c = entry >>> BITS;
      @Nullable Exchange[] set = exchanges[c];
      if (set == null) {
        set = new Exchange[packed[c].length];
        exchanges[c] = set;
      }
      set[entry & MASK] = exchange;
    }
  }

  /** A proposal waiting for the other side. */
  private static final class Pending {
    final int entry;
    final Exchange exchange;
    final PartyId proposedBy;
    final int proposerSide;
    final Instant deadline;
    final ExchangeStatus atDeadline;

    Pending(int entry, Exchange exchange, PartyId proposedBy, int proposerSide, Instant deadline,
        ExchangeStatus atDeadline) {
      this.entry = entry;
      this.exchange = exchange;
      this.proposedBy = proposedBy;
      this.proposerSide = proposerSide;
      this.deadline = deadline;
      this.atDeadline = atDeadline;
    }
  }

  /** The one reusable view of the exchange being checked; used under the lock only. */
  private final class Context implements RuleContext {
    /** The exchange checked, or null for a {@link #transfer} until a rule asks for it. */
    private @Nullable Exchange exchange;
    private Instant now = Instant.EPOCH;
    private boolean reversal;
    private int legCount;
    private Category category = DEMURRAGE;
    private Instant occurredAt = Instant.EPOCH;
    private long transferId;
    private int[] from = new int[4];
    private int[] to = new int[4];
    private long[] minutes = new long[4];
    private int[] touched = new int[8];
    private long[] net = new long[8];
    private int touchedCount;

    /** Loads a {@link #transfer} between two open accounts without building its exchange. */
    void loadTransfer(long id, int payer, int payee, long amount, Category kind, Instant at) {
      this.exchange = null;
      this.transferId = id;
      this.now = at;
      this.occurredAt = at;
      this.category = kind;
      this.reversal = false;
      this.legCount = 1;
      from[0] = payer;
      to[0] = payee;
      minutes[0] = amount;
      touchedCount = 0;
      add(payer, -amount);
      add(payee, amount);
    }

    void load(Exchange loaded, Instant at) {
      this.exchange = loaded;
      this.now = at;
      this.occurredAt = loaded.occurredAt();
      this.category = loaded.category();
      this.reversal = loaded.reverses().isPresent();
      List<Leg> legs = loaded.legs();
      int size = legs.size();
      this.legCount = size;
      if (from.length < size) {
        from = new int[size];
        to = new int[size];
        minutes = new long[size];
      }
      if (touched.length < 2 * size) {
        touched = new int[2 * size];
        net = new long[2 * size];
      }
      touchedCount = 0;
      for (int i = 0; i < size; i++) {
        Leg leg = legs.get(i);
        Integer payer = numbers.get(leg.from());
        Integer payee = numbers.get(leg.to());
        from[i] = payer == null ? -1 : payer;
        to[i] = payee == null ? -1 : payee;
        minutes[i] = leg.minutes();
        add(from[i], -leg.minutes());
        add(to[i], leg.minutes());
      }
    }

    private void add(int account, long change) {
      if (account < 0) {
        return;
      }
      for (int i = 0; i < touchedCount; i++) {
        if (touched[i] == account) {
          net[i] += change;
          return;
        }
      }
      touched[touchedCount] = account;
      net[touchedCount] = change;
      touchedCount++;
    }

    /** 1 if the party holds a paying account, 2 if only an earning one, 0 if none. */
    int side(PartyId party) {
      int side = 0;
      for (int i = 0; i < legCount; i++) {
        if (from[i] >= 0 && party.equals(holders[from[i]])) {
          return 1;
        }
        if (to[i] >= 0 && party.equals(holders[to[i]])) {
          side = 2;
        }
      }
      return side;
    }

    @Override
    public Exchange exchange() {
      Exchange loaded = exchange;
      if (loaded == null) {
        loaded = transferExchange(transferId, accounts[from[0]].id(), accounts[to[0]].id(), minutes[0], category,
            occurredAt);
        exchange = loaded;
      }
      return loaded;
    }

    @Override
    public int legCount() {
      return legCount;
    }

    @Override
    public long minutes(int leg) {
      return minutes[leg];
    }

    @Override
    public Category category() {
      return category;
    }

    @Override
    public Instant occurredAt() {
      return occurredAt;
    }

    @Override
    public Instant now() {
      return now;
    }

    @Override
    public boolean isReversal() {
      return reversal;
    }

    @Override
    public int from(int leg) {
      return from[leg];
    }

    @Override
    public int to(int leg) {
      return to[leg];
    }

    @Override
    public int touchedCount() {
      return touchedCount;
    }

    @Override
    public int touched(int index) {
      return touched[index];
    }

    @Override
    public long netChange(int index) {
      return net[index];
    }

    @Override
    public Account account(int account) {
      return accounts[account];
    }

    @Override
    public long balance(int account) {
      return state[STRIDE * account + BALANCE];
    }

    @Override
    public long heldDebits(int account) {
      return state[STRIDE * account + HELD_DEBITS];
    }

    @Override
    public long heldCredits(int account) {
      return state[STRIDE * account + HELD_CREDITS];
    }

    @Override
    public Limits limits(int account) {
      return limits[account];
    }

    @Override
    public long floor(int account) {
      // A reversal takes back what the giver gave: check it against the floor it leaves.
      long minutesGiven = state[STRIDE * account + GIVEN];
      if (reversal) {
        for (int i = 0; i < touchedCount; i++) {
          if (touched[i] == account && net[i] < 0) {
            minutesGiven += net[i];
          }
        }
      }
      return effectiveFloor(account, minutesGiven);
    }
  }

  /** Configures a {@link Ledger}; not thread-safe. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private Journal journal = new InMemoryJournal();
    private LimitPolicy policy = LimitPolicy.STANDARD;
    private final List<ExchangeRule> rules = new ArrayList<>();
    private @Nullable Duration autoConfirmAfter;
    private @Nullable Duration expireAfter;
    private long floorGrowthPerHour;
    private long lowestFloor;

    Builder() {}

    /**
     * A dynamic floor: every hour a member or organisation account has given lowers its hard floor by
     * {@code minutesPerHourGiven}, down to {@code lowestFloor} (those who help most may also receive most). Reversals
     * deduct what was given. The soft floor does not move. Off by default.
     *
     * @param minutesPerHourGiven how far the floor moves per hour given, at least 1
     * @param lowestFloor the floor never goes below this, at most 0
     * @return this builder
     * @throws IllegalArgumentException if an argument is out of range
     */
    public Builder floorGrowth(long minutesPerHourGiven, long lowestFloor) {
      if (minutesPerHourGiven < 1 || lowestFloor > 0) {
        throw new IllegalArgumentException("The floor growth must be at least 1 minute per hour and the lowest "
            + "floor at most 0, got " + minutesPerHourGiven + " and " + lowestFloor);
      }
      this.floorGrowthPerHour = minutesPerHourGiven;
      this.lowestFloor = lowestFloor;
      return this;
    }

    /**
     * The clock that stamps events and decides deadlines; the system clock in UTC by default.
     *
     * @param clock the clock, not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The journal to write; a new {@link InMemoryJournal} by default. If it already holds events, the ledger
     * replays them first; if it holds a {@link Journal#snapshot() snapshot}, the ledger starts from the snapshot and
     * replays only the events after it.
     *
     * @param journal the journal, not null
     * @return this builder
     */
    public Builder journal(Journal journal) {
      this.journal = Objects.requireNonNull(journal, "journal");
      return this;
    }

    /**
     * The limits of new accounts; {@link LimitPolicy#STANDARD} by default.
     *
     * @param policy the policy, not null
     * @return this builder
     */
    public Builder limitPolicy(LimitPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Rules to run besides the built-in ones (positive amounts, no self-exchange, limits).
     *
     * @param more the rules, not null
     * @return this builder
     */
    public Builder addRules(ExchangeRule... more) {
      for (ExchangeRule rule : more) {
        rules.add(Objects.requireNonNull(rule, "rule"));
      }
      return this;
    }

    /**
     * Pending exchanges not confirmed or declined within this delay post by themselves.
     *
     * @param delay a positive delay, not null
     * @return this builder
     * @throws IllegalArgumentException if the delay is not positive
     */
    public Builder autoConfirmAfter(Duration delay) {
      this.autoConfirmAfter = positive(delay);
      return this;
    }

    /**
     * Pending exchanges not confirmed or declined within this delay expire, releasing their hold. If both delays
     * are set, the shorter decides.
     *
     * @param delay a positive delay, not null
     * @return this builder
     * @throws IllegalArgumentException if the delay is not positive
     */
    public Builder expireAfter(Duration delay) {
      this.expireAfter = positive(delay);
      return this;
    }

    private static Duration positive(Duration delay) {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative() || delay.isZero()) {
        throw new IllegalArgumentException("A delay must be positive, got " + delay);
      }
      return delay;
    }

    /**
     * Builds the ledger, restoring the journal's snapshot if it has one and replaying the journal's events after it.
     *
     * @return the ledger, not null
     * @throws EssStateException if the journal's snapshot does not fit its events (a snapshot after an event it does
     *     not have, or events missing between the snapshot and the first event it holds)
     */
    public Ledger build() {
      return new Ledger(this);
    }
  }
}
