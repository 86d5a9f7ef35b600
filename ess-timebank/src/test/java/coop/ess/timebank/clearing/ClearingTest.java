package coop.ess.timebank.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import coop.ess.core.EssValidationException;
import coop.ess.core.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClearingTest {

  @ParameterizedTest
  @EnumSource(ClearingMethod.class)
  void aTriangleClearsItsSmallestSide(ClearingMethod method) {
    List<Obligation<String>> debts = List.of(
        Obligation.of("ana", "bo", 100), Obligation.of("bo", "cy", 80), Obligation.of("cy", "ana", 60));

    ClearingResult<String> result = Clearing.clear(debts, method);

    assertThat(result.totalDebt()).isEqualTo(240);
    assertThat(result.netInternalDebt()).isEqualTo(40);
    assertThat(result.cleared()).isEqualTo(180);
    assertThat(result.remaining()).containsExactly(Obligation.of("ana", "bo", 40), Obligation.of("bo", "cy", 20));
  }

  @Test
  void theOptimalMethodReroutesWhatTheGreedyOneCannot() {
    // Two cycles share the obligation a->b: cancelling the first cycle found first may block the larger one.
    List<Obligation<String>> debts = List.of(
        Obligation.of("a", "b", 10), Obligation.of("b", "c", 10), Obligation.of("c", "a", 10),
        Obligation.of("b", "d", 10), Obligation.of("d", "a", 10), Obligation.of("c", "d", 10));
    ClearingResult<String> optimal = Clearing.clear(debts, ClearingMethod.OPTIMAL);
    ClearingResult<String> fast = Clearing.clear(debts, ClearingMethod.FAST);

    assertThat(optimal.remainingDebt()).isEqualTo(optimal.netInternalDebt());
    assertThat(fast.cleared()).isLessThanOrEqualTo(optimal.cleared());
  }

  @Test
  void bilateralDebtsNetOut() {
    ClearingResult<String> result = Clearing.clear(
        List.of(Obligation.of("ana", "bo", 30), Obligation.of("bo", "ana", 50)), ClearingMethod.OPTIMAL);
    assertThat(result.remaining()).containsExactly(Obligation.of("bo", "ana", 20));
    assertThat(result.cleared()).isEqualTo(60);
  }

  @Test
  void anAcyclicNetworkKeepsEveryObligation() {
    List<Obligation<String>> chain = List.of(Obligation.of("a", "b", 5), Obligation.of("b", "c", 7));
    ClearingResult<String> result = Clearing.clear(chain, ClearingMethod.OPTIMAL);
    assertThat(result.cleared()).isZero();
    assertThat(result.remaining()).isEqualTo(chain);
    assertThat(Clearing.clear(List.<Obligation<String>>of(), ClearingMethod.FAST).totalDebt()).isZero();
  }

  @Test
  void badObligationsAreRefusedWithEveryProblem() {
    assertThatThrownBy(() -> Obligation.of("ana", "ana", 0))
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("obligation.amount", "obligation.selfDebt"));
    assertThatThrownBy(() -> ObligationArrays.of(2, new int[] {0}, new int[] {2}, new long[] {5}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("creditors[0] = 2");
  }

  @Test
  void everyClearingMessageIsTranslated() {
    assertThat(coop.ess.timebank.clearing.internal.ClearingMessages.CATALOG.untranslatedCodes()).isEmpty();
  }

  @Test
  void overflowingTotalsAreAnError() {
    assertThatThrownBy(() -> Clearing.clear(List.of(Obligation.of("a", "b", Long.MAX_VALUE),
        Obligation.of("b", "a", Long.MAX_VALUE)), ClearingMethod.OPTIMAL))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void aSavedResultIsRebuiltAsItWas() {
    List<Obligation<String>> debts = List.of(Obligation.of("ana", "bo", 100), Obligation.of("bo", "cy", 80),
        Obligation.of("cy", "ana", 60));
    ClearingResult<String> result = Clearing.clear(debts, ClearingMethod.OPTIMAL);

    assertThat(ClearingResult.of(result.method(), result.totalDebt(), result.netInternalDebt(), result.remaining()))
        .isEqualTo(result);
  }

  @Test
  void aResultWhoseTotalsDoNotFitIsRefused() {
    assertThatThrownBy(() -> ClearingResult.of(ClearingMethod.FAST, 50, 10, List.of(Obligation.of("a", "b", 60))))
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code, Violation::field).containsExactly(tuple("clearingResult.totals",
                "remaining")));
    assertThatThrownBy(() -> ClearingResult.of(ClearingMethod.FAST, 50, 20, List.of(Obligation.of("a", "b", 10))))
        .isInstanceOf(EssValidationException.class);
  }

  @Test
  void aSavedArrayResultIsRebuiltAsItWas() {
    ObligationArrays network = ObligationArrays.of(3, new int[] {0, 1, 2}, new int[] {1, 2, 0},
        new long[] {100, 80, 60});
    ArrayClearingResult result = Clearing.clear(network, ClearingMethod.OPTIMAL);

    ArrayClearingResult rebuilt = ArrayClearingResult.of(result.method(), result.totalDebt(),
        result.netInternalDebt(), result.remainingAmounts());

    assertThat(rebuilt.remainingAmounts()).containsExactly(40, 20, 0);
    assertThat(rebuilt.cleared()).isEqualTo(result.cleared()).isEqualTo(180);
    assertThat(rebuilt.remainingDebt()).isEqualTo(60);
  }

  @Test
  void anArrayResultWithANegativeAmountIsRefusedAtItsIndex() {
    assertThatThrownBy(() -> ArrayClearingResult.of(ClearingMethod.OPTIMAL, 10, 0, new long[] {5, -1}))
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code, Violation::field).containsExactly(tuple("clearingResult.negative",
                "remaining[1]")));
    assertThatThrownBy(() -> ArrayClearingResult.of(ClearingMethod.OPTIMAL, Long.MAX_VALUE, 0,
        new long[] {Long.MAX_VALUE, 1})).isInstanceOfSatisfying(EssValidationException.class,
        e -> assertThat(e.getMessage()).contains("more than"));
  }
}
