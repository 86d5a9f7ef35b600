package coop.ess.examples.cli;

import coop.ess.core.EssException;
import coop.ess.json.EssJsonException;
import coop.ess.timebank.simulation.PeriodMetrics;
import coop.ess.timebank.simulation.Simulation;
import coop.ess.timebank.simulation.SimulationSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ess sweep}: runs a grid of settings × seeds in parallel, one summary row per run. Each run is a pure function
 * of its canonical settings, written one per line to {@code runs.jsonl}, so the same sweep can run elsewhere (a
 * cluster) and give the same rows.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Runs a grid of simulation settings x seeds in parallel; one summary row per run.",
        "GRID.json: {\"base\": {settings}, \"vary\": {\"field\": [values, ...], ...}, \"seeds\": [1, 2, ...]}.",
        "Writes DIR/sweep.csv (one row per run, in grid order) and DIR/runs.jsonl (the settings of each run)."})
final class SweepCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "GRID.json", description = "The grid.")
  Path grid = Path.of("");

  @Option(names = "--threads", paramLabel = "T", description = "Runs at once (default: the number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The output directory.")
  Path out = Path.of("");

  @Option(names = "--quiet", description = "No progress bar on standard error.")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.@Nullable CommandSpec spec;

  /** One run of the grid: its varied values (compact JSON) and its settings. */
  record GridRun(List<String> varied, SimulationSettings settings) {}

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new CommandLine.ParameterException(commandLine(), "--threads must be at least 1, got " + threads);
    }
    JsonNode root;
    try {
      root = SimulationSettingsFile.JSON.readTree(Files.readString(grid, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new EssException("no such file: " + grid, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + grid + ": " + e.getMessage(), e);
    } catch (JacksonException e) {
      throw new EssException(grid + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    List<String> keys = new ArrayList<>();
    List<GridRun> runs;
    try {
      runs = expand(root, keys);
    } catch (EssJsonException e) {
      throw new EssException(grid + " " + e.getMessage(), e);
    }
    List<String> rows = new ArrayList<>(runs.size());
    ProgressBar bar = quiet ? null : new ProgressBar(commandLine().getErr(), "sweep", runs.size(), "runs");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < runs.size(); i++) {
        int number = i + 1;
        GridRun run = runs.get(i);
        results.add(pool.submit(() -> row(number, run)));
      }
      for (Future<String> result : results) {
        rows.add(result.get());
        if (bar != null) {
          bar.show(rows.size());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
    write(keys, runs, rows);
    PrintWriter writer = commandLine().getOut();
    writer.println("Ran " + runs.size() + " simulations; wrote " + out.resolve("sweep.csv") + " and "
        + out.resolve("runs.jsonl") + ".");
    writer.flush();
    return 0;
  }

  /** The runs of a grid, in order: every combination of the varied values (first field outermost), then seeds. */
  static List<GridRun> expand(JsonNode root, List<String> keys) {
    if (!root.isObject()) {
      throw new EssJsonException("", "the grid must be a JSON object");
    }
    for (String name : root.propertyNames()) {
      if (!List.of("$schema", "base", "vary", "seeds").contains(name)) {
        throw new EssJsonException("/" + name, "unknown field (expected base, vary, seeds)");
      }
    }
    JsonNode base = root.path("base");
    if (!base.isMissingNode() && !base.isObject()) {
      throw new EssJsonException("/base", "must be a JSON object of settings");
    }
    JsonNode vary = root.path("vary");
    List<List<JsonNode>> values = new ArrayList<>();
    if (!vary.isMissingNode()) {
      if (!vary.isObject()) {
        throw new EssJsonException("/vary", "must be a JSON object of arrays");
      }
      for (String key : vary.propertyNames()) {
        JsonNode list = vary.get(key);
        if (!list.isArray() || list.isEmpty()) {
          throw new EssJsonException("/vary/" + key, "must be a non-empty array of values");
        }
        keys.add(key);
        List<JsonNode> options = new ArrayList<>();
        list.forEach(options::add);
        values.add(options);
      }
    }
    List<Long> seeds = new ArrayList<>();
    JsonNode seedList = root.path("seeds");
    if (seedList.isMissingNode()) {
      seeds.add(base.path("seed").canConvertToLong() ? base.path("seed").longValue() : 1L);
    } else if (!seedList.isArray() || seedList.isEmpty()) {
      throw new EssJsonException("/seeds", "must be a non-empty array of whole numbers");
    } else {
      for (int i = 0; i < seedList.size(); i++) {
        if (!seedList.get(i).isIntegralNumber() || !seedList.get(i).canConvertToLong()) {
          throw new EssJsonException("/seeds/" + i, "must be a whole number");
        }
        seeds.add(seedList.get(i).longValue());
      }
    }
    List<GridRun> runs = new ArrayList<>();
    int combinations = 1;
    for (List<JsonNode> options : values) {
      combinations = Math.multiplyExact(combinations, options.size());
    }
    if ((long) combinations * seeds.size() > 100_000) {
      throw new EssJsonException("/vary", "the grid has more than 100,000 runs");
    }
    for (int combination = 0; combination < combinations; combination++) {
      ObjectNode settings = base.isObject() ? ((ObjectNode) base).deepCopy()
          : SimulationSettingsFile.JSON.createObjectNode();
      List<String> varied = new ArrayList<>();
      int rest = combination;
      int[] chosen = new int[values.size()];
      for (int k = values.size() - 1; k >= 0; k--) {
        chosen[k] = rest % values.get(k).size();
        rest /= values.get(k).size();
      }
      for (int k = 0; k < values.size(); k++) {
        JsonNode value = values.get(k).get(chosen[k]);
        settings.set(keys.get(k), value);
        varied.add(value.toString());
      }
      for (long seed : seeds) {
        settings.put("seed", seed);
        SimulationSettings built;
        try {
          built = SimulationSettingsFile.settings(settings);
        } catch (EssJsonException e) {
          throw new EssJsonException(e.pointer(), "in run " + (runs.size() + 1) + " " + varied + ": " + e.reason(), e);
        }
        runs.add(new GridRun(varied, built));
      }
    }
    return runs;
  }

  /** One run's summary row (without line end). */
  static String row(int number, GridRun run) {
    Simulation simulation = Simulation.of(run.settings());
    List<PeriodMetrics> months = simulation.runToEnd();
    PeriodMetrics last = months.get(months.size() - 1);
    StringBuilder row = new StringBuilder().append(number).append(',').append(run.settings().seed());
    for (String value : run.varied()) {
      row.append(',').append(csvField(value));
    }
    row.append(',').append(SimulationSettingsFile.sha256(run.settings()));
    row.append(String.format(Locale.ROOT, ",%d,%d,%d,%d,%d,%d,%d,%d,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f",
        months.stream().mapToLong(PeriodMetrics::needs).sum(),
        months.stream().mapToLong(PeriodMetrics::attempts).sum(),
        months.stream().mapToLong(PeriodMetrics::exchanges).sum(),
        months.stream().mapToLong(PeriodMetrics::blockedByFloor).sum(),
        months.stream().mapToLong(PeriodMetrics::blockedByCeiling).sum(),
        months.stream().mapToLong(PeriodMetrics::minutesExchanged).sum(),
        months.stream().mapToLong(PeriodMetrics::demurrageMinutes).sum(),
        last.members(), last.gini(), last.atFloorShare(), last.atCeilingShare(), last.reciprocity(),
        last.activeShare(), last.velocity()));
    return row.toString();
  }

  static String header(List<String> keys) {
    StringBuilder header = new StringBuilder("run,seed");
    for (String key : keys) {
      header.append(',').append(key);
    }
    return header.append(",settingsSha256,needs,attempts,exchanges,blockedByFloor,blockedByCeiling,")
        .append("minutesExchanged,demurrageMinutes,finalMembers,finalGini,finalAtFloorShare,finalAtCeilingShare,")
        .append("finalReciprocity,finalActiveShare,finalVelocity").toString();
  }

  private void write(List<String> keys, List<GridRun> runs, List<String> rows) {
    StringBuilder csv = new StringBuilder(header(keys)).append('\n');
    rows.forEach(row -> csv.append(row).append('\n'));
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < runs.size(); i++) {
      ObjectNode line = SimulationSettingsFile.JSON.createObjectNode();
      line.put("run", i + 1);
      line.set("settings", SimulationSettingsFile.write(runs.get(i).settings()));
      jsonl.append(line).append('\n');
    }
    try {
      Files.createDirectories(out);
      Files.writeString(out.resolve("sweep.csv"), csv, StandardCharsets.UTF_8);
      Files.writeString(out.resolve("runs.jsonl"), jsonl, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + out + ": " + e.getMessage(), e);
    }
  }

  private static String csvField(String value) {
    return value.indexOf(',') >= 0 || value.indexOf('"') >= 0 ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  private CommandLine commandLine() {
    CommandLine.Model.CommandSpec current = spec;
    if (current == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return current.commandLine();
  }
}
