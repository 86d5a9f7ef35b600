package coop.ess.core.governance.counting;

import coop.ess.core.internal.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Participatory budgeting over approval ballots: greedy selection and the method of equal shares with completion.
 * Stateless.
 */
final class BudgetMethods {

  private BudgetMethods() {}

  /** Ballots of identical voters: how many, and what they approve (as project indexes). */
  private record Group(long weight, List<Integer> approved) {}

  private static void requireBudget(Election election, CountingMethod method) {
    Checks checks = Checks.of(CountingMessages.CATALOG, "Election");
    checks.check(election.budget().isPresent(), "count.noBudget", "budget", "method", method.id());
    checks.check(!election.projects().isEmpty(), "count.noProjects", "projects", "method", method.id());
    checks.throwIfInvalid();
  }

  private static Map<String, Rational> approvals(Election election) {
    Map<String, Rational> votes = new LinkedHashMap<>();
    for (Project project : election.projects()) {
      votes.put(project.id(), Rational.ZERO);
    }
    for (Ballot ballot : election.ballots()) {
      for (String approved : ballot.approve()) {
        if (votes.containsKey(approved)) {
          Counts.add(votes, approved, Rational.of(ballot.count()));
        }
      }
    }
    return votes;
  }

  /**
   * The projects by approvals, most first; projects with equal approvals in the seeded tie-break order, each such
   * tie recorded.
   */
  private static List<Project> byApprovals(Election election, Map<String, Rational> votes, List<Project> among,
      int round, List<TieBreak> tieBreaks) {
    Map<String, Project> byId = new LinkedHashMap<>();
    for (Project project : among) {
      byId.put(project.id(), project);
    }
    List<Project> ordered = new ArrayList<>();
    for (List<String> tier : Counts.tiersByScore(List.copyOf(byId.keySet()), votes)) {
      List<String> order = tier;
      if (tier.size() > 1) {
        order = Counts.order(tier, election.seed());
        tieBreaks.add(TieBreak.of(round, "project", tier, order, election.seed()));
      }
      for (String id : order) {
        ordered.add(Counts.get(byId, id));
      }
    }
    return ordered;
  }

  /**
   * Greedy selection: projects by approvals, most first; a project that no longer fits the remaining budget is
   * skipped and the next one considered. A project nobody approved is never funded, even if it fits.
   */
  static CountResult greedy(Election election) {
    requireBudget(election, CountingMethod.GREEDY_BUDGET);
    List<TieBreak> tieBreaks = new ArrayList<>();
    Map<String, Rational> votes = approvals(election);
    List<Round> rounds = new ArrayList<>();
    rounds.add(Round.builder().number(1).description("approvals").tallies(votes).build());
    List<String> selected = new ArrayList<>();
    long remaining = election.budget().orElseThrow();
    for (Project project : byApprovals(election, votes, election.projects(), 1, tieBreaks)) {
      Round.Builder round = Round.builder().number(rounds.size() + 1);
      if (Counts.get(votes, project.id()).signum() == 0) {
        round.description(project.id() + " skipped: nobody approved it").addEliminated(project.id());
      } else if (project.cost() <= remaining) {
        remaining -= project.cost();
        selected.add(project.id());
        round.description(project.id() + " selected (cost " + project.cost() + ")").addElected(project.id());
      } else {
        round.description(project.id() + " skipped: cost " + project.cost() + " exceeds what is left")
            .addEliminated(project.id());
      }
      rounds.add(round.putTally("remaining", Rational.of(remaining)).build());
    }
    return CountResult.builder().method(CountingMethod.GREEDY_BUDGET).winners(selected).rounds(rounds)
        .tieBreaks(tieBreaks).validBallots(Rational.of(election.totalCount())).build();
  }

