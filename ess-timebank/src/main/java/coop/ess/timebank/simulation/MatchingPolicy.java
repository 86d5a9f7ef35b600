package coop.ess.timebank.simulation;

/** How a need finds a provider among the current members who offer its category. */
public enum MatchingPolicy {
  /**
   * The first current member, other than the requester, among up to {@code candidates} drawn uniformly from those
   * with the skill: the fastest policy, blind to balances.
   */
  RANDOM,
  /**
   * Among up to {@code candidates} drawn uniformly from those with the skill, the one nearest its floor relative to
   * the width of its limits (ties: the first drawn): the balance criterion of {@link coop.ess.timebank.Matcher},
   * under which givers in debt earn back first.
   */
  NEAREST_FLOOR
}
