package coop.ess.json.schema;

import coop.ess.booking.BookingEvent;
import coop.ess.core.EssValidationException;
import coop.ess.json.EssJson;
import coop.ess.json.EssJsonException;
import coop.ess.json.EssJsonReader;
import coop.ess.json.internal.JsonMessages;
import coop.ess.json.journal.FileJournal;
import coop.ess.json.journal.JournalDamage;
import coop.ess.timebank.LedgerEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Validation of JSON Lines files, one document per line: the transfers file of {@code ess ledger} (each line a
 * {@code ledger-transfer}) or any other type of {@link EssSchemas}, and the durable journals of
 * {@link FileJournal}.
 *
 * <p>A file of documents is read as {@code ess ledger} reads its transfers: lines end with {@code \n}, {@code \r\n}
 * or {@code \r}, a final line break adds no line, blank lines are skipped but counted, so that line numbers are
 * those of an editor. Each other line is read strictly ({@link EssJsonReader}: one line is one document) and
 * validated against the type's schema, then, for a model document, its value's invariants
 * ({@link EssSchemas#validateValue}).
 *
 * <p>A journal ({@link #JOURNAL}, {@link #LEDGER_JOURNAL}) is read by the journal's own checker,
 * {@link FileJournal#check}: a line that is not a well-formed record with a matching CRC, or out of sequence, is one
 * problem, said to be a torn tail (opening the journal cuts it) or corruption (opening fails). Each well-formed
 * record must be strict JSON; in a ledger journal it must also be a ledger event in the format of
 * {@link EssJson} whose sequence is the record's minus one. Pointers of a record's problems start with
 * {@code /record}, the field of the line that holds it.
 *
 * <pre>{@code
 * JsonLines lines = JsonLines.standard();
 * String type = lines.typeOf(Path.of("transfers.jsonl")).orElseThrow();      // "ledger-transfer"
 * for (LineProblem problem : lines.validate(Path.of("transfers.jsonl"), type)) {
 *   System.out.println(problem);                                          // line 3: /minutes: ...
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonLines {

  /** The type of a journal file whose records may be any JSON: only the envelope and the JSON are checked. */
  public static final String JOURNAL = "journal";
  /** The type of a ledger journal ({@link coop.ess.json.journal.LedgerJournal}): each record a ledger event. */
  public static final String LEDGER_JOURNAL = "ledger-journal";

  /** The type of a booking calendar's journal ({@code BookingJournal}): records of booking events. */
  public static final String BOOKING_JOURNAL = "booking-journal";

  private static final Pattern ONE_LINE_LOCATION = Pattern.compile(" \\(line 1, column (\\d+)\\)$");

  /** The record type of each typed journal; the first whose class reads a file's first record is its guess. */
  private static final Map<String, Class<?>> JOURNAL_EVENTS = Map.of(LEDGER_JOURNAL, LedgerEvent.class,
      BOOKING_JOURNAL, BookingEvent.class);

  private static final JsonLines STANDARD = new JsonLines(EssSchemas.standard(), EssJson.standard());

  private final EssSchemas schemas;
  private final EssJson json;
  private final Set<String> types;

  private JsonLines(EssSchemas schemas, EssJson json) {
    this.schemas = schemas;
    this.json = json;
    Set<String> all = new LinkedHashSet<>(schemas.types());
    all.add(JOURNAL);
    all.addAll(JOURNAL_EVENTS.keySet());
    this.types = Collections.unmodifiableSet(all);
  }

  /**
   * The validator of the standard schemas and JSON format.
   *
   * @return the shared instance, not null
   */
  public static JsonLines standard() {
    return STANDARD;
  }

  /**
   * The line types: every document type of {@link EssSchemas#types()}, then {@link #JOURNAL} and
   * {@link #LEDGER_JOURNAL}.
   *
   * @return the types, not null
   */
  public Set<String> types() {
    return types;
  }

  /**
   * Whether a type is a journal type.
   *
   * @param type a type, not null
   * @return true for {@link #JOURNAL} and {@link #LEDGER_JOURNAL}
   */
  public static boolean isJournal(String type) {
    return JOURNAL.equals(type) || JOURNAL_EVENTS.containsKey(type);
  }

  /**
   * Guesses the type of a file from its first non-blank line that is valid JSON: a journal if that line is an object
   * with {@code seq}, {@code crc} and {@code record} (a {@link #LEDGER_JOURNAL} if the record reads as a ledger
   * event, else a {@link #JOURNAL}); otherwise the type {@link EssSchemas#typeOf} finds for the line's document.
   *
   * @param file the file, not null
   * @return the type, or empty if no line is valid JSON of a known shape
   * @throws UncheckedIOException if the file cannot be read
   */
  public Optional<String> typeOf(Path file) {
    Objects.requireNonNull(file, "file");
    List<Optional<String>> found = new ArrayList<>(1);
    forEachLine(file, (line, bytes) -> {
      if (blank(bytes)) {
        return true;
      }
      JsonNode tree;
      try {
        tree = EssJsonReader.standard().read(bytes);
      } catch (EssJsonException e) {
        return true;
      }
      found.add(guess(tree));
      return false;
    });
    return found.isEmpty() ? Optional.empty() : found.get(0);
  }

  private Optional<String> guess(JsonNode tree) {
    if (tree.isObject() && tree.has("seq") && tree.has("crc") && tree.has("record")) {
      String record = tree.get("record").toString();
      for (Map.Entry<String, Class<?>> entry : JOURNAL_EVENTS.entrySet()) {
        try {
          json.read(record, entry.getValue());
          return Optional.of(entry.getKey());
        } catch (EssJsonException e) {
          // Not this kind of journal.
        }
      }
      return Optional.of(JOURNAL);
    }
    return schemas.typeOf(tree);
  }

  /**
   * Validates every line of a file.
   *
   * @param file the file, not null
   * @param type one of {@link #types()}, not null
   * @return every problem, in line order, empty if the file is valid (an empty file is)
   * @throws EssValidationException if the type is unknown
   * @throws UncheckedIOException if the file cannot be read
   */
  public List<LineProblem> validate(Path file, String type) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(type, "type");
    if (!types.contains(type)) {
      throw new EssValidationException("JsonLines", List.of(JsonMessages.CATALOG.error("json.unknownType", "type",
          "type", type, "known", String.join(", ", types))));
    }
    if (isJournal(type)) {
      if (!Files.exists(file)) {
        throw new UncheckedIOException("cannot read " + file + ": no such file", new NoSuchFileException(file.toString()));
      }
      return journal(file, JOURNAL_EVENTS.get(type));
    }
    List<LineProblem> problems = new ArrayList<>();
    forEachLine(file, (line, bytes) -> {
      if (blank(bytes)) {
        return true;
      }
      JsonNode tree;
      try {
        tree = EssJsonReader.standard().read(bytes);
      } catch (EssJsonException e) {
        problems.add(LineProblem.of(line, SchemaProblem.of(e.pointer(), "json", oneLine(e.reason()))));
        return true;
      }
      for (SchemaProblem problem : schemas.validateValue(type, tree)) {
        problems.add(LineProblem.of(line, problem));
      }
      return true;
    });
    return List.copyOf(problems);
  }

  private List<LineProblem> journal(Path file, @Nullable Class<?> events) {
    List<LineProblem> problems = new ArrayList<>();
    List<JournalDamage> damage = FileJournal.check(file, (record, line) -> {
      try {
        if (events == null) {
          EssJsonReader.standard().read(record.json());
        } else {
          Object event = json.read(record.json(), events);
          if (event instanceof LedgerEvent ledgerEvent && ledgerEvent.sequence() != record.sequence() - 1) {
            problems.add(LineProblem.of(line, SchemaProblem.of("/record/sequence", "journal", "event "
                + ledgerEvent.sequence() + " in record " + record.sequence() + ", where event "
                + (record.sequence() - 1) + " was expected")));
          }
          if (event instanceof BookingEvent bookingEvent && bookingEvent.sequence() != record.sequence()) {
            problems.add(LineProblem.of(line, SchemaProblem.of("/record/sequence", "journal", "event "
                + bookingEvent.sequence() + " in record " + record.sequence() + ", where event "
                + record.sequence() + " was expected")));
          }
        }
      } catch (EssJsonException e) {
        problems.add(LineProblem.of(line, SchemaProblem.of("/record" + e.pointer(), "json", oneLine(e.reason()))));
      }
    });
    for (JournalDamage damaged : damage) {
      String reason = damaged.torn()
          ? "torn write at the end of the journal, never acknowledged (opening the journal cuts it): "
          : "corrupted record, followed by good ones (opening the journal fails): ";
      problems.add(LineProblem.of(damaged.line(), SchemaProblem.of("", "journal", reason + damaged.reason())));
    }
    // Stable: on one line, the damage found while checking records comes before the envelope's.
    problems.sort(Comparator.comparingLong(LineProblem::line));
    return List.copyOf(problems);
  }

  /** A one-line document's syntax error says only the column. */
  private static String oneLine(String reason) {
    return ONE_LINE_LOCATION.matcher(reason).replaceFirst(" (column $1)");
  }

  private static boolean blank(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8).isBlank();
  }

  private static void append(ByteArrayOutputStream line, byte[] bytes, int from, int length) {
    int room = EssJsonReader.MAX_DOCUMENT_BYTES + 1 - line.size();
    line.write(bytes, from, Math.max(0, Math.min(room, length)));
  }

  /** Receives each line (without its line break) and its number; returns false to stop. */
  @FunctionalInterface
  private interface LineVisitor {
    boolean visit(long line, byte[] bytes);
  }

  /**
   * Splits a file into lines as {@code BufferedReader.readLine} does, in bytes so that invalid UTF-8 is the strict
   * reader's to report; a line longer than a document may be is kept to one byte more than the limit.
   */
  private static void forEachLine(Path file, LineVisitor visitor) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] chunk = new byte[1 << 16];
      ByteArrayOutputStream current = new ByteArrayOutputStream(256);
      long line = 0;
      boolean afterCarriageReturn = false;
      boolean pending = false;
      int read;
      while ((read = in.read(chunk)) > 0) {
        int from = 0;
        for (int i = 0; i < read; i++) {
          byte b = chunk[i];
          if (b != '\n' && b != '\r') {
            continue;
          }
          boolean secondHalf = b == '\n' && afterCarriageReturn && i == from;
          afterCarriageReturn = b == '\r';
          if (secondHalf && !pending) {
            from = i + 1;
            continue;
          }
          append(current, chunk, from, i - from);
          from = i + 1;
          pending = false;
          byte[] bytes = current.toByteArray();
          current.reset();
          if (!visitor.visit(++line, bytes)) {
            return;
          }
        }
        if (from < read) {
          append(current, chunk, from, read - from);
          pending = true;
          afterCarriageReturn = false;
        }
      }
      if (pending) {
        visitor.visit(++line, current.toByteArray());
      }
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("cannot read " + file + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
