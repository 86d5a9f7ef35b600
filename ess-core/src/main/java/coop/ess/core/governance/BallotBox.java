package coop.ess.core.governance;

import coop.ess.core.EssNotFoundException;
import coop.ess.core.EssStateException;
import coop.ess.core.MemberId;
import coop.ess.core.Violation;
import coop.ess.core.internal.Checks;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The ballot box of an assembly: proposals and their life cycle, presence, proxies (<i>pouvoirs</i>) and votes,
 * every step recorded as an immutable {@link GovernanceEvent}.
 *
 * <p>Rules:
 * <ul>
 *   <li>A proposal opens and closes by the {@link Clock} at its scheduled instants, or when asked; votes are
 *       accepted only while it is open. An open-ballot vote may be changed until close; each change is an event.
 *   <li>A member may give one proxy to another voter, who holds at most {@code proxyCap} proxies and has not given
 *       their own (no chains). A member's own vote replaces a vote cast with their proxy, and once they have voted
 *       the holder can no longer vote for them. A proxy already used on an open proposal cannot be revoked.
 *   <li>Represented members (an absent giver whose holder is present) count for a quorum on
 *       {@link Quorum.Base#PRESENT_AND_REPRESENTED}, separately from present members.
 *   <li>In a secret ballot the box keeps the list of participants apart from an anonymous tally; no event, result or
 *       accessor links a voter to a choice. A secret vote cannot be changed, and a member whose proxy holder already
 *       voted for them in a secret ballot can no longer vote on it.
 * </ul>
 *
 * <p>A business refusal (vote after close, proxy beyond the cap…) is returned as a {@link Receipt} with violations in
 * English and French, recorded as a {@link GovernanceEvent.Kind#REFUSED} event, and leaves the box unchanged. API
 * misuse (an unknown proposal, a transition from the wrong state) throws. Thread-safe: every method holds the box's
 * lock.
 */
public final class BallotBox {

  private record Cast(VoteChoice choice, Optional<MemberId> holder) {}

  private static final class Ballot {
    Proposal proposal;
    final Map<MemberId, Cast> votes = new TreeMap<>();
    final SortedSet<MemberId> participants = new TreeSet<>();
    final SortedSet<MemberId> representedBySecretProxy = new TreeSet<>();
    final Map<String, Tally> secretTallies = new TreeMap<>();

    Ballot(Proposal proposal) {
      this.proposal = proposal;
    }
  }

  private final Journal journal;
  private final Electorate electorate;
  private final Optional<CollegeStatute> statute;
  private final int proxyCap;
  private final Map<ProposalId, Ballot> ballots = new LinkedHashMap<>();
  private final Map<MemberId, Attendance> presence = new TreeMap<>();
  private final Map<MemberId, MemberId> proxies = new TreeMap<>();

  private BallotBox(Clock clock, Electorate electorate, Optional<CollegeStatute> statute, int proxyCap) {
    this.journal = new Journal(Objects.requireNonNull(clock, "clock"));
    this.electorate = Objects.requireNonNull(electorate, "electorate");
    this.statute = statute;
    this.proxyCap = proxyCap;
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "BallotBox");
    checks.check(proxyCap >= 0, "value.negative", "proxyCap", "field", "proxyCap", "value", proxyCap);
    statute.ifPresent(s -> {
      checks.check(electorate.size() == 0 || !electorate.colleges().isEmpty(), "electorate.noColleges", "colleges");
      java.util.Set<CollegeId> known = new java.util.HashSet<>();
      s.colleges().forEach(c -> known.add(c.id()));
      for (MemberId member : electorate.voters()) {
        CollegeId college = electorate.colleges().get(member);
        if (college != null) {
          checks.check(known.contains(college), "electorate.unknownCollege", "colleges." + member,
              "member", member, "college", college);
        }
      }
    });
    checks.throwIfInvalid();
  }

  /**
   * A ballot box without colleges.
   *
   * @param clock the clock that dates events and enforces deadlines, not null
   * @param electorate who may vote, not null
   * @param proxyCap the most proxies one member may hold, 0 or more (0: no proxies)
   * @return a new, empty ballot box, not null
   * @throws coop.ess.core.EssValidationException if {@code proxyCap} is negative
   */
  public static BallotBox create(Clock clock, Electorate electorate, int proxyCap) {
    return new BallotBox(clock, electorate, Optional.empty(), proxyCap);
  }

  /**
   * A ballot box whose votes are weighted by college.
   *
   * @param clock the clock, not null
   * @param electorate who may vote, every voter in a college of the statute, not null
   * @param proxyCap the most proxies one member may hold, 0 or more
   * @param statute the colleges, not null
   * @return a new, empty ballot box, not null
   * @throws coop.ess.core.EssValidationException if {@code proxyCap} is negative or a voter's college is missing
   *     from the statute
   */
  public static BallotBox create(Clock clock, Electorate electorate, int proxyCap, CollegeStatute statute) {
    return new BallotBox(clock, electorate, Optional.of(Objects.requireNonNull(statute, "statute")), proxyCap);
  }

  /**
   * The electorate.
   *
   * @return the electorate, not null
   */
  public Electorate electorate() {
    return electorate;
  }

  // ---- proposals ----

  /**
   * Adds a draft proposal.
   *
   * @param proposal a proposal in state {@link ProposalState#DRAFT}, not null
   * @return the proposal, not null
   * @throws EssStateException if the id is taken or the proposal is not a draft
   */
  public synchronized Proposal draft(Proposal proposal) {
    refresh();
    if (ballots.containsKey(proposal.id())) {
      throw new EssStateException("Proposal " + proposal.id() + " already exists");
    }
    if (proposal.state() != ProposalState.DRAFT) {
      throw new EssStateException("Proposal " + proposal.id() + " must be added as a draft, not " + proposal.state());
    }
    ballots.put(proposal.id(), new Ballot(proposal));
    journal.record(GovernanceEvent.Kind.PROPOSAL_DRAFTED, b -> b.proposal(proposal.id()).detail(proposal.title()));
    return proposal;
  }

  /**
   * Schedules a draft: it opens at {@code opensAt} and closes at {@code closesAt}, by the clock.
   *
   * @param id the proposal, not null
   * @param opensAt when votes open, not null
   * @param closesAt the deadline, after {@code opensAt}, not null
   * @return the scheduled proposal, not null
   * @throws EssNotFoundException if the proposal is unknown
   * @throws EssStateException if it is not a draft
   * @throws coop.ess.core.EssValidationException if {@code closesAt} is not after {@code opensAt}
   */
  public synchronized Proposal schedule(ProposalId id, Instant opensAt, Instant closesAt) {
    refresh();
    Ballot ballot = require(id, ProposalState.DRAFT);
    ballot.proposal = Proposal.builder().from(ballot.proposal).state(ProposalState.SCHEDULED)
        .opensAt(opensAt).closesAt(closesAt).build();
    journal.record(GovernanceEvent.Kind.PROPOSAL_SCHEDULED,
        b -> b.proposal(id).detail(opensAt + " to " + closesAt));
    refresh();
    return ballot.proposal;
  }

  /**
   * Opens a draft or scheduled proposal now.
   *
   * @param id the proposal, not null
   * @return the open proposal, not null
   * @throws EssNotFoundException if the proposal is unknown
   * @throws EssStateException if it is neither draft nor scheduled
   */
  public synchronized Proposal open(ProposalId id) {
    refresh();
    Ballot ballot = require(id, ProposalState.DRAFT, ProposalState.SCHEDULED);
    ballot.proposal = Proposal.builder().from(ballot.proposal).state(ProposalState.OPEN)
        .opensAt(journal.clock().instant()).build();
    journal.record(GovernanceEvent.Kind.PROPOSAL_OPENED, b -> b.proposal(id));
    return ballot.proposal;
  }

  /**
   * Closes an open proposal now; its count becomes final.
   *
   * @param id the proposal, not null
   * @return the closed proposal, not null
   * @throws EssNotFoundException if the proposal is unknown
   * @throws EssStateException if it is not open
   */
  public synchronized Proposal close(ProposalId id) {
    refresh();
    Ballot ballot = require(id, ProposalState.OPEN);
    ballot.proposal = ballot.proposal.in(ProposalState.CLOSED);
    journal.record(GovernanceEvent.Kind.PROPOSAL_CLOSED, b -> b.proposal(id));
    return ballot.proposal;
  }

  /**
   * Counts a closed proposal and records its outcome with a statement. The quorum is assessed on the turnout
   * recorded at this moment.
   *
   * @param id the proposal, not null
   * @param convocation 1, or 2 for a second convocation after a sitting without quorum
   * @param statement the outcome statement for the minutes, not null, not blank
   * @return the final result, not null
   * @throws EssNotFoundException if the proposal is unknown
   * @throws EssStateException if it is not closed
   * @throws coop.ess.core.EssValidationException if the statement is blank
   * @throws IllegalArgumentException if {@code convocation} is neither 1 nor 2
   */
  public synchronized MotionResult decide(ProposalId id, int convocation, String statement) {
    refresh();
    Ballot ballot = require(id, ProposalState.CLOSED);
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "Decision of " + id);
    checks.text("statement", statement, 2000);
    checks.throwIfInvalid();
    MotionResult result = count(ballot, convocation);
    ballot.proposal = Proposal.builder().from(ballot.proposal).state(ProposalState.DECIDED)
        .outcome(result.outcome()).statement(statement).build();
    journal.record(GovernanceEvent.Kind.PROPOSAL_DECIDED,
        b -> b.proposal(id).detail(result.outcome() + ": " + statement));
    return result;
  }

  /**
   * Withdraws a proposal that is not closed yet.
   *
   * @param id the proposal, not null
   * @param reason why, not null, not blank
   * @return the withdrawn proposal, not null
   * @throws EssNotFoundException if the proposal is unknown
   * @throws EssStateException if it is closed, decided or already withdrawn
   * @throws coop.ess.core.EssValidationException if the reason is blank
   */
  public synchronized Proposal withdraw(ProposalId id, String reason) {
    refresh();
    Ballot ballot = require(id, ProposalState.DRAFT, ProposalState.SCHEDULED, ProposalState.OPEN);
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "Withdrawal of " + id);
    checks.text("reason", reason, 2000);
    checks.throwIfInvalid();
    ballot.proposal = Proposal.builder().from(ballot.proposal).state(ProposalState.WITHDRAWN).statement(reason)
        .build();
    journal.record(GovernanceEvent.Kind.PROPOSAL_WITHDRAWN, b -> b.proposal(id).detail(reason));
    return ballot.proposal;
  }

  /**
   * A proposal as it stands now (deadlines applied).
   *
   * @param id the proposal, not null
   * @return the proposal, not null
   * @throws EssNotFoundException if the proposal is unknown
   */
  public synchronized Proposal proposal(ProposalId id) {
    refresh();
    return ballot(id).proposal;
  }

  // ---- presence and proxies ----

  /**
   * Records a member present at the sitting, in the room or online (a later record replaces the attendance).
   *
   * @param member the member, not null
   * @param attendance how they attend, not null
   * @return the receipt; refused if the member is not in the electorate, not null
   */
  public synchronized Receipt recordPresence(MemberId member, Attendance attendance) {
    refresh();
    Objects.requireNonNull(attendance, "attendance");
    if (!electorate.contains(member)) {
      return journal.refuse(List.of(error("presence.notInElectorate", "member", "member", member)),
          b -> b.actor(member));
    }
    presence.put(member, attendance);
    return journal.accept(GovernanceEvent.Kind.PRESENCE_RECORDED, b -> b.actor(member).detail(attendance.name()));
  }

  /**
   * Records that a present member left the sitting; their proxies no longer make anyone represented.
   *
   * @param member the member, not null
   * @return the receipt; refused if the member was not recorded present, not null
   */
  public synchronized Receipt recordDeparture(MemberId member) {
    refresh();
    if (!presence.containsKey(member)) {
      return journal.refuse(List.of(error("presence.notPresent", "member", "member", member)), b -> b.actor(member));
    }
    presence.remove(member);
    return journal.accept(GovernanceEvent.Kind.DEPARTURE_RECORDED, b -> b.actor(member));
  }

  /**
   * Gives a proxy (<i>pouvoir</i>) from {@code giver} to {@code holder}.
   *
   * @param giver the member who will be represented, not null
   * @param holder the member who will vote for them, not null
   * @return the receipt; refused with every broken rule (not voters, self, already given, chain, cap), not null
   */
  public synchronized Receipt giveProxy(MemberId giver, MemberId holder) {
    refresh();
    List<Violation> problems = new ArrayList<>();
    if (!electorate.contains(giver)) {
      problems.add(error("proxy.notInElectorate", "giver", "member", giver));
    }
    if (!electorate.contains(holder)) {
      problems.add(error("proxy.notInElectorate", "holder", "member", holder));
    }
    if (giver.equals(holder)) {
      problems.add(error("proxy.self", "holder", "member", giver));
    }
    if (proxies.containsKey(giver)) {
      problems.add(error("proxy.alreadyGiven", "giver", "giver", giver, "holder", proxies.get(giver)));
    }
    if (proxies.containsKey(holder)) {
      problems.add(error("proxy.holderGaveProxy", "holder", "holder", holder, "other", proxies.get(holder)));
    }
    if (proxies.containsValue(giver)) {
      problems.add(error("proxy.giverHolds", "giver", "giver", giver));
    }
    long held = proxiesHeldBy(holder);
    if (held >= proxyCap) {
      problems.add(error("proxy.cap", "holder", "holder", holder, "cap", proxyCap));
    }
    if (!problems.isEmpty()) {
      return journal.refuse(problems, b -> b.actor(giver).other(holder));
    }
    proxies.put(giver, holder);
    return journal.accept(GovernanceEvent.Kind.PROXY_GIVEN, b -> b.actor(giver).other(holder));
  }

  /**
   * Revokes the proxy {@code giver} gave.
   *
   * @param giver the member who gave it, not null
   * @return the receipt; refused if there is no proxy or it was used on a proposal still open, not null
   */
  public synchronized Receipt revokeProxy(MemberId giver) {
    refresh();
    MemberId holder = proxies.get(giver);
    if (holder == null) {
      return journal.refuse(List.of(error("proxy.none", "giver", "giver", giver)), b -> b.actor(giver));
    }
    for (Ballot ballot : ballots.values()) {
      boolean used = ballot.representedBySecretProxy.contains(giver)
          || Optional.ofNullable(ballot.votes.get(giver)).flatMap(Cast::holder).isPresent();
      if (used && ballot.proposal.state() == ProposalState.OPEN) {
        return journal.refuse(List.of(error("proxy.usedOnOpenProposal", "giver", "giver", giver,
            "proposal", ballot.proposal.id())), b -> b.actor(giver).other(holder));
      }
    }
    proxies.remove(giver);
    return journal.accept(GovernanceEvent.Kind.PROXY_REVOKED, b -> b.actor(giver).other(holder));
  }

  /**
   * The proxies in force, giver to holder.
   *
   * @return a sorted copy, not null
   */
  public synchronized Map<MemberId, MemberId> proxies() {
    return new TreeMap<>(proxies);
  }

  /**
   * How many proxies a member holds.
   *
   * @param holder the member, not null
   * @return 0 or more, never above the cap
   */
  public synchronized long proxiesHeldBy(MemberId holder) {
    return proxies.values().stream().filter(holder::equals).count();
  }

  /**
   * The turnout now: present members, and absent members whose proxy holder is present.
   *
   * @return the turnout, not null
   */
  public synchronized Turnout turnout() {
    long represented = proxies.entrySet().stream()
        .filter(e -> !presence.containsKey(e.getKey()) && presence.containsKey(e.getValue())).count();
    return Turnout.of(electorate.size(), presence.size(), represented);
  }

  // ---- votes ----

  /**
   * Casts (or, in an open ballot, changes) a member's own vote.
   *
   * @param id the proposal, not null
   * @param voter the voter, not null
   * @param choice the choice, not null
   * @return the receipt; refused if the voter may not vote, the proposal is not open, or a secret vote was already
   *     cast, not null
   * @throws EssNotFoundException if the proposal is unknown
   */
  public synchronized Receipt vote(ProposalId id, MemberId voter, VoteChoice choice) {
    refresh();
    Objects.requireNonNull(choice, "choice");
    Ballot ballot = ballot(id);
    List<Violation> problems = new ArrayList<>();
    if (!electorate.contains(voter)) {
      problems.add(error("vote.notInElectorate", "voter", "member", voter));
    }
    checkOpen(ballot, problems);
    if (ballot.proposal.secret() && ballot.participants.contains(voter)) {
      problems.add(error("vote.secretAlreadyCast", "voter", "member", voter, "proposal", id));
    }
    if (!problems.isEmpty()) {
      return journal.refuse(problems, b -> b.proposal(id).actor(voter));
    }
    if (ballot.proposal.secret()) {
      deposit(ballot, voter, choice);
      return journal.accept(GovernanceEvent.Kind.VOTE_CAST, b -> b.proposal(id).actor(voter));
    }
    Cast previous = ballot.votes.put(voter, new Cast(choice, Optional.empty()));
    if (previous == null) {
      return journal.accept(GovernanceEvent.Kind.VOTE_CAST, b -> b.proposal(id).actor(voter).choice(choice));
    }
    GovernanceEvent.Kind kind = previous.holder().isPresent()
        ? GovernanceEvent.Kind.PROXY_VOTE_OVERRIDDEN : GovernanceEvent.Kind.VOTE_CHANGED;
    return journal.accept(kind, b -> b.proposal(id).actor(voter).choice(choice)
        .previousChoice(previous.choice()).other(previous.holder()));
  }

  /**
   * Casts (or, in an open ballot, changes) a vote for a member who gave {@code holder} a proxy.
   *
   * @param id the proposal, not null
   * @param holder the proxy holder, not null
   * @param giver the member represented, not null
   * @param choice the choice, not null
   * @return the receipt; refused if {@code holder} holds no proxy of {@code giver}, the proposal is not open, or the
   *     giver already voted, not null
   * @throws EssNotFoundException if the proposal is unknown
   */
  public synchronized Receipt voteByProxy(ProposalId id, MemberId holder, MemberId giver, VoteChoice choice) {
    refresh();
    Objects.requireNonNull(choice, "choice");
    Ballot ballot = ballot(id);
    List<Violation> problems = new ArrayList<>();
    if (!holder.equals(proxies.get(giver))) {
      problems.add(error("proxy.notHeld", "holder", "holder", holder, "giver", giver));
    }
    checkOpen(ballot, problems);
    Cast previous = ballot.votes.get(giver);
    if (ballot.proposal.secret() ? ballot.participants.contains(giver)
        : previous != null && previous.holder().isEmpty()) {
      problems.add(error("proxy.giverVoted", "giver", "giver", giver, "proposal", id));
    }
    if (!problems.isEmpty()) {
      return journal.refuse(problems, b -> b.proposal(id).actor(holder).other(giver));
    }
    if (ballot.proposal.secret()) {
      deposit(ballot, giver, choice);
      ballot.representedBySecretProxy.add(giver);
      return journal.accept(GovernanceEvent.Kind.PROXY_USED, b -> b.proposal(id).actor(holder).other(giver));
    }
    ballot.votes.put(giver, new Cast(choice, Optional.of(holder)));
    return journal.accept(GovernanceEvent.Kind.PROXY_USED, b -> b.proposal(id).actor(holder).other(giver)
        .choice(choice).previousChoice(Optional.ofNullable(previous).map(Cast::choice)));
  }

  /**
   * Who took part in a proposal's vote, by themselves or by proxy: the participation list (<i>liste
   * d'émargement</i>), sorted by member, without any choice.
   *
   * @param id the proposal, not null
   * @return the participants, not null
   * @throws EssNotFoundException if the proposal is unknown
   */
  public synchronized SortedSet<MemberId> participants(ProposalId id) {
    refresh();
    Ballot ballot = ballot(id);
    return new TreeSet<>(ballot.proposal.secret() ? ballot.participants : ballot.votes.keySet());
  }

  /**
   * The choice a voter's counted vote carries, in an open ballot.
   *
   * @param id the proposal, not null
   * @param voter the voter, not null
   * @return the choice, or empty if the voter has not voted
   * @throws EssNotFoundException if the proposal is unknown
   * @throws EssStateException if the ballot is secret
   */
  public synchronized Optional<VoteChoice> choiceOf(ProposalId id, MemberId voter) {
    Ballot ballot = ballot(id);
    if (ballot.proposal.secret()) {
      throw new EssStateException("Proposal " + id + " is a secret ballot: choices are not linked to voters");
    }
    return Optional.ofNullable(ballot.votes.get(voter)).map(Cast::choice);
  }

  /**
   * Counts a proposal now, on first convocation, with the turnout recorded now: provisional while an open ballot is
   * open, final once closed.
   *
   * @param id the proposal, not null
   * @return the result, not null
   * @throws EssNotFoundException if the proposal is unknown
   * @throws EssStateException if the ballot is secret and not closed yet (intermediate counts taken between two
   *     votes would reveal a choice)
   */
  public synchronized MotionResult count(ProposalId id) {
    refresh();
    Ballot ballot = ballot(id);
    ProposalState state = ballot.proposal.state();
    if (ballot.proposal.secret() && state != ProposalState.CLOSED && state != ProposalState.DECIDED) {
      throw new EssStateException("Proposal " + id + " is a secret ballot: it is counted only once closed, not while "
          + state);
    }
    return count(ballot, 1);
  }

  /**
   * The journal: every event, in order.
   *
   * @return a copy, not null
   */
  public synchronized List<GovernanceEvent> events() {
    refresh();
    return journal.events();
  }

  /**
   * The events of one proposal, in order: its history, votes and changes included.
   *
   * @param id the proposal, not null
   * @return a copy, not null
   */
  public synchronized List<GovernanceEvent> history(ProposalId id) {
    return events().stream().filter(e -> e.proposal().filter(id::equals).isPresent()).toList();
  }

  // ---- internals ----

  private void deposit(Ballot ballot, MemberId voter, VoteChoice choice) {
    ballot.participants.add(voter);
    String key = electorate.collegeOf(voter).map(CollegeId::value).orElse("");
    ballot.secretTallies.merge(key, Tally.empty().plus(choice), Tally::plus);
  }

  private MotionResult count(Ballot ballot, int convocation) {
    Map<String, Tally> byCollege = new TreeMap<>();
    if (ballot.proposal.secret()) {
      byCollege.putAll(ballot.secretTallies);
    } else {
      // Plain counters per college, turned into tallies once: a count is linear in the votes.
      Map<String, long[]> counters = new java.util.HashMap<>();
      Map<MemberId, CollegeId> colleges = electorate.colleges();
      ballot.votes.forEach((voter, cast) -> {
        CollegeId college = colleges.get(voter);
        counters.computeIfAbsent(college == null ? "" : college.value(), k -> new long[4])[cast.choice().ordinal()]++;
      });
      counters.forEach((college, c) -> byCollege.put(college, Tally.of(c[0], c[1], c[2], c[3])));
    }
    Turnout turnout = turnout();
    ResolutionType type = ballot.proposal.type();
    if (statute.isEmpty()) {
      Tally total = byCollege.values().stream().reduce(Tally.empty(), Tally::plus);
      return MotionCount.count(type, convocation, turnout, total);
    }
    Map<CollegeId, Tally> tallies = new LinkedHashMap<>();
    Map<CollegeId, Long> sizes = new LinkedHashMap<>();
    for (College college : statute.get().colleges()) {
      tallies.put(college.id(), byCollege.getOrDefault(college.id().value(), Tally.empty()));
      sizes.put(college.id(), (long) electorate.votersOf(college.id()).size());
    }
    return MotionCount.count(type, convocation, turnout, statute.get(), tallies, sizes);
  }

  private void checkOpen(Ballot ballot, List<Violation> problems) {
    ProposalState state = ballot.proposal.state();
    if (state == ProposalState.CLOSED || state == ProposalState.DECIDED) {
      problems.add(error("vote.afterClose", "proposal", "proposal", ballot.proposal.id()));
    } else if (state != ProposalState.OPEN) {
      problems.add(error("vote.notOpen", "proposal", "proposal", ballot.proposal.id(), "state", state));
    }
  }

  /** Opens and closes proposals whose instants have come, as events. */
  private void refresh() {
    Instant now = journal.clock().instant();
    for (Ballot ballot : ballots.values()) {
      Proposal proposal = ballot.proposal;
      if (proposal.state() == ProposalState.SCHEDULED && proposal.opensAt().filter(t -> !now.isBefore(t)).isPresent()) {
        ballot.proposal = proposal.in(ProposalState.OPEN);
        journal.record(GovernanceEvent.Kind.PROPOSAL_OPENED, b -> b.proposal(proposal.id()).detail("scheduled"));
      }
      if (ballot.proposal.state() == ProposalState.OPEN
          && proposal.closesAt().filter(t -> !now.isBefore(t)).isPresent()) {
        ballot.proposal = ballot.proposal.in(ProposalState.CLOSED);
        journal.record(GovernanceEvent.Kind.PROPOSAL_CLOSED, b -> b.proposal(proposal.id()).detail("deadline"));
      }
    }
  }

  private Ballot ballot(ProposalId id) {
    Ballot ballot = ballots.get(Objects.requireNonNull(id, "id"));
    if (ballot == null) {
      throw new EssNotFoundException("proposal", id.value(), "ballot box");
    }
    return ballot;
  }

  private Ballot require(ProposalId id, ProposalState... allowed) {
    Ballot ballot = ballot(id);
    for (ProposalState state : allowed) {
      if (ballot.proposal.state() == state) {
        return ballot;
      }
    }
    throw new EssStateException("Proposal " + id + " is " + ballot.proposal.state() + "; expected "
        + java.util.Arrays.toString(allowed));
  }

  private static Violation error(String code, String field, Object... parameters) {
    return GovernanceMessages.CATALOG.error(code, field, parameters);
  }
}
