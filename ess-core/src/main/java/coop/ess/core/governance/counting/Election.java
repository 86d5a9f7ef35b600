package coop.ess.core.governance.counting;

import coop.ess.core.internal.Checks;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What is counted: the candidates (or the projects of a budget), the number of seats, the weighted ballots and, for
 * the methods that need them, the grades of majority judgment, the budget, and the seed of the tie-breaker.
 *
 * <pre>{@code
 * Election election = Election.builder()
 *     .addCandidates("A", "B", "C")
 *     .addBallots(Ballot.ranked(5, "A", "C", "B"), Ballot.ranked(4, "B", "C", "A"))
 *     .build();
 * CountResult result = CountingMethod.SCHULZE.count(election);
 * }</pre>
 *
 * <p>Every ballot may only name known candidates or projects: an unknown one fails the build with an
 * {@link coop.ess.core.EssValidationException} naming the path, such as {@code ballots[3].ranking[1]}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Election {

  Election() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The candidates, in the order given; for a budget, may be empty (the projects are then the candidates).
   *
   * @return the candidates, possibly empty
   */
  public abstract List<String> candidates();

  /**
   * The number of seats (winners) to fill; ignored by yes/no majority and by budgets.
   *
   * @return the seats, at least one
   */
  @Value.Default
  public int seats() {
    return 1;
  }

  /**
   * The ballots.
   *
   * @return the ballots, possibly empty
   */
  public abstract List<Ballot> ballots();

  /**
   * The grades of majority judgment, worst first.
   *
   * @return the grades, possibly empty
   */
  public abstract List<String> grades();

  /**
   * The grade given to a candidate a ballot does not grade; the worst grade when empty.
   *
   * @return the default grade, possibly empty
   */
  public abstract Optional<String> defaultGrade();

  /**
   * The budget to spend (participatory budgeting).
   *
   * @return the budget, possibly empty
   */
  public abstract Optional<Long> budget();

  /**
   * The projects of a participatory budget.
   *
   * @return the projects, possibly empty
   */
  public abstract List<Project> projects();

  /**
   * The seed of the deterministic tie-breaker ({@link TieBreak}); recorded in every tie-break applied.
   *
   * @return the seed
   */
  @Value.Default
  public long seed() {
    return 0;
  }

  /**
   * The ids ballots may name: the candidates, then the projects not already listed.
   *
   * @return the ids, in order, not null
   */
  @Value.Derived
  @Value.Auxiliary
  public List<String> options() {
    Set<String> ids = new LinkedHashSet<>(candidates());
    for (Project project : projects()) {
      ids.add(project.id());
    }
    return List.copyOf(ids);
  }

  /**
   * The total weight of the ballots.
   *
   * @return the sum of the counts, not negative
   */
  public final long totalCount() {
    long total = 0;
    for (Ballot ballot : ballots()) {
      total = Math.addExact(total, ballot.count());
    }
    return total;
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(CountingMessages.CATALOG, "Election");
    Set<String> known = new HashSet<>();
    for (int i = 0; i < candidates().size(); i++) {
      String candidate = candidates().get(i);
      if (checks.identifier("candidates[" + i + "]", candidate)) {
        checks.check(known.add(candidate), "election.duplicate", "candidates[" + i + "]", "id", candidate);
      }
    }
    Set<String> projectIds = new HashSet<>();
    for (int i = 0; i < projects().size(); i++) {
      String id = projects().get(i).id();
      checks.check(projectIds.add(id), "election.duplicate", "projects[" + i + "].id", "id", id);
    }
    known.addAll(projectIds);
    checks.positive("seats", seats());
    budget().ifPresent(budget -> checks.check(budget >= 0, "value.negative", "budget", "field", "budget",
        "value", budget));
    Set<String> grades = new HashSet<>();
    for (int i = 0; i < grades().size(); i++) {
      checks.check(grades.add(grades().get(i)), "election.duplicate", "grades[" + i + "]", "id", grades().get(i));
    }
    defaultGrade().ifPresent(grade -> checks.check(grades.contains(grade), "election.unknownGrade",
        "defaultGrade", "grade", grade));
    for (int b = 0; b < ballots().size(); b++) {
      Ballot ballot = ballots().get(b);
      String path = "ballots[" + b + "].";
      for (int i = 0; i < ballot.ranking().size(); i++) {
        unknown(checks, known, ballot.ranking().get(i), path + "ranking[" + i + "]");
      }
      int i = 0;
      for (String approved : ballot.approve()) {
        unknown(checks, known, approved, path + "approve[" + i++ + "]");
      }
      for (String scored : ballot.scores().keySet()) {
        unknown(checks, known, scored, path + "scores." + scored);
      }
      for (Map.Entry<String, String> grade : ballot.grades().entrySet()) {
        if (unknown(checks, known, grade.getKey(), path + "grades." + grade.getKey())) {
          checks.check(grades.contains(grade.getValue()), "election.unknownGrade", path + "grades." + grade.getKey(),
              "grade", grade.getValue());
        }
      }
    }
    checks.throwIfInvalid();
  }

  private static boolean unknown(Checks checks, Set<String> known, String id, String path) {
    return checks.check(known.contains(id), "election.unknownCandidate", path, "candidate", id);
  }

  /** Builds an {@link Election}; not thread-safe. */
  public static final class Builder extends ImmutableElection.Builder {
    Builder() {}
  }
}
