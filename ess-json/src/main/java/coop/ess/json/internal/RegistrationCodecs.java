package coop.ess.json.internal;

import coop.ess.booking.Booking;
import coop.ess.booking.event.Allocation;
import coop.ess.booking.event.AllocationLine;
import coop.ess.booking.event.Applicant;
import coop.ess.booking.event.Candidate;
import coop.ess.booking.event.DiversityRule;
import coop.ess.booking.event.Event;
import coop.ess.booking.event.EventDecision;
import coop.ess.booking.event.EventId;
import coop.ess.booking.event.Invitation;
import coop.ess.booking.event.InvitationId;
import coop.ess.booking.event.ProgrammeDecision;
import coop.ess.booking.event.Registration;
import coop.ess.booking.event.RegistrationEvent;
import coop.ess.booking.event.RegistrationMode;
import coop.ess.booking.event.RegistrationState;
import coop.ess.booking.event.Session;
import coop.ess.booking.time.Interval;
import coop.ess.core.MemberId;
import coop.ess.core.Violation;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The codecs of events with registration ({@code coop.ess.booking.event}): events and their sessions, applicants,
 * registrations, invitations, the registry's events, decisions, and allocations by diversity priority.
 */
public final class RegistrationCodecs {

  /** An event id. */
  public static final StringCodec<EventId> EVENT_ID = new StringCodec<>(EventId.class, EventId::of, EventId::value);
  /** An invitation id. */
  public static final StringCodec<InvitationId> INVITATION_ID =
      new StringCodec<>(InvitationId.class, InvitationId::of, InvitationId::value);
  /** A registration's state. */
  public static final EnumCodec<RegistrationState> STATE = new EnumCodec<>(RegistrationState.class);
  /** How seats are given. */
  public static final EnumCodec<RegistrationMode> MODE = new EnumCodec<>(RegistrationMode.class);
  /** How ties of a diversity rule are broken. */
  public static final EnumCodec<DiversityRule.TieBreak> TIE_BREAK = new EnumCodec<>(DiversityRule.TieBreak.class);
  /** Why an allocation line got its rank. */
  public static final EnumCodec<AllocationLine.Reason> REASON = new EnumCodec<>(AllocationLine.Reason.class);

  /** A session. */
  public final Codec<Session> session;
  /** A diversity rule. */
  public final Codec<DiversityRule> diversity;
  /** An event. */
  public final Codec<Event> event;
  /** An applicant. */
  public final Codec<Applicant> applicant;
  /** A candidate. */
  public final Codec<Candidate> candidate;
  /** A registration. */
  public final Codec<Registration> registration;
  /** An invitation. */
  public final Codec<Invitation> invitation;
  /** An event of the registry's journal. */
  public final Codec<RegistrationEvent> registrationEvent;
  /** A line of an allocation. */
  public final Codec<AllocationLine> line;
  /** An allocation. */
  public final Codec<Allocation> allocation;
  /** A decision of the registry. */
  public final Codec<EventDecision> decision;
  /** A decision on an event's programme. */
  public final Codec<ProgrammeDecision> programme;

  /**
   * The codecs for some features.
   *
   * @param features the features, not null
   * @param booking the codec of intervals, not null
   * @param records the codec of bookings, not null
   * @param core the codec of violations, not null
   */
  public RegistrationCodecs(Features features, BookingCodecs booking, BookingRecordCodecs records,
      CoreCodecs core) {
    session = new SessionCodec(features, booking.interval);
    diversity = new DiversityCodec(features);
    event = new EventCodec(features, session, diversity, booking.interval);
    applicant = new ApplicantCodec(features);
    candidate = new CandidateCodec(features, applicant);
    registration = new RegistrationCodec(features, applicant);
    invitation = new InvitationCodec(features);
    registrationEvent = new RegistrationEventCodec(features, core.violation);
    line = new LineCodec(features, candidate, diversity);
    allocation = new AllocationCodec(features, diversity, line);
    decision = new DecisionCodec(features, registration, invitation, core.violation);
    programme = new ProgrammeCodec(features, event, records.booking, core.violation);
  }

  /**
   * Registers these codecs.
   *
   * @param adapters the adapters, not null
   * @return the adapters, not null
   */
  Adapters register(Adapters adapters) {
    return adapters.addKey(EVENT_ID).addKey(INVITATION_ID).add(STATE).add(MODE).add(TIE_BREAK).add(REASON)
        .add(session).add(diversity).add(event).add(applicant).add(candidate).add(registration).add(invitation)
        .add(registrationEvent).add(line).add(allocation).add(decision).add(programme);
  }

