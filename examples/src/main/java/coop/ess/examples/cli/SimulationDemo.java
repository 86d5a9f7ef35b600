package coop.ess.examples.cli;

import coop.ess.timebank.Limits;
import coop.ess.timebank.Minutes;
import coop.ess.timebank.simulation.Demurrage;
import coop.ess.timebank.simulation.PeriodMetrics;
import coop.ess.timebank.simulation.Simulation;
import coop.ess.timebank.simulation.SimulationSettings;
import java.io.PrintWriter;
import java.util.List;

/**
 * The demo's simulation section: a year of an illustrative time bank of 300 members under the ledger's limits
 * (−10 h / +20 h) and a demurrage, as {@code ess simulate} runs it (seed 1, so always the same lines).
 */
final class SimulationDemo {

  private SimulationDemo() {}

  static void print(PrintWriter out) {
    SimulationSettings settings = SimulationSettings.builder().members(300).months(12).seed(1)
        .limits(Limits.of(Minutes.ofHours(-10), Minutes.ofHours(20))).demurrage(Demurrage.of(3, 10)).build();
    List<PeriodMetrics> months = Simulation.of(settings).runToEnd();
    out.printf("%nSimulating a year of a 300-member time bank (limits -10 h / +20 h, 10 %% of credit idle for 3 months "
        + "expires; seed 1)%n");
    out.printf("  %5s %7s %9s %8s %8s %7s %6s %7s%n", "month", "members", "exchanges", "floor", "ceiling", "hours",
        "gini", "active");
    for (PeriodMetrics month : months) {
      if (month.month() == 1 || month.month() % 3 == 0) {
        out.printf(java.util.Locale.ROOT, "  %5d %7d %9d %8d %8d %7.0f %6.3f %6.0f%%%n", month.month(),
            month.members(), month.exchanges(), month.blockedByFloor(), month.blockedByCeiling(),
            month.hoursExchanged(), month.gini(), 100 * month.activeShare());
      }
    }
    out.println("  (floor / ceiling: attempts refused by the payer's floor or the payee's ceiling; docs/researchers.md)");
  }
}
