package coop.ess.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, redrawn in place with a carriage return. Handwritten (30 lines) rather
 * than the progressbar library: it needs nothing but a {@link PrintWriter}, adds no dependency (nor JLine) to the
 * shaded {@code ess.jar}, and can never write into the output files. Not thread-safe.
 */
final class ProgressBar {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String task;
  private final long total;
  private final String unit;
  private final long started = System.nanoTime();

  ProgressBar(PrintWriter err, String task, long total, String unit) {
    this.err = err;
    this.task = task;
    this.total = Math.max(1, total);
    this.unit = unit;
  }

  /** Shows {@code done} of the total, with the time elapsed. */
  void show(long done) {
    int filled = (int) (WIDTH * Math.min(done, total) / total);
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    err.print(String.format(Locale.ROOT, "\r%s [%s%s] %d/%d %s, %d s", task, "#".repeat(filled),
        " ".repeat(WIDTH - filled), done, total, unit, seconds));
    if (done >= total) {
      err.println();
    }
    err.flush();
  }
}
