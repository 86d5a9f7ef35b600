package coop.ess.json.internal;

import coop.ess.timebank.Category;
import coop.ess.timebank.Limits;
import coop.ess.timebank.simulation.Decision;
import coop.ess.timebank.simulation.Demurrage;
import coop.ess.timebank.simulation.FloorGrowth;
import coop.ess.timebank.simulation.MatchingPolicy;
import coop.ess.timebank.simulation.PeriodMetrics;
import coop.ess.timebank.simulation.SimulationSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The codecs of the simulator: its settings (the document {@code ess simulate} reads, schema
 * {@code simulation-settings.schema.json}), the metrics of a period, and the demurrage and dynamic floor.
 */
public final class SimulationCodecs {

  /** How a need finds a provider. */
  public static final EnumCodec<MatchingPolicy> MATCHING = new EnumCodec<>(MatchingPolicy.class);
  /** What became of an exchange attempt. */
  public static final EnumCodec<Decision> DECISION = new EnumCodec<>(Decision.class);

  /** A demurrage. */
  public final Codec<Demurrage> demurrage;
  /** A dynamic floor. */
  public final Codec<FloorGrowth> floorGrowth;
  /** The settings of a run. */
  public final Codec<SimulationSettings> settings;
  /** The metrics of one period. */
  public final Codec<PeriodMetrics> metrics;

  /**
   * The codecs for some features.
   *
   * @param features the features, not null
   * @param limits the codec of limits, not null
   */
  public SimulationCodecs(Features features, Codec<Limits> limits) {
    demurrage = new DemurrageCodec(features);
    floorGrowth = new FloorGrowthCodec(features);
    settings = new SettingsCodec(features, limits, demurrage, floorGrowth);
    metrics = new MetricsCodec(features);
  }

  /**
   * Registers the codecs.
   *
   * @param adapters the adapters, not null
   */
  public void register(Adapters adapters) {
    adapters.add(MATCHING).add(DECISION).add(demurrage).add(floorGrowth).add(settings).add(metrics);
  }

  private static final class DemurrageCodec extends Codec<Demurrage> {
    private static final Set<String> FIELDS = Set.of("idleMonths", "percent");
    private final Features features;

    DemurrageCodec(Features features) {
      super(Demurrage.class);
      this.features = features;
    }

    @Override
    public void write(Demurrage value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeNumberProperty("idleMonths", value.idleMonths());
      out.writeNumberProperty("percent", value.percent());
      out.writeEndObject();
    }

