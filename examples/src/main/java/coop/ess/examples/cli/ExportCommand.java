package coop.ess.examples.cli;

import coop.ess.json.export.ExportOptions;
import coop.ess.json.export.OpenDataFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ess export}: ESS CARGO's open data in one of the published formats. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes the open data of the ESS CARGO example (spaces, hours, organisations, activities, an event,",
        "time-bank exchanges, offers and requests) in a published format. Personal data (members' names and",
        "contact details) is left out unless --personal-data is given."})
final class ExportCommand implements Callable<Integer> {

  @Option(names = "--format", required = true, paramLabel = "hsds|schema-org|valueflows|csv",
      description = "The format: hsds (Open Referral HSDS 3.0 JSON), schema-org (JSON-LD), valueflows (JSON-LD) or csv.")
  String format = "";

  @Option(names = "--personal-data", description = "Include members' names and contact details (only with their consent).")
  boolean personalData;

  @Option(names = "--delimiter", paramLabel = "TEXT", description = "CSV multi-value delimiter (default: ${DEFAULT-VALUE}).")
  String delimiter = "|";

  @Option(names = "--base-iri", paramLabel = "IRI", description = "Prefix of JSON-LD @ids (default: ${DEFAULT-VALUE}).")
  String baseIri = "urn:ess:";

  @Option(names = "--updated", paramLabel = "YYYY-MM-DD", description = "The date of the data (CSV date_maj).")
  @org.jspecify.annotations.Nullable LocalDate updated;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  @org.jspecify.annotations.Nullable Path output;

  @CommandLine.Spec
  CommandLine.Model.@org.jspecify.annotations.Nullable CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine commandLine = commandLine();
    OpenDataFormat chosen;
    try {
      chosen = OpenDataFormat.ofLabel(format);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandLine, "Invalid value for option '--format': " + e.getMessage());
    }
    ExportOptions.Builder options = ExportOptions.builder().includePersonalData(personalData)
        .multiValueDelimiter(delimiter).baseIri(baseIri);
    if (updated != null) {
      options.updatedOn(updated);
    }
    String text = chosen.write(OpenDataDemo.cargo(), options.build());
    Path target = output;
    if (target == null) {
      PrintWriter out = commandLine.getOut();
      out.print(text);
      if (!text.endsWith("\n")) {
        out.println();
      }
      out.flush();
    } else {
      try {
        Files.writeString(target, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
      }
    }
    return 0;
  }

  private CommandLine commandLine() {
    CommandLine.Model.CommandSpec current = spec;
    if (current == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return current.commandLine();
  }
}
