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
