package coop.ess.core.governance;

import coop.ess.core.EssStateException;
import coop.ess.core.MemberId;
import coop.ess.core.Violation;
import coop.ess.core.internal.Checks;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Decision by consent (sociocracy): a proposal passes when no reasoned objection remains.
 *
 * <p>Members of the circle raise objections with a reason; each objection is answered and either lifted by its author
 * or integrated into an amended proposal, which starts a new round (the objections of the previous round stay in the
 * record but no longer stand). {@link #consent()} succeeds only when no objection of the current round stands.
 *
 * <p>Every step is a {@link GovernanceEvent}; a business refusal (a blank reason, someone outside the circle, consent
 * while objections remain) is a recorded {@link Receipt} and changes nothing. Thread-safe.
 */
public final class ConsentProcess {

  /** Where the process is. */
  public enum State {
    /** Objections may be raised, answered and lifted; the proposal may be amended. */
    OPEN,
    /** Consent was reached: no objection remained. */
    CONSENTED
  }

  private final Journal journal;
  private final ProposalId proposal;
  private final SortedSet<MemberId> circle;
  private final List<Objection> objections = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private State state = State.OPEN;

  private ConsentProcess(Clock clock, ProposalId proposal, String text, Collection<MemberId> circle) {
    this.journal = new Journal(Objects.requireNonNull(clock, "clock"));
    this.proposal = Objects.requireNonNull(proposal, "proposal");
    this.circle = new TreeSet<>(circle);
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "ConsentProcess " + proposal);
    checks.text("text", text, 20_000);
    checks.throwIfInvalid();
    texts.add(text);
    journal.record(GovernanceEvent.Kind.ROUND_STARTED, b -> b.proposal(proposal).detail(text));
  }

  /**
   * Starts a consent process on a proposal: round 1.
   *
   * @param clock the clock that dates events, not null
   * @param proposal the proposal's identifier, not null
   * @param text the text of the proposal, not null, not blank
   * @param circle the members who take part, not null
   * @return the process, not null
   * @throws coop.ess.core.EssValidationException if the text is blank
   */
  public static ConsentProcess start(Clock clock, ProposalId proposal, String text, Collection<MemberId> circle) {
    return new ConsentProcess(clock, proposal, text, circle);
  }

  /**
   * Rebuilds a consent process from its saved events ({@link #events()}): each event is re-applied at its own instant
   * through the same rules (objections raised, answered and lifted; amendments; consent) and must be recorded again
   * identically. Refusals are kept as they were. Once rebuilt, the process runs on {@code clock}.
   *
   * @param clock the clock of the rebuilt process, not null
   * @param circle the members who take part, not null
   * @param events the saved events, the first being the {@link GovernanceEvent.Kind#ROUND_STARTED} of round 1, not
   *     null
   * @return the process, in the state the events leave it, not null
   * @throws EssStateException if the events are empty, or one does not replay identically or is not an event of a
   *     consent process
   */
  public static ConsentProcess replay(Clock clock, Collection<MemberId> circle, List<GovernanceEvent> events) {
    Objects.requireNonNull(clock, "clock");
    if (events.isEmpty()) {
      throw new EssStateException("A consent process is replayed from at least its first event");
    }
    GovernanceEvent first = events.get(0);
    if (first.kind() != GovernanceEvent.Kind.ROUND_STARTED || first.proposal().isEmpty()) {
      throw new EssStateException("Event #1 of a consent process must start round 1 of a proposal, not " + first);
    }
    ReplayClock replayClock = new ReplayClock(clock);
    replayClock.fix(first.at());
    ConsentProcess process = new ConsentProcess(replayClock, first.proposal().get(), first.detail(), circle);
    process.replayRest(replayClock, events);
    return process;
  }

  /**
   * Checks the first saved event against the one this process recorded when it started, then re-applies the others,
   * each at its instant on {@code clock} (this process's clock), which is released at the end.
   */
  synchronized void replayRest(ReplayClock clock, List<GovernanceEvent> events) {
    try {
      Replayer.check(journal, events.get(0));
      for (GovernanceEvent event : events.subList(1, events.size())) {
        clock.fix(event.at());
        apply(event);
        Replayer.check(journal, event);
      }
    } finally {
      clock.release();
    }
  }

  private void apply(GovernanceEvent event) {
    switch (event.kind()) {
      case OBJECTION_RAISED -> object(Replayer.actor(event), Replayer.after(event, ": "));
      case OBJECTION_ANSWERED -> answer(ObjectionId.of(Replayer.before(event, ": ")), Replayer.actor(event),
          Replayer.after(event, ": "));
      case OBJECTION_LIFTED -> lift(ObjectionId.of(event.detail()), Replayer.actor(event));
      case ROUND_STARTED -> amend(Replayer.actor(event), Replayer.after(event, ": "));
      case CONSENT_REACHED -> consent();
      case REFUSED -> journal.copy(event);
      default -> throw new EssStateException("Event #" + event.sequence() + " of kind " + event.kind()
          + " is not an event of a consent process");
    }
  }

  /**
   * Raises a reasoned objection in the current round.
   *
   * @param member who objects, not null
   * @param reason why, not null; a blank reason is refused
   * @return the receipt; its event's detail is the reason and the objection is {@link #objections()}'s last, not
   *     null
   */
  public synchronized Receipt object(MemberId member, String reason) {
    List<Violation> problems = new ArrayList<>();
    checkOpen(problems);
    checkMember(member, problems);
    if (reason.isBlank()) {
      problems.add(GovernanceMessages.CATALOG.error("consent.reasonBlank", "reason"));
    }
    if (!problems.isEmpty()) {
      return journal.refuse(problems, b -> b.proposal(proposal).actor(member));
    }
    ObjectionId id = ObjectionId.of("r" + round() + "-o" + (objections.size() + 1));
    objections.add(ImmutableObjection.builder().id(id).round(round()).objector(member).reason(reason).build());
    return journal.accept(GovernanceEvent.Kind.OBJECTION_RAISED,
        b -> b.proposal(proposal).actor(member).detail(id + ": " + reason));
  }

  /**
   * Records an answer to an objection of the current round (the objection still stands until lifted or amended).
   *
   * @param objection the objection, not null
   * @param by who answers (the author of the proposal, the facilitator…), not null
   * @param answer the answer, not null, not blank
   * @return the receipt, not null
   */
  public synchronized Receipt answer(ObjectionId objection, MemberId by, String answer) {
    List<Violation> problems = new ArrayList<>();
    checkOpen(problems);
    checkMember(by, problems);
    int index = indexOf(objection, problems);
    if (answer.isBlank()) {
      problems.add(GovernanceMessages.CATALOG.error("value.blank", "answer", "field", "answer"));
    }
    if (!problems.isEmpty()) {
      return journal.refuse(problems, b -> b.proposal(proposal).actor(by));
    }
    Objection current = objections.get(index);
    objections.set(index, ImmutableObjection.builder().from(current).addAnswers(answer).build());
    return journal.accept(GovernanceEvent.Kind.OBJECTION_ANSWERED, b -> b.proposal(proposal).actor(by)
        .other(current.objector()).detail(objection + ": " + answer));
  }

  /**
   * Lifts an objection: only its author may.
   *
   * @param objection the objection, not null
   * @param objector its author, not null
   * @return the receipt, not null
   */
  public synchronized Receipt lift(ObjectionId objection, MemberId objector) {
    List<Violation> problems = new ArrayList<>();
    checkOpen(problems);
    int index = indexOf(objection, problems);
    if (index >= 0 && !objections.get(index).objector().equals(objector)) {
      problems.add(GovernanceMessages.CATALOG.error("consent.notObjector", "objector",
          "objector", objections.get(index).objector(), "objection", objection));
    }
    if (!problems.isEmpty()) {
      return journal.refuse(problems, b -> b.proposal(proposal).actor(objector));
    }
    objections.set(index, ImmutableObjection.builder().from(objections.get(index)).lifted(true).build());
    return journal.accept(GovernanceEvent.Kind.OBJECTION_LIFTED,
        b -> b.proposal(proposal).actor(objector).detail(objection.value()));
  }

  /**
   * Amends the proposal: a new round starts with the new text, and the objections of the previous round no longer
   * stand.
   *
   * @param by who amends, not null
   * @param text the amended text, not null, not blank
   * @return the receipt, not null
   */
  public synchronized Receipt amend(MemberId by, String text) {
    List<Violation> problems = new ArrayList<>();
    checkOpen(problems);
    checkMember(by, problems);
    if (text.isBlank()) {
      problems.add(GovernanceMessages.CATALOG.error("value.blank", "text", "field", "text"));
    }
    if (!problems.isEmpty()) {
      return journal.refuse(problems, b -> b.proposal(proposal).actor(by));
    }
    texts.add(text);
    int round = round();
    return journal.accept(GovernanceEvent.Kind.ROUND_STARTED,
        b -> b.proposal(proposal).actor(by).detail("round " + round + ": " + text));
  }

  /**
   * Records consent, if no objection of the current round stands.
   *
   * @return the receipt; refused with {@code consent.objectionsRemain} naming them, not null
   */
  public synchronized Receipt consent() {
    List<Violation> problems = new ArrayList<>();
    checkOpen(problems);
    List<ObjectionId> standing = standingObjections().stream().map(Objection::id).toList();
    if (!standing.isEmpty()) {
      problems.add(GovernanceMessages.CATALOG.error("consent.objectionsRemain", "objections",
          "count", standing.size(), "objections", standing));
    }
    if (!problems.isEmpty()) {
      return journal.refuse(problems, b -> b.proposal(proposal));
    }
    state = State.CONSENTED;
    int round = round();
    return journal.accept(GovernanceEvent.Kind.CONSENT_REACHED,
        b -> b.proposal(proposal).detail("round " + round));
  }

  /**
   * The proposal's identifier.
   *
   * @return the id, not null
   */
  public ProposalId proposal() {
    return proposal;
  }

  /**
   * The state.
   *
   * @return the state, not null
   */
  public synchronized State state() {
    return state;
  }

  /**
   * The current round, from 1.
   *
   * @return the round
   */
  public synchronized int round() {
    return texts.size();
  }

  /**
   * The text of the current round.
   *
   * @return the text, not null
   */
  public synchronized String text() {
    return texts.get(texts.size() - 1);
  }

  /**
   * Every text, round by round.
   *
   * @return a copy, not null
   */
  public synchronized List<String> texts() {
    return List.copyOf(texts);
  }

  /**
   * Every objection of every round, in order.
   *
   * @return a copy, not null
   */
  public synchronized List<Objection> objections() {
    return List.copyOf(objections);
  }

  /**
   * The objections that stand in the current round.
   *
   * @return a copy, not null, empty when consent can be recorded
   */
  public synchronized List<Objection> standingObjections() {
    int round = round();
    return objections.stream().filter(o -> o.round() == round && o.stands()).toList();
  }

  /**
   * The journal of this process.
   *
   * @return a copy, not null
   */
  public synchronized List<GovernanceEvent> events() {
    return journal.events();
  }

  /**
   * Requires the process to be over with consent.
   *
   * @throws EssStateException if consent was not reached
   */
  synchronized void requireConsented() {
    if (state != State.CONSENTED) {
      throw new EssStateException("Consent on " + proposal + " was not reached");
    }
  }

  private void checkOpen(List<Violation> problems) {
    if (state != State.OPEN) {
      problems.add(GovernanceMessages.CATALOG.error("consent.finished", "", "state", state));
    }
  }

  private void checkMember(MemberId member, List<Violation> problems) {
    if (!circle.contains(member)) {
      problems.add(GovernanceMessages.CATALOG.error("consent.notParticipant", "member", "member", member));
    }
  }

  private int indexOf(ObjectionId id, List<Violation> problems) {
    for (int i = 0; i < objections.size(); i++) {
      if (objections.get(i).id().equals(id) && objections.get(i).round() == round()) {
        return i;
      }
    }
    problems.add(GovernanceMessages.CATALOG.error("consent.unknownObjection", "objection", "objection", id));
    return -1;
  }
}
