package coop.ess.json.internal;

import coop.ess.core.governance.counting.Ballot;
import coop.ess.core.governance.counting.CountResult;
import coop.ess.core.governance.counting.CountingMethod;
import coop.ess.core.governance.counting.Election;
import coop.ess.core.governance.counting.Project;
import coop.ess.core.governance.counting.Rational;
import coop.ess.core.governance.counting.Round;
import coop.ess.core.governance.counting.TieBreak;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The codecs of counting ({@code coop.ess.core.governance.counting}): elections, ballots, projects and the results
 * of a count, with exact fractions written as strings ({@code "7/12"}).
 */
public final class CountingCodecs {

  private static final Pattern FRACTION = Pattern.compile("-?[0-9]{1,4000}(/[0-9]{1,4000})?");

  /** A counting method: its identifier, such as {@code "meek-stv"}. */
  public static final EnumCodec<CountingMethod> METHOD = new EnumCodec<>(CountingMethod.class);
  /** How a tie was broken: {@code lot}, {@code previous-rounds}. */
  public static final EnumCodec<TieBreak.Rule> TIE_RULE = new EnumCodec<>(TieBreak.Rule.class);
  /** An exact fraction: {@code "7"}, {@code "-3/4"}, {@code "7/12"}. */
  public static final StringCodec<Rational> RATIONAL =
      new StringCodec<>(Rational.class, CountingCodecs::rational, Rational::toString);

  private static final Codec<Long> LONG = new Codec<>(Long.class) {
    @Override
    public void write(Long value, JsonGenerator out) {
      out.writeNumber(value);
    }

    @Override
    public Long read(JsonParser in) {
      return Read.longValue(in);
    }
  };

  /** A ballot. */
  public final Codec<Ballot> ballot;
  /** A project of a participatory budget. */
  public final Codec<Project> project;
  /** An election. */
  public final Codec<Election> election;
  /** A round of a count. */
  public final Codec<Round> round;
  /** A tie-break. */
  public final Codec<TieBreak> tieBreak;
  /** The result of a count. */
  public final Codec<CountResult> result;

  /**
   * The codecs for some features.
   *
   * @param features the features, not null
   */
  public CountingCodecs(Features features) {
    ballot = new BallotCodec(features);
    project = new ProjectCodec(features);
    election = new ElectionCodec(features, ballot, project);
    tieBreak = new TieBreakCodec(features);
    round = new RoundCodec(features, tieBreak);
    result = new ResultCodec(features, round, tieBreak);
  }

  private static Rational rational(String text) {
    if (!FRACTION.matcher(text).matches()) {
      throw new IllegalArgumentException("expected an exact fraction such as \"7/12\" or \"3\", got \""
          + (text.length() <= 40 ? text : text.substring(0, 37) + "...") + "\"");
    }
    int slash = text.indexOf('/');
    if (slash < 0) {
      return Rational.of(new BigInteger(text), BigInteger.ONE);
    }
    BigInteger denominator = new BigInteger(text.substring(slash + 1));
    if (denominator.signum() == 0) {
      throw new IllegalArgumentException("a fraction with a zero denominator: \"" + text + "\"");
    }
    return Rational.of(new BigInteger(text.substring(0, slash)), denominator);
  }

  private static final class BallotCodec extends Codec<Ballot> {
    private static final Set<String> FIELDS = Set.of("count", "ranking", "approve", "scores", "choice", "grades");
    private final Features features;

    BallotCodec(Features features) {
      super(Ballot.class);
      this.features = features;
    }

    @Override
    public void write(Ballot value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeNumberProperty("count", value.count());
      if (!value.ranking().isEmpty()) {
        Write.list(out, "ranking", value.ranking(), GovernanceCodecs.TEXT);
      }
      if (!value.approve().isEmpty()) {
        Write.list(out, "approve", List.copyOf(value.approve()), GovernanceCodecs.TEXT);
      }
      if (!value.scores().isEmpty()) {
        GovernanceCodecs.map(out, "scores", value.scores(), s -> s, LONG);
      }
      if (value.choice().isPresent()) {
        out.writeStringProperty("choice", value.choice().get());
      }
      if (!value.grades().isEmpty()) {
        GovernanceCodecs.map(out, "grades", value.grades(), s -> s, GovernanceCodecs.TEXT);
      }
      out.writeEndObject();
    }