  private static final StringCodec<MemberId> MEMBER = CoreIds.MEMBER;

  private static void optionalInstant(JsonGenerator out, String name, Optional<Instant> instant) {
    if (instant.isPresent()) {
      Write.instant(out, name, instant.get());
    }
  }

  /** {@code {"title", "spaces", "interval", "seats"}}. */
  private static final class SessionCodec extends Codec<Session> {
    private static final Set<String> FIELDS = Set.of("title", "spaces", "interval", "seats");
    private final Features features;
    private final Codec<Interval> interval;

    SessionCodec(Features features, Codec<Interval> interval) {
      super(Session.class);
      this.features = features;
      this.interval = interval;
    }

    @Override
    public void write(Session value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("title", value.title());
      Write.list(out, "spaces", value.spaces(), VenueCodecs.RESOURCE_ID);
      out.writeName("interval");
      interval.write(value.interval(), out);
      out.writeNumberProperty("seats", value.seats());
      out.writeEndObject();
    }

    @Override
    public Session read(JsonParser in) {
      Read.startObject(in, "a session");
      Session.Builder builder = Session.builder();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "title" -> builder.title(Read.string(in));
          case "spaces" -> builder.spaces(Read.list(in, VenueCodecs.RESOURCE_ID));
          case "interval" -> builder.interval(interval.read(in));
          case "seats" -> builder.seats(Read.intValue(in));
          default -> Read.unknown(in, features);
        }
      }
      return BookingRecordCodecs.build(in, builder::build, FIELDS);
    }
  }

  /** {@code {"attribute", "tieBreak", "seed"}}. */
  private static final class DiversityCodec extends Codec<DiversityRule> {
    private static final Set<String> FIELDS = Set.of("attribute", "tieBreak", "seed");
    private final Features features;

    DiversityCodec(Features features) {
      super(DiversityRule.class);
      this.features = features;
    }

    @Override
    public void write(DiversityRule value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("attribute", value.attribute());
      out.writeStringProperty("tieBreak", TIE_BREAK.name(value.tieBreak()));
      out.writeNumberProperty("seed", value.seed());
      out.writeEndObject();
    }

    @Override
    public DiversityRule read(JsonParser in) {
      Read.startObject(in, "a diversity rule");
      String attribute = null;
      DiversityRule.TieBreak tieBreak = null;
      Long seed = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "attribute" -> attribute = Read.string(in);
          case "tieBreak" -> tieBreak = TIE_BREAK.read(in);
          case "seed" -> seed = Read.longValue(in);
          default -> Read.unknown(in, features);
        }
      }
      String what = Read.required(in, attribute, "attribute");
      DiversityRule.TieBreak how = Read.required(in, tieBreak, "tieBreak");
      long draw = seed == null ? 0 : seed;
      return Read.build(in, () -> DiversityRule.of(what, how, draw), FIELDS);
    }
  }

  /**
   * {@code {"id", "title", "organiser", "sessions", "seats", "mode", "seeds", "invitationsPerParticipant",
   * "registrationWindow"?, "diversity"?, "waitlist", "offerHold"}}.
   */
  private static final class EventCodec extends Codec<Event> {
    private static final Set<String> FIELDS = Set.of("id", "title", "organiser", "sessions", "seats", "mode",
        "seeds", "invitationsPerParticipant", "registrationWindow", "diversity", "waitlist", "offerHold");
    private final Features features;
    private final Codec<Session> session;
    private final Codec<DiversityRule> diversity;
    private final Codec<Interval> interval;

    EventCodec(Features features, Codec<Session> session, Codec<DiversityRule> diversity, Codec<Interval> interval) {
      super(Event.class);
      this.features = features;
      this.session = session;
      this.diversity = diversity;
      this.interval = interval;
    }

    @Override
    public void write(Event value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("id", value.id().value());
      out.writeStringProperty("title", value.title());
      out.writeStringProperty("organiser", CoreIds.PARTY.text(value.organiser()));
      Write.list(out, "sessions", value.sessions(), session);
      out.writeNumberProperty("seats", value.seats());
      out.writeStringProperty("mode", MODE.name(value.mode()));
      Write.list(out, "seeds", List.copyOf(value.seeds()), MEMBER);
      out.writeNumberProperty("invitationsPerParticipant", value.invitationsPerParticipant());
      if (value.registrationWindow().isPresent()) {
        out.writeName("registrationWindow");
        interval.write(value.registrationWindow().get(), out);
      }
      if (value.diversity().isPresent()) {
        out.writeName("diversity");
        diversity.write(value.diversity().get(), out);
      }
      out.writeBooleanProperty("waitlist", value.waitlist());
      BookingRecordCodecs.duration(out, features, "offerHold", value.offerHold());
      out.writeEndObject();
    }

    @Override
    public Event read(JsonParser in) {
      Read.startObject(in, "an event");
      Event.Builder builder = Event.builder();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "id" -> builder.id(EVENT_ID.read(in));
          case "title" -> builder.title(Read.string(in));
          case "organiser" -> builder.organiser(CoreIds.PARTY.read(in));
          case "sessions" -> builder.sessions(Read.list(in, session));
          case "seats" -> builder.seats(Read.intValue(in));
          case "mode" -> builder.mode(MODE.read(in));
          case "seeds" -> builder.seeds(Read.list(in, MEMBER));
          case "invitationsPerParticipant" -> builder.invitationsPerParticipant(Read.intValue(in));
          case "registrationWindow" -> builder.registrationWindow(Read.isNull(in) ? Optional.empty()
              : Optional.of(interval.read(in)));
          case "diversity" -> builder.diversity(Read.isNull(in) ? Optional.empty()
              : Optional.of(diversity.read(in)));
          case "waitlist" -> builder.waitlist(Read.bool(in));
          case "offerHold" -> builder.offerHold(BookingRecordCodecs.duration(in));
          default -> Read.unknown(in, features);
        }
      }
      return BookingRecordCodecs.build(in, builder::build, FIELDS);
    }
  }

  /** {@code {"member", "attributes": {name: value}}}. */
  private static final class ApplicantCodec extends Codec<Applicant> {
    private static final Set<String> FIELDS = Set.of("member", "attributes");
    private final Features features;

    ApplicantCodec(Features features) {
      super(Applicant.class);
      this.features = features;
    }

    @Override
    public void write(Applicant value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("member", value.member().value());
      out.writeName("attributes");
      out.writeStartObject();
      for (Map.Entry<String, String> entry : value.attributes().entrySet()) {
        out.writeStringProperty(entry.getKey(), entry.getValue());
      }
      out.writeEndObject();
      out.writeEndObject();
    }

    @Override
    public Applicant read(JsonParser in) {
      Read.startObject(in, "an applicant");
      MemberId member = null;
      Map<String, String> attributes = Map.of();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "member" -> member = MEMBER.read(in);
          case "attributes" -> attributes = CoreCodecs.stringMap(in, "the attributes of an applicant");
          default -> Read.unknown(in, features);
        }
      }
      Applicant.Builder builder = Applicant.builder();
      builder.member(Read.required(in, member, "member")).putAllAttributes(attributes);
      return Read.build(in, builder::build, FIELDS);
    }
  }

  /** {@code {"applicant", "appliedAt"}}. */
  private static final class CandidateCodec extends Codec<Candidate> {
    private static final Set<String> FIELDS = Set.of("applicant", "appliedAt");
    private final Features features;
    private final Codec<Applicant> applicant;

    CandidateCodec(Features features, Codec<Applicant> applicant) {
      super(Candidate.class);
      this.features = features;
      this.applicant = applicant;
    }

    @Override
    public void write(Candidate value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeName("applicant");
      applicant.write(value.applicant(), out);
      Write.instant(out, "appliedAt", value.appliedAt());
      out.writeEndObject();
    }

    @Override
    public Candidate read(JsonParser in) {
      Read.startObject(in, "a candidate");
      Applicant who = null;
      Instant at = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "applicant" -> who = applicant.read(in);
          case "appliedAt" -> at = Read.instant(in);
          default -> Read.unknown(in, features);
        }
      }
      Applicant person = Read.required(in, who, "applicant");
      Instant when = Read.required(in, at, "appliedAt");
      return Read.build(in, () -> Candidate.of(person, when), FIELDS);
    }
  }

  /**
   * {@code {"event", "applicant", "state", "number", "requestedAt", "invitation"?, "rank"?, "offerExpiresAt"?}}.
   */
  private static final class RegistrationCodec extends Codec<Registration> {
    private static final Set<String> FIELDS = Set.of("event", "applicant", "state", "number", "requestedAt",
        "invitation", "rank", "offerExpiresAt");
    private final Features features;
    private final Codec<Applicant> applicant;

    RegistrationCodec(Features features, Codec<Applicant> applicant) {
      super(Registration.class);
      this.features = features;
      this.applicant = applicant;
    }

    @Override
    public void write(Registration value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("event", value.event().value());
      out.writeName("applicant");
      applicant.write(value.applicant(), out);
      out.writeStringProperty("state", STATE.name(value.state()));
      out.writeNumberProperty("number", value.number());
      Write.instant(out, "requestedAt", value.requestedAt());
      if (value.invitation().isPresent()) {
        out.writeStringProperty("invitation", value.invitation().get().value());
      }
      if (value.rank().isPresent()) {
        out.writeNumberProperty("rank", value.rank().getAsInt());
      }
      optionalInstant(out, "offerExpiresAt", value.offerExpiresAt());
      out.writeEndObject();
    }

    @Override
    public Registration read(JsonParser in) {
      Read.startObject(in, "a registration");
      Registration.Builder builder = Registration.builder();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "event" -> builder.event(EVENT_ID.read(in));
          case "applicant" -> builder.applicant(applicant.read(in));
          case "state" -> builder.state(STATE.read(in));
          case "number" -> builder.number(Read.longValue(in));
          case "requestedAt" -> builder.requestedAt(Read.instant(in));
          case "invitation" -> builder.invitation(Read.isNull(in) ? Optional.empty()
              : Optional.of(INVITATION_ID.read(in)));
          case "rank" -> {
            if (!Read.isNull(in)) {
              builder.rank(Read.intValue(in));
            }
          }
          case "offerExpiresAt" -> builder.offerExpiresAt(Read.isNull(in) ? Optional.empty()
              : Optional.of(Read.instant(in)));
          default -> Read.unknown(in, features);
        }
      }
      return BookingRecordCodecs.build(in, builder::build, FIELDS);
    }
  }

  /** {@code {"id", "event", "inviter", "invitee", "issuedAt", "usedAt"?}}. */
  private static final class InvitationCodec extends Codec<Invitation> {
    private static final Set<String> FIELDS = Set.of("id", "event", "inviter", "invitee", "issuedAt", "usedAt");
    private final Features features;

    InvitationCodec(Features features) {
      super(Invitation.class);
      this.features = features;
    }

    @Override
    public void write(Invitation value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("id", value.id().value());
      out.writeStringProperty("event", value.event().value());
      out.writeStringProperty("inviter", value.inviter().value());
      out.writeStringProperty("invitee", value.invitee().value());
      Write.instant(out, "issuedAt", value.issuedAt());
      optionalInstant(out, "usedAt", value.usedAt());
      out.writeEndObject();
    }

    @Override
    public Invitation read(JsonParser in) {
      Read.startObject(in, "an invitation");
      Invitation.Builder builder = Invitation.builder();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "id" -> builder.id(INVITATION_ID.read(in));
          case "event" -> builder.event(EVENT_ID.read(in));
          case "inviter" -> builder.inviter(MEMBER.read(in));
          case "invitee" -> builder.invitee(MEMBER.read(in));
          case "issuedAt" -> builder.issuedAt(Read.instant(in));
          case "usedAt" -> builder.usedAt(Read.isNull(in) ? Optional.empty() : Optional.of(Read.instant(in)));
          default -> Read.unknown(in, features);
        }
      }
      return BookingRecordCodecs.build(in, builder::build, FIELDS);
    }
  }

  /**
   * {@code {"sequence", "at", "event", "member"?, "before"?, "after"?, "invitation"?, "cause", "violations"}}.
   */
  private static final class RegistrationEventCodec extends Codec<RegistrationEvent> {
    private static final Set<String> FIELDS = Set.of("sequence", "at", "event", "member", "before", "after",
        "invitation", "cause", "violations");
    private final Features features;
    private final Codec<Violation> violation;

    RegistrationEventCodec(Features features, Codec<Violation> violation) {
      super(RegistrationEvent.class);
      this.features = features;
      this.violation = violation;
    }

    @Override
    public void write(RegistrationEvent value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeNumberProperty("sequence", value.sequence());
      Write.instant(out, "at", value.at());
      out.writeStringProperty("event", value.event().value());
      if (value.member().isPresent()) {
        out.writeStringProperty("member", value.member().get().value());
      }
      if (value.before().isPresent()) {
        out.writeStringProperty("before", STATE.name(value.before().get()));
      }
      if (value.after().isPresent()) {
        out.writeStringProperty("after", STATE.name(value.after().get()));
      }
      if (value.invitation().isPresent()) {
        out.writeStringProperty("invitation", value.invitation().get().value());
      }
      out.writeStringProperty("cause", value.cause());
      Write.list(out, "violations", value.violations(), violation);
      out.writeEndObject();
    }

    @Override
    public RegistrationEvent read(JsonParser in) {
      Read.startObject(in, "a registration event");
      RegistrationEvent.Builder builder = RegistrationEvent.builder();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "sequence" -> builder.sequence(Read.longValue(in));
          case "at" -> builder.at(Read.instant(in));
          case "event" -> builder.event(EVENT_ID.read(in));
          case "member" -> builder.member(Read.isNull(in) ? Optional.empty() : Optional.of(MEMBER.read(in)));
          case "before" -> builder.before(Read.isNull(in) ? Optional.empty() : Optional.of(STATE.read(in)));
          case "after" -> builder.after(Read.isNull(in) ? Optional.empty() : Optional.of(STATE.read(in)));
          case "invitation" -> builder.invitation(Read.isNull(in) ? Optional.empty()
              : Optional.of(INVITATION_ID.read(in)));
          case "cause" -> builder.cause(Read.string(in));
          case "violations" -> builder.violations(Read.list(in, violation));
          default -> Read.unknown(in, features);
        }
      }
      return BookingRecordCodecs.build(in, builder::build, FIELDS);
    }
  }

  /**
   * {@code {"candidate", "value", "rank", "selected", "seatsBefore", "tied", "reason", "rule", "seats", "zone"}}:
   * the rule, seats and zone (which the line's explanation reads) are written with each line.
   */
  private static final class LineCodec extends Codec<AllocationLine> {
    private static final Set<String> FIELDS = Set.of("candidate", "value", "rank", "selected", "seatsBefore",
        "tied", "reason", "rule", "seats", "zone");
    private final Features features;
    private final Codec<Candidate> candidate;
    private final Codec<DiversityRule> diversity;

    LineCodec(Features features, Codec<Candidate> candidate, Codec<DiversityRule> diversity) {
      super(AllocationLine.class);
      this.features = features;
      this.candidate = candidate;
      this.diversity = diversity;
    }

    @Override
    public void write(AllocationLine value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeName("candidate");
      candidate.write(value.candidate(), out);
      out.writeStringProperty("value", value.value());
      out.writeNumberProperty("rank", value.rank());
      out.writeBooleanProperty("selected", value.selected());
      out.writeNumberProperty("seatsBefore", value.seatsBefore());
      out.writeNumberProperty("tied", value.tied());
      out.writeStringProperty("reason", REASON.name(value.reason()));
      out.writeName("rule");
      diversity.write(value.rule(), out);
      out.writeNumberProperty("seats", value.seats());
      out.writeStringProperty("zone", value.zone().getId());
      out.writeEndObject();
    }

    @Override
    public AllocationLine read(JsonParser in) {
      Read.startObject(in, "an allocation line");
      AllocationLine.Builder builder = AllocationLine.builder();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "candidate" -> builder.candidate(candidate.read(in));
          case "value" -> builder.value(Read.string(in));
          case "rank" -> builder.rank(Read.intValue(in));
          case "selected" -> builder.selected(Read.bool(in));
          case "seatsBefore" -> builder.seatsBefore(Read.intValue(in));
          case "tied" -> builder.tied(Read.intValue(in));
          case "reason" -> builder.reason(REASON.read(in));
          case "rule" -> builder.rule(diversity.read(in));
          case "seats" -> builder.seats(Read.intValue(in));
          case "zone" -> builder.zone(zone(in));
          default -> Read.unknown(in, features);
        }
      }
      return BookingRecordCodecs.build(in, builder::build, FIELDS);
    }

    private static ZoneId zone(JsonParser in) {
      return BookingRecordCodecs.zone(in);
    }
  }

  /** {@code {"rule", "seats", "lines"}}. */
  private static final class AllocationCodec extends Codec<Allocation> {
    private static final Set<String> FIELDS = Set.of("rule", "seats", "lines");
    private final Features features;
    private final Codec<DiversityRule> diversity;
    private final Codec<AllocationLine> line;

    AllocationCodec(Features features, Codec<DiversityRule> diversity, Codec<AllocationLine> line) {
      super(Allocation.class);
      this.features = features;
      this.diversity = diversity;
      this.line = line;
    }

    @Override
    public void write(Allocation value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeName("rule");
      diversity.write(value.rule(), out);
      out.writeNumberProperty("seats", value.seats());
      Write.list(out, "lines", value.lines(), line);
      out.writeEndObject();
    }

    @Override
    public Allocation read(JsonParser in) {
      Read.startObject(in, "an allocation");
      Allocation.Builder builder = Allocation.builder();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "rule" -> builder.rule(diversity.read(in));
          case "seats" -> builder.seats(Read.intValue(in));
          case "lines" -> builder.lines(Read.list(in, line));
          default -> Read.unknown(in, features);
        }
      }
      return BookingRecordCodecs.build(in, builder::build, FIELDS);
    }
  }

  /** {@code {"registration"?, "invitation"?, "violations"}}. */
  private static final class DecisionCodec extends Codec<EventDecision> {
    private static final Set<String> FIELDS = Set.of("registration", "invitation", "violations");
    private final Features features;
    private final Codec<Registration> registration;
    private final Codec<Invitation> invitation;
    private final Codec<Violation> violation;

    DecisionCodec(Features features, Codec<Registration> registration, Codec<Invitation> invitation,
        Codec<Violation> violation) {
      super(EventDecision.class);
      this.features = features;
      this.registration = registration;
      this.invitation = invitation;
      this.violation = violation;
    }

    @Override
    public void write(EventDecision value, JsonGenerator out) {
      Write.startObject(out, value);
      if (value.registration().isPresent()) {
        out.writeName("registration");
        registration.write(value.registration().get(), out);
      }
      if (value.invitation().isPresent()) {
        out.writeName("invitation");
        invitation.write(value.invitation().get(), out);
      }
      Write.list(out, "violations", value.violations(), violation);
      out.writeEndObject();
    }

    @Override
    public EventDecision read(JsonParser in) {
      Read.startObject(in, "an event decision");
      Registration registered = null;
      Invitation invited = null;
      List<Violation> violations = List.of();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "registration" -> registered = Read.isNull(in) ? null : registration.read(in);
          case "invitation" -> invited = Read.isNull(in) ? null : invitation.read(in);
          case "violations" -> violations = Read.list(in, violation);
          default -> Read.unknown(in, features);
        }
      }
      Optional<Registration> which = Optional.ofNullable(registered);
      Optional<Invitation> how = Optional.ofNullable(invited);
      List<Violation> why = violations;
      return Read.build(in, () -> EventDecision.of(which, how, why), FIELDS);
    }
  }

  /** {@code {"event", "bookings": [bookings], "violations"}}. */
  private static final class ProgrammeCodec extends Codec<ProgrammeDecision> {
    private static final Set<String> FIELDS = Set.of("event", "bookings", "violations");
    private final Features features;
    private final Codec<Event> event;
    private final Codec<Booking> booking;
    private final Codec<Violation> violation;

    ProgrammeCodec(Features features, Codec<Event> event, Codec<Booking> booking, Codec<Violation> violation) {
      super(ProgrammeDecision.class);
      this.features = features;
      this.event = event;
      this.booking = booking;
      this.violation = violation;
    }

    @Override
    public void write(ProgrammeDecision value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeName("event");
      event.write(value.event(), out);
      Write.list(out, "bookings", value.bookings(), booking);
      Write.list(out, "violations", value.violations(), violation);
      out.writeEndObject();
    }

    @Override
    public ProgrammeDecision read(JsonParser in) {
      Read.startObject(in, "a programme decision");
      Event programme = null;
      List<Booking> bookings = List.of();
      List<Violation> violations = List.of();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "event" -> programme = event.read(in);
          case "bookings" -> bookings = Read.list(in, booking);
          case "violations" -> violations = Read.list(in, violation);
          default -> Read.unknown(in, features);
        }
      }
      Event which = Read.required(in, programme, "event");
      List<Booking> held = bookings;
      List<Violation> why = violations;
      return Read.build(in, () -> ProgrammeDecision.of(which, held, why), FIELDS);
    }
  }
}
