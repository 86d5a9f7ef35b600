package coop.ess.examples.cli;

import coop.ess.core.EssException;
import coop.ess.timebank.clearing.ArrayClearingResult;
import coop.ess.timebank.clearing.Clearing;
import coop.ess.timebank.clearing.ClearingMethod;
import coop.ess.timebank.clearing.ObligationArrays;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code ess clear}: multilateral clearing of an obligation network read from CSV. */
@Command(name = "clear", mixinStandardHelpOptions = true,
    description = {"Cancels debt around cycles of an obligation network without changing net positions.",
        "Input: CSV with the header debtor,creditor,amount (whole numbers, at least 1).",
        "Prints {\"totalDebt\", \"netInternalDebt\", \"cleared\", \"remaining\"} as JSON."})
final class ClearCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OBLIGATIONS.csv", description = "The obligations.")
  Path input = Path.of("");

  @Option(names = "--method", paramLabel = "optimal|fast", description = "optimal (default) or fast.")
  String method = "optimal";

  @Option(names = "--out", paramLabel = "REMAINING.csv", description = "Also write the remaining obligations.")
  @org.jspecify.annotations.Nullable Path out;

  @CommandLine.Spec
  CommandLine.Model.@org.jspecify.annotations.Nullable CommandSpec spec;

  @Override
  public Integer call() {
    ClearingMethod chosen = switch (method.toLowerCase(Locale.ROOT)) {
      case "optimal" -> ClearingMethod.OPTIMAL;
      case "fast" -> ClearingMethod.FAST;
      default -> throw new CommandLine.ParameterException(commandLine(),
          "Invalid value for option '--method': '" + method + "' (expected optimal or fast)");
    };
    ObligationCsv csv = ObligationCsv.read(input);
    ArrayClearingResult result = Clearing.clear(csv.network, chosen);
    if (out != null) {
      csv.writeRemaining(out, result);
    }
    ObjectNode json = JsonMapper.builder().build().createObjectNode();
    json.put("totalDebt", result.totalDebt());
    json.put("netInternalDebt", result.netInternalDebt());
    json.put("cleared", result.cleared());
    json.put("remaining", result.remainingDebt());
    PrintWriter writer = commandLine().getOut();
    writer.println(json.toString());
    writer.flush();
    return 0;
  }

  private CommandLine commandLine() {
    CommandLine.Model.CommandSpec current = spec;
    if (current == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return current.commandLine();
  }

  /** The obligations of a CSV file, with parties numbered in order of first appearance. */
  static final class ObligationCsv {
    final ObligationArrays network;
    final List<String> parties;

    private ObligationCsv(ObligationArrays network, List<String> parties) {
      this.network = network;
      this.parties = parties;
    }

    static ObligationCsv read(Path file) {
      Map<String, Integer> numbers = new HashMap<>();
      List<String> parties = new ArrayList<>();
      int[] debtors = new int[1024];
      int[] creditors = new int[1024];
      long[] amounts = new long[1024];
      int count = 0;
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String header = reader.readLine();
        if (header == null || !header.replace("\uFEFF", "").trim().equalsIgnoreCase("debtor,creditor,amount")) {
          throw new EssException(file + " line 1: the header must be debtor,creditor,amount");
        }
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
          number++;
          if (line.isBlank()) {
            continue;
          }
          String[] fields = line.split(",", -1);
          if (fields.length != 3) {
            throw new EssException(file + " line " + number + ": expected 3 fields (debtor,creditor,amount), found "
                + fields.length);
          }
          String debtor = unquote(fields[0]);
          String creditor = unquote(fields[1]);
          String amountText = fields[2].trim();
          if (debtor.isEmpty() || creditor.isEmpty()) {
            throw new EssException(file + " line " + number + ": " + (debtor.isEmpty() ? "debtor" : "creditor")
                + " is empty");
          }
          if (debtor.equals(creditor)) {
            throw new EssException(file + " line " + number + ": " + debtor + " cannot owe itself");
          }
          long amount;
          try {
            amount = Long.parseLong(amountText);
          } catch (NumberFormatException e) {
            throw new EssException(file + " line " + number + ": amount '" + amountText
                + "' is not a whole number", e);
          }
          if (amount < 1) {
            throw new EssException(file + " line " + number + ": amount " + amount + " must be at least 1");
          }
          if (count == debtors.length) {
            debtors = Arrays.copyOf(debtors, count * 2);
            creditors = Arrays.copyOf(creditors, count * 2);
            amounts = Arrays.copyOf(amounts, count * 2);
          }
          debtors[count] = numbers.computeIfAbsent(debtor, p -> { parties.add(p); return parties.size() - 1; });
          creditors[count] = numbers.computeIfAbsent(creditor, p -> { parties.add(p); return parties.size() - 1; });
          amounts[count] = amount;
          count++;
        }
      } catch (NoSuchFileException e) {
        throw new EssException("no such file: " + file, e);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
      return new ObligationCsv(ObligationArrays.of(parties.size(), Arrays.copyOf(debtors, count),
          Arrays.copyOf(creditors, count), Arrays.copyOf(amounts, count)), parties);
    }

    private static String unquote(String field) {
      String text = field.trim();
      if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
        return text.substring(1, text.length() - 1).replace("\"\"", "\"");
      }
      return text;
    }

    private static String quote(String party) {
      return party.indexOf('"') >= 0 ? '"' + party.replace("\"", "\"\"") + '"' : party;
    }

    void writeRemaining(Path file, ArrayClearingResult result) {
      try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        writer.write("debtor,creditor,amount\n");
        for (int i = 0; i < network.size(); i++) {
          long left = result.remaining(i);
          if (left > 0) {
            writer.write(quote(parties.get(network.debtor(i))) + "," + quote(parties.get(network.creditor(i))) + ","
                + left + "\n");
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
      }
    }
  }
}