  /**
   * The method of equal shares (Peters and Skowron) for approval ballots with cost utilities, as published on
   * equalshares.net: each voter receives an equal share of the budget; the project bought next is the one whose
   * supporters can pay for it with the smallest maximal payment per unit of cost ({@code ρ / cost}, each supporter
   * paying {@code min(share left, ρ)}); projects their supporters cannot afford are dropped. Completion: the
   * per-voter share is raised by one currency unit at a time while the outcome still fits the real budget and
   * is not exhaustive (and until one voter's share alone would cover the budget), then the leftover is spent
   * greedily by approvals. A project nobody approved is never funded, by the completion either.
   */
  static CountResult equalShares(Election election) {
    requireBudget(election, CountingMethod.EQUAL_SHARES);
    List<Project> projects = election.projects();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < projects.size(); i++) {
      index.put(projects.get(i).id(), i);
    }
    List<Group> groups = new ArrayList<>();
    long voters = 0;
    for (Ballot ballot : election.ballots()) {
      List<Integer> approved = new ArrayList<>();
      for (String id : ballot.approve()) {
        Integer i = index.get(id);
        if (i != null) {
          approved.add(i);
        }
      }
      groups.add(new Group(ballot.count(), approved));
      voters += ballot.count();
    }
    long budget = election.budget().orElseThrow();
    List<TieBreak> tieBreaks = new ArrayList<>();
    if (voters == 0) {
      return CountResult.builder().method(CountingMethod.EQUAL_SHARES).addRounds(Round.builder().number(1)
          .description("no ballots").build()).validBallots(Rational.ZERO).build();
    }
    List<Round> rounds = new ArrayList<>();
    List<TieBreak> trial = new ArrayList<>();
    List<Round> trialRounds = new ArrayList<>();
    List<Integer> outcome = fixedBudget(election, groups, Rational.of(budget), voters, trialRounds, trial);
    long virtual = budget;
    rounds.addAll(trialRounds);
    tieBreaks.addAll(trial);
    // once every voter's share alone covers the budget, a larger share changes nothing
    long ceiling = Math.multiplyExact(Math.max(budget, 1), voters);
    Map<String, Rational> votes = approvals(election);
    while (!exhaustive(projects, outcome, budget, votes) && virtual < ceiling) {
      long next = Math.addExact(virtual, voters);
      trial = new ArrayList<>();
      trialRounds = new ArrayList<>();
      List<Integer> bigger = fixedBudget(election, groups, Rational.of(next), voters, trialRounds, trial);
      if (cost(projects, bigger) > budget) {
        break;
      }
      virtual = next;
      outcome = bigger;
      rounds = new ArrayList<>(trialRounds);
      tieBreaks = trial;
    }
    List<String> selected = new ArrayList<>();
    for (int i : outcome) {
      selected.add(projects.get(i).id());
    }
    if (virtual != budget) {
      rounds.add(Round.builder().number(rounds.size() + 1)
          .description("completion: equal shares with a virtual budget of " + virtual + " (" + voters
              + " voters, shares raised by one unit at a time)")
          .build());
    }
    long left = budget - cost(projects, outcome);
    List<Project> rest = new ArrayList<>();
    for (int i = 0; i < projects.size(); i++) {
      if (!outcome.contains(i)) {
        rest.add(projects.get(i));
      }
    }
    for (Project project : byApprovals(election, votes, rest, rounds.size() + 1, tieBreaks)) {
      if (project.cost() <= left && Counts.get(votes, project.id()).signum() > 0) {
        left -= project.cost();
        selected.add(project.id());
        rounds.add(Round.builder().number(rounds.size() + 1)
            .description("completion: " + project.id() + " selected greedily by approvals")
            .putTally("remaining", Rational.of(left)).addElected(project.id()).build());
      }
    }
    return CountResult.builder().method(CountingMethod.EQUAL_SHARES).winners(selected).rounds(rounds)
        .tieBreaks(tieBreaks).validBallots(Rational.of(voters)).build();
  }

  private static long cost(List<Project> projects, List<Integer> outcome) {
    long total = 0;
    for (int i : outcome) {
      total += projects.get(i).cost();
    }
    return total;
  }

  /** Whether no approved project left out of the outcome would still fit the budget. */
  private static boolean exhaustive(List<Project> projects, List<Integer> outcome, long budget,
      Map<String, Rational> votes) {
    long spent = cost(projects, outcome);
    for (int i = 0; i < projects.size(); i++) {
      if (!outcome.contains(i) && spent + projects.get(i).cost() <= budget
          && Counts.get(votes, projects.get(i).id()).signum() > 0) {
        return false;
      }
    }
    return true;
  }

  /** Equal shares with a fixed (possibly virtual) budget; returns project indexes in order of purchase. */
  private static List<Integer> fixedBudget(Election election, List<Group> groups, Rational budget, long voters,
      List<Round> rounds, List<TieBreak> tieBreaks) {
    List<Project> projects = election.projects();
    Rational[] share = new Rational[groups.size()];
    Rational perVoter = budget.dividedBy(Rational.of(voters));
    java.util.Arrays.fill(share, perVoter);
    List<Integer> remaining = new ArrayList<>();
    for (int p = 0; p < projects.size(); p++) {
      remaining.add(p);
    }
    List<Integer> bought = new ArrayList<>();
    while (true) {
      Map<String, Rational> effective = new LinkedHashMap<>();
      Map<Integer, Rational> rho = new LinkedHashMap<>();
      for (int p : new ArrayList<>(remaining)) {
        Rational cost = Rational.of(projects.get(p).cost());
        List<Integer> supporters = new ArrayList<>();
        Rational money = Rational.ZERO;
        for (int g = 0; g < groups.size(); g++) {
          if (groups.get(g).approved().contains(p)) {
            supporters.add(g);
            money = money.plus(share[g].times(groups.get(g).weight()));
          }
        }
        if (supporters.isEmpty() || money.compareTo(cost) < 0) {
          remaining.remove(Integer.valueOf(p));
          continue;
        }
        supporters.sort(Comparator.comparing((Integer g) -> share[g]));
        Rational paid = Rational.ZERO;
        long weight = 0;
        for (int g : supporters) {
          weight += groups.get(g).weight();
        }
        Rational max = null;
        for (int g : supporters) {
          Rational payment = cost.minus(paid).dividedBy(Rational.of(weight));
          if (payment.compareTo(share[g]) > 0) {
            paid = paid.plus(share[g].times(groups.get(g).weight()));
            weight -= groups.get(g).weight();
          } else {
            max = payment;
            break;
          }
        }
        if (max == null) { // the last supporters pay exactly all they have
          max = share[supporters.get(supporters.size() - 1)];
        }
        rho.put(p, max);
        effective.put(projects.get(p).id(), cost.dividedBy(max));
      }
      if (rho.isEmpty()) {
        return bought;
      }
      // most effective votes (cost / ρ) first, that is the smallest payment per unit of cost
      List<String> ids = new ArrayList<>(effective.keySet());
      List<String> top = Counts.tiersByScore(ids, effective).get(0);
      String chosen = Counts.pick(top, election.seed(), rounds.size() + 1, "project", tieBreaks);
      int p = projects.indexOf(projects.stream().filter(x -> x.id().equals(chosen)).findFirst().orElseThrow());
      Rational max = Counts.get(rho, p);
      for (int g = 0; g < groups.size(); g++) {
        if (groups.get(g).approved().contains(p)) {
          share[g] = share[g].minus(share[g].min(max));
        }
      }
      remaining.remove(Integer.valueOf(p));
      bought.add(p);
      rounds.add(Round.builder().number(rounds.size() + 1)
          .description(chosen + " bought: each supporter pays at most " + max + " (effective votes = cost / that)")
          .tallies(effective).addElected(chosen).build());
    }
  }
}
