package coop.ess.examples.cli;

import coop.ess.timebank.Minutes;
import coop.ess.timebank.clearing.Clearing;
import coop.ess.timebank.clearing.ClearingMethod;
import coop.ess.timebank.clearing.ClearingResult;
import coop.ess.timebank.clearing.Obligation;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The demo's clearing section: the hours that four time banks of the territory owe one another after members of one
 * helped members of another, and how much of it multilateral clearing cancels. The banks and amounts are illustrative.
 */
final class ClearingDemo {

  private ClearingDemo() {}

  static void print(PrintWriter out) {
    List<Obligation<String>> owed = List.of(
        Obligation.of("ESS CARGO", "Villejean habitants", 14 * 60),
        Obligation.of("Villejean habitants", "Ressourcerie", 9 * 60),
        Obligation.of("Ressourcerie", "ESS CARGO", 11 * 60),
        Obligation.of("Ressourcerie", "Couveuse", 3 * 60),
        Obligation.of("Couveuse", "ESS CARGO", 5 * 60),
        Obligation.of("Villejean habitants", "Couveuse", 2 * 60));
    out.printf("%nClearing between four time banks of the territory (hours owed after cross-bank help)%n");
    out.println("  owed: " + describe(owed));
    for (ClearingMethod method : ClearingMethod.values()) {
      ClearingResult<String> result = Clearing.clear(owed, method);
      out.printf("  %-7s total %s, net internal debt %s, cleared %s, remaining %s: %s%n", method.name().toLowerCase(Locale.ROOT), hours(result.totalDebt()), hours(result.netInternalDebt()), hours(result.cleared()),
          hours(result.remainingDebt()), describe(result.remaining()));
    }
  }

  private static String describe(List<Obligation<String>> obligations) {
    return obligations.stream()
        .map(o -> o.debtor() + " → " + o.creditor() + " " + hours(o.amount()))
        .collect(Collectors.joining("; "));
  }

  private static String hours(long minutes) {
    return Minutes.format(minutes);
  }
}
