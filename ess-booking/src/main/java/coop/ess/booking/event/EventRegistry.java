package coop.ess.booking.event;

import coop.ess.booking.Booking;
import coop.ess.booking.BookingCalendar;
import coop.ess.booking.BookingDecision;
import coop.ess.booking.BookingRequest;
import coop.ess.booking.internal.EventMessages;
import coop.ess.booking.time.Interval;
import coop.ess.core.EssNotFoundException;
import coop.ess.core.EssStateException;
import coop.ess.core.MemberId;
import coop.ess.core.MessageCatalog;
import coop.ess.core.ResourceId;
import coop.ess.core.Violation;
import coop.ess.core.venue.Resource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry of a venue's events: schedules their programmes in the {@link BookingCalendar}, takes registrations
 * by the event's {@link RegistrationMode}, issues invitations, allocates seats by diversity priority, keeps a
 * waitlist that promotes, and records every change as a {@link RegistrationEvent}.
 *
 * <p>The number of people holding a seat ({@link RegistrationState#REGISTERED} or {@link RegistrationState#OFFERED})
 * never exceeds the event's seats. When a seat frees up (a cancellation, an expired offer), the waitlist is served:
 * in the order of registration for the open and invitation modes; by diversity priority, the waitlisted person
 * whose value of the attribute holds the fewest seats at that moment, then the lowest rank. With a zero
 * {@link Event#offerHold()} that person is registered at once; otherwise the seat is offered until the hold expires,
 * then goes to the next (expiries are processed at the start of every operation, or by {@link #expireOffers()};
 * the read methods do not process them, so call {@link #expireOffers()} first for an up-to-date view).
 * Example:
 *
 * <pre>{@code
 * EventRegistry registry = new EventRegistry(calendar, clock);
 * registry.schedule(gathering);                                      // books the sessions' spaces
 * registry.register(gathering.id(), Applicant.of(louis));            // a seed participant
 * EventDecision invited = registry.invite(gathering.id(), louis, nadia);
 * registry.register(gathering.id(), Applicant.of(nadia), invited.invitation().orElseThrow().id());
 * }</pre>
 *
 * <p>Thread-safe: every operation runs under the registry's lock (and takes the calendar's lock inside it, never
 * the other way round).
 */
public final class EventRegistry {

  private static final MessageCatalog CATALOG = EventMessages.CATALOG;
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final BookingCalendar calendar;
  private final Clock clock;
  private final Map<EventId, State> states = new LinkedHashMap<>();
  private final List<RegistrationEvent> journal = new ArrayList<>();
  private long lastNumber;
  private long lastInvitation;

  /** What the registry knows of one event. */
  private static final class State {
    final Event event;
    final List<Booking> bookings;
    /** The latest registration of each person. */
    final Map<MemberId, Registration> registrations = new LinkedHashMap<>();
    final Map<InvitationId, Invitation> invitations = new LinkedHashMap<>();
    /** The expiry of the last offer each person let expire, for a late {@code acceptOffer}. */
    final Map<MemberId, Instant> expiredOffers = new HashMap<>();
    boolean allocated;

    State(Event event, List<Booking> bookings) {
      this.event = event;
      this.bookings = bookings;
    }
  }

  /**
   * Creates an empty registry.
   *
   * @param calendar the calendar in which sessions book their spaces, not null
   * @param clock the clock that tells "now" (windows, offers, event times), not null
   */
  public EventRegistry(BookingCalendar calendar, Clock clock) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Schedules an event: checks that each session's seats fit its spaces' capacities, then books every space of
   * every session in the calendar (in the organiser's name, the session's people spread over its spaces in order).
   * If any check or booking fails, the bookings already made are cancelled and the event is not registered.
   *
   * @param event the event, not null
   * @return the decision: the bookings, or every violation (fields {@code sessions[i]…}), not null
   * @throws EssStateException if an event with this identifier is already scheduled
   * @throws EssNotFoundException if a session names a space the venue does not have (nothing is booked)
   */
  public synchronized ProgrammeDecision schedule(Event event) {
    Objects.requireNonNull(event, "event");
    if (states.containsKey(event.id())) {
      throw new EssStateException("Event " + event.id() + " is already scheduled");
    }
    Instant now = clock.instant();
    expireOffers(now);
    List<Violation> problems = new ArrayList<>();
    for (int i = 0; i < event.sessions().size(); i++) {
      Session session = event.sessions().get(i);
      long capacity = 0;
      for (int j = 0; j < session.spaces().size(); j++) {
        Resource space = calendar.venue().requireResource(session.spaces().get(j));
        if (!space.isSpace()) {
          problems.add(CATALOG.error("event.notASpace", "sessions[" + i + "].spaces[" + j + "]",
              "resource", space.name()));
        }
        capacity += space.capacity().orElse(Integer.MAX_VALUE);
      }
      if (session.seats() > capacity) {
        problems.add(CATALOG.error("event.seatsOverCapacity", "sessions[" + i + "].seats", "session",
            session.title(), "seats", session.seats(), "capacity", capacity));
      }
    }
    List<Booking> made = new ArrayList<>();
    if (problems.isEmpty()) {
      for (int i = 0; i < event.sessions().size(); i++) {
        book(event, i, made, problems);
      }
    }
    if (!problems.isEmpty()) {
      for (Booking booking : made) {
        calendar.cancel(booking.id());
      }
      record(now, event.id(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "refused",
          problems);
      return ProgrammeDecision.of(event, List.of(), problems);
    }
    states.put(event.id(), new State(event, List.copyOf(made)));
    record(now, event.id(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "scheduled",
        List.of());
    return ProgrammeDecision.of(event, made, List.of());
  }

  private void book(Event event, int index, List<Booking> made, List<Violation> problems) {
    Session session = event.sessions().get(index);
    int remaining = session.seats();
    for (int j = 0; j < session.spaces().size(); j++) {
      ResourceId space = session.spaces().get(j);
      int share = Math.min(remaining, calendar.venue().requireResource(space).capacity().orElse(remaining));
      remaining -= share;
      BookingDecision decision = calendar.request(BookingRequest.builder().requester(event.organiser())
          .addResources(space).interval(session.interval()).purpose(event.title() + " — " + session.title())
          .attendees(share).build());
      if (decision.state().holdsResources()) {
        made.add(decision.booking());
      } else {
        String prefix = "sessions[" + index + "].spaces[" + j + "]";
        for (Violation violation : decision.violations()) {
          String field = violation.field().isEmpty() ? prefix : prefix + "." + violation.field();
          problems.add(Violation.builder().from(violation).field(field).build());
        }
      }
    }
  }

  /**
   * Registers a person (or, by diversity priority, records the application) without an invitation.
   *
   * @param event the event, not null
   * @param applicant the person and their attributes, not null
   * @return the decision: registered, waitlisted (with {@code event.full}), applied, or refused with
   *     {@code event.closed}, {@code event.alreadyRegistered}, {@code event.notInvited} or {@code event.full}, not null
   * @throws EssNotFoundException if no such event is scheduled
   */
  public synchronized EventDecision register(EventId event, Applicant applicant) {
    return doRegister(event, applicant, Optional.empty());
  }

  /**
   * Registers an invitee through the invitation they received.
   *
   * @param event the event, not null
   * @param applicant the invitee and their attributes, not null
   * @param invitation the invitation's token, not null
   * @return the decision: registered or waitlisted, or refused with {@code event.invitationUnknown},
   *     {@code event.invitationNotYours}, {@code event.invitationUsed} or the refusals of
   *     {@link #register(EventId, Applicant)}, not null
   * @throws EssNotFoundException if no such event is scheduled
   */
  public synchronized EventDecision register(EventId event, Applicant applicant, InvitationId invitation) {
    return doRegister(event, applicant, Optional.of(invitation));
  }

  private EventDecision doRegister(EventId id, Applicant applicant, Optional<InvitationId> token) {
    Objects.requireNonNull(applicant, "applicant");
    Instant now = clock.instant();
    expireOffers(now);
    State state = require(id);
    Event event = state.event;
    MemberId member = applicant.member();
    List<Violation> refusals = new ArrayList<>();
    checkWindow(state, now, refusals);
    Registration existing = state.registrations.get(member);
    if (existing != null && existing.state().isOpen()) {
      refusals.add(CATALOG.error("event.alreadyRegistered", "member", "member", member, "event", event.title(),
          "state", existing.state()));
    }
    Optional<Invitation> invitation = Optional.empty();
    if (event.mode() == RegistrationMode.INVITATION) {
      if (token.isPresent()) {
        Invitation found = state.invitations.get(token.get());
        if (found == null) {
          refusals.add(CATALOG.error("event.invitationUnknown", "invitation", "invitation", token.get(),
              "event", event.title()));
        } else if (!found.invitee().equals(member)) {
          refusals.add(CATALOG.error("event.invitationNotYours", "invitation", "invitation", found.id(),
              "invitee", found.invitee(), "member", member));
        } else if (found.used()) {
          refusals.add(CATALOG.error("event.invitationUsed", "invitation", "invitation", found.id()));
        } else {
          invitation = Optional.of(found);
        }
      } else if (!event.seeds().contains(member) && !wasInvited(state, member)) {
        refusals.add(CATALOG.error("event.notInvited", "member", "member", member, "event", event.title()));
      }
    }
    Optional<RegistrationState> before = Optional.ofNullable(existing).map(Registration::state);
    if (!refusals.isEmpty()) {
      record(now, id, Optional.of(member), before, before, token, "refused", refusals);
      return EventDecision.of(Optional.ofNullable(existing), Optional.empty(), refusals);
    }
    RegistrationState reached;
    String cause;
    List<Violation> notes = List.of();
    if (event.mode() == RegistrationMode.DIVERSITY) {
      reached = RegistrationState.APPLIED;
      cause = "applied";
    } else if (taken(state) < event.seats()) {
      reached = RegistrationState.REGISTERED;
      cause = "registered";
    } else {
      notes = List.of(CATALOG.error("event.full", "", "seats", event.seats(), "event", event.title()));
      if (!event.waitlist()) {
        record(now, id, Optional.of(member), before, before, token, "refused", notes);
        return EventDecision.of(Optional.ofNullable(existing), Optional.empty(), notes);
      }
      reached = RegistrationState.WAITLISTED;
      cause = "waitlisted";
    }
    Registration registration = ImmutableRegistration.builder().event(id).applicant(applicant).state(reached)
        .number(++lastNumber).requestedAt(now).invitation(invitation.map(Invitation::id)).build();
    state.registrations.put(member, registration);
    state.expiredOffers.remove(member);
    invitation.ifPresent(used -> state.invitations.put(used.id(), used.usedOn(now)));
    record(now, id, Optional.of(member), before, Optional.of(reached), invitation.map(Invitation::id), cause, notes);
    return EventDecision.of(Optional.of(registration), invitation.map(used -> used.usedOn(now)), notes);
  }

  /** Whether the person once registered through an invitation addressed to them: they stay admissible. */
  private static boolean wasInvited(State state, MemberId member) {
    return state.invitations.values().stream().anyMatch(i -> i.invitee().equals(member) && i.used());
  }

  private void checkWindow(State state, Instant now, List<Violation> refusals) {
    Optional<Interval> window = state.event.registrationWindow();
    if (window.isPresent() && (!window.get().contains(now) || state.allocated)) {
      refusals.add(CATALOG.error("event.closed", "", "event", state.event.title(), "from",
          local(window.get().start()), "to", local(window.get().end()), "now", local(now)));
    }
  }

  /**
   * A registered participant of an event by invitation invites one person; the invitation is the token the invitee
   * registers with. Each participant may issue at most {@link Event#invitationsPerParticipant()} invitations, used
   * or not; every invitation and every refusal is in the journal.
   *
   * @param event the event, not null
   * @param inviter who invites, not null
   * @param invitee who is invited, not null
   * @return the decision with the invitation, or refused with {@code event.notByInvitation}, {@code event.closed},
   *     {@code event.inviterNotRegistered}, {@code event.invitationCap}, {@code event.alreadyRegistered} or
   *     {@code event.alreadyInvited}, not null
   * @throws EssNotFoundException if no such event is scheduled
   */
  public synchronized EventDecision invite(EventId event, MemberId inviter, MemberId invitee) {
    Objects.requireNonNull(inviter, "inviter");
    Objects.requireNonNull(invitee, "invitee");
    Instant now = clock.instant();
    expireOffers(now);
    State state = require(event);
    Event definition = state.event;
    List<Violation> refusals = new ArrayList<>();
    if (definition.mode() != RegistrationMode.INVITATION) {
      refusals.add(CATALOG.error("event.notByInvitation", "", "event", definition.title()));
    } else {
      checkWindow(state, now, refusals);
      Registration registration = state.registrations.get(inviter);
      if (registration == null || registration.state() != RegistrationState.REGISTERED) {
        refusals.add(CATALOG.error("event.inviterNotRegistered", "inviter", "inviter", inviter,
            "event", definition.title(), "state", registration == null ? "-" : registration.state()));
      }
      long issued = state.invitations.values().stream().filter(i -> i.inviter().equals(inviter)).count();
      if (issued >= definition.invitationsPerParticipant()) {
        refusals.add(CATALOG.error("event.invitationCap", "inviter", "inviter", inviter,
            "cap", definition.invitationsPerParticipant(), "event", definition.title()));
      }
      Registration invited = state.registrations.get(invitee);
      Optional<Invitation> pending = state.invitations.values().stream()
          .filter(i -> i.invitee().equals(invitee) && !i.used()).findFirst();
      if (invited != null && invited.state().isOpen()) {
        refusals.add(CATALOG.error("event.alreadyRegistered", "invitee", "member", invitee,
            "event", definition.title(), "state", invited.state()));
      } else if (pending.isPresent()) {
        refusals.add(CATALOG.error("event.alreadyInvited", "invitee", "member", invitee,
            "invitation", pending.get().id(), "event", definition.title()));
      }
    }
    if (!refusals.isEmpty()) {
      record(now, event, Optional.of(inviter), Optional.empty(), Optional.empty(), Optional.empty(),
          "invitation refused", refusals);
      return EventDecision.of(Optional.empty(), Optional.empty(), refusals);
    }
    Invitation invitation = ImmutableInvitation.builder().id(InvitationId.of("inv" + (++lastInvitation)))
        .event(event).inviter(inviter).invitee(invitee).issuedAt(now).build();
    state.invitations.put(invitation.id(), invitation);
    record(now, event, Optional.of(inviter), Optional.empty(), Optional.empty(), Optional.of(invitation.id()),
        "invited", List.of());
    return EventDecision.of(Optional.empty(), Optional.of(invitation), List.of());
  }

  /**
   * Allocates the seats of an event by diversity priority once its application window has closed: the
   * {@link DiversityAllocator} ranks every candidate; the first ranks are registered, the others waitlisted in rank
   * order (declined if the event has no waitlist). Each candidate's explanation is in the journal.
   *
   * @param event the event, not null
   * @return the allocation, not null
   * @throws EssNotFoundException if no such event is scheduled
   * @throws EssStateException if the event is not by diversity priority, its window has not closed yet, or it was
   *     already allocated
   */
  public synchronized Allocation allocate(EventId event) {
    Instant now = clock.instant();
    expireOffers(now);
    State state = require(event);
    Event definition = state.event;
    if (definition.mode() != RegistrationMode.DIVERSITY) {
      throw new EssStateException("Event " + event + " is not allocated by diversity priority");
    }
    Instant closes = definition.registrationWindow().orElseThrow().end();
    if (now.isBefore(closes)) {
      throw new EssStateException("Applications to event " + event + " are open until " + local(closes));
    }
    if (state.allocated) {
      throw new EssStateException("Event " + event + " was already allocated");
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Registration registration : state.registrations.values()) {
      if (registration.state() == RegistrationState.APPLIED) {
        candidates.add(Candidate.of(registration.applicant(), registration.requestedAt()));
      }
    }
    Allocation allocation = DiversityAllocator.allocate(candidates, definition.seats(),
        definition.diversity().orElseThrow(), zone());
    for (AllocationLine line : allocation.lines()) {
      MemberId member = line.candidate().applicant().member();
      Registration registration = Objects.requireNonNull(state.registrations.get(member));
      RegistrationState reached = line.selected() ? RegistrationState.REGISTERED
          : definition.waitlist() ? RegistrationState.WAITLISTED : RegistrationState.DECLINED;
      state.registrations.put(member, registration.ranked(line.rank(), reached));
      record(now, event, Optional.of(member), Optional.of(RegistrationState.APPLIED), Optional.of(reached),
          Optional.empty(), line.selected() ? "selected" : "not selected", List.of(line.explanation()));
    }
    state.allocated = true;
    return allocation;
  }

  /**
   * Cancels a person's registration, application, place in the waitlist or offer; a freed seat goes to the
   * waitlist.
   *
   * @param event the event, not null
   * @param member the person, not null
   * @return the decision, cancelled, not null
   * @throws EssNotFoundException if no such event is scheduled or the person never registered
   * @throws EssStateException if the registration is already cancelled or declined
   */
  public synchronized EventDecision cancel(EventId event, MemberId member) {
    Instant now = clock.instant();
    expireOffers(now);
    State state = require(event);
    Registration registration = requireRegistration(state, member);
    if (!registration.state().isOpen()) {
      throw new EssStateException("Cannot cancel the registration of " + member + " at event " + event
          + ": it is " + registration.state());
    }
    Registration cancelled = registration.inState(RegistrationState.CANCELLED);
    state.registrations.put(member, cancelled);
    record(now, event, Optional.of(member), Optional.of(registration.state()),
        Optional.of(RegistrationState.CANCELLED), Optional.empty(), "cancelled", List.of());
    if (registration.state().holdsSeat()) {
      promote(state, now);
    }
    return EventDecision.of(Optional.of(cancelled), Optional.empty(), List.of());
  }

  /**
   * Accepts the seat offered to a person.
   *
   * @param event the event, not null
   * @param member the person, not null
   * @return the decision: registered, or unchanged with {@code event.offerExpired} when the offer has expired, not
   *     null
   * @throws EssNotFoundException if no such event is scheduled or the person never registered
   * @throws EssStateException if the person has no offer (and none that expired)
   */
  public synchronized EventDecision acceptOffer(EventId event, MemberId member) {
    Instant now = clock.instant();
    expireOffers(now);
    State state = require(event);
    Registration registration = requireRegistration(state, member);
    if (registration.state() == RegistrationState.OFFERED) {
      Registration registered = registration.inState(RegistrationState.REGISTERED);
      state.registrations.put(member, registered);
      record(now, event, Optional.of(member), Optional.of(RegistrationState.OFFERED),
          Optional.of(RegistrationState.REGISTERED), Optional.empty(), "offer accepted", List.of());
      return EventDecision.of(Optional.of(registered), Optional.empty(), List.of());
    }
    Instant expired = state.expiredOffers.get(member);
    if (expired != null && registration.state() == RegistrationState.CANCELLED) {
      Violation late = CATALOG.error("event.offerExpired", "", "member", member, "event", state.event.title(),
          "expiry", local(expired));
      return EventDecision.of(Optional.of(registration), Optional.empty(), List.of(late));
    }
    throw new EssStateException("No seat is offered to " + member + " at event " + event + ": the registration is "
        + registration.state());
  }

  /** Cancels the offers that have expired and offers their seats to the next people of the waitlists. */
  public synchronized void expireOffers() {
    expireOffers(clock.instant());
  }

  private void expireOffers(Instant now) {
    for (State state : states.values()) {
      List<Registration> expired = new ArrayList<>();
      for (Registration registration : state.registrations.values()) {
        if (registration.state() == RegistrationState.OFFERED
            && !now.isBefore(registration.offerExpiresAt().orElseThrow())) {
          expired.add(registration);
        }
      }
      if (expired.isEmpty()) {
        continue;
      }
      expired.sort(Comparator.comparing((Registration r) -> r.offerExpiresAt().orElseThrow())
          .thenComparingLong(Registration::number));
      for (Registration registration : expired) {
        state.registrations.put(registration.member(), registration.inState(RegistrationState.CANCELLED));
        state.expiredOffers.put(registration.member(), registration.offerExpiresAt().orElseThrow());
        record(now, state.event.id(), Optional.of(registration.member()), Optional.of(RegistrationState.OFFERED),
            Optional.of(RegistrationState.CANCELLED), Optional.empty(), "offer expired", List.of());
      }
      promote(state, now);
    }
  }

  /** Gives free seats to the waitlist, one by one, while there are both. */
  private void promote(State state, Instant now) {
    Event event = state.event;
    while (taken(state) < event.seats()) {
      Optional<Registration> next = nextWaitlisted(state);
      if (next.isEmpty()) {
        return;
      }
      Registration waiting = next.get();
      Registration promoted = event.offerHold().isZero() ? waiting.inState(RegistrationState.REGISTERED)
          : waiting.offered(now.plus(event.offerHold()));
      state.registrations.put(waiting.member(), promoted);
      record(now, event.id(), Optional.of(waiting.member()), Optional.of(RegistrationState.WAITLISTED),
          Optional.of(promoted.state()), Optional.empty(), event.offerHold().isZero() ? "promoted" : "offered",
          List.of());
    }
  }

  private static Optional<Registration> nextWaitlisted(State state) {
    List<Registration> waiting = state.registrations.values().stream()
        .filter(r -> r.state() == RegistrationState.WAITLISTED).toList();
    if (state.event.mode() != RegistrationMode.DIVERSITY) {
      return waiting.stream().min(Comparator.comparingLong(Registration::number));
    }
    String attribute = state.event.diversity().orElseThrow().attribute();
    Map<String, Integer> held = new HashMap<>();
    for (Registration registration : state.registrations.values()) {
      if (registration.state().holdsSeat()) {
        held.merge(valueOf(registration, attribute), 1, Integer::sum);
      }
    }
    return waiting.stream().min(Comparator.comparingInt((Registration r) -> held.getOrDefault(
        valueOf(r, attribute), 0)).thenComparingInt(r -> r.rank().orElse(Integer.MAX_VALUE))
        .thenComparingLong(Registration::number));
  }

  private static String valueOf(Registration registration, String attribute) {
    return registration.applicant().attribute(attribute).orElse(DiversityAllocator.NO_VALUE);
  }

  private static int taken(State state) {
    int taken = 0;
    for (Registration registration : state.registrations.values()) {
      if (registration.state().holdsSeat()) {
        taken++;
      }
    }
    return taken;
  }

  /**
   * An event scheduled in this registry.
   *
   * @param event the identifier, not null
   * @return the event, not null
   * @throws EssNotFoundException if no such event is scheduled
   */
  public synchronized Event event(EventId event) {
    return require(event).event;
  }

  /**
   * The bookings that hold an event's sessions.
   *
   * @param event the identifier, not null
   * @return the bookings, session by session, not null
   * @throws EssNotFoundException if no such event is scheduled
   */
  public synchronized List<Booking> bookings(EventId event) {
    return require(event).bookings;
  }

  /**
   * The latest registration of each person who registered or applied, in the order of their (latest) request.
   *
   * @param event the identifier, not null
   * @return the registrations, possibly empty, not null
   * @throws EssNotFoundException if no such event is scheduled
   */
  public synchronized List<Registration> registrations(EventId event) {
    return require(event).registrations.values().stream()
        .sorted(Comparator.comparingLong(Registration::number)).toList();
  }

  /**
   * A person's latest registration.
   *
   * @param event the identifier, not null
   * @param member the person, not null
   * @return the registration, possibly empty
   * @throws EssNotFoundException if no such event is scheduled
   */
  public synchronized Optional<Registration> registration(EventId event, MemberId member) {
    return Optional.ofNullable(require(event).registrations.get(member));
  }

  /**
   * How many seats are held ({@link RegistrationState#REGISTERED} or {@link RegistrationState#OFFERED}).
   *
   * @param event the identifier, not null
   * @return the seats taken, at most the event's seats
   * @throws EssNotFoundException if no such event is scheduled
   */
  public synchronized int seatsTaken(EventId event) {
    return taken(require(event));
  }

  /**
   * The waitlist, in the order it would be served now.
   *
   * @param event the identifier, not null
   * @return the waitlisted registrations, possibly empty, not null
   * @throws EssNotFoundException if no such event is scheduled
   */
  public synchronized List<Registration> waitlist(EventId event) {
    State state = require(event);
    State copy = new State(state.event, state.bookings);
    copy.registrations.putAll(state.registrations);
    List<Registration> order = new ArrayList<>();
    for (Optional<Registration> next = nextWaitlisted(copy); next.isPresent(); next = nextWaitlisted(copy)) {
      order.add(next.get());
      // Served in turn: the next person's value counts this one's seat.
      copy.registrations.put(next.get().member(), next.get().inState(RegistrationState.REGISTERED));
    }
    return order;
  }

  /**
   * Every invitation issued for an event, in order.
   *
   * @param event the identifier, not null
   * @return the invitations, possibly empty, not null
   * @throws EssNotFoundException if no such event is scheduled
   */
  public synchronized List<Invitation> invitations(EventId event) {
    return List.copyOf(require(event).invitations.values());
  }

  /**
   * The events scheduled, in order.
   *
   * @return the events, possibly empty, not null
   */
  public synchronized List<Event> scheduled() {
    return states.values().stream().map(state -> state.event).toList();
  }

  /**
   * Every change recorded so far, in order.
   *
   * @return a copy of the journal, not null
   */
  public synchronized List<RegistrationEvent> journal() {
    return List.copyOf(journal);
  }

  private State require(EventId event) {
    Objects.requireNonNull(event, "event");
    State state = states.get(event);
    if (state == null) {
      throw new EssNotFoundException("event", event.value(), "registry");
    }
    return state;
  }

  private static Registration requireRegistration(State state, MemberId member) {
    Objects.requireNonNull(member, "member");
    Registration registration = state.registrations.get(member);
    if (registration == null) {
      throw new EssNotFoundException("registration", member.value(), "event " + state.event.id());
    }
    return registration;
  }

  private void record(Instant at, EventId event, Optional<MemberId> member, Optional<RegistrationState> before,
      Optional<RegistrationState> after, Optional<InvitationId> invitation, String cause,
      List<Violation> violations) {
    journal.add(ImmutableRegistrationEvent.builder().sequence(journal.size() + 1L).at(at).event(event)
        .member(member).before(before).after(after).invitation(invitation).cause(cause).violations(violations)
        .build());
  }

  private ZoneId zone() {
    return calendar.venue().zone();
  }

  private String local(Instant instant) {
    return instant.atZone(zone()).format(LOCAL);
  }
}
