package coop.ess.examples.cli;

import coop.ess.core.EssException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ess} command: the SDK at the command line.
 *
 * <p>To add a subcommand, write a class annotated {@code @Command} that implements {@code Callable<Integer>} in
 * this package and add it to the {@code subcommands} list below. Bad arguments print one line on standard error and
 * exit with {@value #EXIT_USAGE}; bad input ({@link EssException}) exits with {@value #EXIT_INPUT}; neither prints a
 * stack trace.
 */
@Command(
    name = "ess",
    mixinStandardHelpOptions = true,
    versionProvider = EssCommand.Version.class,
    description = "The ESS SDK at the command line: tiers-lieux, bookings, time banks and decisions.",
    subcommands = {DemoCommand.class, BookCommand.class, RecurCommand.class, LedgerCommand.class, VoteCommand.class,
        ClearCommand.class, SimulateCommand.class, SweepCommand.class, ExportCommand.class, ValidateCommand.class,
        CommandLine.HelpCommand.class})
public final class EssCommand implements Runnable {

  /** Exit code for bad arguments. */
  public static final int EXIT_USAGE = 2;
  /** Exit code for bad input data. */
  public static final int EXIT_INPUT = 1;

  @CommandLine.Spec
  CommandLine.Model.@org.jspecify.annotations.Nullable CommandSpec spec;

  /**
   * Runs the command.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // ical4j (recurrences) and the schema validator log through SLF4J; the command ships no binding and wants no
    // "no provider" notice about it (unless the caller set the verbosity).
    System.setProperty("slf4j.internal.verbosity", System.getProperty("slf4j.internal.verbosity", "ERROR"));
    System.exit(commandLine().execute(args));
  }

  /**
   * The configured command line, for embedding and tests.
   *
   * @return a new command line with the SDK's error handling
   */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new EssCommand());
    commandLine.registerConverter(LocalDate.class, text -> {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + text + "' is not a date like 2026-03-02");
      }
    });
    commandLine.setParameterExceptionHandler((error, args) -> {
      PrintWriter err = error.getCommandLine().getErr();
      err.println("ess: " + error.getMessage() + " (try: " + error.getCommandLine().getCommandSpec().qualifiedName()
          + " --help)");
      err.flush();
      return EXIT_USAGE;
    });
    commandLine.setExecutionExceptionHandler((error, failed, parsed) -> {
      PrintWriter err = failed.getErr();
      if (error instanceof EssException || error instanceof UncheckedIOException) {
        err.println("ess: " + error.getMessage());
        err.flush();
        return EXIT_INPUT;
      }
      throw error;
    });
    return commandLine;
  }

  @Override
  public void run() {
    CommandLine.Model.CommandSpec current = spec;
    if (current != null) {
      current.commandLine().usage(current.commandLine().getOut());
    }
  }

  /** Reads the project version written into the jar at build time. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = EssCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"ess " + properties.getProperty("version", "unknown") + " (ESS SDK)"};
    }
  }
}
