package coop.ess.core.governance.counting;

import coop.ess.core.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Yes/no majority and the one-round methods that add points: plurality, approval, score, Borda. Stateless. */
final class ScoreMethods {

  static final List<String> CHOICES = List.of("yes", "no", "abstain", "blank");

  private ScoreMethods() {}

  static CountResult majority(Election election) {
    Checks checks = Checks.of(CountingMessages.CATALOG, "Election");
    Map<String, Rational> tallies = Counts.zeros(CHOICES);
    for (int i = 0; i < election.ballots().size(); i++) {
      Ballot ballot = election.ballots().get(i);
      String choice = ballot.choice().orElse("");
      if (checks.check(CHOICES.contains(choice), "count.badChoice", "ballots[" + i + "].choice",
          "choice", choice, "allowed", String.join(", ", CHOICES))) {
        Counts.add(tallies, choice, Rational.of(ballot.count()));
      }
    }
    checks.throwIfInvalid();
    int cmp = Counts.get(tallies, "yes").compareTo(Counts.get(tallies, "no"));
    List<String> winners = cmp > 0 ? List.of("yes") : cmp < 0 ? List.of("no") : List.of();
    List<List<String>> ranking = cmp > 0 ? List.of(List.of("yes"), List.of("no"))
        : cmp < 0 ? List.of(List.of("no"), List.of("yes")) : List.of(List.of("yes", "no"));
    return single(election, CountingMethod.MAJORITY, "votes cast (yes + no decide)", tallies, winners, ranking,
        List.of());
  }

  static CountResult plurality(Election election) {
    Counts.requireCandidates(election, CountingMethod.PLURALITY);
    Checks checks = Checks.of(CountingMessages.CATALOG, "Election");
    Map<String, Rational> tallies = Counts.zeros(election.candidates());
    for (int i = 0; i < election.ballots().size(); i++) {
      Ballot ballot = election.ballots().get(i);
      String choice = ballot.choice().orElse(ballot.ranking().isEmpty() ? "" : ballot.ranking().get(0));
      if (choice.isEmpty() || "blank".equals(choice) || "abstain".equals(choice)) {
        continue;
      }
      if (checks.check(tallies.containsKey(choice), "election.unknownCandidate", "ballots[" + i + "].choice",
          "candidate", choice)) {
        Counts.add(tallies, choice, Rational.of(ballot.count()));
      }
    }
    checks.throwIfInvalid();
    return ranked(election, CountingMethod.PLURALITY, "first choices", tallies);
  }

  static CountResult approval(Election election) {
    Counts.requireCandidates(election, CountingMethod.APPROVAL);
    Map<String, Rational> tallies = Counts.zeros(election.candidates());
    for (Ballot ballot : election.ballots()) {
      for (String approved : ballot.approve()) {
        Counts.add(tallies, approved, Rational.of(ballot.count()));
      }
    }
    return ranked(election, CountingMethod.APPROVAL, "approvals", tallies);
  }

  static CountResult score(Election election) {
    Counts.requireCandidates(election, CountingMethod.SCORE);
    Map<String, Rational> tallies = Counts.zeros(election.candidates());
    for (Ballot ballot : election.ballots()) {
      for (Map.Entry<String, Long> score : ballot.scores().entrySet()) {
        Counts.add(tallies, score.getKey(), Rational.of(score.getValue()).times(ballot.count()));
      }
    }
    return ranked(election, CountingMethod.SCORE, "sum of scores", tallies);
  }

  static CountResult borda(Election election) {
    Counts.requireCandidates(election, CountingMethod.BORDA);
    int n = election.candidates().size();
    Map<String, Rational> tallies = Counts.zeros(election.candidates());
    for (Ballot ballot : election.ballots()) {
      List<String> ranking = ballot.ranking();
      for (int position = 0; position < ranking.size(); position++) {
        Counts.add(tallies, ranking.get(position), Rational.of((long) (n - 1 - position) * ballot.count()));
      }
    }
    return ranked(election, CountingMethod.BORDA, "Borda points", tallies);
  }

  private static CountResult ranked(Election election, CountingMethod method, String description,
      Map<String, Rational> tallies) {
    List<TieBreak> tieBreaks = new ArrayList<>();
    List<List<String>> ranking = Counts.tiersByScore(election.candidates(), tallies);
    List<String> winners = Counts.fill(ranking, election.seats(), election.seed(), 1, tieBreaks);
    return single(election, method, description, tallies, winners, ranking, tieBreaks);
  }

  static CountResult single(Election election, CountingMethod method, String description,
      Map<String, Rational> tallies, List<String> winners, List<List<String>> ranking, List<TieBreak> tieBreaks) {
    Round round = Round.builder().number(1).description(description).tallies(new LinkedHashMap<>(tallies))
        .elected(winners).build();
    return CountResult.builder().method(method).winners(winners).ranking(ranking).addRounds(round)
        .tieBreaks(tieBreaks).validBallots(Rational.of(election.totalCount())).build();
  }
}
