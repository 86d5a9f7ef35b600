package coop.ess.examples.cli;

import coop.ess.timebank.simulation.PeriodMetrics;
import coop.ess.timebank.simulation.SimulationSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import tools.jackson.databind.node.ObjectNode;

/**
 * The files of a simulation run: {@code metrics.csv}, {@code summary.json} and {@code report.html}. Everything in them
 * derives from the settings and the results: no date, no timing, no host name, so the same run gives the same bytes.
 */
final class SimulationFiles {

  private static final int BINS = 40;

  private SimulationFiles() {}

  /** The results of one run, as the files need them. */
  record Run(SimulationSettings settings, List<PeriodMetrics> months, long[] finalBalances, long communityBalance) {}

  static void write(Path dir, Run run) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("metrics.csv"), csv(run.months()), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("summary.json"), SimulationSettingsFile.JSON.writerWithDefaultPrettyPrinter()
          .writeValueAsString(summary(run)) + "\n", StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("report.html"), html(run), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + dir + ": " + e.getMessage(), e);
    }
  }

  static String csv(List<PeriodMetrics> months) {
    StringBuilder out = new StringBuilder(PeriodMetrics.CSV_HEADER).append('\n');
    for (PeriodMetrics month : months) {
      out.append(month.csvRow()).append('\n');
    }
    return out.toString();
  }

  /** The summary: the canonical settings and their SHA-256, totals over the run, the last month, the balances. */
  static ObjectNode summary(Run run) {
    ObjectNode json = SimulationSettingsFile.JSON.createObjectNode();
    json.put("model", "ess-timebank simulation");
    json.put("settingsSha256", SimulationSettingsFile.sha256(run.settings()));
    json.set("settings", SimulationSettingsFile.write(run.settings()));
    ObjectNode totals = json.putObject("totals");
    totals.put("needs", run.months().stream().mapToLong(PeriodMetrics::needs).sum());
    totals.put("unmatched", run.months().stream().mapToLong(PeriodMetrics::unmatched).sum());
    totals.put("attempts", run.months().stream().mapToLong(PeriodMetrics::attempts).sum());
    totals.put("exchanges", run.months().stream().mapToLong(PeriodMetrics::exchanges).sum());
    totals.put("blockedByFloor", run.months().stream().mapToLong(PeriodMetrics::blockedByFloor).sum());
    totals.put("blockedByCeiling", run.months().stream().mapToLong(PeriodMetrics::blockedByCeiling).sum());
    totals.put("minutesExchanged", run.months().stream().mapToLong(PeriodMetrics::minutesExchanged).sum());
    totals.put("demurrageMinutes", run.months().stream().mapToLong(PeriodMetrics::demurrageMinutes).sum());
    PeriodMetrics last = run.months().get(run.months().size() - 1);
    ObjectNode end = json.putObject("lastMonth");
    String[] names = PeriodMetrics.CSV_HEADER.split(",");
    String[] values = last.csvRow().split(",");
    for (int i = 0; i < names.length; i++) {
      if (values[i].contains(".")) {
        end.put(names[i], Double.parseDouble(values[i]));
      } else {
        end.put(names[i], Long.parseLong(values[i]));
      }
    }
    long[] sorted = run.finalBalances().clone();
    Arrays.sort(sorted);
    ObjectNode balances = json.putObject("finalBalances");
    balances.put("members", sorted.length);
    if (sorted.length > 0) {
      balances.put("min", sorted[0]);
      balances.put("median", sorted[sorted.length / 2]);
      balances.put("max", sorted[sorted.length - 1]);
    }
    balances.put("community", run.communityBalance());
    return json;
  }

  // ------------------------------------------------------------------------------------------- report.html

  static String html(Run run) {
    List<PeriodMetrics> months = run.months();
    String sha = SimulationSettingsFile.sha256(run.settings());
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>ESS time-bank simulation ").append(sha, 0, 12).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:2em auto;max-width:980px;color:#222}\n")
        .append("h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em}\n")
        .append("table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ccc;padding:2px 6px;")
        .append("text-align:right}\nsvg{background:#fafafa;border:1px solid #ddd}\n")
        .append("pre{background:#f4f4f4;padding:1em;overflow:auto;font-size:.8em}\n</style>\n</head>\n<body>\n")
        .append("<h1>ESS time-bank simulation</h1>\n<p>")
        .append(run.settings().members()).append(" members at the start, ").append(months.size())
        .append(" months, seed ").append(run.settings().seed()).append(". Settings SHA-256 <code>").append(sha)
        .append("</code>.</p>\n");
    out.append("<h2>Balance distribution at the end (current members, hours)</h2>\n");
    histogram(out, run.finalBalances());
    out.append("<h2>Gini of spending power per month</h2>\n");
    lines(out, months, new String[] {"Gini"}, new String[] {"#1f77b4"}, List.of(PeriodMetrics::gini));
    out.append("<h2>Exchanges and blocked attempts per month</h2>\n");
    lines(out, months, new String[] {"exchanges", "blocked by floor", "blocked by ceiling"},
        new String[] {"#2ca02c", "#d62728", "#ff7f0e"},
        List.of(m -> (double) m.exchanges(), m -> (double) m.blockedByFloor(), m -> (double) m.blockedByCeiling()));
    out.append("<h2>Shares per month</h2>\n");
    lines(out, months, new String[] {"active", "reciprocity", "at floor", "at ceiling"},
        new String[] {"#9467bd", "#8c564b", "#d62728", "#ff7f0e"},
        List.of(PeriodMetrics::activeShare, PeriodMetrics::reciprocity, PeriodMetrics::atFloorShare,
            PeriodMetrics::atCeilingShare));
    out.append("<h2>Metrics</h2>\n<table>\n<tr>");
    for (String name : PeriodMetrics.CSV_HEADER.split(",")) {
      out.append("<th>").append(name).append("</th>");
    }
    out.append("</tr>\n");
    for (PeriodMetrics month : months) {
      out.append("<tr>");
      for (String value : month.csvRow().split(",")) {
        out.append("<td>").append(value).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n<h2>Settings (cite these with their SHA-256)</h2>\n<pre>")
        .append(escape(SimulationSettingsFile.JSON.writerWithDefaultPrettyPrinter()
            .writeValueAsString(SimulationSettingsFile.write(run.settings()))))
        .append("</pre>\n<p>Reproduce: save the settings as <code>settings.json</code> and run "
            + "<code>ess simulate settings.json --out DIR</code>.</p>\n</body>\n</html>\n");
    return out.toString();
  }

  private static final int WIDTH = 900;
  private static final int HEIGHT = 300;
  private static final int LEFT = 70;
  private static final int BOTTOM = 40;
  private static final int TOP = 20;
  private static final int RIGHT = 20;

  private static void histogram(StringBuilder out, long[] balances) {
    long min = Arrays.stream(balances).min().orElse(0);
    long max = Arrays.stream(balances).max().orElse(0);
    long width = Math.max(1, (max - min + BINS) / BINS);
    long[] counts = new long[BINS];
    for (long balance : balances) {
      counts[(int) Math.min(BINS - 1, (balance - min) / width)]++;
    }
    long highest = Math.max(1, Arrays.stream(counts).max().orElse(1));
    svgStart(out);
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double bar = plotWidth / BINS;
    for (int i = 0; i < BINS; i++) {
      double h = plotHeight * counts[i] / highest;
      out.append(String.format(Locale.ROOT,
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1f77b4\"><title>%s to %s h: %d"
              + "</title></rect>\n", LEFT + i * bar + 1, TOP + plotHeight - h, bar - 2, h,
          hours(min + i * width), hours(min + (i + 1) * width), counts[i]));
    }
    axes(out, "members", 0, highest, hours(min) + " h", hours(min + BINS * width) + " h");
    out.append("</svg>\n");
  }

  private static void lines(StringBuilder out, List<PeriodMetrics> months, String[] names, String[] colours,
      List<ToDoubleFunction<PeriodMetrics>> series) {
    double highest = 0;
    for (ToDoubleFunction<PeriodMetrics> values : series) {
      for (PeriodMetrics month : months) {
        highest = Math.max(highest, values.applyAsDouble(month));
      }
    }
    if (highest <= 0) {
      highest = 1;
    }
    svgStart(out);
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double step = months.size() > 1 ? plotWidth / (months.size() - 1) : 0;
    for (int s = 0; s < series.size(); s++) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < months.size(); i++) {
        double y = TOP + plotHeight - plotHeight * series.get(s).applyAsDouble(months.get(i)) / highest;
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + i * step, y));
      }
      out.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colours[s]).append("\" points=\"")
          .append(points.toString().trim()).append("\"/>\n");
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"%s\">%s</text>\n",
          LEFT + 10 + 150 * s, TOP + 12, colours[s], names[s]));
    }
    axes(out, "", 0, highest, "month 1", "month " + months.size());
    out.append("</svg>\n");
  }

  private static void svgStart(StringBuilder out) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
        .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\">\n");
  }

  private static void axes(StringBuilder out, String label, double low, double high, String first, String last) {
    int bottom = HEIGHT - BOTTOM;
    out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>\n",
        LEFT, TOP, LEFT, bottom));
    out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>\n",
        LEFT, bottom, WIDTH - RIGHT, bottom));
    out.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>\n", LEFT - 6, TOP + 10,
        number(high)));
    out.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>\n", LEFT - 6, bottom,
        number(low)));
    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>\n", LEFT, bottom + 16,
        first));
    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>\n",
        WIDTH - RIGHT, bottom + 16, last));
    if (!label.isEmpty()) {
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>\n", 4, TOP + 26,
          label));
    }
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.3f", value);
  }

  private static String hours(long minutes) {
    return String.format(Locale.ROOT, "%.1f", minutes / 60.0);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
