package coop.ess.examples.cli;

import coop.ess.timebank.simulation.PeriodMetrics;
import coop.ess.timebank.simulation.Simulation;
import coop.ess.timebank.simulation.SimulationObserver;
import coop.ess.timebank.simulation.SimulationSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ess simulate}: runs the time-bank simulator and writes its metrics, summary and report. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = {"Runs a seeded agent-based simulation of a time bank under the ledger's own rules.",
        "Writes DIR/metrics.csv (one row per month), DIR/summary.json and DIR/report.html (plots, no network).",
        "Same settings and seed, same bytes, whatever --threads. See docs/researchers.md."})
final class SimulateCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "SETTINGS.json",
      description = "Settings (schema simulation-settings.schema.json); defaults for what is missing.")
  @Nullable Path settingsFile;

  @Option(names = "--members", paramLabel = "N", description = "Members at the start (overrides the file).")
  @Nullable Integer members;

  @Option(names = "--months", paramLabel = "M", description = "Months to run (overrides the file).")
  @Nullable Integer months;

  @Option(names = "--seed", paramLabel = "S", description = "The random seed (overrides the file).")
  @Nullable Long seed;

  @Option(names = "--threads", paramLabel = "T", description = "Threads for the monthly reductions (default: "
      + "the number of processors); never changes the results.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The output directory.")
  Path out = Path.of("");

  @Option(names = "--quiet", description = "No progress bar on standard error.")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.@Nullable CommandSpec spec;

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new CommandLine.ParameterException(commandLine(), "--threads must be at least 1, got " + threads);
    }
    SimulationSettings settings = settings(settingsFile, members, months, seed);
    PrintWriter err = commandLine().getErr();
    ProgressBar bar = quiet ? null : new ProgressBar(err, "simulate", settings.months(), "months");
    Simulation simulation = Simulation.of(settings, threads, new SimulationObserver() {
      @Override
      public void monthEnded(PeriodMetrics metrics) {
        if (bar != null) {
          bar.show(metrics.month());
        }
      }
    });
    List<PeriodMetrics> periods = simulation.runToEnd();
    SimulationFiles.write(out, new SimulationFiles.Run(settings, periods, simulation.currentBalances(),
        simulation.communityBalance()));
    PrintWriter writer = commandLine().getOut();
    PeriodMetrics last = periods.get(periods.size() - 1);
    writer.println("Simulated " + settings.months() + " months of " + settings.members() + " members (seed "
        + settings.seed() + "): " + periods.stream().mapToLong(PeriodMetrics::exchanges).sum() + " exchanges, "
        + periods.stream().mapToLong(PeriodMetrics::attempts).sum() + " attempts; final Gini "
        + String.format(java.util.Locale.ROOT, "%.3f", last.gini()) + ".");
    writer.println("Wrote " + out.resolve("metrics.csv") + ", " + out.resolve("summary.json") + " and "
        + out.resolve("report.html") + ".");
    writer.flush();
    return 0;
  }

  /** The settings of a file (or the defaults) with the command line's overrides. */
  static SimulationSettings settings(@Nullable Path file, @Nullable Integer members, @Nullable Integer months,
      @Nullable Long seed) {
    SimulationSettings.Builder builder = file == null ? SimulationSettings.builder()
        : SimulationSettingsFile.read(file);
    if (members != null) {
      builder.members(members);
    }
    if (months != null) {
      builder.months(months);
    }
    if (seed != null) {
      builder.seed(seed);
    }
    return SimulationSettingsFile.build(builder, file == null ? "options" : file.toString());
  }

  private CommandLine commandLine() {
    CommandLine.Model.CommandSpec current = spec;
    if (current == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return current.commandLine();
  }
}
