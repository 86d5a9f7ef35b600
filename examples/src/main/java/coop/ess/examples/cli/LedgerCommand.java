package coop.ess.examples.cli;

import coop.ess.core.ManualClock;
import coop.ess.core.EssException;
import coop.ess.core.EssValidationException;
import coop.ess.core.MemberId;
import coop.ess.core.MessageCatalog;
import coop.ess.core.Violation;
import coop.ess.timebank.Account;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Category;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.ExchangeId;
import coop.ess.json.journal.LedgerJournal;
import coop.ess.json.journal.SyncPolicy;
import coop.ess.timebank.Journal;
import coop.ess.timebank.Leg;
import coop.ess.timebank.Ledger;
import coop.ess.timebank.LedgerEvent;
import coop.ess.timebank.LedgerSnapshot;
import coop.ess.timebank.LimitPolicy;
import coop.ess.timebank.Limits;
import coop.ess.timebank.Outcome;
import coop.ess.timebank.PostResult;
import coop.ess.timebank.TimebankViolations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ess ledger --accounts ACCOUNTS.json TRANSFERS.jsonl}: posts each transfer of a JSON-lines file to a
 * time-bank ledger, in order, and prints one JSON line per transfer ({@code posted}, {@code rejected} or
 * {@code duplicate}, with its violations) and a last line with every balance in minutes. A bad transfer line is
 * rejected with violations naming its fields and the others go on; a bad accounts file stops with one line.
 * With {@code --journal FILE} the ledger lives in a durable journal ({@link LedgerJournal}): the next run replays
 * it and resumes, so a transfer posted in an earlier run is a duplicate; with {@code --snapshot-every N} it also
 * saves a snapshot of the ledger beside the journal every {@code N} events, so that the next run starts from the
 * snapshot instead of replaying every event. The formats are described in {@code docs/timebank.md}.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true,
    description = "Posts time-bank transfers (JSON lines) to a ledger and prints each outcome and the balances.")
final class LedgerCommand implements Callable<Integer> {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final MessageCatalog MESSAGES = TimebankViolations.catalog();

  @Option(names = "--accounts", required = true, paramLabel = "ACCOUNTS.json",
      description = "The accounts and their floor and ceiling in minutes.")
  @Nullable Path accounts;

  @Option(names = "--journal", paramLabel = "FILE",
      description = "Keep the ledger in this JSON Lines journal and resume from it on the next run.")
  @Nullable Path journal;

  @Option(names = "--snapshot-every", paramLabel = "N",
      description = "With --journal: save a snapshot of the ledger beside the journal (FILE.snapshot) every N events, "
          + "so that the next run starts from it instead of replaying every event.")
  @Nullable Long snapshotEvery;

  @Option(names = "--lang", paramLabel = "en|fr", description = "Language of the messages (default: ${DEFAULT-VALUE}).")
  String lang = "en";

  @Parameters(index = "0", paramLabel = "TRANSFERS.jsonl", description = "One transfer per line, posted in order.")
  @Nullable Path transfers;

