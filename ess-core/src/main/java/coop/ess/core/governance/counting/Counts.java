package coop.ess.core.governance.counting;

import coop.ess.core.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers shared by the counting methods: tiers, seat filling and the seeded tie-breaker. Stateless. */
final class Counts {

  private Counts() {}

  /**
   * Groups candidates into tiers, best first, by a comparator where smaller is better; candidates keep the
   * election's order inside a tier.
   */
  static List<List<String>> tiers(List<String> candidates, Comparator<String> betterFirst) {
    List<String> sorted = new ArrayList<>(candidates);
    sorted.sort(betterFirst);
    List<List<String>> tiers = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String candidate : sorted) {
      if (!current.isEmpty() && betterFirst.compare(current.get(0), candidate) != 0) {
        tiers.add(List.copyOf(current));
        current.clear();
      }
      current.add(candidate);
    }
    if (!current.isEmpty()) {
      tiers.add(List.copyOf(current));
    }
    return List.copyOf(tiers);
  }

  /** Tiers by score, highest first. */
  static List<List<String>> tiersByScore(List<String> candidates, Map<String, Rational> scores) {
    return tiers(candidates, Comparator.comparing((String c) -> scores.get(c)).reversed());
  }

  /**
   * Fills {@code seats} winners from tiers, breaking a tier that straddles the last seat with the seeded
   * tie-breaker and recording it.
   */
  static List<String> fill(List<List<String>> tiers, int seats, long seed, int round, List<TieBreak> tieBreaks) {
    List<String> winners = new ArrayList<>();
    for (List<String> tier : tiers) {
      int free = seats - winners.size();
      if (free <= 0) {
        break;
      }
      if (tier.size() <= free) {
        winners.addAll(tier);
      } else {
        List<String> order = order(tier, seed);
        tieBreaks.add(TieBreak.of(round, seats == 1 ? "winner" : "seat", tier, order, seed));
        winners.addAll(order.subList(0, free));
      }
    }
    return List.copyOf(winners);
  }

  /** The tie-break order of candidates: SHA-256 of {@code seed:candidate}, then id. */
  static List<String> order(List<String> tied, long seed) {
    List<String> order = new ArrayList<>(tied);
    order.sort(Comparator.comparing((String c) -> digest(seed + ":" + c), Arrays::compareUnsigned)
        .thenComparing(Comparator.naturalOrder()));
    return List.copyOf(order);
  }

  /**
   * Picks the candidate with the most (or fewest) votes among candidates tied now: the most recent earlier round in
   * which they had unequal votes decides ({@link TieBreak.Rule#PREVIOUS_ROUNDS}), and if they were equal in every
   * round, the seeded lot among those still tied; either is recorded.
   */
  static String lookBack(List<String> tied, List<Round> rounds, boolean most, long seed, String purpose,
      List<TieBreak> tieBreaks) {
    if (tied.size() == 1) {
      return tied.get(0);
    }
    int round = rounds.size() + 1;
    List<String> left = tied;
    int deciding = 0;
    for (int r = rounds.size() - 1; r >= 0 && left.size() > 1; r--) {
      List<String> narrowed = extremes(left, rounds.get(r).tallies(), most);
      if (narrowed.size() < left.size()) {
        deciding = rounds.get(r).number();
      }
      left = narrowed;
    }
    if (left.size() > 1) {
      return pick(left, seed, round, purpose, tieBreaks);
    }
    String chosen = left.get(0);
    List<String> order = new ArrayList<>();
    order.add(chosen);
    for (String candidate : tied) {
      if (!candidate.equals(chosen)) {
        order.add(candidate);
      }
    }
    tieBreaks.add(TieBreak.byPreviousRound(round, purpose, tied, order, deciding, seed));
    return chosen;
  }

  /** The candidates with the most (or fewest) votes in {@code values} (a missing value counts 0). */
  static List<String> extremes(List<String> among, Map<String, Rational> values, boolean most) {
    Rational extreme = null;
    for (String candidate : among) {
      Rational value = values.getOrDefault(candidate, Rational.ZERO);
      if (extreme == null || (most ? value.compareTo(extreme) > 0 : value.compareTo(extreme) < 0)) {
        extreme = value;
      }
    }
    List<String> tied = new ArrayList<>();
    for (String candidate : among) {
      if (values.getOrDefault(candidate, Rational.ZERO).equals(extreme)) {
        tied.add(candidate);
      }
    }
    return tied;
  }

  /**
   * How a tie-break decided, for a round's description: "exclusion tie among C, D drawn by lot (seed 7)" or
   * "exclusion tie among B, C broken by round 1".
   */
  static String how(TieBreak tie) {
    String tied = tie.purpose() + " tie among " + String.join(", ", tie.tied());
    return tie.decidingRound().map(r -> tied + " broken by round " + r)
        .orElse(tied + " drawn by lot (seed " + tie.seed() + ")");
  }

  /** The description of a round followed by how its tie-breaks (those of round {@code number}) decided. */
  static String describe(String description, int number, List<TieBreak> tieBreaks) {
    StringBuilder text = new StringBuilder(description);
    for (TieBreak tie : tieBreaks) {
      if (tie.round() == number) {
        text.append("; ").append(how(tie));
      }
    }
    return text.toString();
  }

  /** Picks one of tied candidates, recording the tie-break when there are several. */
  static String pick(List<String> tied, long seed, int round, String purpose, List<TieBreak> tieBreaks) {
    if (tied.size() == 1) {
      return tied.get(0);
    }
    List<String> order = order(tied, seed);
    tieBreaks.add(TieBreak.of(round, purpose, tied, order, seed));
    return order.get(0);
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** A value that must be in the map: the counting code only looks up keys it put there. */
  static <K, V> V get(Map<K, V> map, K key) {
    V value = map.get(key);
    if (value == null) {
      throw new IllegalStateException("No entry for " + key);
    }
    return value;
  }

  /** Zero tallies for each candidate, in order. */
  static Map<String, Rational> zeros(List<String> candidates) {
    Map<String, Rational> tallies = new LinkedHashMap<>();
    for (String candidate : candidates) {
      tallies.put(candidate, Rational.ZERO);
    }
    return tallies;
  }

  /** Adds to a tally. */
  static void add(Map<String, Rational> tallies, String candidate, Rational amount) {
    tallies.merge(candidate, amount, Rational::plus);
  }

  /** Fails if the election has fewer candidates than needed or ballots lack what the method reads. */
  static void requireCandidates(Election election, CountingMethod method) {
    Checks checks = Checks.of(CountingMessages.CATALOG, "Election");
    checks.check(!election.candidates().isEmpty(), "count.noCandidates", "candidates", "method", method.id());
    checks.throwIfInvalid();
  }
}
