package coop.ess.json.internal;

import coop.ess.core.EssValidationException;
import coop.ess.core.MemberId;
import coop.ess.core.Violation;
import coop.ess.core.governance.AssemblyRecord;
import coop.ess.core.governance.Attendance;
import coop.ess.core.governance.Boundary;
import coop.ess.core.governance.College;
import coop.ess.core.governance.CollegeId;
import coop.ess.core.governance.CollegeStatute;
import coop.ess.core.governance.ConsentProcess;
import coop.ess.core.governance.ElectionWithoutCandidates;
import coop.ess.core.governance.Electorate;
import coop.ess.core.governance.GovernanceEvent;
import coop.ess.core.governance.MotionResult;
import coop.ess.core.governance.Nomination;
import coop.ess.core.governance.Objection;
import coop.ess.core.governance.ObjectionId;
import coop.ess.core.governance.Outcome;
import coop.ess.core.governance.Proposal;
import coop.ess.core.governance.ProposalId;
import coop.ess.core.governance.ProposalState;
import coop.ess.core.governance.Quorum;
import coop.ess.core.governance.Receipt;
import coop.ess.core.governance.ResolutionType;
import coop.ess.core.governance.Tally;
import coop.ess.core.governance.Threshold;
import coop.ess.core.governance.Treatment;
import coop.ess.core.governance.Turnout;
import coop.ess.core.governance.VoteChoice;
import coop.ess.json.EssJsonException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The codecs of governance ({@code coop.ess.core.governance}): proposals, resolution types, electorates, colleges,
 * tallies, results, the events of the engines, and the record that saves a ballot box.
 */
public final class GovernanceCodecs {

  /** A proposal id. */
  public static final StringCodec<ProposalId> PROPOSAL_ID =
      new StringCodec<>(ProposalId.class, ProposalId::of, ProposalId::value);
  /** A college id. */
  public static final StringCodec<CollegeId> COLLEGE_ID =
      new StringCodec<>(CollegeId.class, new StringCache<>(CollegeId::of), CollegeId::value);
  /** An objection id. */
  public static final StringCodec<ObjectionId> OBJECTION_ID =
      new StringCodec<>(ObjectionId.class, ObjectionId::of, ObjectionId::value);
  /** The state of a proposal. */
  public static final EnumCodec<ProposalState> PROPOSAL_STATE = new EnumCodec<>(ProposalState.class);
  /** At least or more than. */
  public static final EnumCodec<Boundary> BOUNDARY = new EnumCodec<>(Boundary.class);
  /** How abstentions or blank votes count. */
  public static final EnumCodec<Treatment> TREATMENT = new EnumCodec<>(Treatment.class);
  /** How a member attends. */
  public static final EnumCodec<Attendance> ATTENDANCE = new EnumCodec<>(Attendance.class);
  /** A choice on a motion. */
  public static final EnumCodec<VoteChoice> VOTE_CHOICE = new EnumCodec<>(VoteChoice.class);
  /** What a count decided. */
  public static final EnumCodec<Outcome> OUTCOME = new EnumCodec<>(Outcome.class);
  /** What a threshold is taken of. */
  public static final EnumCodec<Threshold.Base> THRESHOLD_BASE = new EnumCodec<>(Threshold.Base.class);
  /** Who counts towards a quorum. */
  public static final EnumCodec<Quorum.Base> QUORUM_BASE = new EnumCodec<>(Quorum.Base.class);
  /** Whether votes by correspondence count towards a quorum. */
  public static final EnumCodec<Quorum.Correspondence> QUORUM_CORRESPONDENCE =
      new EnumCodec<>(Quorum.Correspondence.class);
  /** The reading of a college statute. */
  public static final EnumCodec<CollegeStatute.Reading> READING = new EnumCodec<>(CollegeStatute.Reading.class);
  /** What happens to an empty college. */
  public static final EnumCodec<CollegeStatute.EmptyCollege> EMPTY_COLLEGE =
      new EnumCodec<>(CollegeStatute.EmptyCollege.class);
  /** The kind of a governance event. */
  public static final EnumCodec<GovernanceEvent.Kind> EVENT_KIND = new EnumCodec<>(GovernanceEvent.Kind.class);
  /** The state of a consent process. */
  public static final EnumCodec<ConsentProcess.State> CONSENT_STATE = new EnumCodec<>(ConsentProcess.State.class);
  /** The phase of an election without candidates. */
  public static final EnumCodec<ElectionWithoutCandidates.Phase> ELECTION_PHASE =
      new EnumCodec<>(ElectionWithoutCandidates.Phase.class);

  static final StringCodec<String> TEXT = new StringCodec<>(String.class, text -> text, text -> text);