  @CommandLine.Spec
  CommandLine.Model.@Nullable CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
    Locale locale = "fr".equals(lang) ? Locale.FRENCH : Locale.ENGLISH;
    Path accountsFile = java.util.Objects.requireNonNull(accounts, "accounts");
    Path transfersFile = java.util.Objects.requireNonNull(transfers, "transfers");
    Path journalFile = journal;
    Long every = snapshotEvery;
    if (every != null && journalFile == null) {
      throw new EssException("--snapshot-every needs --journal FILE: only a journal keeps a snapshot");
    }
    if (every != null && every < 1) {
      throw new EssException("--snapshot-every: expected a number of events of at least 1, got " + every);
    }
    if (journalFile == null) {
      ManualClock clock = ManualClock.of(Instant.EPOCH);
      Ledger ledger = openAccounts(accountsFile, clock, Ledger.builder());
      postAll(ledger, clock, transfersFile, out, locale);
      printBalances(ledger, out);
      return 0;
    }
    try (LedgerJournal durable = LedgerJournal.open(journalFile, SyncPolicy.everyBatch())) {
      ManualClock clock = ManualClock.of(lastRecorded(durable));
      Ledger ledger = openAccounts(accountsFile, clock, Ledger.builder().journal(durable));
      Runnable snapshots = every == null ? () -> { } : new Snapshots(ledger, durable, every);
      snapshots.run();
      postAll(ledger, clock, transfersFile, out, locale, snapshots);
      printBalances(ledger, out);
    }
    return 0;
  }

  /** Where the clock of a resumed ledger starts: at its last event, so that time never goes back. */
  private static Instant lastRecorded(Journal journal) {
    Instant last = journal.snapshot().map(LedgerSnapshot::recordedAt).filter(at -> at.isAfter(Instant.EPOCH))
        .orElse(Instant.EPOCH);
    for (LedgerEvent event : journal.events()) {
      if (event.recordedAt().isAfter(last)) {
        last = event.recordedAt();
      }
    }
    return last;
  }

  /** Saves a snapshot once {@code every} events were appended since the journal's last one (or its first event). */
  private static final class Snapshots implements Runnable {
    private final Ledger ledger;
    private final Journal journal;
    private final long every;
    private long since;

    Snapshots(Ledger ledger, Journal journal, long every) {
      this.ledger = ledger;
      this.journal = journal;
      this.every = every;
      this.since = journal.snapshot().map(snapshot -> snapshot.sequence() + 1).orElse(0L);
    }

    @Override
    public void run() {
      if (journal.size() - since >= every) {
        since = ledger.saveSnapshot().sequence() + 1;
      }
    }
  }

  private static void postAll(Ledger ledger, ManualClock clock, Path transfersFile, PrintWriter out, Locale locale) {
    postAll(ledger, clock, transfersFile, out, locale, () -> { });
  }

  private static void postAll(Ledger ledger, ManualClock clock, Path transfersFile, PrintWriter out, Locale locale,
      Runnable afterEachLine) {
    try (BufferedReader reader = Files.newBufferedReader(transfersFile, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          out.println(JSON.writeValueAsString(post(ledger, clock, line, number, locale)));
          afterEachLine.run();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + transfersFile + ": " + e.getMessage(), e);
    }
  }

  private static void printBalances(Ledger ledger, PrintWriter out) {
    ObjectNode balances = JSON.createObjectNode();
    ObjectNode byAccount = balances.putObject("balances");
    for (Map.Entry<AccountId, Long> balance : ledger.balances().entrySet()) {
      byAccount.put(balance.getKey().value(), balance.getValue().longValue());
    }
    out.println(JSON.writeValueAsString(balances));
    out.flush();
  }

  // ------------------------------------------------------------------------------------------------ accounts

  /** Opens the accounts of the file that the ledger (resumed from a journal) does not have yet. */
  private static Ledger openAccounts(Path file, Clock clock, Ledger.Builder builder) {
    JsonNode root = JsonInput.read(file, "ledger-accounts");
    JsonNode defaults = root.path("defaults");
    Limits defaultLimits = limits(file, "/defaults", defaults, Limits.of(-1200, 2400));
    Ledger ledger = builder.clock(clock).limitPolicy(LimitPolicy.builder().defaults(defaultLimits).build()).build();
    Set<AccountId> open = new HashSet<>();
    ledger.accounts().forEach(account -> open.add(account.id()));
    JsonNode list = root.path("accounts");
    if (!list.isArray()) {
      throw new EssException(file.getFileName() + ": /accounts: expected an array of accounts");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String pointer = "/accounts/" + i;
      JsonNode node = list.get(i);
      JsonNode id = node.path("id");
      if (!id.isString()) {
        throw new EssException(file.getFileName() + ": " + pointer + "/id: expected the account id as a string");
      }
      if (!seen.add(id.stringValue())) {
        throw new EssException(file.getFileName() + ": " + pointer + "/id: account \"" + id.stringValue()
            + "\" is listed twice");
      }
      try {
        AccountId accountId = AccountId.of(id.stringValue());
        if (open.contains(accountId)) {
          continue;
        }
        Account.Builder account = Account.builder().id(accountId);
        if (!node.path("community").asBoolean(false)) {
          account.holder(MemberId.of(id.stringValue()));
        }
        if (node.has("floorMinutes") || node.has("ceilingMinutes")) {
          account.limits(limits(file, pointer, node, node.path("community").asBoolean(false) ? Limits.UNLIMITED
              : defaultLimits));
        }
        ledger.openAccount(account.build());
      } catch (EssValidationException e) {
        throw new EssException(file.getFileName() + ": " + pointer + ": " + e.getMessage(), e);
      }
    }
    return ledger;
  }

  private static Limits limits(Path file, String pointer, JsonNode node, Limits fallback) {
    long floor = minutes(file, pointer + "/floorMinutes", node.path("floorMinutes"), fallback.floor());
    long ceiling = minutes(file, pointer + "/ceilingMinutes", node.path("ceilingMinutes"), fallback.ceiling());
    try {
      return Limits.of(floor, ceiling);
    } catch (EssValidationException e) {
      throw new EssException(file.getFileName() + ": " + pointer + ": " + e.getMessage(), e);
    }
  }

  private static long minutes(Path file, String pointer, JsonNode value, long fallback) {
    if (value.isMissingNode()) {
      return fallback;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new EssException(file.getFileName() + ": " + pointer + ": expected a whole number of minutes, got "
          + value);
    }
    return value.longValue();
  }

  // ------------------------------------------------------------------------------------------------ transfers

  private static ObjectNode post(Ledger ledger, ManualClock clock, String line, int number, Locale locale) {
    List<Violation> problems = new ArrayList<>();
    JsonNode node = null;
    try {
      node = JSON.readTree(line);
      if (!node.isObject()) {
        problems.add(MESSAGES.error("input.malformed", "", "line", number, "detail", "expected a JSON object"));
      }
    } catch (JacksonException e) {
      problems.add(MESSAGES.error("input.malformed", "", "line", number, "detail", e.getOriginalMessage()));
    }
    if (node == null || !problems.isEmpty()) {
      return result(null, "rejected", problems, locale);
    }
    String id = text(node, "id", problems);
    ExchangeId exchangeId = null;
    if (id != null) {
      try {
        exchangeId = ExchangeId.of(id);
      } catch (EssValidationException e) {
        problems.add(invalid("id", id, e));
      }
    }
    Exchange.Builder exchange = Exchange.builder();
    if (node.has("legs")) {
      JsonNode legs = node.path("legs");
      if (!legs.isArray() || legs.isEmpty()) {
        problems.add(MESSAGES.error("input.invalid", "legs", "field", "legs", "value", legs.toString(),
            "detail", "expected a non-empty array of legs"));
      } else {
        for (int i = 0; i < legs.size(); i++) {
          Leg leg = leg(legs.get(i), "legs[" + i + "].", problems);
          if (leg != null) {
            exchange.addLegs(leg);
          }
        }
      }
    } else {
      Leg leg = leg(node, "", problems);
      if (leg != null) {
        exchange.addLegs(leg);
      }
    }
    String category = text(node, "category", problems);
    if (category != null) {
      try {
        exchange.category(Category.of(category));
      } catch (EssValidationException e) {
        problems.add(invalid("category", category, e));
      }
    }
    String at = text(node, "at", problems);
    Instant when = null;
    if (at != null) {
      try {
        when = OffsetDateTime.parse(at).toInstant();
        exchange.occurredAt(when);
      } catch (DateTimeParseException e) {
        problems.add(MESSAGES.error("input.invalid", "at", "field", "at", "value", at,
            "detail", "expected a date-time with offset like 2026-03-01T10:00:00+01:00"));
      }
    }
    JsonNode description = node.path("description");
    if (description.isString()) {
      exchange.description(description.stringValue());
    }
    if (!problems.isEmpty() || exchangeId == null || when == null) {
      return result(id, "rejected", problems, locale);
    }
    clock.moveForwardTo(when);
    PostResult result = ledger.post(exchange.id(exchangeId).build());
    String status = result.outcome() == Outcome.POSTED ? "posted"
        : result.outcome() == Outcome.DUPLICATE ? "duplicate" : "rejected";
    List<Violation> violations = result.violations();
    if (!node.has("legs")) {
      // A single-leg line writes from, to and minutes at the top level: name the fields as the line does.
      violations = violations.stream().map(LedgerCommand::topLevelFields).toList();
    }
    return result(id, status, violations, locale);
  }

  /** Renames {@code legs[0].from} to {@code from} (and so on) in a violation's field and message parameters. */
  private static Violation topLevelFields(Violation violation) {
    String prefix = "legs[0].";
    if (!violation.field().startsWith(prefix)) {
      return violation;
    }
    String field = violation.field().substring(prefix.length());
    if (!TimebankViolations.catalog().codes().contains(violation.code())) {
      return Violation.builder().from(violation).field(field).build();
    }
    List<Object> parameters = new ArrayList<>();
    violation.parameters().forEach((name, value) -> {
      parameters.add(name);
      parameters.add(value.startsWith(prefix) ? value.substring(prefix.length()) : value);
    });
    return TimebankViolations.catalog().violation(violation.severity(), violation.code(), field, parameters.toArray());
  }

  private static @Nullable Leg leg(JsonNode node, String prefix, List<Violation> problems) {
    if (!node.isObject()) {
      String field = prefix.isEmpty() ? "legs" : prefix.substring(0, prefix.length() - 1);
      problems.add(MESSAGES.error("input.invalid", field, "field", field, "value", node.toString(),
          "detail", "expected an object with from, to and minutes"));
      return null;
    }
    AccountId from = account(node, prefix + "from", "from", problems);
    AccountId to = account(node, prefix + "to", "to", problems);
    JsonNode minutes = node.path("minutes");
    Long amount = null;
    if (minutes.isMissingNode() || minutes.isNull()) {
      problems.add(MESSAGES.error("input.missing", prefix + "minutes", "field", prefix + "minutes"));
    } else if (!minutes.isIntegralNumber() || !minutes.canConvertToLong()) {
      problems.add(MESSAGES.error("input.invalid", prefix + "minutes", "field", prefix + "minutes",
          "value", minutes.isString() ? minutes.stringValue() : minutes.toString(),
          "detail", "expected a whole number of minutes"));
    } else {
      amount = minutes.longValue();
    }
    return from == null || to == null || amount == null ? null : Leg.of(from, to, amount);
  }

  private static @Nullable AccountId account(JsonNode node, String field, String name, List<Violation> problems) {
    String text = textOf(node.path(name), field, problems);
    if (text == null) {
      return null;
    }
    try {
      return AccountId.of(text);
    } catch (EssValidationException e) {
      problems.add(invalid(field, text, e));
      return null;
    }
  }

  /** The string value of {@code node.field}, or null after recording why not. */
  private static @Nullable String text(JsonNode node, String field, List<Violation> problems) {
    return textOf(node.path(field), field, problems);
  }

  private static @Nullable String textOf(JsonNode value, String field, List<Violation> problems) {
    if (value.isMissingNode() || value.isNull()) {
      problems.add(MESSAGES.error("input.missing", field, "field", field));
      return null;
    }
    if (!value.isString()) {
      problems.add(MESSAGES.error("input.invalid", field, "field", field, "value", value.toString(),
          "detail", "expected a string"));
      return null;
    }
    return value.stringValue();
  }

  private static Violation invalid(String field, String value, EssValidationException e) {
    String detail = e.violations().isEmpty() ? String.valueOf(e.getMessage()) : e.violations().get(0).messageEn();
    return MESSAGES.error("input.invalid", field, "field", field, "value", value, "detail", detail);
  }

  private static ObjectNode result(@Nullable String id, String status, List<Violation> violations, Locale locale) {
    ObjectNode result = JSON.createObjectNode();
    if (id == null) {
      result.putNull("id");
    } else {
      result.put("id", id);
    }
    result.put("status", status);
    ArrayNode list = result.putArray("violations");
    for (Violation violation : violations) {
      ObjectNode item = list.addObject();
      item.put("code", violation.code());
      item.put("field", violation.field());
      item.put("severity", violation.severity().name().toLowerCase(Locale.ROOT));
      item.put("message", violation.message(locale));
    }
    return result;
  }

}
