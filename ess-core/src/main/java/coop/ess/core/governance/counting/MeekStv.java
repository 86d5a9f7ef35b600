package coop.ess.core.governance.counting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Single transferable vote by Meek's method (Hill, Wichmann and Woodall, "Algorithm 123", The Computer Journal
 * 30(3), 1987), as implemented here:
 *
 * <ul>
 *   <li>Every candidate has a keep factor: 1 while hopeful, 0 once excluded. A ballot gives each candidate it ranks,
 *       in order, the part {@code weight × keep factor} of what remains of it, and passes the rest on; what is left
 *       after the last preference is the excess (non-transferable).
 *   <li>Quota (Droop, recomputed at every iteration): {@code (valid ballots − excess) / (seats + 1)}, exact. A
 *       hopeful candidate whose votes exceed the quota is elected.
 *   <li>The keep factor of every elected candidate is updated to {@code keep × quota / votes}, rounded up to 9
 *       decimal places, until every elected candidate is within 10<sup>-6</sup> of the quota or no factor changes
 *       (at most 1,000 iterations per stage).
 *   <li>When nobody new exceeds the quota, the hopeful candidate with the fewest votes is excluded; ties are broken
 *       by looking back at earlier stages, then by the seeded lot of {@link TieBreak}. When the hopeful candidates
 *       are as many as the seats left, they are all elected.
 * </ul>
 *
 * <p>Votes are exact {@link Rational}s: in every round the tallies plus the excess equal the valid ballots. Stateless.
 */
final class MeekStv {

  private static final int PLACES = 9;
  private static final Rational TOLERANCE = Rational.of(1, 1_000_000);
  private static final int MAX_ITERATIONS = 1_000;

  private MeekStv() {}

  static CountResult count(Election election) {
    Counts.requireCandidates(election, CountingMethod.MEEK_STV);
    List<String> candidates = election.candidates();
    int seats = election.seats();
    Map<String, Rational> keep = new LinkedHashMap<>();
    for (String candidate : candidates) {
      keep.put(candidate, Rational.ONE);
    }
    Set<String> hopeful = new LinkedHashSet<>(candidates);
    List<String> elected = new ArrayList<>();
    List<Round> rounds = new ArrayList<>();
    List<TieBreak> tieBreaks = new ArrayList<>();
    long valid = 0;
    for (Ballot ballot : election.ballots()) {
      if (!ballot.ranking().isEmpty()) {
        valid += ballot.count();
      }
    }
    Rational total = Rational.of(valid);
    Rational quota = total.dividedBy(Rational.of(seats + 1L));
    while (elected.size() < seats && !hopeful.isEmpty()) {
      Map<String, Rational> tallies = Counts.zeros(candidates);
      Rational excess = Rational.ZERO;
      int iterations = 0;
      while (true) {
        tallies = Counts.zeros(candidates);
        excess = distribute(election, keep, tallies);
        quota = total.minus(excess).dividedBy(Rational.of(seats + 1L));
        iterations++;
        boolean someoneReached = false;
        for (String candidate : hopeful) {
          someoneReached |= Counts.get(tallies, candidate).compareTo(quota) > 0;
        }
        if (someoneReached || elected.isEmpty() || iterations >= MAX_ITERATIONS) {
          break;
        }
        boolean converged = true;
        boolean changed = false;
        for (String candidate : elected) {
          Rational votes = Counts.get(tallies, candidate);
          converged &= votes.minus(quota).compareTo(TOLERANCE) <= 0
              && quota.minus(votes).compareTo(TOLERANCE) <= 0;
          if (votes.signum() > 0) {
            Rational updated = Counts.get(keep, candidate).times(quota).dividedBy(votes).roundUp(PLACES).min(Rational.ONE);
            changed |= !updated.equals(Counts.get(keep, candidate));
            keep.put(candidate, updated);
          }
        }
        if (converged || !changed) {
          break;
        }
      }
      List<String> reached = new ArrayList<>();
      for (String candidate : hopeful) {
        if (Counts.get(tallies, candidate).compareTo(quota) > 0) {
          reached.add(candidate);
        }
      }
      List<String> newly = new ArrayList<>();
      List<String> excluded = new ArrayList<>();
      String description;
      if (!reached.isEmpty()) {
        Map<String, Rational> now = tallies;
        reached.sort((a, b) -> Counts.get(now, b).compareTo(Counts.get(now, a)));
        newly.addAll(reached.subList(0, Math.min(reached.size(), seats - elected.size())));
        description = "elected on reaching the quota";
      } else if (hopeful.size() + elected.size() <= seats) {
        newly.addAll(hopeful);
        description = "the hopeful candidates fill the seats left";
      } else {
        String out = Counts.lookBack(Counts.extremes(new ArrayList<>(hopeful), tallies, false), rounds, false,
            election.seed(), "exclusion", tieBreaks);
        excluded.add(out);
        hopeful.remove(out);
        keep.put(out, Rational.ZERO);
        description = "exclusion of " + out;
      }
      hopeful.removeAll(newly);
      elected.addAll(newly);
      if (elected.size() < seats && hopeful.size() + elected.size() <= seats && !hopeful.isEmpty()) {
        newly.addAll(hopeful);
        elected.addAll(hopeful);
        hopeful.clear();
      }
      int number = rounds.size() + 1;
      rounds.add(Round.builder().number(number)
          .description(Counts.describe(description, number, tieBreaks) + " (" + iterations
              + " iterations; keep factors " + factors(keep) + ")")
          .tallies(tallies).elected(newly).eliminated(excluded).nonTransferable(excess).build());
    }
    return CountResult.builder().method(CountingMethod.MEEK_STV).winners(elected).rounds(rounds)
        .tieBreaks(tieBreaks).quota(quota).validBallots(total).build();
  }

  /** Distributes every ballot by the keep factors; returns the excess. */
  private static Rational distribute(Election election, Map<String, Rational> keep, Map<String, Rational> tallies) {
    Rational excess = Rational.ZERO;
    for (Ballot ballot : election.ballots()) {
      if (ballot.ranking().isEmpty()) {
        continue;
      }
      Rational weight = Rational.of(ballot.count());
      for (String candidate : ballot.ranking()) {
        if (weight.signum() == 0) {
          break;
        }
        Rational factor = Counts.get(keep, candidate);
        Rational kept = weight.times(factor);
        Counts.add(tallies, candidate, kept);
        weight = weight.minus(kept);
      }
      excess = excess.plus(weight);
    }
    return excess;
  }

  private static String factors(Map<String, Rational> keep) {
    StringJoiner joiner = new StringJoiner(", ");
    for (Map.Entry<String, Rational> entry : keep.entrySet()) {
      if (entry.getValue().signum() > 0 && !entry.getValue().equals(Rational.ONE)) {
        joiner.add(entry.getKey() + "=" + entry.getValue().toBigDecimal(PLACES).toPlainString());
      }
    }
    return joiner.length() == 0 ? "all 1" : joiner.toString();
  }
}