  /** A threshold. */
  public final Codec<Threshold> threshold;
  /** A quorum. */
  public final Codec<Quorum> quorum;
  /** A resolution type. */
  public final Codec<ResolutionType> resolutionType;
  /** A proposal. */
  public final Codec<Proposal> proposal;
  /** A college. */
  public final Codec<College> college;
  /** A college statute. */
  public final Codec<CollegeStatute> statute;
  /** An electorate. */
  public final Codec<Electorate> electorate;
  /** A tally. */
  public final Codec<Tally> tally;
  /** A turnout. */
  public final Codec<Turnout> turnout;
  /** The result of a motion. */
  public final Codec<MotionResult> motionResult;
  /** A governance event. */
  public final Codec<GovernanceEvent> event;
  /** A receipt. */
  public final Codec<Receipt> receipt;
  /** An objection. */
  public final Codec<Objection> objection;
  /** A nomination. */
  public final Codec<Nomination> nomination;
  /** The saved record of a ballot box. */
  public final Codec<AssemblyRecord> assemblyRecord;

  /**
   * The codecs for some features.
   *
   * @param features the features, not null
   * @param violation the codec of violations, not null
   */
  public GovernanceCodecs(Features features, Codec<Violation> violation) {
    threshold = new ThresholdCodec(features);
    quorum = new QuorumCodec(features);
    resolutionType = new ResolutionTypeCodec(features, threshold, quorum);
    proposal = new ProposalCodec(features, resolutionType);
    college = new CollegeCodec(features);
    statute = new StatuteCodec(features, college);
    electorate = new ElectorateCodec(features);
    tally = new TallyCodec(features);
    turnout = new TurnoutCodec(features);
    motionResult = new MotionResultCodec(features, resolutionType, turnout, tally);
    event = new EventCodec(features, violation, proposal, tally);
    receipt = new ReceiptCodec(features, event);
    objection = new ObjectionCodec(features);
    nomination = new NominationCodec(features);
    assemblyRecord = new AssemblyRecordCodec(features, electorate, statute, event);
  }

  /**
   * The current object read as a map whose keys a factory turns into values, each value read by a codec, in the
   * order of the document.
   */
  static <K, V> Map<K, V> map(JsonParser in, String what, Function<String, K> key, Codec<V> value) {
    Read.startObject(in, what);
    Map<K, V> map = new LinkedHashMap<>();
    String name;
    while ((name = Read.field(in)) != null) {
      String text = name;
      K k = Read.build(in, () -> key.apply(text), Set.of());
      map.put(k, value.read(in));
    }
    return map;
  }

  /** Writes a map as an object, keys as text. */
  static <K, V> void map(JsonGenerator out, String name, Map<K, V> map, Function<K, String> key, Codec<V> value) {
    out.writeName(name);
    out.writeStartObject(map);
    for (Map.Entry<K, V> entry : map.entrySet()) {
      out.writeName(key.apply(entry.getKey()));
      value.write(entry.getValue(), out);
    }
    out.writeEndObject();
  }

  /** The current whole number, at least {@code min}. */
  static long atLeast(JsonParser in, long min) {
    long value = Read.longValue(in);
    if (value < min) {
      throw Read.error(in, "expected a whole number of at least " + min + ", got " + value);
    }
    return value;
  }

  /**
   * Builds a value as {@link Read#build} does, and points at the field the first violation names even when it is a
   * path such as {@code colleges[2].weightPercent} or {@code events[1].sequence} (as {@code /colleges/2/weightPercent}).
   */
  static <T> T build(JsonParser in, Supplier<T> factory, Set<String> fields) {
    try {
      return Read.build(in, factory, Set.of());
    } catch (EssJsonException e) {
      if (e.getCause() instanceof EssValidationException invalid && !invalid.violations().isEmpty()) {
        String path = invalid.violations().get(0).field();
        String pointer = path.replace("~", "~0").replace("/", "~1").replaceAll("\\[(\\d+)\\]", ".$1")
            .replace('.', '/');
        int end = pointer.indexOf('/');
        if (fields.contains(end < 0 ? pointer : pointer.substring(0, end))) {
          throw new EssJsonException(e.pointer() + "/" + pointer, e.reason(), invalid);
        }
      }
      throw e;
    }
  }

  private static final class ThresholdCodec extends Codec<Threshold> {
    private static final Set<String> FIELDS = Set.of("name", "numerator", "denominator", "boundary", "base");
    private final Features features;

    ThresholdCodec(Features features) {
      super(Threshold.class);
      this.features = features;
    }

    @Override
    public void write(Threshold value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("name", value.name());
      out.writeNumberProperty("numerator", value.numerator());
      out.writeNumberProperty("denominator", value.denominator());
      out.writeStringProperty("boundary", BOUNDARY.name(value.boundary()));
      out.writeStringProperty("base", THRESHOLD_BASE.name(value.base()));
      out.writeEndObject();
    }