    @Override
    public Ballot read(JsonParser in) {
      Read.startObject(in, "a ballot");
      Ballot.Builder builder = Ballot.builder();
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "count" -> builder.count(Read.longValue(in));
          case "ranking" -> builder.ranking(Read.list(in, GovernanceCodecs.TEXT));
          case "approve" -> builder.approve(Read.list(in, GovernanceCodecs.TEXT));
          case "scores" -> builder.scores(GovernanceCodecs.map(in, "scores", s -> s, LONG));
          case "choice" -> builder.choice(Optional.ofNullable(Read.isNull(in) ? null : Read.string(in)));
          case "grades" -> builder.grades(GovernanceCodecs.map(in, "grades", s -> s, GovernanceCodecs.TEXT));
          default -> Read.unknown(in, features);
        }
      }
      return GovernanceCodecs.build(in, builder::build, FIELDS);
    }
  }

  private static final class ProjectCodec extends Codec<Project> {
    private static final Set<String> FIELDS = Set.of("id", "cost");
    private final Features features;

    ProjectCodec(Features features) {
      super(Project.class);
      this.features = features;
    }

    @Override
    public void write(Project value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("id", value.id());
      out.writeNumberProperty("cost", value.cost());
      out.writeEndObject();
    }

    @Override
    public Project read(JsonParser in) {
      Read.startObject(in, "a project");
      String id = null;
      Long cost = null;
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "id" -> id = Read.string(in);
          case "cost" -> cost = Read.longValue(in);
          default -> Read.unknown(in, features);
        }
      }
      String projectId = Read.required(in, id, "id");
      long projectCost = Read.required(in, cost, "cost");
      return GovernanceCodecs.build(in, () -> Project.of(projectId, projectCost), FIELDS);
    }
  }

  private static final class ElectionCodec extends Codec<Election> {
    private static final Set<String> FIELDS = Set.of("candidates", "seats", "ballots", "grades", "defaultGrade",
        "budget", "projects", "seed");
    private final Features features;
    private final Codec<Ballot> ballot;
    private final Codec<Project> project;

    ElectionCodec(Features features, Codec<Ballot> ballot, Codec<Project> project) {
      super(Election.class);
      this.features = features;
      this.ballot = ballot;
      this.project = project;
    }

    @Override
    public void write(Election value, JsonGenerator out) {
      Write.startObject(out, value);
      Write.list(out, "candidates", value.candidates(), GovernanceCodecs.TEXT);
      out.writeNumberProperty("seats", value.seats());
      Write.list(out, "ballots", value.ballots(), ballot);
      if (!value.grades().isEmpty()) {
        Write.list(out, "grades", value.grades(), GovernanceCodecs.TEXT);
      }
      if (value.defaultGrade().isPresent()) {
        out.writeStringProperty("defaultGrade", value.defaultGrade().get());
      }
      if (value.budget().isPresent()) {
        out.writeNumberProperty("budget", value.budget().get());
      }
      if (!value.projects().isEmpty()) {
        Write.list(out, "projects", value.projects(), project);
      }
      out.writeNumberProperty("seed", value.seed());
      out.writeEndObject();
    }

    @Override
    public Election read(JsonParser in) {
      Read.startObject(in, "an election");
      Election.Builder builder = Election.builder();
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "candidates" -> builder.candidates(Read.list(in, GovernanceCodecs.TEXT));
          case "seats" -> builder.seats(Read.intValue(in));
          case "ballots" -> builder.ballots(Read.list(in, ballot));
          case "grades" -> builder.grades(Read.list(in, GovernanceCodecs.TEXT));
          case "defaultGrade" -> builder.defaultGrade(Optional.ofNullable(Read.isNull(in) ? null : Read.string(in)));
          case "budget" -> builder.budget(Optional.ofNullable(Read.isNull(in) ? null : Read.longValue(in)));
          case "projects" -> builder.projects(Read.list(in, project));
          case "seed" -> builder.seed(Read.longValue(in));
          default -> Read.unknown(in, features);
        }
      }
      return GovernanceCodecs.build(in, builder::build, FIELDS);
    }
  }

  private static final class RoundCodec extends Codec<Round> {
    private static final Set<String> FIELDS =
        Set.of("number", "description", "tallies", "elected", "eliminated", "nonTransferable", "tieBreaks");
    private final Features features;
    private final Codec<TieBreak> tieBreak;

    RoundCodec(Features features, Codec<TieBreak> tieBreak) {
      super(Round.class);
      this.features = features;
      this.tieBreak = tieBreak;
    }

    @Override
    public void write(Round value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeNumberProperty("number", value.number());
      out.writeStringProperty("description", value.description());
      GovernanceCodecs.map(out, "tallies", value.tallies(), s -> s, RATIONAL);
      Write.list(out, "elected", value.elected(), GovernanceCodecs.TEXT);
      Write.list(out, "eliminated", value.eliminated(), GovernanceCodecs.TEXT);
      out.writeStringProperty("nonTransferable", value.nonTransferable().toString());
      if (!value.tieBreaks().isEmpty()) { // optional since the tie-breaks entered the rounds: older files lack it
        Write.list(out, "tieBreaks", value.tieBreaks(), tieBreak);
      }
      out.writeEndObject();
    }

    @Override
    public Round read(JsonParser in) {
      Read.startObject(in, "a round");
      Round.Builder builder = Round.builder();
      Integer number = null;
      String description = null;
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "number" -> number = Read.intValue(in);
          case "description" -> description = Read.string(in);
          case "tallies" -> builder.tallies(GovernanceCodecs.map(in, "tallies", s -> s, RATIONAL));
          case "elected" -> builder.elected(Read.list(in, GovernanceCodecs.TEXT));
          case "eliminated" -> builder.eliminated(Read.list(in, GovernanceCodecs.TEXT));
          case "nonTransferable" -> builder.nonTransferable(RATIONAL.read(in));
          case "tieBreaks" -> builder.tieBreaks(Read.list(in, tieBreak));
          default -> Read.unknown(in, features);
        }
      }
      builder.number(Read.required(in, number, "number")).description(Read.required(in, description, "description"));
      return GovernanceCodecs.build(in, builder::build, FIELDS);
    }
  }

  private static final class TieBreakCodec extends Codec<TieBreak> {
    private static final Set<String> FIELDS =
        Set.of("round", "purpose", "tied", "order", "seed", "rule", "decidingRound");
    private final Features features;

    TieBreakCodec(Features features) {
      super(TieBreak.class);
      this.features = features;
    }

    @Override
    public void write(TieBreak value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeNumberProperty("round", value.round());
      out.writeStringProperty("purpose", value.purpose());
      Write.list(out, "tied", value.tied(), GovernanceCodecs.TEXT);
      Write.list(out, "order", value.order(), GovernanceCodecs.TEXT);
      out.writeNumberProperty("seed", value.seed());
      out.writeStringProperty("rule", TIE_RULE.name(value.rule()));
      if (value.decidingRound().isPresent()) {
        out.writeNumberProperty("decidingRound", value.decidingRound().get());
      }
      out.writeEndObject();
    }

    @Override
    public TieBreak read(JsonParser in) {
      Read.startObject(in, "a tie-break");
      Integer round = null;
      String purpose = null;
      List<String> tied = null;
      List<String> order = null;
      Long seed = null;
      TieBreak.Rule rule = TieBreak.Rule.LOT; // files written before the rule was recorded hold lots only
      Integer deciding = null;
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "round" -> round = Read.intValue(in);
          case "purpose" -> purpose = Read.string(in);
          case "tied" -> tied = Read.list(in, GovernanceCodecs.TEXT);
          case "order" -> order = Read.list(in, GovernanceCodecs.TEXT);
          case "seed" -> seed = Read.longValue(in);
          case "rule" -> rule = TIE_RULE.read(in);
          case "decidingRound" -> deciding = Read.intValue(in);
          default -> Read.unknown(in, features);
        }
      }
      int number = Read.required(in, round, "round");
      String why = Read.required(in, purpose, "purpose");
      List<String> candidates = Read.required(in, tied, "tied");
      List<String> ordered = Read.required(in, order, "order");
      long lot = Read.required(in, seed, "seed");
      if (!Set.copyOf(ordered).equals(Set.copyOf(candidates)) || ordered.size() != candidates.size()) {
        throw new coop.ess.json.EssJsonException(Read.pointer(in) + "/order",
            "the order must list the tied candidates " + candidates + ", got " + ordered);
      }
      TieBreak.Rule how = rule;
      Integer earlier = deciding;
      return GovernanceCodecs.build(in, () -> TieBreak.builder().round(number).purpose(why).tied(candidates)
          .order(ordered).seed(lot).rule(how).decidingRound(Optional.ofNullable(earlier)).build(), FIELDS);
    }
  }

  private static final class ResultCodec extends Codec<CountResult> {
    private static final Set<String> FIELDS =
        Set.of("method", "winners", "ranking", "rounds", "tieBreaks", "quota", "validBallots");
    private final Features features;
    private final Codec<Round> round;
    private final Codec<TieBreak> tieBreak;
    private final Codec<List<String>> tier;

    ResultCodec(Features features, Codec<Round> round, Codec<TieBreak> tieBreak) {
      super(CountResult.class);
      this.features = features;
      this.round = round;
      this.tieBreak = tieBreak;
      this.tier = new Codec<>(listType()) {
        @Override
        public void write(List<String> value, JsonGenerator out) {
          out.writeStartArray(value, value.size());
          for (String candidate : value) {
            out.writeString(candidate);
          }
          out.writeEndArray();
        }

        @Override
        public List<String> read(JsonParser in) {
          return Read.list(in, GovernanceCodecs.TEXT);
        }
      };
    }

    @SuppressWarnings("unchecked")
    private static Class<List<String>> listType() {
      return (Class<List<String>>) (Class<?>) List.class;
    }

    @Override
    public void write(CountResult value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("method", METHOD.name(value.method()));
      Write.list(out, "winners", value.winners(), GovernanceCodecs.TEXT);
      Write.list(out, "ranking", value.ranking(), tier);
      Write.list(out, "rounds", value.rounds(), round);
      Write.list(out, "tieBreaks", value.tieBreaks(), tieBreak);
      if (value.quota().isPresent()) {
        out.writeStringProperty("quota", value.quota().get().toString());
      }
      out.writeStringProperty("validBallots", value.validBallots().toString());
      out.writeEndObject();
    }

    @Override
    public CountResult read(JsonParser in) {
      Read.startObject(in, "the result of a count");
      CountResult.Builder builder = CountResult.builder();
      CountingMethod method = null;
      Rational valid = null;
      String field;
      while ((field = Read.field(in)) != null) {
        switch (field) {
          case "method" -> method = METHOD.read(in);
          case "winners" -> builder.winners(Read.list(in, GovernanceCodecs.TEXT));
          case "ranking" -> builder.ranking(Read.list(in, tier));
          case "rounds" -> builder.rounds(Read.list(in, round));
          case "tieBreaks" -> builder.tieBreaks(Read.list(in, tieBreak));
          case "quota" -> builder.quota(Optional.ofNullable(Read.isNull(in) ? null : RATIONAL.read(in)));
          case "validBallots" -> valid = RATIONAL.read(in);
          default -> Read.unknown(in, features);
        }
      }
      builder.method(Read.required(in, method, "method")).validBallots(Read.required(in, valid, "validBallots"));
      return GovernanceCodecs.build(in, builder::build, FIELDS);
    }
  }
}
