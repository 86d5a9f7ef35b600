package coop.ess.timebank.clearing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Multilateral clearing: cancels debt around cycles of obligations (A owes B, B owes C, C owes A) without changing
 * any party's net position and without creating an obligation that did not exist. What remains is never less than
 * the {@linkplain ClearingResult#netInternalDebt() net internal debt}. Example:
 *
 * <pre>{@code
 * List<Obligation<String>> debts = List.of(
 *     Obligation.of("ana", "bo", 100), Obligation.of("bo", "cy", 80), Obligation.of("cy", "ana", 60));
 * ClearingResult<String> result = Clearing.clear(debts, ClearingMethod.OPTIMAL);
 * result.cleared();     // 180: 60 around the triangle
 * result.remaining();   // [ana owes bo 40, bo owes cy 20]
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Clearing {

  private Clearing() {}

  /**
   * Clears a list of obligations between parties of any type (with {@code equals} and {@code hashCode}).
   *
   * @param <P> the type of the parties
   * @param obligations the obligations, not null
   * @param method the method, not null
   * @return the totals and the remaining obligations in input order, not null
   * @throws ArithmeticException if the total debt overflows a {@code long}
   */
  public static <P> ClearingResult<P> clear(Collection<Obligation<P>> obligations, ClearingMethod method) {
    Objects.requireNonNull(method, "method");
    List<Obligation<P>> list = List.copyOf(obligations);
    Map<P, Integer> numbers = new HashMap<>();
    int[] debtors = new int[list.size()];
    int[] creditors = new int[list.size()];
    long[] amounts = new long[list.size()];
    for (int i = 0; i < list.size(); i++) {
      Obligation<P> obligation = list.get(i);
      debtors[i] = numbers.computeIfAbsent(obligation.debtor(), p -> numbers.size());
      creditors[i] = numbers.computeIfAbsent(obligation.creditor(), p -> numbers.size());
      amounts[i] = obligation.amount();
    }
    ArrayClearingResult cleared = clear(ObligationArrays.of(numbers.size(), debtors, creditors, amounts), method);
    List<Obligation<P>> remaining = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      long left = cleared.remaining(i);
      if (left == list.get(i).amount()) {
        remaining.add(list.get(i));
      } else if (left > 0) {
        remaining.add(Obligation.of(list.get(i).debtor(), list.get(i).creditor(), left));
      }
    }
    return ClearingResult.<P>builder()
        .method(method)
        .totalDebt(cleared.totalDebt())
        .netInternalDebt(cleared.netInternalDebt())
        .remaining(remaining)
        .build();
  }

  /**
   * Clears a network held in primitive arrays.
   *
   * @param network the network, not null
   * @param method the method, not null
   * @return the totals and the remaining amount of each obligation, not null
   * @throws ArithmeticException if the total debt overflows a {@code long}
   */
  public static ArrayClearingResult clear(ObligationArrays network, ClearingMethod method) {
    Objects.requireNonNull(network, "network");
    long total = network.totalDebt();
    long netInternal = network.netInternalDebt();
    long[] remaining = switch (Objects.requireNonNull(method, "method")) {
      case OPTIMAL -> new MinCostFlowClearing(network).remaining();
      case FAST -> CycleCancelling.remaining(network);
    };
    return new ArrayClearingResult(method, total, netInternal, remaining);
  }
}
