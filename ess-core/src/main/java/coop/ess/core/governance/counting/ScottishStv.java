package coop.ess.core.governance.counting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Single transferable vote with the rules of the Scottish Local Government Elections Order 2011 (SSI 2011/399,
 * schedule 1, rules 46 to 53; it replaced the 2007 Order, SSI 2007/42, for the elections from 3 May 2012 on), as
 * implemented here:
 *
 * <ul>
 *   <li>Quota (Droop): {@code floor(valid ballots / (seats + 1)) + 1}. A ballot is valid when it ranks at least one
 *       candidate.
 *   <li>A candidate whose votes reach the quota is elected; when several reach it at once, the largest vote is
 *       elected first.
 *   <li>Surpluses are transferred before any exclusion, the largest first. Every ballot paper the elected candidate
 *       holds is examined (rule 49(1): "the ballot papers received by that candidate", the weighted inclusive
 *       Gregory method), not only the last parcel received: a ballot of value {@code v} goes to its next continuing
 *       preference at the transfer value {@code surplus × v / votes credited to the candidate}, <em>truncated to 5
 *       decimal places</em> (rule 49(3)). Ballots with no next continuing preference, and the fractions lost by
 *       truncation, are non-transferable. The elected candidate keeps exactly the quota. (Checked against the
 *       official stages of Falkirk 2017, ward 4, in the tests.)
 *   <li>When no surplus remains, the continuing candidate with the fewest votes is excluded and all their ballots
 *       pass to the next continuing preference at the value they hold.
 *   <li>Ties (for exclusion, or which surplus goes first) are broken by looking back at the most recent earlier
 *       stage at which the tied candidates had unequal votes; if they were equal at every stage, by the seeded lot of
 *       {@link TieBreak}, recorded in the result.
 *   <li>When the continuing candidates are as many as the seats left, they are all elected.
 * </ul>
 *
 * <p>Arithmetic is exact ({@link Rational}): in every round, the tallies plus the non-transferable votes equal the
 * valid ballots. Stateless.
 */
final class ScottishStv {

  private static final int PLACES = 5;

  private ScottishStv() {}

  /** Ballots of one ranking, all of the same value, sitting with a candidate. */
  private record Bundle(List<String> ranking, long count, Rational value) {
    Rational total() {
      return value.times(count);
    }
  }

  static CountResult count(Election election) {
    Counts.requireCandidates(election, CountingMethod.STV);
    return new ScottishStv.Run(election).run();
  }

  private static final class Run {
    final Election election;
    final List<String> candidates;
    final Map<String, Rational> tallies;
    final Map<String, List<List<Bundle>>> parcels = new HashMap<>();
    final Set<String> continuing;
    final List<String> elected = new ArrayList<>();
    final List<String> pending = new ArrayList<>();
    final List<Round> rounds = new ArrayList<>();
    final List<TieBreak> tieBreaks = new ArrayList<>();
    Rational nonTransferable = Rational.ZERO;
    Rational quota = Rational.ZERO;

    Run(Election election) {
      this.election = election;
      this.candidates = election.candidates();
      this.tallies = Counts.zeros(candidates);
      this.continuing = new LinkedHashSet<>(candidates);
      for (String candidate : candidates) {
        parcels.put(candidate, new ArrayList<>());
      }
    }

    CountResult run() {
      long valid = 0;
      Map<String, List<Bundle>> first = new LinkedHashMap<>();
      for (Ballot ballot : election.ballots()) {
        if (ballot.ranking().isEmpty()) {
          continue;
        }
        valid += ballot.count();
        first.computeIfAbsent(ballot.ranking().get(0), c -> new ArrayList<>())
            .add(new Bundle(ballot.ranking(), ballot.count(), Rational.ONE));
      }
      quota = Rational.of(BigInteger.valueOf(valid / (election.seats() + 1L) + 1), BigInteger.ONE);
      receive(first);
      List<String> newly = electReached();
      record("first preferences", newly, List.of());
      while (elected.size() < election.seats() && !continuing.isEmpty()) {
        if (!pending.isEmpty()) {
          String from = largestSurplus();
          pending.remove(from);
          Rational surplus = Counts.get(tallies, from).minus(quota);
          if (surplus.signum() > 0) {
            transferSurplus(from, surplus);
          }
          record("surplus of " + from + " (" + surplus + ")", electReached(), List.of());
        } else {
          String excluded = lowest();
          continuing.remove(excluded);
          Map<String, List<Bundle>> moving = new LinkedHashMap<>();
          for (List<Bundle> parcel : Counts.get(parcels, excluded)) {
            for (Bundle bundle : parcel) {
              route(bundle, bundle.value(), moving);
            }
          }
          Counts.get(parcels, excluded).clear();
          tallies.put(excluded, Rational.ZERO);
          receive(moving);
          record("exclusion of " + excluded, electReached(), List.of(excluded));
        }
      }
      return CountResult.builder().method(CountingMethod.STV).winners(elected).rounds(rounds)
          .tieBreaks(tieBreaks).quota(quota).validBallots(Rational.of(valid)).build();
    }

