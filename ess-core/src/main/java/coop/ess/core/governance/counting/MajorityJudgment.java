package coop.ess.core.governance.counting;

import coop.ess.core.internal.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Majority judgment (Balinski and Laraki), ranked as the MieuxVoter libraries rank it.
 *
 * <p>Every ballot grades every candidate; a candidate a ballot leaves out gets the election's default grade (the
 * worst grade unless another is set). A candidate's <em>majority value</em> is the sequence of its median grades
 * taken again and again, removing one judgment at the median each time; the median of an even number of judgments
 * is the lower middle one. Candidates are ranked by comparing their majority values lexicographically, the higher
 * grade first; equal majority values are a tie. Stateless.
 */
final class MajorityJudgment {

  private MajorityJudgment() {}

  static CountResult count(Election election) {
    Counts.requireCandidates(election, CountingMethod.MAJORITY_JUDGMENT);
    Checks checks = Checks.of(CountingMessages.CATALOG, "Election");
    checks.check(!election.grades().isEmpty(), "count.noGrades", "grades");
    checks.throwIfInvalid();
    List<String> grades = election.grades();
    int defaultGrade = grades.indexOf(election.defaultGrade().orElse(grades.get(0)));
    Map<String, long[]> profiles = new LinkedHashMap<>();
    for (String candidate : election.candidates()) {
      profiles.put(candidate, new long[grades.size()]);
    }
    for (Ballot ballot : election.ballots()) {
      for (Map.Entry<String, long[]> profile : profiles.entrySet()) {
        String grade = ballot.grades().get(profile.getKey());
        int index = grade == null ? defaultGrade : grades.indexOf(grade);
        profile.getValue()[index] = Math.addExact(profile.getValue()[index], ballot.count());
      }
    }
    return rank(election, profiles);
  }

  /** Ranks candidates from their grade profiles (counts per grade, worst first, all of the same total). */
  static CountResult rank(Election election, Map<String, long[]> profiles) {
    List<String> grades = election.grades();
    Map<String, Rational> medians = new LinkedHashMap<>();
    StringJoiner described = new StringJoiner(", ", "median grades (index from worst = 0): ", "");
    for (Map.Entry<String, long[]> profile : profiles.entrySet()) {
      long[] counts = profile.getValue();
      long n = total(counts);
      int median = n == 0 ? 0 : gradeAt(counts, (n - 1) / 2);
      medians.put(profile.getKey(), Rational.of(median));
      described.add(profile.getKey() + "=" + (n == 0 ? "none" : grades.get(median)));
    }
    Comparator<String> better = (a, b) -> compare(Counts.get(profiles, b), Counts.get(profiles, a));
    List<List<String>> ranking = Counts.tiers(election.candidates(), better);
    List<TieBreak> tieBreaks = new ArrayList<>();
    List<String> winners = Counts.fill(ranking, election.seats(), election.seed(), 1, tieBreaks);
    return ScoreMethods.single(election, CountingMethod.MAJORITY_JUDGMENT, described.toString(), medians, winners,
        ranking, tieBreaks);
  }

  private static long total(long[] counts) {
    long n = 0;
    for (long count : counts) {
      n = Math.addExact(n, count);
    }
    return n;
  }

  /** The grade of the judgment at a position of the sorted judgments. */
  private static int gradeAt(long[] counts, long index) {
    long below = 0;
    int grade = 0;
    while (below + counts[grade] <= index) {
      below += counts[grade];
      grade++;
    }
    return grade;
  }

  /**
   * Compares the majority values of two profiles with the same number of judgments, without unrolling them.
   *
   * <p>Taking the lower median of the sorted judgments and removing it, again and again, reads the sorted judgments
   * from the middle outwards: with {@code m = (n - 1) / 2}, the positions {@code m, m - 1, m + 1, m - 2, ...} when
   * n is odd and {@code m, m + 1, m - 1, m + 2, ...} when n is even, the same for both profiles. So the majority
   * values differ first at the position, among those where the sorted judgments differ, that comes first in that
   * order; the sorted judgments are constant between the cumulative counts, so only those intervals are examined.
   *
   * @return positive if {@code a} is better, negative if {@code b} is better, zero for equal majority values
   */
  static int compare(long[] a, long[] b) {
    long n = total(a);
    if (n != total(b) || n == 0) {
      return Long.compare(n, total(b));
    }
    long m = (n - 1) / 2;
    boolean odd = n % 2 == 1;
    long bestRank = Long.MAX_VALUE;
    int verdict = 0;
    int ga = 0;
    int gb = 0;
    long endA = a[0];
    long endB = b[0];
    long start = 0;
    while (start < n) {
      while (endA <= start) {
        endA += a[++ga];
      }
      while (endB <= start) {
        endB += b[++gb];
      }
      long end = Math.min(endA, endB);
      if (ga != gb) {
        long index = start <= m && m < end ? m : end <= m ? end - 1 : start;
        long rank = rank(index, m, odd);
        if (rank < bestRank) {
          bestRank = rank;
          verdict = Integer.compare(ga, gb);
        }
      }
      start = end;
    }
    return verdict;
  }

  /** The step at which the judgment at sorted position {@code index} is read in the majority value. */
  private static long rank(long index, long m, boolean odd) {
    if (index == m) {
      return 0;
    }
    long t = Math.abs(index - m);
    boolean below = index < m;
    return odd == below ? 2 * t - 1 : 2 * t;
  }
}
