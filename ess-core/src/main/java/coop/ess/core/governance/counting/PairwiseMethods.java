package coop.ess.core.governance.counting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Condorcet methods built on the pairwise matrix: Schulze, ranked pairs, Copeland. Stateless. */
final class PairwiseMethods {

  private PairwiseMethods() {}

  /**
   * {@code d[i][j]}: the weight of the ballots that rank candidate i above candidate j (a listed candidate is above
   * an unlisted one; two unlisted ones are equal).
   */
  static long[][] matrix(Election election) {
    List<String> candidates = election.candidates();
    int n = candidates.size();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(candidates.get(i), i);
    }
    long[][] d = new long[n][n];
    int[] rank = new int[n];
    for (Ballot ballot : election.ballots()) {
      java.util.Arrays.fill(rank, Integer.MAX_VALUE);
      List<String> ranking = ballot.ranking();
      for (int position = 0; position < ranking.size(); position++) {
        rank[Counts.get(index, ranking.get(position))] = position;
      }
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (rank[i] < rank[j]) {
            d[i][j] = Math.addExact(d[i][j], ballot.count());
          }
        }
      }
    }
    return d;
  }

  private static Map<String, Rational> pairs(List<String> candidates, long[][] values) {
    Map<String, Rational> tallies = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      for (int j = 0; j < candidates.size(); j++) {
        if (i != j) {
          tallies.put(candidates.get(i) + ">" + candidates.get(j), Rational.of(values[i][j]));
        }
      }
    }
    return tallies;
  }

  private static Round round(int number, String description, Map<String, Rational> tallies, List<String> elected) {
    return Round.builder().number(number).description(description).tallies(tallies).elected(elected).build();
  }

  static CountResult schulze(Election election) {
    Counts.requireCandidates(election, CountingMethod.SCHULZE);
    List<String> candidates = election.candidates();
    int n = candidates.size();
    long[][] d = matrix(election);
    long[][] p = new long[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && d[i][j] > d[j][i]) {
          p[i][j] = d[i][j];
        }
      }
    }
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        if (i == k) {
          continue;
        }
        for (int j = 0; j < n; j++) {
          if (j != i && j != k) {
            p[i][j] = Math.max(p[i][j], Math.min(p[i][k], p[k][j]));
          }
        }
      }
    }
    boolean[][] beats = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        beats[i][j] = i != j && p[i][j] > p[j][i];
      }
    }
    List<List<String>> ranking = layers(candidates, beats);
    List<TieBreak> tieBreaks = new ArrayList<>();
    List<String> winners = Counts.fill(ranking, election.seats(), election.seed(), 2, tieBreaks);
    return CountResult.builder().method(CountingMethod.SCHULZE).winners(winners).ranking(ranking)
        .addRounds(round(1, "pairwise preferences d[X>Y]", pairs(candidates, d), List.of()))
        .addRounds(round(2, "strongest paths p[X>Y] (winning votes)", pairs(candidates, p), winners))
        .tieBreaks(tieBreaks).validBallots(Rational.of(election.totalCount())).build();
  }

  /**
   * Tiers of a strict partial order: first the candidates nobody beats, then those only beaten by the first tier,
   * and so on.
   */
  static List<List<String>> layers(List<String> candidates, boolean[][] beats) {
    int n = candidates.size();
    Set<Integer> left = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      left.add(i);
    }
    List<List<String>> tiers = new ArrayList<>();
    while (!left.isEmpty()) {
      List<Integer> top = new ArrayList<>();
      for (int j : left) {
        boolean beaten = false;
        for (int i : left) {
          beaten |= beats[i][j];
        }
        if (!beaten) {
          top.add(j);
        }
      }
      if (top.isEmpty()) { // a cycle cannot happen for these relations; keep the remaining candidates together
        top.addAll(left);
      }
      List<String> tier = new ArrayList<>();
      for (int i : top) {
        tier.add(candidates.get(i));
      }
      tiers.add(List.copyOf(tier));
      left.removeAll(top);
    }
    return List.copyOf(tiers);
  }

  static CountResult rankedPairs(Election election) {
    Counts.requireCandidates(election, CountingMethod.RANKED_PAIRS);
    List<String> candidates = election.candidates();
    int n = candidates.size();
    long[][] d = matrix(election);
    List<int[]> majorities = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (d[i][j] > d[j][i]) {
          majorities.add(new int[] {i, j});
        }
      }
    }
    Comparator<int[]> strongerFirst = Comparator.comparingLong((int[] pair) -> -d[pair[0]][pair[1]])
        .thenComparingLong(pair -> d[pair[1]][pair[0]]);
    majorities.sort(strongerFirst);
    boolean[][] locked = new boolean[n][n];
    Map<String, Rational> lockedReport = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    List<TieBreak> tieBreaks = new ArrayList<>();
    int start = 0;
    while (start < majorities.size()) {
      int end = start + 1;
      while (end < majorities.size() && strongerFirst.compare(majorities.get(start), majorities.get(end)) == 0) {
        end++;
      }
      List<int[]> group = new ArrayList<>(majorities.subList(start, end));
      if (group.size() > 1 && orderMatters(locked, group)) {
        Set<String> involved = new LinkedHashSet<>();
        for (int[] pair : group) {
          involved.add(candidates.get(pair[0]));
          involved.add(candidates.get(pair[1]));
        }
        List<String> order = Counts.order(List.copyOf(involved), election.seed());
        tieBreaks.add(TieBreak.of(2, "pair order", List.copyOf(involved), order, election.seed()));
        group.sort(Comparator.comparingInt((int[] pair) -> order.indexOf(candidates.get(pair[0])))
            .thenComparingInt(pair -> -order.indexOf(candidates.get(pair[1]))));
      }
      for (int[] pair : group) {
        String name = candidates.get(pair[0]) + ">" + candidates.get(pair[1]);
        if (reaches(locked, pair[1], pair[0])) {
          skipped.add(name);
        } else {
          locked[pair[0]][pair[1]] = true;
          lockedReport.put(name, Rational.of(d[pair[0]][pair[1]]));
        }
      }
      start = end;
    }
    List<List<String>> ranking = layers(candidates, locked);
    List<String> winners = Counts.fill(ranking, election.seats(), election.seed(), 2, tieBreaks);
    String description = "locked pairs, strongest first" + (skipped.isEmpty() ? "" : "; skipped " + skipped);
    return CountResult.builder().method(CountingMethod.RANKED_PAIRS).winners(winners).ranking(ranking)
        .addRounds(round(1, "pairwise preferences d[X>Y]", pairs(candidates, d), List.of()))
        .addRounds(round(2, description, lockedReport, winners))
        .tieBreaks(tieBreaks).validBallots(Rational.of(election.totalCount())).build();
  }

  /** Whether locking the group in another order could lock other pairs: some pair would close a cycle. */
  private static boolean orderMatters(boolean[][] locked, List<int[]> group) {
    boolean[][] all = new boolean[locked.length][];
    for (int i = 0; i < locked.length; i++) {
      all[i] = locked[i].clone();
    }
    for (int[] pair : group) {
      if (reaches(locked, pair[1], pair[0])) {
        continue; // skipped whatever the order
      }
      all[pair[0]][pair[1]] = true;
    }
    for (int[] pair : group) {
      if (all[pair[0]][pair[1]] && reachesAvoiding(all, pair[1], pair[0], pair)) {
        return true;
      }
    }
    return false;
  }

  private static boolean reachesAvoiding(boolean[][] graph, int from, int to, int[] edge) {
    graph[edge[0]][edge[1]] = false;
    boolean result = reaches(graph, from, to);
    graph[edge[0]][edge[1]] = true;
    return result;
  }

  static boolean reaches(boolean[][] graph, int from, int to) {
    int n = graph.length;
    boolean[] seen = new boolean[n];
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
    queue.add(from);
    seen[from] = true;
    while (!queue.isEmpty()) {
      int node = queue.poll();
      if (node == to) {
        return true;
      }
      for (int next = 0; next < n; next++) {
        if (graph[node][next] && !seen[next]) {
          seen[next] = true;
          queue.add(next);
        }
      }
    }
    return false;
  }

  static CountResult copeland(Election election) {
    Counts.requireCandidates(election, CountingMethod.COPELAND);
    List<String> candidates = election.candidates();
    int n = candidates.size();
    long[][] d = matrix(election);
    Map<String, Rational> scores = Counts.zeros(candidates);
    Rational half = Rational.of(1, 2);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j) {
          Counts.add(scores, candidates.get(i),
              d[i][j] > d[j][i] ? Rational.ONE : d[i][j] == d[j][i] ? half : Rational.ZERO);
        }
      }
    }
    List<List<String>> ranking = Counts.tiersByScore(candidates, scores);
    List<TieBreak> tieBreaks = new ArrayList<>();
    List<String> winners = Counts.fill(ranking, election.seats(), election.seed(), 2, tieBreaks);
    return CountResult.builder().method(CountingMethod.COPELAND).winners(winners).ranking(ranking)
        .addRounds(round(1, "pairwise preferences d[X>Y]", pairs(candidates, d), List.of()))
        .addRounds(round(2, "Copeland scores (1 per pairwise win, 1/2 per pairwise tie)", scores, winners))
        .tieBreaks(tieBreaks).validBallots(Rational.of(election.totalCount())).build();
  }
}