    /** Sends a bundle to its next continuing preference at a value, or to the non-transferable pile. */
    private void route(Bundle bundle, Rational value, Map<String, List<Bundle>> moving) {
      for (String candidate : bundle.ranking()) {
        if (continuing.contains(candidate)) {
          moving.computeIfAbsent(candidate, c -> new ArrayList<>())
              .add(new Bundle(bundle.ranking(), bundle.count(), value));
          return;
        }
      }
      nonTransferable = nonTransferable.plus(value.times(bundle.count()));
    }

    private void receive(Map<String, List<Bundle>> moving) {
      for (Map.Entry<String, List<Bundle>> parcel : moving.entrySet()) {
        Counts.get(parcels, parcel.getKey()).add(parcel.getValue());
        for (Bundle bundle : parcel.getValue()) {
          Counts.add(tallies, parcel.getKey(), bundle.total());
        }
      }
    }

    private void transferSurplus(String from, Rational surplus) {
      List<List<Bundle>> held = Counts.get(parcels, from);
      // rule 49(1)-(3): every ballot paper the candidate received, each at surplus x its value / the votes credited
      Rational credited = Counts.get(tallies, from);
      Map<String, List<Bundle>> moving = new LinkedHashMap<>();
      Rational before = nonTransferable;
      Rational sent = Rational.ZERO;
      for (Bundle bundle : held.stream().flatMap(List::stream).toList()) {
        Rational value = surplus.times(bundle.value()).dividedBy(credited).truncate(PLACES);
        Rational gone = nonTransferable;
        route(bundle, value, moving);
        if (nonTransferable.equals(gone)) {
          sent = sent.plus(value.times(bundle.count()));
        }
      }
      receive(moving);
      // what the elected candidate gives beyond the quota and nobody receives: exhausted ballots and truncation
      nonTransferable = before.plus(surplus.minus(sent));
      tallies.put(from, quota);
      held.clear();
    }

    private List<String> electReached() {
      List<String> reached = new ArrayList<>();
      for (String candidate : continuing) {
        if (Counts.get(tallies, candidate).compareTo(quota) >= 0) {
          reached.add(candidate);
        }
      }
      List<String> order = new ArrayList<>();
      while (!reached.isEmpty()) {
        String next = extreme(reached, true, "election order");
        reached.remove(next);
        order.add(next);
      }
      for (String candidate : order) {
        continuing.remove(candidate);
        elected.add(candidate);
        pending.add(candidate);
      }
      if (elected.size() < election.seats() && continuing.size() <= election.seats() - elected.size()) {
        List<String> rest = new ArrayList<>(continuing);
        order.addAll(rest);
        elected.addAll(rest);
        continuing.clear();
      }
      return order;
    }

    private String largestSurplus() {
      return extreme(pending, true, "surplus");
    }

    private String lowest() {
      return extreme(new ArrayList<>(continuing), false, "exclusion");
    }

    /** The candidate with the most (or fewest) votes, ties broken by looking back then by lot (both recorded). */
    private String extreme(List<String> among, boolean most, String purpose) {
      return Counts.lookBack(Counts.extremes(among, tallies, most), rounds, most, election.seed(), purpose,
          tieBreaks);
    }

    private void record(String description, List<String> newlyElected, List<String> eliminated) {
      int number = rounds.size() + 1;
      rounds.add(Round.builder().number(number).description(Counts.describe(description, number, tieBreaks))
          .tallies(new LinkedHashMap<>(tallies)).elected(newlyElected).eliminated(eliminated)
          .nonTransferable(nonTransferable).build());
    }
  }
}
