package coop.ess.examples.cli;

import coop.ess.json.EssJsonException;
import coop.ess.json.EssJsonReader;
import coop.ess.json.schema.EssSchemas;
import coop.ess.json.schema.SchemaProblem;
import java.io.PrintWriter;
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
 * exits with 0. Without {@code --type}, the type is the document's top-level {@code "type"} field, or else guessed
 * from its fields (see {@code docs/schema.md}); a document of no known type stops with one line, exit code 1.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks a JSON document against the SDK's schema of its type; prints every problem with its JSON "
        + "pointer.")
final class ValidateCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE.json", description = "The document to check.")
  @Nullable Path file;

  @Option(names = "--type", paramLabel = "TYPE",
      description = "The document type: ${COMPLETION-CANDIDATES} (default: from the file).",
      completionCandidates = Types.class)
  @Nullable String type;

  @CommandLine.Spec
  CommandLine.Model.@Nullable CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine.Model.CommandSpec current = spec;
    PrintWriter out = current == null ? new PrintWriter(System.out, true) : current.commandLine().getOut();
    Path document = java.util.Objects.requireNonNull(file, "file");
    EssSchemas schemas = EssSchemas.standard();
    if (type != null && !schemas.types().contains(type)) {
      throw new CommandLine.ParameterException(java.util.Objects.requireNonNull(current).commandLine(),
          "unknown type '" + type + "'; known types: " + String.join(", ", schemas.types()));
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
    List<SchemaProblem> problems = schemas.validate(chosen, tree);
    if (problems.isEmpty()) {
      out.println("valid");
    } else {
      problems.forEach(out::println);
    }
    out.flush();
    return problems.isEmpty() ? 0 : EssCommand.EXIT_INPUT;
  }

  /** The known document types, for the help text. */
  static final class Types implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return EssSchemas.standard().types().iterator();
    }
  }
}