    @Override
    public Threshold read(JsonParser in) {
      Read.startObject(in, "a threshold");
      String name = null;
      Long numerator = null;
      Long denominator = null;
      Boundary boundary = null;
      Threshold.Base base = null;
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "name" -> name = Read.string(in);
          case "numerator" -> numerator = Read.longValue(in);
          case "denominator" -> denominator = Read.longValue(in);
          case "boundary" -> boundary = BOUNDARY.read(in);
          case "base" -> base = THRESHOLD_BASE.read(in);
          default -> Read.unknown(in, features);
        }
      }
      Threshold.Builder builder = Threshold.builder().name(Read.required(in, name, "name"))
          .numerator(Read.required(in, numerator, "numerator"))
          .denominator(Read.required(in, denominator, "denominator"))
          .boundary(Read.required(in, boundary, "boundary")).base(Read.required(in, base, "base"));
      return build(in, builder::build, FIELDS);
    }
  }

  private static final class QuorumCodec extends Codec<Quorum> {
    private static final Set<String> FIELDS = Set.of("numerator", "denominator", "boundary", "base", "correspondence");
    private final Features features;

    QuorumCodec(Features features) {
      super(Quorum.class);
      this.features = features;
    }

    @Override
    public void write(Quorum value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeNumberProperty("numerator", value.numerator());
      out.writeNumberProperty("denominator", value.denominator());
      out.writeStringProperty("boundary", BOUNDARY.name(value.boundary()));
      out.writeStringProperty("base", QUORUM_BASE.name(value.base()));
      if (value.correspondence() != Quorum.Correspondence.COUNTED) {
        out.writeStringProperty("correspondence", QUORUM_CORRESPONDENCE.name(value.correspondence()));
      }
      out.writeEndObject();
    }

    @Override
    public Quorum read(JsonParser in) {
      Read.startObject(in, "a quorum");
      Long numerator = null;
      Long denominator = null;
      Boundary boundary = null;
      Quorum.Base base = null;
      Quorum.Correspondence correspondence = Quorum.Correspondence.COUNTED;
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "numerator" -> numerator = Read.longValue(in);
          case "denominator" -> denominator = Read.longValue(in);
          case "boundary" -> boundary = BOUNDARY.read(in);
          case "base" -> base = QUORUM_BASE.read(in);
          case "correspondence" -> correspondence = QUORUM_CORRESPONDENCE.read(in);
          default -> Read.unknown(in, features);
        }
      }
      Quorum.Builder builder = Quorum.builder().numerator(Read.required(in, numerator, "numerator"))
          .denominator(Read.required(in, denominator, "denominator"))
          .boundary(Read.required(in, boundary, "boundary")).base(Read.required(in, base, "base"))
          .correspondence(correspondence);
      return build(in, builder::build, FIELDS);
    }
  }

  private static final class ResolutionTypeCodec extends Codec<ResolutionType> {
    private static final Set<String> FIELDS =
        Set.of("name", "threshold", "quorum", "secondConvocationQuorum", "abstentions", "blankVotes");
    private final Features features;
    private final Codec<Threshold> threshold;
    private final Codec<Quorum> quorum;

    ResolutionTypeCodec(Features features, Codec<Threshold> threshold, Codec<Quorum> quorum) {
      super(ResolutionType.class);
      this.features = features;
      this.threshold = threshold;
      this.quorum = quorum;
    }

    @Override
    public void write(ResolutionType value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("name", value.name());
      out.writeName("threshold");
      threshold.write(value.threshold(), out);
      out.writeName("quorum");
      quorum.write(value.quorum(), out);
      out.writeName("secondConvocationQuorum");
      quorum.write(value.secondConvocationQuorum(), out);
      out.writeStringProperty("abstentions", TREATMENT.name(value.abstentions()));
      out.writeStringProperty("blankVotes", TREATMENT.name(value.blankVotes()));
      out.writeEndObject();
    }

    @Override
    public ResolutionType read(JsonParser in) {
      Read.startObject(in, "a resolution type");
      String name = null;
      Threshold needed = null;
      Quorum first = null;
      Quorum second = null;
      Treatment abstentions = null;
      Treatment blankVotes = null;
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "name" -> name = Read.string(in);
          case "threshold" -> needed = threshold.read(in);
          case "quorum" -> first = quorum.read(in);
          case "secondConvocationQuorum" -> second = quorum.read(in);
          case "abstentions" -> abstentions = TREATMENT.read(in);
          case "blankVotes" -> blankVotes = TREATMENT.read(in);
          default -> Read.unknown(in, features);
        }
      }
      ResolutionType.Builder builder = ResolutionType.builder().name(Read.required(in, name, "name"))
          .threshold(Read.required(in, needed, "threshold")).quorum(Read.required(in, first, "quorum"));
      if (second != null) {
        builder.secondConvocationQuorum(second);
      }
      if (abstentions != null) {
        builder.abstentions(abstentions);
      }
      if (blankVotes != null) {
        builder.blankVotes(blankVotes);
      }
      return build(in, builder::build, FIELDS);
    }
  }

  private static final class ProposalCodec extends Codec<Proposal> {
    private static final Set<String> FIELDS = Set.of("id", "title", "text", "type", "secret", "state", "opensAt",
        "closesAt", "outcome", "statement");
    private final Features features;
    private final Codec<ResolutionType> type;

    ProposalCodec(Features features, Codec<ResolutionType> type) {
      super(Proposal.class);
      this.features = features;
      this.type = type;
    }

    @Override
    public void write(Proposal value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("id", value.id().value());
      out.writeStringProperty("title", value.title());
      out.writeStringProperty("text", value.text());
      out.writeName("type");
      type.write(value.type(), out);
      out.writeBooleanProperty("secret", value.secret());
      out.writeStringProperty("state", PROPOSAL_STATE.name(value.state()));
      if (value.opensAt().isPresent()) {
        Write.instant(out, "opensAt", value.opensAt().get());
      }
      if (value.closesAt().isPresent()) {
        Write.instant(out, "closesAt", value.closesAt().get());
      }
      if (value.outcome().isPresent()) {
        out.writeStringProperty("outcome", OUTCOME.name(value.outcome().get()));
      }
      if (value.statement().isPresent()) {
        out.writeStringProperty("statement", value.statement().get());
      }
      out.writeEndObject();
    }

    @Override
    public Proposal read(JsonParser in) {
      Read.startObject(in, "a proposal");
      ProposalId id = null;
      String title = null;
      String text = null;
      ResolutionType resolution = null;
      Boolean secret = null;
      ProposalState state = null;
      Instant opensAt = null;
      Instant closesAt = null;
      Outcome outcome = null;
      String statement = null;
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "id" -> id = PROPOSAL_ID.read(in);
          case "title" -> title = Read.string(in);
          case "text" -> text = Read.string(in);
          case "type" -> resolution = type.read(in);
          case "secret" -> secret = Read.bool(in);
          case "state" -> state = PROPOSAL_STATE.read(in);
          case "opensAt" -> opensAt = Read.isNull(in) ? null : Read.instant(in);
          case "closesAt" -> closesAt = Read.isNull(in) ? null : Read.instant(in);
          case "outcome" -> outcome = Read.isNull(in) ? null : OUTCOME.read(in);
          case "statement" -> statement = Read.isNull(in) ? null : Read.string(in);
          default -> Read.unknown(in, features);
        }
      }
      Proposal.Builder builder = Proposal.builder().id(Read.required(in, id, "id"))
          .title(Read.required(in, title, "title")).type(Read.required(in, resolution, "type"))
          .opensAt(Optional.ofNullable(opensAt)).closesAt(Optional.ofNullable(closesAt))
          .outcome(Optional.ofNullable(outcome)).statement(Optional.ofNullable(statement));
      if (text != null) {
        builder.text(text);
      }
      if (secret != null) {
        builder.secret(secret);
      }
      if (state != null) {
        builder.state(state);
      }
      return build(in, builder::build, FIELDS);
    }
  }

  private static final class CollegeCodec extends Codec<College> {
    private static final Set<String> FIELDS = Set.of("id", "name", "weightPercent");
    private final Features features;

    CollegeCodec(Features features) {
      super(College.class);
      this.features = features;
    }

    @Override
    public void write(College value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("id", value.id().value());
      out.writeStringProperty("name", value.name());
      out.writeNumberProperty("weightPercent", value.weightPercent());
      out.writeEndObject();
    }

    @Override
    public College read(JsonParser in) {
      Read.startObject(in, "a college");
      CollegeId id = null;
      String name = null;
      Integer weight = null;
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "id" -> id = COLLEGE_ID.read(in);
          case "name" -> name = Read.string(in);
          case "weightPercent" -> weight = Read.intValue(in);
          default -> Read.unknown(in, features);
        }
      }
      CollegeId collegeId = Read.required(in, id, "id");
      String collegeName = Read.required(in, name, "name");
      int percent = Read.required(in, weight, "weightPercent");
      return build(in, () -> College.of(collegeId, collegeName, percent), FIELDS);
    }
  }

  private static final class StatuteCodec extends Codec<CollegeStatute> {
    private static final Set<String> FIELDS = Set.of("colleges", "reading", "emptyCollege");
    private final Features features;
    private final Codec<College> college;

    StatuteCodec(Features features, Codec<College> college) {
      super(CollegeStatute.class);
      this.features = features;
      this.college = college;
    }

    @Override
    public void write(CollegeStatute value, JsonGenerator out) {
      Write.startObject(out, value);
      Write.list(out, "colleges", value.colleges(), college);
      out.writeStringProperty("reading", READING.name(value.reading()));
      out.writeStringProperty("emptyCollege", EMPTY_COLLEGE.name(value.emptyCollege()));
      out.writeEndObject();
    }

    @Override
    public CollegeStatute read(JsonParser in) {
      Read.startObject(in, "a college statute");
      List<College> colleges = null;
      CollegeStatute.Reading reading = null;
      CollegeStatute.EmptyCollege empty = null;
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "colleges" -> colleges = Read.list(in, college);
          case "reading" -> reading = READING.read(in);
          case "emptyCollege" -> empty = EMPTY_COLLEGE.read(in);
          default -> Read.unknown(in, features);
        }
      }
      CollegeStatute.Builder builder = CollegeStatute.builder()
          .addAllColleges(Read.required(in, colleges, "colleges")).reading(Read.required(in, reading, "reading"))
          .emptyCollege(Read.required(in, empty, "emptyCollege"));
      return build(in, builder::build, FIELDS);
    }
  }

  private static final class ElectorateCodec extends Codec<Electorate> {
    private static final Set<String> FIELDS = Set.of("referenceDate", "voters", "colleges");
    private final Features features;

    ElectorateCodec(Features features) {
      super(Electorate.class);
      this.features = features;
    }

    @Override
    public void write(Electorate value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("referenceDate", value.referenceDate().toString());
      Write.list(out, "voters", List.copyOf(value.voters()), CoreIds.MEMBER);
      map(out, "colleges", value.colleges(), MemberId::value, COLLEGE_ID);
      out.writeEndObject();
    }

    @Override
    public Electorate read(JsonParser in) {
      Read.startObject(in, "an electorate");
      LocalDate date = null;
      List<MemberId> voters = null;
      Map<MemberId, CollegeId> colleges = Map.of();
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "referenceDate" -> date = CommunityCodecs.date(in);
          case "voters" -> voters = Read.list(in, CoreIds.MEMBER);
          case "colleges" -> colleges = map(in, "the college of each voter", MemberId::of, COLLEGE_ID);
          default -> Read.unknown(in, features);
        }
      }
      Electorate.Builder builder = Electorate.builder().referenceDate(Read.required(in, date, "referenceDate"))
          .addAllVoters(Read.required(in, voters, "voters")).putAllColleges(colleges);
      return build(in, builder::build, FIELDS);
    }
  }

  private static final class TallyCodec extends Codec<Tally> {
    private static final Set<String> FIELDS = Set.of("for", "against", "abstain", "blank");
    private final Features features;

    TallyCodec(Features features) {
      super(Tally.class);
      this.features = features;
    }

    @Override
    public void write(Tally value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeNumberProperty("for", value.votesFor());
      out.writeNumberProperty("against", value.against());
      out.writeNumberProperty("abstain", value.abstain());
      out.writeNumberProperty("blank", value.blank());
      out.writeEndObject();
    }

    @Override
    public Tally read(JsonParser in) {
      Read.startObject(in, "a tally");
      long[] counts = new long[4];
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "for" -> counts[0] = atLeast(in, 0);
          case "against" -> counts[1] = atLeast(in, 0);
          case "abstain" -> counts[2] = atLeast(in, 0);
          case "blank" -> counts[3] = atLeast(in, 0);
          default -> Read.unknown(in, features);
        }
      }
      return build(in, () -> Tally.of(counts[0], counts[1], counts[2], counts[3]), FIELDS);
    }
  }

  private static final class TurnoutCodec extends Codec<Turnout> {
    private static final Set<String> FIELDS =
        Set.of("electorate", "present", "online", "byCorrespondence", "represented");
    private final Features features;

    TurnoutCodec(Features features) {
      super(Turnout.class);
      this.features = features;
    }

    @Override
    public void write(Turnout value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeNumberProperty("electorate", value.electorate());
      out.writeNumberProperty("present", value.present());
      out.writeNumberProperty("online", value.online());
      out.writeNumberProperty("byCorrespondence", value.byCorrespondence());
      out.writeNumberProperty("represented", value.represented());
      out.writeEndObject();
    }

    @Override
    public Turnout read(JsonParser in) {
      Read.startObject(in, "a turnout");
      Long electorate = null;
      Long present = null;
      long online = 0;
      long byCorrespondence = 0;
      Long represented = null;
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "electorate" -> electorate = atLeast(in, 0);
          case "present" -> present = Read.longValue(in);
          case "online" -> online = Read.longValue(in);
          case "byCorrespondence" -> byCorrespondence = Read.longValue(in);
          case "represented" -> represented = Read.longValue(in);
          default -> Read.unknown(in, features);
        }
      }
      long size = Read.required(in, electorate, "electorate");
      long here = Read.required(in, present, "present");
      long proxies = Read.required(in, represented, "represented");
      long remote = online;
      long forms = byCorrespondence;
      return build(in, () -> Turnout.builder().electorate(size).present(here).online(remote).byCorrespondence(forms)
          .represented(proxies).build(), FIELDS);
    }
  }

  private static final class MotionResultCodec extends Codec<MotionResult> {
    private static final Set<String> FIELDS = Set.of("type", "convocation", "turnout", "quorumMet", "tally",
        "collegeTallies", "share", "thresholdMet", "outcome");
    private final Features features;
    private final Codec<ResolutionType> type;
    private final Codec<Turnout> turnout;
    private final Codec<Tally> tally;

    MotionResultCodec(Features features, Codec<ResolutionType> type, Codec<Turnout> turnout, Codec<Tally> tally) {
      super(MotionResult.class);
      this.features = features;
      this.type = type;
      this.turnout = turnout;
      this.tally = tally;
    }

    @Override
    public void write(MotionResult value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeName("type");
      type.write(value.type(), out);
      out.writeNumberProperty("convocation", value.convocation());
      out.writeName("turnout");
      turnout.write(value.turnout(), out);
      out.writeBooleanProperty("quorumMet", value.quorumMet());
      out.writeName("tally");
      tally.write(value.tally(), out);
      map(out, "collegeTallies", value.collegeTallies(), CollegeId::value, tally);
      out.writeStringProperty("share", value.share());
      out.writeBooleanProperty("thresholdMet", value.thresholdMet());
      out.writeStringProperty("outcome", OUTCOME.name(value.outcome()));
      out.writeEndObject();
    }

    @Override
    public MotionResult read(JsonParser in) {
      Read.startObject(in, "the result of a motion");
      ResolutionType resolution = null;
      Integer convocation = null;
      Turnout who = null;
      Boolean quorumMet = null;
      Tally all = null;
      Map<CollegeId, Tally> colleges = Map.of();
      String share = null;
      Boolean thresholdMet = null;
      Outcome outcome = null;
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "type" -> resolution = type.read(in);
          case "convocation" -> convocation = Read.intValue(in);
          case "turnout" -> who = turnout.read(in);
          case "quorumMet" -> quorumMet = Read.bool(in);
          case "tally" -> all = tally.read(in);
          case "collegeTallies" -> colleges = map(in, "the tally of each college", CollegeId::of, tally);
          case "share" -> share = Read.string(in);
          case "thresholdMet" -> thresholdMet = Read.bool(in);
          case "outcome" -> outcome = OUTCOME.read(in);
          default -> Read.unknown(in, features);
        }
      }
      MotionResult.Builder builder = MotionResult.builder().type(Read.required(in, resolution, "type"))
          .convocation(Read.required(in, convocation, "convocation")).turnout(Read.required(in, who, "turnout"))
          .quorumMet(Read.required(in, quorumMet, "quorumMet")).tally(Read.required(in, all, "tally"))
          .putAllCollegeTallies(colleges).share(Read.required(in, share, "share"))
          .thresholdMet(Read.required(in, thresholdMet, "thresholdMet"))
          .outcome(Read.required(in, outcome, "outcome"));
      return build(in, builder::build, FIELDS);
    }
  }

  private static final class EventCodec extends Codec<GovernanceEvent> {
    private static final Set<String> FIELDS = Set.of("sequence", "at", "kind", "proposal", "actor", "other",
        "choice", "previousChoice", "detail", "violations", "drafted", "opensAt", "closesAt", "convocation",
        "outcome", "tally", "collegeTallies");
    private static final Set<String> REQUIRED = Set.of("sequence", "at", "kind");
    private final Features features;
    private final Codec<Violation> violation;
    private final Codec<Proposal> proposal;
    private final Codec<Tally> tally;

    EventCodec(Features features, Codec<Violation> violation, Codec<Proposal> proposal, Codec<Tally> tally) {
      super(GovernanceEvent.class);
      this.features = features;
      this.violation = violation;
      this.proposal = proposal;
      this.tally = tally;
    }

    @Override
    public void write(GovernanceEvent value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeNumberProperty("sequence", value.sequence());
      Write.instant(out, "at", value.at());
      out.writeStringProperty("kind", EVENT_KIND.name(value.kind()));
      if (value.proposal().isPresent()) {
        out.writeStringProperty("proposal", value.proposal().get().value());
      }
      if (value.actor().isPresent()) {
        out.writeStringProperty("actor", value.actor().get().value());
      }
      if (value.other().isPresent()) {
        out.writeStringProperty("other", value.other().get().value());
      }
      if (value.choice().isPresent()) {
        out.writeStringProperty("choice", VOTE_CHOICE.name(value.choice().get()));
      }
      if (value.previousChoice().isPresent()) {
        out.writeStringProperty("previousChoice", VOTE_CHOICE.name(value.previousChoice().get()));
      }
      if (!value.detail().isEmpty()) {
        out.writeStringProperty("detail", value.detail());
      }
      if (!value.violations().isEmpty()) {
        Write.list(out, "violations", value.violations(), violation);
      }
      if (value.drafted().isPresent()) {
        out.writeName("drafted");
        proposal.write(value.drafted().get(), out);
      }
      if (value.opensAt().isPresent()) {
        Write.instant(out, "opensAt", value.opensAt().get());
      }
      if (value.closesAt().isPresent()) {
        Write.instant(out, "closesAt", value.closesAt().get());
      }
      if (value.convocation().isPresent()) {
        out.writeNumberProperty("convocation", value.convocation().get());
      }
      if (value.outcome().isPresent()) {
        out.writeStringProperty("outcome", OUTCOME.name(value.outcome().get()));
      }
      if (value.tally().isPresent()) {
        out.writeName("tally");
        tally.write(value.tally().get(), out);
      }
      if (!value.collegeTallies().isEmpty()) {
        map(out, "collegeTallies", value.collegeTallies(), CollegeId::value, tally);
      }
      out.writeEndObject();
    }

    @Override
    public GovernanceEvent read(JsonParser in) {
      Read.startObject(in, "a governance event");
      GovernanceEvent.Builder builder = GovernanceEvent.builder();
      Long sequence = null;
      Instant at = null;
      GovernanceEvent.Kind kind = null;
      String field;
      while ((field = Read.field(in)) != null) {
        if (Read.isNull(in) && FIELDS.contains(field) && !REQUIRED.contains(field)) {
          continue;
        }
        switch (field) {
          case "sequence" -> sequence = atLeast(in, 1);
          case "at" -> at = Read.instant(in);
          case "kind" -> kind = EVENT_KIND.read(in);
          case "proposal" -> builder.proposal(PROPOSAL_ID.read(in));
          case "actor" -> builder.actor(CoreIds.MEMBER.read(in));
          case "other" -> builder.other(CoreIds.MEMBER.read(in));
          case "choice" -> builder.choice(VOTE_CHOICE.read(in));
          case "previousChoice" -> builder.previousChoice(VOTE_CHOICE.read(in));
          case "detail" -> builder.detail(Read.string(in));
          case "violations" -> builder.violations(Read.list(in, violation));
          case "drafted" -> builder.drafted(proposal.read(in));
          case "opensAt" -> builder.opensAt(Read.instant(in));
          case "closesAt" -> builder.closesAt(Read.instant(in));
          case "convocation" -> builder.convocation(Read.intValue(in));
          case "outcome" -> builder.outcome(OUTCOME.read(in));
          case "tally" -> builder.tally(tally.read(in));
          case "collegeTallies" -> builder.collegeTallies(map(in, "the tally of each college", CollegeId::of, tally));
          default -> Read.unknown(in, features);
        }
      }
      builder.sequence(Read.required(in, sequence, "sequence")).at(Read.required(in, at, "at"))
          .kind(Read.required(in, kind, "kind"));
      return build(in, builder::build, FIELDS);
    }
  }

  private static final class ReceiptCodec extends Codec<Receipt> {
    private static final Set<String> FIELDS = Set.of("accepted", "event");
    private final Features features;
    private final Codec<GovernanceEvent> event;

    ReceiptCodec(Features features, Codec<GovernanceEvent> event) {
      super(Receipt.class);
      this.features = features;
      this.event = event;
    }

    @Override
    public void write(Receipt value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeBooleanProperty("accepted", value.accepted());
      out.writeName("event");
      event.write(value.event(), out);
      out.writeEndObject();
    }

    @Override
    public Receipt read(JsonParser in) {
      Read.startObject(in, "a receipt");
      Boolean accepted = null;
      GovernanceEvent recorded = null;
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "accepted" -> accepted = Read.bool(in);
          case "event" -> recorded = event.read(in);
          default -> Read.unknown(in, features);
        }
      }
      Receipt receipt = Receipt.of(Read.required(in, recorded, "event"));
      if (accepted != null && accepted != receipt.accepted()) {
        throw new EssJsonException(Read.pointer(in) + "/accepted", "\"accepted\" is " + accepted
            + " but the event is " + (receipt.accepted() ? "not a refusal" : "a refusal"));
      }
      return receipt;
    }
  }

  private static final class ObjectionCodec extends Codec<Objection> {
    private static final Set<String> FIELDS = Set.of("id", "round", "objector", "reason", "answers", "lifted");
    private final Features features;

    ObjectionCodec(Features features) {
      super(Objection.class);
      this.features = features;
    }

    @Override
    public void write(Objection value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("id", value.id().value());
      out.writeNumberProperty("round", value.round());
      out.writeStringProperty("objector", value.objector().value());
      out.writeStringProperty("reason", value.reason());
      Write.list(out, "answers", value.answers(), TEXT);
      out.writeBooleanProperty("lifted", value.lifted());
      out.writeEndObject();
    }

    @Override
    public Objection read(JsonParser in) {
      Read.startObject(in, "an objection");
      ObjectionId id = null;
      Integer round = null;
      MemberId objector = null;
      String reason = null;
      List<String> answers = List.of();
      Boolean lifted = null;
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "id" -> id = OBJECTION_ID.read(in);
          case "round" -> round = Read.intValue(in);
          case "objector" -> objector = CoreIds.MEMBER.read(in);
          case "reason" -> reason = Read.string(in);
          case "answers" -> answers = Read.list(in, TEXT);
          case "lifted" -> lifted = Read.bool(in);
          default -> Read.unknown(in, features);
        }
      }
      Objection.Builder builder = Objection.builder().id(Read.required(in, id, "id"))
          .round(Read.required(in, round, "round")).objector(Read.required(in, objector, "objector"))
          .reason(Read.required(in, reason, "reason")).addAllAnswers(answers);
      if (lifted != null) {
        builder.lifted(lifted);
      }
      return build(in, builder::build, FIELDS);
    }
  }

  private static final class NominationCodec extends Codec<Nomination> {
    private static final Set<String> FIELDS = Set.of("voter", "nominee", "reason", "changed");
    private final Features features;

    NominationCodec(Features features) {
      super(Nomination.class);
      this.features = features;
    }

    @Override
    public void write(Nomination value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("voter", value.voter().value());
      out.writeStringProperty("nominee", value.nominee().value());
      out.writeStringProperty("reason", value.reason());
      out.writeBooleanProperty("changed", value.changed());
      out.writeEndObject();
    }

    @Override
    public Nomination read(JsonParser in) {
      Read.startObject(in, "a nomination");
      MemberId voter = null;
      MemberId nominee = null;
      String reason = null;
      boolean changed = false;
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "voter" -> voter = CoreIds.MEMBER.read(in);
          case "nominee" -> nominee = CoreIds.MEMBER.read(in);
          case "reason" -> reason = Read.string(in);
          case "changed" -> changed = Read.bool(in);
          default -> Read.unknown(in, features);
        }
      }
      MemberId who = Read.required(in, voter, "voter");
      MemberId whom = Read.required(in, nominee, "nominee");
      String why = Read.required(in, reason, "reason");
      boolean again = changed;
      return build(in, () -> Nomination.of(who, whom, why, again), FIELDS);
    }
  }

  private static final class AssemblyRecordCodec extends Codec<AssemblyRecord> {
    private static final Set<String> FIELDS = Set.of("electorate", "proxyCap", "statute", "events");
    private final Features features;
    private final Codec<Electorate> electorate;
    private final Codec<CollegeStatute> statute;
    private final Codec<GovernanceEvent> event;

    AssemblyRecordCodec(Features features, Codec<Electorate> electorate, Codec<CollegeStatute> statute,
        Codec<GovernanceEvent> event) {
      super(AssemblyRecord.class);
      this.features = features;
      this.electorate = electorate;
      this.statute = statute;
      this.event = event;
    }

    @Override
    public void write(AssemblyRecord value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeName("electorate");
      electorate.write(value.electorate(), out);
      out.writeNumberProperty("proxyCap", value.proxyCap());
      if (value.statute().isPresent()) {
        out.writeName("statute");
        statute.write(value.statute().get(), out);
      }
      Write.list(out, "events", value.events(), event);
      out.writeEndObject();
    }

    @Override
    public AssemblyRecord read(JsonParser in) {
      Read.startObject(in, "the record of an assembly");
      Electorate voters = null;
      Integer proxyCap = null;
      CollegeStatute colleges = null;
      List<GovernanceEvent> events = List.of();
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "electorate" -> voters = electorate.read(in);
          case "proxyCap" -> proxyCap = Read.intValue(in);
          case "statute" -> colleges = Read.isNull(in) ? null : statute.read(in);
          case "events" -> events = Read.list(in, event);
          default -> Read.unknown(in, features);
        }
      }
      AssemblyRecord.Builder builder = AssemblyRecord.builder().electorate(Read.required(in, voters, "electorate"))
          .proxyCap(Read.required(in, proxyCap, "proxyCap")).statute(Optional.ofNullable(colleges))
          .addAllEvents(events);
      return build(in, builder::build, FIELDS);
    }
  }
}
