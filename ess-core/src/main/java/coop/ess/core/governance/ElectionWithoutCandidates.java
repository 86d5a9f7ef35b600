package coop.ess.core.governance;

import coop.ess.core.EssStateException;
import coop.ess.core.MemberId;
import coop.ess.core.Violation;
import coop.ess.core.internal.Checks;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An election without candidates (<i>élection sans candidat</i>, sociocracy): nobody runs; each member of the circle
 * nominates someone with reasons, then may change their nomination after hearing the others, then the facilitator
 * proposes a person and the circle decides by {@link ConsentProcess consent}.
 *
 * <p>Phases: {@link Phase#NOMINATION} → {@link Phase#CHANGE_ROUND} → {@link Phase#CONSENT} → {@link Phase#ELECTED}.
 * If consent cannot be reached the facilitator may propose someone else, which starts a new consent process.
 * Members' requests in the wrong phase are recorded refusals; the facilitator's steps in the wrong phase throw
 * {@link EssStateException}. Every step is a {@link GovernanceEvent}. Thread-safe.
 */
public final class ElectionWithoutCandidates {

  /** The phases of the election. */
  public enum Phase {
    /** Each member nominates someone, with reasons. */
    NOMINATION,
    /** Having heard every reason, members may change their nomination. */
    CHANGE_ROUND,
    /** A person is proposed; the circle decides by consent. */
    CONSENT,
    /** Consent was reached: the person is elected. */
    ELECTED
  }

  private final Journal journal;
  private final ReplayClock clock;
  private final ProposalId election;
  private final String role;
  private final SortedSet<MemberId> circle;
  private final Map<MemberId, Nomination> nominations = new TreeMap<>();
  private Phase phase = Phase.NOMINATION;
  private Optional<ConsentProcess> consent = Optional.empty();
  private Optional<MemberId> proposed = Optional.empty();

  private ElectionWithoutCandidates(ReplayClock clock, ProposalId election, String role,
      Collection<MemberId> circle) {
    this.clock = clock;
    this.journal = new Journal(this.clock);
    this.election = Objects.requireNonNull(election, "election");
    this.role = Objects.requireNonNull(role, "role");
    this.circle = new TreeSet<>(circle);
    journal.record(GovernanceEvent.Kind.PHASE_CHANGED, b -> b.proposal(election).detail(Phase.NOMINATION.name()));
  }

  /**
   * Starts an election for a role.
   *
   * @param clock the clock, not null
   * @param election the identifier of the election, not null
   * @param role the role to fill, such as "facilitator of the general meeting", not null
   * @param circle the members who take part, not null
   * @return the election, in the nomination phase, not null
   */
  public static ElectionWithoutCandidates start(Clock clock, ProposalId election, String role,
      Collection<MemberId> circle) {
    return new ElectionWithoutCandidates(new ReplayClock(Objects.requireNonNull(clock, "clock")), election, role,
        circle);
  }

  /**
   * Rebuilds an election from its saved events ({@link #events()}) and the events of each consent process it started
   * (each {@link ConsentProcess#events()}, in the order of the proposals): every event is re-applied at its own
   * instant through the same rules and must be recorded again identically. Refusals are kept as they were. Once
   * rebuilt, the election and its consent processes run on {@code clock}.
   *
   * @param clock the clock of the rebuilt election, not null
   * @param role the role to fill, as given to {@link #start}, not null
   * @param circle the members who take part, not null
   * @param events the election's saved events, the first being its start, not null
   * @param consents the saved events of each consent process, in the order of the proposals, not null
   * @return the election, in the state the events leave it, not null
   * @throws EssStateException if the events are empty, or one does not replay identically, lacks what its kind needs,
   *     or is not an event of such an election
   */
  public static ElectionWithoutCandidates replay(Clock clock, String role, Collection<MemberId> circle,
      List<GovernanceEvent> events, List<List<GovernanceEvent>> consents) {
    Objects.requireNonNull(clock, "clock");
    if (events.isEmpty() || events.get(0).proposal().isEmpty()) {
      throw new EssStateException("An election is replayed from at least its first event, which names it");
    }
    ReplayClock replayClock = new ReplayClock(clock);
    replayClock.fix(events.get(0).at());
    ElectionWithoutCandidates election = new ElectionWithoutCandidates(replayClock, events.get(0).proposal().get(),
        role, circle);
    synchronized (election) {
      try {
        Replayer.check(election.journal, events.get(0));
        int proposals = 0;
        for (GovernanceEvent event : events.subList(1, events.size())) {
          election.clock.fix(event.at());
          proposals = election.apply(event, consents, proposals);
          Replayer.check(election.journal, event);
        }
      } finally {
        election.clock.release();
      }
    }
    return election;
  }

  /** Re-applies one saved event; returns the number of proposals made so far. */
  private int apply(GovernanceEvent event, List<List<GovernanceEvent>> consents, int proposals) {
    switch (event.kind()) {
      case NOMINATION -> {
        MemberId nominee = event.other().orElseThrow(() -> new EssStateException("Event #" + event.sequence()
            + " of kind NOMINATION lacks its nominee"));
        if (phase == Phase.CHANGE_ROUND) {
          changeNomination(Replayer.actor(event), nominee, event.detail());
        } else {
          nominate(Replayer.actor(event), nominee, event.detail());
        }
      }
      case PHASE_CHANGED -> {
        if (event.detail().equals(Phase.CHANGE_ROUND.name())) {
          startChangeRound();
        } else if (event.detail().equals(Phase.ELECTED.name())) {
          conclude();
        } else if (event.detail().startsWith(Phase.CONSENT.name()) && event.other().isPresent()) {
          if (proposals >= consents.size() || consents.get(proposals).isEmpty()) {
            throw new EssStateException("Event #" + event.sequence() + " proposes " + event.other().get()
                + " but the events of consent process " + (proposals + 1) + " are missing");
          }
          List<GovernanceEvent> steps = consents.get(proposals);
          MemberId person = event.other().get();
          String prefix = person + " as " + role + ": ";
          String text = steps.get(0).detail();
          if (!text.startsWith(prefix)) {
            throw new EssStateException("Consent process " + (proposals + 1) + " does not start with \"" + prefix
                + "\": " + text);
          }
          ConsentProcess process = propose(person, text.substring(prefix.length()));
          process.replayRest(clock, steps);
          clock.fix(event.at());
          return proposals + 1;
        } else {
          throw new EssStateException("Event #" + event.sequence() + " records an unknown phase change: " + event);
        }
      }
      case REFUSED -> journal.copy(event);
      default -> throw new EssStateException("Event #" + event.sequence() + " of kind " + event.kind()
          + " is not an event of an election without candidates");
    }
    return proposals;
  }

  /**
   * Nominates someone, during the nomination phase (a second nomination replaces the first).
   *
   * @param voter who nominates, not null
   * @param nominee who is nominated, not null
   * @param reason why, not null, not blank
   * @return the receipt, not null
   */
  public synchronized Receipt nominate(MemberId voter, MemberId nominee, String reason) {
    return record(Phase.NOMINATION, voter, nominee, reason, false);
  }

  /**
   * Changes one's nomination, during the change round.
   *
   * @param voter who nominates, not null
   * @param nominee the new nominee, not null
   * @param reason why, not null, not blank
   * @return the receipt, not null
   */
  public synchronized Receipt changeNomination(MemberId voter, MemberId nominee, String reason) {
    return record(Phase.CHANGE_ROUND, voter, nominee, reason, true);
  }

  /**
   * Closes the nominations and opens the change round.
   *
   * @throws EssStateException if not in the nomination phase
   */
  public synchronized void startChangeRound() {
    requirePhase(Phase.NOMINATION);
    moveTo(Phase.CHANGE_ROUND);
  }

  /**
   * Proposes a person for the role, which starts a consent process (a new one if a previous proposal did not reach
   * consent).
   *
   * @param person the person proposed, a member of the circle, not null
   * @param argument why this person, from the nominations, not null, not blank
   * @return the consent process on this proposal, not null
   * @throws EssStateException if nominations are not closed yet or someone is already elected
   * @throws coop.ess.core.EssValidationException if the argument is blank
   * @throws IllegalArgumentException if the person is not in the circle
   */
  public synchronized ConsentProcess propose(MemberId person, String argument) {
    if (phase != Phase.CHANGE_ROUND && phase != Phase.CONSENT) {
      throw new EssStateException("Election " + election + " is in phase " + phase + "; a proposal needs the change"
          + " round to be over");
    }
    if (!circle.contains(person)) {
      throw new IllegalArgumentException(person + " is not in the circle of election " + election);
    }
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "Proposal of election " + election);
    checks.text("argument", argument, 2000);
    checks.throwIfInvalid();
    long earlier = countProposals();
    ProposalId id = ProposalId.of(election.value() + "-p" + (earlier + 1));
    ConsentProcess process = ConsentProcess.start(clock, id, person + " as " + role + ": " + argument, circle);
    consent = Optional.of(process);
    proposed = Optional.of(person);
    phase = Phase.CONSENT;
    journal.record(GovernanceEvent.Kind.PHASE_CHANGED, b -> b.proposal(election).other(person)
        .detail(Phase.CONSENT.name() + " on " + id + (earlier > 0 ? " (new proposal)" : "")));
    return process;
  }

  /**
   * Records the election once the current consent process has reached consent.
   *
   * @return the elected member, not null
   * @throws EssStateException if there is no proposal or it has not reached consent
   */
  public synchronized MemberId conclude() {
    requirePhase(Phase.CONSENT);
    ConsentProcess process = consent.orElseThrow();
    process.requireConsented();
    MemberId elected = proposed.orElseThrow();
    phase = Phase.ELECTED;
    journal.record(GovernanceEvent.Kind.PHASE_CHANGED,
        b -> b.proposal(election).other(elected).detail(Phase.ELECTED.name()));
    return elected;
  }

  /**
   * The phase.
   *
   * @return the phase, not null
   */
  public synchronized Phase phase() {
    return phase;
  }

  /**
   * The role to fill.
   *
   * @return the role, not null
   */
  public String role() {
    return role;
  }

  /**
   * The current nominations, one per voter, sorted by voter.
   *
   * @return a copy, not null
   */
  public synchronized List<Nomination> nominations() {
    return List.copyOf(nominations.values());
  }

  /**
   * How many nominations each nominee has, most first (ties by identifier): an aid for the facilitator, not a vote.
   *
   * @return nominee to count, in that order, not null
   */
  public synchronized Map<MemberId, Long> nominationCounts() {
    Map<MemberId, Long> counts = new TreeMap<>();
    nominations.values().forEach(n -> counts.merge(n.nominee(), 1L, Long::sum));
    Map<MemberId, Long> ordered = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<MemberId, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  /**
   * The current consent process, once a person is proposed.
   *
   * @return the process, possibly empty
   */
  public synchronized Optional<ConsentProcess> consent() {
    return consent;
  }

  /**
   * The journal of the election (each consent process keeps its own).
   *
   * @return a copy, not null
   */
  public synchronized List<GovernanceEvent> events() {
    return journal.events();
  }

  private Receipt record(Phase expected, MemberId voter, MemberId nominee, String reason, boolean changed) {
    List<Violation> problems = new ArrayList<>();
    if (phase != expected) {
      problems.add(GovernanceMessages.CATALOG.error("election.wrongPhase", "phase", "phase", phase));
    }
    if (!circle.contains(voter)) {
      problems.add(GovernanceMessages.CATALOG.error("election.notParticipant", "voter", "member", voter));
    }
    if (!circle.contains(nominee)) {
      problems.add(GovernanceMessages.CATALOG.error("election.nomineeUnknown", "nominee", "member", nominee));
    }
    if (reason.isBlank()) {
      problems.add(GovernanceMessages.CATALOG.error("election.reasonBlank", "reason"));
    }
    if (!problems.isEmpty()) {
      return journal.refuse(problems, b -> b.proposal(election).actor(voter).other(nominee));
    }
    nominations.put(voter, Nomination.of(voter, nominee, reason, changed));
    return journal.accept(GovernanceEvent.Kind.NOMINATION,
        b -> b.proposal(election).actor(voter).other(nominee).detail(reason));
  }

  private long countProposals() {
    return journal.events().stream().filter(e -> e.kind() == GovernanceEvent.Kind.PHASE_CHANGED
        && e.detail().startsWith(Phase.CONSENT.name())).count();
  }

  private void requirePhase(Phase expected) {
    if (phase != expected) {
      throw new EssStateException("Election " + election + " is in phase " + phase + ", not " + expected);
    }
  }

  private void moveTo(Phase next) {
    phase = next;
    journal.record(GovernanceEvent.Kind.PHASE_CHANGED, b -> b.proposal(election).detail(next.name()));
  }
}
