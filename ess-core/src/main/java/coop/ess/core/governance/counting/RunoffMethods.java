package coop.ess.core.governance.counting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Instant-runoff voting (single winner). Stateless. */
final class RunoffMethods {

  private RunoffMethods() {}

  static CountResult instantRunoff(Election election) {
    Counts.requireCandidates(election, CountingMethod.IRV);
    List<String> candidates = election.candidates();
    Set<String> continuing = new LinkedHashSet<>(candidates);
    List<String> eliminatedOrder = new ArrayList<>();
    List<Round> rounds = new ArrayList<>();
    List<TieBreak> tieBreaks = new ArrayList<>();
    Rational valid = Rational.ZERO;
    for (Ballot ballot : election.ballots()) {
      if (!ballot.ranking().isEmpty()) {
        valid = valid.plus(Rational.of(ballot.count()));
      }
    }
    List<String> winners = List.of();
    Map<String, Rational> tallies;
    while (true) {
      int number = rounds.size() + 1;
      tallies = Counts.zeros(candidates);
      Rational exhausted = Rational.ZERO;
      for (Ballot ballot : election.ballots()) {
        String top = null;
        for (String candidate : ballot.ranking()) {
          if (continuing.contains(candidate)) {
            top = candidate;
            break;
          }
        }
        if (top == null) {
          if (!ballot.ranking().isEmpty()) {
            exhausted = exhausted.plus(Rational.of(ballot.count()));
          }
        } else {
          Counts.add(tallies, top, Rational.of(ballot.count()));
        }
      }
      Rational active = valid.minus(exhausted);
      Round.Builder round = Round.builder().number(number).tallies(tallies).nonTransferable(exhausted);
      String best = null;
      for (String candidate : continuing) {
        if (best == null || Counts.get(tallies, candidate).compareTo(Counts.get(tallies, best)) > 0) {
          best = candidate;
        }
      }
      if (best != null && (Counts.get(tallies, best).times(2).compareTo(active) > 0 || continuing.size() == 1)) {
        winners = List.of(best);
        rounds.add(round.description(number == 1 ? "first preferences" : "after transfers")
            .addElected(best).build());
        break;
      }
      if (active.signum() == 0) {
        rounds.add(round.description("no votes left for any continuing candidate").build());
        break;
      }
      Rational lowest = null;
      for (String candidate : continuing) {
        Rational tally = Counts.get(tallies, candidate);
        lowest = lowest == null ? tally : lowest.min(tally);
      }
      List<String> tied = new ArrayList<>();
      for (String candidate : continuing) {
        if (Counts.get(tallies, candidate).equals(lowest)) {
          tied.add(candidate);
        }
      }
      String excluded = Counts.pick(tied, election.seed(), number, "exclusion", tieBreaks);
      continuing.remove(excluded);
      eliminatedOrder.add(excluded);
      rounds.add(round.description(Counts.describe((number == 1 ? "first preferences" : "after transfers")
          + "; exclusion of " + excluded, number, tieBreaks)).addEliminated(excluded).build());
    }
    List<List<String>> ranking = new ArrayList<>();
    Map<String, Rational> last = tallies;
    List<String> rest = new ArrayList<>(continuing);
    rest.removeAll(winners);
    if (!winners.isEmpty()) {
      ranking.add(winners);
    }
    Map<String, Rational> finalTallies = new LinkedHashMap<>(last);
    ranking.addAll(Counts.tiersByScore(rest, finalTallies));
    for (int i = eliminatedOrder.size() - 1; i >= 0; i--) {
      ranking.add(List.of(eliminatedOrder.get(i)));
    }
    return CountResult.builder().method(CountingMethod.IRV).winners(winners).ranking(ranking).rounds(rounds)
        .tieBreaks(tieBreaks).validBallots(valid).build();
  }
}
