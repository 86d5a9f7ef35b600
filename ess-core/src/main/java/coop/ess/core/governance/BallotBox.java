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
import org.jspecify.annotations.Nullable;

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
 *   <li>Once the box has recorded a presence, the sitting keeps an attendance sheet and only members present, or
 *       represented by a present holder, may vote (a represented member's own vote still overrides their proxy);
 *       a vote by proxy needs its holder present. A vote from anyone else is refused ({@code vote.absent},
 *       {@code proxy.holderAbsent}). A box that never records presence (a remote consultation) takes the votes of
 *       every voter of the electorate; record the attendance before the votes.
 *   <li>A vote by correspondence (<i>vote par correspondance</i>: a postal or electronic form received before the
 *       sitting) is recorded as the attendance {@link Attendance#BY_CORRESPONDENCE}, then the member's votes are cast
 *       with {@link #vote} like anyone's. Such a member is not present: they vote for themselves only and cannot hold
 *       a proxy ({@code proxy.holderByCorrespondence} when given one, {@code presence.correspondenceHoldsProxies}
 *       when a holder is recorded so), because a form cannot carry someone else's vote and a proxy holder must attend
 *       (Code de commerce art. L225-107 I treats the form as the shareholder's own vote). The turnout counts them
 *       apart, never also as represented; whether they count toward a quorum is {@link Quorum#correspondence()}.
 *   <li>In a secret ballot the box keeps the list of participants apart from an anonymous tally; no event, result or
 *       accessor links a voter to a choice. A secret vote cannot be changed, and a member whose proxy holder already
 *       voted for them in a secret ballot can no longer vote on it.
 * </ul>
 *
 * <p>A business refusal (vote after close, proxy beyond the cap…) is returned as a {@link Receipt} with violations in
 * English and French, recorded as a {@link GovernanceEvent.Kind#REFUSED} event, and leaves the box unchanged. API
 * misuse (an unknown proposal, a transition from the wrong state) throws.
 *
 * <p>Saving and reloading: {@link #record()} is what an application stores (the electorate, the cap, the statute and
 * the journal); {@link #replay(Clock, AssemblyRecord)} rebuilds the same box by re-applying every event through the
 * same rules and checking that each one is recorded again identically.
 *
 * <p>Thread-safe: every method holds the box's lock.
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
  private final ReplayClock clock;
  private final Electorate electorate;
  private final Optional<CollegeStatute> statute;
  private final int proxyCap;
  private final Map<ProposalId, Ballot> ballots = new LinkedHashMap<>();
  private final Map<MemberId, Attendance> presence = new TreeMap<>();
  private final Map<MemberId, MemberId> proxies = new TreeMap<>();
  /** Whether the sitting keeps an attendance sheet: true from the first presence recorded. */
  private boolean attendanceTaken;
  /** While replaying: the closing event of each secret ballot, which carries its anonymous tally; else null. */
  private @Nullable Map<ProposalId, GovernanceEvent> sealed;

  private BallotBox(Clock clock, Electorate electorate, Optional<CollegeStatute> statute, int proxyCap) {
    this.clock = new ReplayClock(Objects.requireNonNull(clock, "clock"));
    this.journal = new Journal(this.clock);
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
   * Rebuilds a ballot box from its record: every event is re-applied, at its own instant, through the same rules as
   * the live box (proposals drafted, scheduled, opened, closed and decided; presence; proxies; votes), and each
   * event recorded again must equal the saved one. Refusals are kept as they were (they changed nothing). Once
   * rebuilt, the box runs on {@code clock}.
   *
   * @param clock the clock of the rebuilt box, not null
   * @param record the saved record, not null
   * @return the ballot box, in the state the record leaves it, not null
   * @throws EssStateException if an event does not replay identically (a record edited or taken from another box),
   *     lacks what its kind needs, or a secret ballot with votes is still open at the end of the record (its choices
   *     enter the journal only when it closes)
   * @throws coop.ess.core.EssValidationException if the record's proxy cap or statute is invalid for its electorate
   */
  public static BallotBox replay(Clock clock, AssemblyRecord record) {
    Objects.requireNonNull(record, "record");
    BallotBox box = new BallotBox(clock, record.electorate(), record.statute(), record.proxyCap());
    box.replay(record.events());
    return box;
  }

  /**
   * What to save to reload this box later with {@link #replay(Clock, AssemblyRecord)}.
   *
   * @return the record: electorate, proxy cap, statute and every event so far, not null
   */
  public synchronized AssemblyRecord record() {
    return AssemblyRecord.builder().electorate(electorate).proxyCap(proxyCap).statute(statute).events(events())
        .build();
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
    journal.record(GovernanceEvent.Kind.PROPOSAL_DRAFTED,
        b -> b.proposal(proposal.id()).detail(proposal.title()).drafted(proposal));
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
        b -> b.proposal(id).detail(opensAt + " to " + closesAt).opensAt(opensAt).closesAt(closesAt));
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
    seal(ballot, "");
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
    journal.record(GovernanceEvent.Kind.PROPOSAL_DECIDED, b -> b.proposal(id)
        .detail(result.outcome() + ": " + statement).convocation(convocation).outcome(result.outcome()));
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
   * Records a member's attendance: present in the room or online, or voting by correspondence (their form was
   * received); a later record replaces the attendance. The first record starts the attendance sheet.
   *
   * @param member the member, not null
   * @param attendance how they take part, not null
   * @return the receipt; refused if the member is not in the electorate, or is recorded
   *     {@link Attendance#BY_CORRESPONDENCE} while holding proxies ({@code presence.correspondenceHoldsProxies}:
   *     revoke them first), not null
   */
  public synchronized Receipt recordPresence(MemberId member, Attendance attendance) {
    refresh();
    Objects.requireNonNull(attendance, "attendance");
    if (!electorate.contains(member)) {
      return journal.refuse(List.of(error("presence.notInElectorate", "member", "member", member)),
          b -> b.actor(member));
    }
    long held = proxiesHeldBy(member);
    if (!attendance.present() && held > 0) {
      List<String> givers = proxies.entrySet().stream().filter(e -> e.getValue().equals(member))
          .map(e -> e.getKey().value()).toList();
      return journal.refuse(List.of(error("presence.correspondenceHoldsProxies", "attendance", "member", member,
          "givers", String.join(", ", givers))), b -> b.actor(member).detail(attendance.name()));
    }
    presence.put(member, attendance);
    attendanceTaken = true;
    return journal.accept(GovernanceEvent.Kind.PRESENCE_RECORDED, b -> b.actor(member).detail(attendance.name()));
  }

  /**
   * Records that a present member left the sitting; their proxies no longer make anyone represented. For a member
   * recorded {@link Attendance#BY_CORRESPONDENCE}, their form leaves the attendance sheet (votes already counted
   * stay counted, as for a member who leaves).
   *
   * @param member the member, not null
   * @return the receipt; refused if the member has no attendance recorded, not null
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
   * @return the receipt; refused with every broken rule (not voters, self, already given, chain, cap, a holder
   *     recorded {@link Attendance#BY_CORRESPONDENCE}: {@code proxy.holderByCorrespondence}), not null
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
    Attendance holderAttendance = presence.get(holder);
    if (holderAttendance != null && !holderAttendance.present()) {
      problems.add(error("proxy.holderByCorrespondence", "holder", "holder", holder, "giver", giver));
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
   * The turnout now, each member counted once: present members (and of them those online), members who voted by
   * correspondence, and members with neither whose proxy holder is present (represented).
   *
   * @return the turnout, not null
   */
  public synchronized Turnout turnout() {
    long present = presence.values().stream().filter(Attendance::present).count();
    long online = presence.values().stream().filter(a -> a == Attendance.ONLINE).count();
    long represented = proxies.keySet().stream().filter(giver -> !presence.containsKey(giver) && represented(giver))
        .count();
    return Turnout.builder().electorate(electorate.size()).present(present).online(online)
        .byCorrespondence(presence.size() - present).represented(represented).build();
  }

  /**
   * The attendance sheet (<i>feuille de présence</i>): how each member recorded takes part now, present in the room
   * or online, or by correspondence. Members who left are no longer listed; represented members are in
   * {@link #proxies()}.
   *
   * @return a sorted copy, not null, possibly empty
   */
  public synchronized Map<MemberId, Attendance> attendance() {
    return new TreeMap<>(presence);
  }

  /**
   * Whether the box keeps an attendance sheet: from the first presence it records, only members present or
   * represented may vote (see {@link #vote}).
   *
   * @return true once a presence has been recorded
   */
  public synchronized boolean attendanceTaken() {
    return attendanceTaken;
  }

  /** Whether a member gave a proxy to a holder who is present now (in the room or online). */
  private boolean represented(MemberId member) {
    MemberId holder = proxies.get(member);
    return holder != null && present(holder);
  }

  /** Whether a member is present now, in the room or online (not by correspondence). */
  private boolean present(MemberId member) {
    Attendance attendance = presence.get(member);
    return attendance != null && attendance.present();
  }

  // ---- votes ----

  /**
   * Casts (or, in an open ballot, changes) a member's own vote.
   *
   * @param id the proposal, not null
   * @param voter the voter, not null
   * @param choice the choice, not null
   * @return the receipt; refused if the voter may not vote (not in the electorate; or, once attendance is taken,
   *     neither present, nor recorded as voting by correspondence, nor represented by a present proxy holder:
   *     {@code vote.absent}), the proposal is not open, or a secret vote was already cast, not null
   * @throws EssNotFoundException if the proposal is unknown
   */
  public synchronized Receipt vote(ProposalId id, MemberId voter, VoteChoice choice) {
    return cast(id, voter, Optional.of(Objects.requireNonNull(choice, "choice")));
  }

  /** A member's own vote; the choice is empty only when replaying a secret vote. */
  private Receipt cast(ProposalId id, MemberId voter, Optional<VoteChoice> sealedOrChoice) {
    refresh();
    Ballot ballot = ballot(id);
    List<Violation> problems = new ArrayList<>();
    boolean inElectorate = electorate.contains(voter);
    if (!inElectorate) {
      problems.add(error("vote.notInElectorate", "voter", "member", voter));
    }
    checkOpen(ballot, problems);
    if (inElectorate && attendanceTaken && !presence.containsKey(voter) && !represented(voter)) {
      problems.add(error("vote.absent", "voter", "member", voter, "proposal", id));
    }
    if (ballot.proposal.secret() && ballot.participants.contains(voter)) {
      problems.add(error("vote.secretAlreadyCast", "voter", "member", voter, "proposal", id));
    }
    if (!problems.isEmpty()) {
      return journal.refuse(problems, b -> b.proposal(id).actor(voter));
    }
    if (ballot.proposal.secret()) {
      deposit(ballot, voter, sealedOrChoice);
      return journal.accept(GovernanceEvent.Kind.VOTE_CAST, b -> b.proposal(id).actor(voter));
    }
    VoteChoice choice = sealedOrChoice.orElseThrow(() -> noChoice(id));
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
   * @return the receipt; refused if {@code holder} holds no proxy of {@code giver} or, once attendance is taken, is
   *     not present ({@code proxy.holderAbsent}), the proposal is not open, or the giver already voted, not null
   * @throws EssNotFoundException if the proposal is unknown
   */
  public synchronized Receipt voteByProxy(ProposalId id, MemberId holder, MemberId giver, VoteChoice choice) {
    return castByProxy(id, holder, giver, Optional.of(Objects.requireNonNull(choice, "choice")));
  }

  /** A vote by proxy; the choice is empty only when replaying a secret vote. */
  private Receipt castByProxy(ProposalId id, MemberId holder, MemberId giver, Optional<VoteChoice> sealedOrChoice) {
    refresh();
    Ballot ballot = ballot(id);
    List<Violation> problems = new ArrayList<>();
    boolean held = holder.equals(proxies.get(giver));
    if (!held) {
      problems.add(error("proxy.notHeld", "holder", "holder", holder, "giver", giver));
    }
    checkOpen(ballot, problems);
    if (held && attendanceTaken && !present(holder)) {
      problems.add(error("proxy.holderAbsent", "holder", "holder", holder, "giver", giver, "proposal", id));
    }
    Cast previous = ballot.votes.get(giver);
    if (ballot.proposal.secret() ? ballot.participants.contains(giver)
        : previous != null && previous.holder().isEmpty()) {
      problems.add(error("proxy.giverVoted", "giver", "giver", giver, "proposal", id));
    }
    if (!problems.isEmpty()) {
      return journal.refuse(problems, b -> b.proposal(id).actor(holder).other(giver));
    }
    if (ballot.proposal.secret()) {
      deposit(ballot, giver, sealedOrChoice);
      ballot.representedBySecretProxy.add(giver);
      return journal.accept(GovernanceEvent.Kind.PROXY_USED, b -> b.proposal(id).actor(holder).other(giver));
    }
    VoteChoice choice = sealedOrChoice.orElseThrow(() -> noChoice(id));
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
   * What publishing a secret ballot's per-college tallies would reveal: one {@link coop.ess.core.Severity#WARNING} violation
   * {@code secret.collegeOfOne} for each college in which exactly one member took part (by themselves or by proxy),
   * since that college's tally, beside the participation list, is that member's choice. SCIC weighting needs the
   * tallies per college, so the box keeps them; an organiser can check this before publishing them and publish only
   * the weighted result. Empty for a ballot that is not secret or a box without colleges.
   *
   * @param id the proposal, not null
   * @return the warnings, in the order of the statute's colleges, not null, possibly empty
   * @throws EssNotFoundException if the proposal is unknown
   */
  public synchronized List<Violation> secrecyWarnings(ProposalId id) {
    refresh();
    Ballot ballot = ballot(id);
    List<Violation> warnings = new ArrayList<>();
    if (!ballot.proposal.secret() || statute.isEmpty()) {
      return warnings;
    }
    for (College college : statute.get().colleges()) {
      SortedSet<MemberId> members = electorate.votersOf(college.id());
      long taking = ballot.participants.stream().filter(members::contains).count();
      if (taking == 1) {
        warnings.add(GovernanceMessages.CATALOG.warning("secret.collegeOfOne", "collegeTallies." + college.id(),
            "college", college.name(), "proposal", id));
      }
    }
    return warnings;
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

  private void deposit(Ballot ballot, MemberId voter, Optional<VoteChoice> choice) {
    ballot.participants.add(voter);
    String key = electorate.collegeOf(voter).map(CollegeId::value).orElse("");
    choice.ifPresent(c -> ballot.secretTallies.merge(key, Tally.empty().plus(c), Tally::plus));
  }

  /**
   * Closes an open ballot; a secret ballot's anonymous tallies enter the journal now (when replaying, they are
   * restored from the saved closing event first, and must account for every participant).
   */
  private void seal(Ballot ballot, String detail) {
    ProposalId id = ballot.proposal.id();
    boolean secret = ballot.proposal.secret();
    if (secret && sealed != null) {
      restoreTallies(ballot, sealed.get(id));
    }
    ballot.proposal = ballot.proposal.in(ProposalState.CLOSED);
    Tally total = ballot.secretTallies.values().stream().reduce(Tally.empty(), Tally::plus);
    Map<CollegeId, Tally> byCollege = new LinkedHashMap<>();
    if (!electorate.colleges().isEmpty()) {
      ballot.secretTallies.forEach((college, tally) -> byCollege.put(CollegeId.of(college), tally));
    }
    journal.record(GovernanceEvent.Kind.PROPOSAL_CLOSED, b -> {
      b.proposal(id).detail(detail);
      if (secret) {
        b.tally(total).collegeTallies(byCollege);
      }
    });
  }

  private void restoreTallies(Ballot ballot, @Nullable GovernanceEvent closing) {
    ballot.secretTallies.clear();
    if (closing != null) {
      if (electorate.colleges().isEmpty()) {
        closing.tally().filter(t -> t.ballots() > 0).ifPresent(t -> ballot.secretTallies.put("", t));
      } else {
        closing.collegeTallies().forEach((college, tally) -> ballot.secretTallies.put(college.value(), tally));
      }
    }
    long ballots = ballot.secretTallies.values().stream().mapToLong(Tally::ballots).sum();
    if (ballots != ballot.participants.size()) {
      throw new EssStateException("The saved tally of secret ballot " + ballot.proposal.id() + " counts " + ballots
          + " ballots for " + ballot.participants.size() + " participants");
    }
  }

  private static EssStateException noChoice(ProposalId id) {
    return new EssStateException("A vote on open ballot " + id + " must carry its choice");
  }

  /** Re-applies saved events; see {@link #replay(Clock, AssemblyRecord)}. */
  private synchronized void replay(List<GovernanceEvent> events) {
    Map<ProposalId, GovernanceEvent> closings = new LinkedHashMap<>();
    for (GovernanceEvent event : events) {
      if (event.kind() == GovernanceEvent.Kind.PROPOSAL_CLOSED && event.proposal().isPresent()) {
        closings.put(event.proposal().get(), event);
      }
    }
    sealed = closings;
    try {
      for (GovernanceEvent event : events) {
        if (journal.size() < event.sequence()) {
          clock.fix(event.at());
          apply(event);
        }
        Replayer.check(journal, event);
      }
      if (journal.size() != events.size()) {
        throw new EssStateException("The record stops at event #" + events.size() + " but replaying it recorded "
            + journal.size() + " events");
      }
      for (Ballot ballot : ballots.values()) {
        if (ballot.proposal.secret() && ballot.proposal.state() == ProposalState.OPEN
            && !ballot.participants.isEmpty()) {
          throw new EssStateException("Secret ballot " + ballot.proposal.id() + " is still open with "
              + ballot.participants.size() + " participants: its choices enter the journal only when it closes,"
              + " so it cannot be reloaded before");
        }
      }
    } finally {
      sealed = null;
      clock.release();
    }
  }

  /** Re-applies one saved event through the public rules. */
  private void apply(GovernanceEvent event) {
    switch (event.kind()) {
      case PROPOSAL_DRAFTED -> draft(need(event, event.drafted(), "drafted"));
      case PROPOSAL_SCHEDULED -> schedule(proposalOf(event), need(event, event.opensAt(), "opensAt"),
          need(event, event.closesAt(), "closesAt"));
      case PROPOSAL_OPENED -> {
        if ("scheduled".equals(event.detail())) {
          refresh();
        } else {
          open(proposalOf(event));
        }
      }
      case PROPOSAL_CLOSED -> {
        if ("deadline".equals(event.detail())) {
          refresh();
        } else {
          close(proposalOf(event));
        }
      }
      case PROPOSAL_DECIDED -> decide(proposalOf(event), need(event, event.convocation(), "convocation"),
          event.statement());
      case PROPOSAL_WITHDRAWN -> withdraw(proposalOf(event), event.detail());
      case PRESENCE_RECORDED -> recordPresence(actorOf(event), attendanceOf(event));
      case DEPARTURE_RECORDED -> recordDeparture(actorOf(event));
      case PROXY_GIVEN -> giveProxy(actorOf(event), need(event, event.other(), "other"));
      case PROXY_REVOKED -> revokeProxy(actorOf(event));
      case VOTE_CAST, VOTE_CHANGED, PROXY_VOTE_OVERRIDDEN -> cast(proposalOf(event), actorOf(event), event.choice());
      case PROXY_USED -> castByProxy(proposalOf(event), actorOf(event), need(event, event.other(), "other"),
          event.choice());
      case REFUSED -> {
        refresh();
        journal.copy(event);
      }
      default -> throw new EssStateException("Event #" + event.sequence() + " of kind " + event.kind()
          + " is not an event of a ballot box");
    }
  }

  private static <T> T need(GovernanceEvent event, Optional<T> value, String field) {
    return value.orElseThrow(() -> new EssStateException("Event #" + event.sequence() + " of kind " + event.kind()
        + " lacks its " + field));
  }

  private static ProposalId proposalOf(GovernanceEvent event) {
    return need(event, event.proposal(), "proposal");
  }

  private static MemberId actorOf(GovernanceEvent event) {
    return need(event, event.actor(), "actor");
  }

  private static Attendance attendanceOf(GovernanceEvent event) {
    for (Attendance attendance : Attendance.values()) {
      if (attendance.name().equals(event.detail())) {
        return attendance;
      }
    }
    throw new EssStateException("Event #" + event.sequence() + " records an unknown attendance \"" + event.detail()
        + "\"");
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
        seal(ballot, "deadline");
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
