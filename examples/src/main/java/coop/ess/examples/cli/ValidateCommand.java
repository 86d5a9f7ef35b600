package coop.ess.examples.cli;

import coop.ess.json.EssJsonException;
import coop.ess.json.EssJsonReader;
import coop.ess.json.schema.EssSchemas;
import coop.ess.json.schema.JsonLines;
import coop.ess.json.schema.LineProblem;
import coop.ess.json.schema.SchemaProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/**
 * {@code ess validate FILE.json [--type TYPE]}: checks a document against the SDK's JSON schema of its type and
 * prints every problem, one a line ({@code <pointer>: <reason>}), then exits with 1; or prints {@code valid} and
 * exits with 0. A document of a type that is the JSON form of a value of the SDK ({@code venue}, {@code community},
 * {@code directory}, {@code simulation-settings}: {@link EssSchemas#valueType}) that passes its schema is then read
 * with {@code EssJson}, and the first invariant it breaks (a membership naming an unknown member, a route stop that
 * is no card) is printed the same way, at its pointer. Without {@code --type}, the type is the document's top-level {@code "type"} field, or else guessed
 * from its fields (see {@code docs/schema.md}); a document of no known type stops with one line, exit code 1.
 *
 * <p>A file whose name ends with {@code .jsonl}, or any file with {@code --lines}, is JSON Lines ({@link JsonLines}):
 * each non-blank line is checked against the line type and each problem printed as
 * {@code line N: <pointer>: <reason>}. The line type is {@code --type}, or else guessed from the first line that is
 * JSON: a journal of {@code FileJournal} ({@code journal}, {@code ledger-journal}), whose torn and corrupted records are
 * reported by the journal's own checker, or a document type such as {@code ledger-transfer}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks a JSON document, or each line of a JSON Lines file (.jsonl), against the SDK's schema of "
        + "its type; prints every problem with its JSON pointer (and line).")
final class ValidateCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "The document (FILE.json) or JSON Lines file "
      + "(FILE.jsonl) to check.")
  @Nullable Path file;

  @Option(names = "--type", paramLabel = "TYPE",
      description = "The document or line type: ${COMPLETION-CANDIDATES} (default: from the file).",
      completionCandidates = Types.class)
  @Nullable String type;

  @Option(names = "--lines", description = "Read the file as JSON Lines whatever its name (default for .jsonl).")
  boolean lines;

  @CommandLine.Spec
  CommandLine.Model.@Nullable CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine.Model.CommandSpec current = spec;
    PrintWriter out = current == null ? new PrintWriter(System.out, true) : current.commandLine().getOut();
    Path document = java.util.Objects.requireNonNull(file, "file");
    EssSchemas schemas = EssSchemas.standard();
    boolean jsonLines = lines || document.getFileName().toString().endsWith(".jsonl");
    if (type != null && !schemas.types().contains(type)) {
      String known = String.join(", ", JsonLines.standard().types());
      if (!JsonLines.standard().types().contains(type)) {
        throw new CommandLine.ParameterException(java.util.Objects.requireNonNull(current).commandLine(),
            "unknown type '" + type + "'; known types: " + known);
      }
      if (!jsonLines) {
        throw new CommandLine.ParameterException(java.util.Objects.requireNonNull(current).commandLine(),
            "type '" + type + "' is a JSON Lines type: name the file .jsonl or add --lines");
      }
    }
    if (jsonLines) {
      return validateLines(document, out);
    }
    JsonNode tree;
    try {
      tree = EssJsonReader.standard().read(document);
    } catch (EssJsonException e) {
      out.println(SchemaProblem.of(e.pointer(), "json", e.reason()));
      out.flush();
      return EssCommand.EXIT_INPUT;
    }
    String chosen = type != null ? type : schemas.typeOf(tree).orElseThrow(() -> JsonInput.problem(document, "",
        "cannot tell the document type (no \"type\" field and no known shape); use --type "
            + String.join("|", schemas.types()), null));
    // The schema first (every problem); a document of a model type that passes is then read with EssJson, whose
    // first broken invariant (an unknown member of a membership, a stop that is no card) is one more problem line.
    List<SchemaProblem> problems = schemas.validateValue(chosen, tree);
    if (problems.isEmpty()) {
      out.println("valid");
    } else {
      problems.forEach(out::println);
    }
    out.flush();
    return problems.isEmpty() ? 0 : EssCommand.EXIT_INPUT;
  }

  private int validateLines(Path document, PrintWriter out) {
    JsonLines validator = JsonLines.standard();
    String chosen = type;
    if (chosen == null) {
      chosen = validator.typeOf(document).orElse(null);
      if (chosen == null) {
        if (!blank(document)) {
          throw JsonInput.problem(document, "", "cannot tell the line type (no line of a known shape); use --type "
              + String.join("|", validator.types()), null);
        }
        chosen = "ledger-transfer";
      }
    }
    List<LineProblem> problems = validator.validate(document, chosen);
    if (problems.isEmpty()) {
      out.println("valid");
    } else {
      problems.forEach(out::println);
    }
    out.flush();
    return problems.isEmpty() ? 0 : EssCommand.EXIT_INPUT;
  }

  /** Whether a file holds only spaces, tabs and line breaks (nothing to validate, whatever its type). */
  private static boolean blank(Path document) {
    try (InputStream in = Files.newInputStream(document)) {
      byte[] chunk = new byte[8192];
      int read;
      while ((read = in.read(chunk)) > 0) {
        for (int i = 0; i < read; i++) {
          byte b = chunk[i];
          if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
            return false;
          }
        }
      }
      return true;
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("cannot read " + document + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + document + ": " + e.getMessage(), e);
    }
  }

  /** The known document and line types, for the help text. */
  static final class Types implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return JsonLines.standard().types().iterator();
    }
  }
}