    @Override
    public Demurrage read(JsonParser in) {
      Read.startObject(in, "a demurrage");
      Integer idleMonths = null;
      Integer percent = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "idleMonths" -> idleMonths = Read.intValue(in);
          case "percent" -> percent = Read.intValue(in);
          default -> Read.unknown(in, features);
        }
      }
      int idle = Read.required(in, idleMonths, "idleMonths");
      int share = Read.required(in, percent, "percent");
      return Read.build(in, () -> Demurrage.of(idle, share), FIELDS);
    }
  }

  private static final class FloorGrowthCodec extends Codec<FloorGrowth> {
    private static final Set<String> FIELDS = Set.of("minutesPerHourGiven", "lowestFloor");
    private final Features features;

    FloorGrowthCodec(Features features) {
      super(FloorGrowth.class);
      this.features = features;
    }

    @Override
    public void write(FloorGrowth value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeNumberProperty("minutesPerHourGiven", value.minutesPerHourGiven());
      Write.minutes(out, features, "lowestFloor", value.lowestFloor());
      out.writeEndObject();
    }

    @Override
    public FloorGrowth read(JsonParser in) {
      Read.startObject(in, "a dynamic floor");
      Long perHour = null;
      Long lowestFloor = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "minutesPerHourGiven" -> perHour = Read.longValue(in);
          case "lowestFloor" -> lowestFloor = Read.minutes(in);
          default -> Read.unknown(in, features);
        }
      }
      long rate = Read.required(in, perHour, "minutesPerHourGiven");
      long lowest = Read.required(in, lowestFloor, "lowestFloor");
      return Read.build(in, () -> FloorGrowth.of(rate, lowest), FIELDS);
    }
  }

  /**
   * Every field written, in the order of the schema, after the {@code "type": "simulation-settings"} header of a
   * root document; soft limits only when they differ from the hard ones, absent demurrage and dynamic floor left
   * out. Reading takes the default for an absent field, and accepts the {@code "$schema"} and
   * {@code "type": "simulation-settings"} header of a settings file ({@link Read#header}).
   */
  private static final class SettingsCodec extends Codec<SimulationSettings> {
    private static final Set<String> FIELDS = Set.of("members", "months", "seed", "needsPerMemberPerMonth",
        "categoryWeights", "skillsPerMember", "durationWeights", "limits", "floorGrowth", "demurrage",
        "joinRatePerMonth", "leaveRatePerMonth", "matching", "candidates", "confirmationDelayDays");
    private final Features features;
    private final Codec<Limits> limits;
    private final Codec<Demurrage> demurrage;
    private final Codec<FloorGrowth> floorGrowth;

    SettingsCodec(Features features, Codec<Limits> limits, Codec<Demurrage> demurrage,
        Codec<FloorGrowth> floorGrowth) {
      super(SimulationSettings.class);
      this.features = features;
      this.limits = limits;
      this.demurrage = demurrage;
      this.floorGrowth = floorGrowth;
    }

    @Override
    public void write(SimulationSettings value, JsonGenerator out) {
      Write.startDocument(out, value, "simulation-settings");
      out.writeNumberProperty("members", value.members());
      out.writeNumberProperty("months", value.months());
      out.writeNumberProperty("seed", value.seed());
      out.writeNumberProperty("needsPerMemberPerMonth", value.needsPerMemberPerMonth());
      out.writeName("categoryWeights");
      out.writeStartObject();
      for (Map.Entry<Category, Integer> weight : value.categoryWeights().entrySet()) {
        out.writeNumberProperty(weight.getKey().code(), weight.getValue());
      }
      out.writeEndObject();
      out.writeNumberProperty("skillsPerMember", value.skillsPerMember());
      out.writeName("durationWeights");
      out.writeStartObject();
      for (Map.Entry<Long, Integer> weight : value.durationWeights().entrySet()) {
        out.writeNumberProperty(Long.toString(weight.getKey()), weight.getValue());
      }
      out.writeEndObject();
      Limits hard = value.limits();
      out.writeName("limits");
      out.writeStartObject();
      Write.minutes(out, features, "floor", hard.floor());
      Write.minutes(out, features, "ceiling", hard.ceiling());
      if (hard.softFloor() != hard.floor()) {
        Write.minutes(out, features, "softFloor", hard.softFloor());
      }
      if (hard.softCeiling() != hard.ceiling()) {
        Write.minutes(out, features, "softCeiling", hard.softCeiling());
      }
      out.writeEndObject();
      if (value.floorGrowth().isPresent()) {
        out.writeName("floorGrowth");
        floorGrowth.write(value.floorGrowth().get(), out);
      }
      if (value.demurrage().isPresent()) {
        out.writeName("demurrage");
        demurrage.write(value.demurrage().get(), out);
      }
      out.writeNumberProperty("joinRatePerMonth", value.joinRatePerMonth());
      out.writeNumberProperty("leaveRatePerMonth", value.leaveRatePerMonth());
      out.writeStringProperty("matching", MATCHING.name(value.matching()));
      out.writeNumberProperty("candidates", value.candidates());
      out.writeNumberProperty("confirmationDelayDays", value.confirmationDelayDays());
      out.writeEndObject();
    }

    @Override
    public SimulationSettings read(JsonParser in) {
      Read.startObject(in, "simulation settings");
      SimulationSettings.Builder builder = SimulationSettings.builder();
      String name;
      while ((name = Read.field(in)) != null) {
        if (Read.header(in, name, "simulation-settings")) {
          continue;
        }
        switch (name) {
          case "members" -> builder.members(Read.intValue(in));
          case "months" -> builder.months(Read.intValue(in));
          case "seed" -> builder.seed(Read.longValue(in));
          case "needsPerMemberPerMonth" -> builder.needsPerMemberPerMonth(Read.doubleValue(in));
          case "categoryWeights" -> builder.categoryWeights(categoryWeights(in));
          case "skillsPerMember" -> builder.skillsPerMember(Read.intValue(in));
          case "durationWeights" -> builder.durationWeights(durationWeights(in));
          case "limits" -> builder.limits(limits.read(in));
          case "floorGrowth" -> {
            if (!Read.isNull(in)) {
              builder.floorGrowth(floorGrowth.read(in));
            }
          }
          case "demurrage" -> {
            if (!Read.isNull(in)) {
              builder.demurrage(demurrage.read(in));
            }
          }
          case "joinRatePerMonth" -> builder.joinRatePerMonth(Read.doubleValue(in));
          case "leaveRatePerMonth" -> builder.leaveRatePerMonth(Read.doubleValue(in));
          case "matching" -> builder.matching(MATCHING.read(in));
          case "candidates" -> builder.candidates(Read.intValue(in));
          case "confirmationDelayDays" -> builder.confirmationDelayDays(Read.intValue(in));
          default -> Read.unknown(in, features);
        }
      }
      return Support.build(in, builder::build, FIELDS);
    }

    private static Map<Category, Integer> categoryWeights(JsonParser in) {
      Read.startObject(in, "weights by category");
      Map<Category, Integer> weights = new LinkedHashMap<>();
      String code;
      while ((code = Read.field(in)) != null) {
        String text = code;
        Category category = Read.build(in, () -> Category.of(text), Set.of());
        weights.put(category, Read.intValue(in));
      }
      return weights;
    }

    private static Map<Long, Integer> durationWeights(JsonParser in) {
      Read.startObject(in, "weights by duration in minutes");
      Map<Long, Integer> weights = new LinkedHashMap<>();
      String minutes;
      while ((minutes = Read.field(in)) != null) {
        long duration;
        try {
          duration = Long.parseLong(minutes);
        } catch (NumberFormatException e) {
          throw Read.error(in, "expected a duration as a whole number of minutes, got \"" + minutes + "\"");
        }
        weights.put(duration, Read.intValue(in));
      }
      return weights;
    }
  }

  /** Every field written; all are required on reading. */
  private static final class MetricsCodec extends Codec<PeriodMetrics> {
    private final Features features;

    MetricsCodec(Features features) {
      super(PeriodMetrics.class);
      this.features = features;
    }

    @Override
    public void write(PeriodMetrics value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeNumberProperty("month", value.month());
      out.writeNumberProperty("members", value.members());
      out.writeNumberProperty("joined", value.joined());
      out.writeNumberProperty("left", value.left());
      out.writeNumberProperty("needs", value.needs());
      out.writeNumberProperty("unmatched", value.unmatched());
      out.writeNumberProperty("attempts", value.attempts());
      out.writeNumberProperty("exchanges", value.exchanges());
      out.writeNumberProperty("blockedByFloor", value.blockedByFloor());
      out.writeNumberProperty("blockedByCeiling", value.blockedByCeiling());
      Write.minutes(out, features, "minutesExchanged", value.minutesExchanged());
      Write.minutes(out, features, "demurrageMinutes", value.demurrageMinutes());
      out.writeNumberProperty("gini", value.gini());
      out.writeNumberProperty("atFloorShare", value.atFloorShare());
      out.writeNumberProperty("atCeilingShare", value.atCeilingShare());
      out.writeNumberProperty("reciprocity", value.reciprocity());
      out.writeNumberProperty("activeShare", value.activeShare());
      out.writeNumberProperty("velocity", value.velocity());
      out.writeEndObject();
    }

    @Override
    public PeriodMetrics read(JsonParser in) {
      Read.startObject(in, "the metrics of a period");
      Map<String, Number> values = new LinkedHashMap<>();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "month", "members", "joined", "left" -> values.put(name, Read.intValue(in));
          case "needs", "unmatched", "attempts", "exchanges", "blockedByFloor", "blockedByCeiling" ->
              values.put(name, Read.longValue(in));
          case "minutesExchanged", "demurrageMinutes" -> values.put(name, Read.minutes(in));
          case "gini", "atFloorShare", "atCeilingShare", "reciprocity", "activeShare", "velocity" ->
              values.put(name, Read.doubleValue(in));
          default -> Read.unknown(in, features);
        }
      }
      PeriodMetrics.Builder builder = PeriodMetrics.builder();
      builder.month(count(in, values, "month").intValue()).members(count(in, values, "members").intValue())
          .joined(count(in, values, "joined").intValue()).left(count(in, values, "left").intValue())
          .needs(count(in, values, "needs").longValue()).unmatched(count(in, values, "unmatched").longValue())
          .attempts(count(in, values, "attempts").longValue()).exchanges(count(in, values, "exchanges").longValue())
          .blockedByFloor(count(in, values, "blockedByFloor").longValue())
          .blockedByCeiling(count(in, values, "blockedByCeiling").longValue())
          .minutesExchanged(count(in, values, "minutesExchanged").longValue())
          .demurrageMinutes(count(in, values, "demurrageMinutes").longValue())
          .gini(count(in, values, "gini").doubleValue())
          .atFloorShare(count(in, values, "atFloorShare").doubleValue())
          .atCeilingShare(count(in, values, "atCeilingShare").doubleValue())
          .reciprocity(count(in, values, "reciprocity").doubleValue())
          .activeShare(count(in, values, "activeShare").doubleValue())
          .velocity(count(in, values, "velocity").doubleValue());
      return Read.build(in, builder::build, Set.of());
    }

    private static Number count(JsonParser in, Map<String, Number> values, String field) {
      return Read.required(in, values.get(field), field);
    }
  }
}
