package coop.ess.json;

import coop.ess.json.internal.Adapters;
import coop.ess.json.internal.BookingCodecs;
import coop.ess.json.internal.BookingRecordCodecs;
import coop.ess.json.internal.ClearingCodecs;
import coop.ess.json.internal.CommunityCodecs;
import coop.ess.json.internal.CoreCodecs;
import coop.ess.json.internal.CoreIds;
import coop.ess.json.internal.CountingCodecs;
import coop.ess.json.internal.DirectoryCodecs;
import coop.ess.json.internal.Features;
import coop.ess.json.internal.GovernanceCodecs;
import coop.ess.json.internal.LedgerSnapshotCodecs;
import coop.ess.json.internal.NetworkCodecs;
import coop.ess.json.internal.SimulationCodecs;
import coop.ess.json.internal.TimebankCodecs;
import coop.ess.json.internal.TimebankValueCodecs;
import coop.ess.json.internal.VenueCodecs;
import coop.ess.timebank.AccountOpened;
import coop.ess.timebank.ExchangePosted;
import coop.ess.timebank.ExchangeProposed;
import coop.ess.timebank.ExchangeResolved;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module of the SDK: reads and writes the value types and events of the SDK in the format of
 * {@code docs/json.md}, building every value through its public factory so that its invariants are checked. The
 * other modules carry no Jackson annotation.
 *
 * <p>{@code ServiceLoader} finds it ({@code JsonMapper.builder().findAndAddModules()}), with the default
 * {@link EssJsonFeature features}; register {@code EssJacksonModule.with(...)} explicitly for others. Reading through
 * {@link EssJson} guarantees that every failure is an {@link EssJsonException}; through a bare mapper, a failure of
 * a value of the SDK is an {@code EssJsonException}, possibly wrapped in a Jackson exception when the value is
 * nested in a Java collection.
 *
 * <p>Immutable and thread-safe.
 */
public final class EssJacksonModule extends JacksonModule {

  private final Set<EssJsonFeature> features;

  /** The module with the default features; the constructor {@code ServiceLoader} calls. */
  public EssJacksonModule() {
    this(defaults());
  }

  private EssJacksonModule(Set<EssJsonFeature> features) {
    this.features = Set.copyOf(features);
  }

  /**
   * The module with the default features.
   *
   * @return the module, not null
   */
  public static EssJacksonModule standard() {
    return new EssJacksonModule();
  }

  /**
   * The enabled features by default.
   *
   * @return the features that are on by default, not null, possibly empty
   */
  public static Set<EssJsonFeature> defaults() {
    EnumSet<EssJsonFeature> on = EnumSet.noneOf(EssJsonFeature.class);
    for (EssJsonFeature feature : EssJsonFeature.values()) {
      if (feature.enabledByDefault()) {
        on.add(feature);
      }
    }
    return on;
  }

  /**
   * A module with a feature turned on or off, the others as in this one.
   *
   * @param feature the feature, not null
   * @param enabled whether it is on
   * @return a new module, not null
   */
  public EssJacksonModule with(EssJsonFeature feature, boolean enabled) {
    Objects.requireNonNull(feature, "feature");
    EnumSet<EssJsonFeature> set = EnumSet.noneOf(EssJsonFeature.class);
    set.addAll(features);
    if (enabled) {
      set.add(feature);
    } else {
      set.remove(feature);
    }
    return new EssJacksonModule(set);
  }

  /**
   * Whether a feature is on.
   *
   * @param feature the feature, not null
   * @return true if on
   */
  public boolean isEnabled(EssJsonFeature feature) {
    return features.contains(Objects.requireNonNull(feature, "feature"));
  }

  @Override
  public String getModuleName() {
    return "coop.ess.json";
  }

  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "coop.ess", "ess-json");
  }

  /** One registration per mapper, whatever the features: the first module registered wins. */
  @Override
  public Object getRegistrationId() {
    return EssJacksonModule.class.getName();
  }

  @Override
  public void setupModule(SetupContext context) {
    Features configured = Features.of(features);
    TimebankCodecs timebank = new TimebankCodecs(configured);
    VenueCodecs venue = new VenueCodecs(configured);
    CommunityCodecs community = new CommunityCodecs(configured);
    BookingCodecs booking = new BookingCodecs(configured);
    CoreCodecs core = new CoreCodecs(configured);
    Adapters adapters = new Adapters()
        .addKey(CoreIds.MEMBER).addKey(CoreIds.ORGANISATION).addKey(CoreIds.PARTY).add(CoreIds.MEMBER_CATEGORY)
        .addKey(TimebankCodecs.ACCOUNT_ID).addKey(TimebankCodecs.EXCHANGE_ID).addKey(TimebankCodecs.LISTING_ID)
        .add(TimebankCodecs.CATEGORY).add(TimebankCodecs.EXCHANGE_STATUS)
        .add(timebank.limits).add(timebank.leg).add(timebank.account).add(timebank.exchange).add(timebank.event)
        .add(TimebankCodecs.kind(timebank.event, AccountOpened.class))
        .add(TimebankCodecs.kind(timebank.event, ExchangePosted.class))
        .add(TimebankCodecs.kind(timebank.event, ExchangeProposed.class))
        .add(TimebankCodecs.kind(timebank.event, ExchangeResolved.class))
        .addKey(VenueCodecs.VENUE_ID).addKey(VenueCodecs.RESOURCE_ID).add(VenueCodecs.RESOURCE_KIND)
        .add(VenueCodecs.SHARING_MODE).add(VenueCodecs.ACCESSIBILITY)
        .add(venue.geoPoint).add(venue.address).add(venue.resource).add(venue.venue)
        .add(CommunityCodecs.MEMBER_ROLE).add(CommunityCodecs.SIREN).add(CommunityCodecs.SIRET).add(CommunityCodecs.RNA)
        .add(CommunityCodecs.LEGAL_FORM).add(CommunityCodecs.ESS_STATUS).add(CommunityCodecs.MEMBER_STATUS)
        .add(community.contact).add(community.statusChange).add(community.member).add(community.organisation)
        .addKey(BookingCodecs.BOOKING_ID).add(BookingCodecs.BOOKING_STATE).add(booking.interval).add(booking.request)
        .add(BookingCodecs.TIME_WINDOW).add(booking.dateRange).add(booking.weekly)
        .add(booking.openingHours)
        .add(CoreCodecs.SEVERITY).add(core.violation);
    // Booking: what the calendar records and answers (bookings, events, decisions, series), rules and policies.
    BookingRecordCodecs.register(adapters, configured, booking, core);
    // The rest of the core (directory, community, network) and of the time bank (listings, results, statistics,
    // clearing, simulation).
    new DirectoryCodecs(configured, venue.address).register(adapters);
    new NetworkCodecs(configured, community, booking.dateRange, venue.venue).register(adapters);
    new TimebankValueCodecs(configured, timebank, venue.geoPoint, core.violation).register(adapters);
    ClearingCodecs clearing = new ClearingCodecs(configured);
    clearing.register(adapters);
    context.addDeserializers(clearing.generic());
    new SimulationCodecs(configured, timebank.limits).register(adapters);
    // The time-bank ledger's snapshot (LedgerJournal keeps it beside the journal file).
    new LedgerSnapshotCodecs(configured, timebank).register(adapters);
    // Governance and counting (coop.ess.core.governance and .counting).
    GovernanceCodecs governance = new GovernanceCodecs(configured, core.violation);
    CountingCodecs counting = new CountingCodecs(configured);
    adapters.addKey(GovernanceCodecs.PROPOSAL_ID).addKey(GovernanceCodecs.COLLEGE_ID).add(GovernanceCodecs.OBJECTION_ID)
        .add(GovernanceCodecs.PROPOSAL_STATE).add(GovernanceCodecs.BOUNDARY).add(GovernanceCodecs.TREATMENT)
        .add(GovernanceCodecs.ATTENDANCE).add(GovernanceCodecs.VOTE_CHOICE).add(GovernanceCodecs.OUTCOME)
        .add(GovernanceCodecs.THRESHOLD_BASE).add(GovernanceCodecs.QUORUM_BASE)
        .add(GovernanceCodecs.QUORUM_CORRESPONDENCE).add(GovernanceCodecs.READING)
        .add(GovernanceCodecs.EMPTY_COLLEGE).add(GovernanceCodecs.EVENT_KIND).add(GovernanceCodecs.CONSENT_STATE)
        .add(GovernanceCodecs.ELECTION_PHASE).add(governance.threshold).add(governance.quorum)
        .add(governance.resolutionType).add(governance.proposal).add(governance.college).add(governance.statute)
        .add(governance.electorate).add(governance.tally).add(governance.turnout).add(governance.motionResult)
        .add(governance.event).add(governance.receipt).add(governance.objection).add(governance.nomination)
        .add(governance.assemblyRecord)
        .add(CountingCodecs.METHOD).add(CountingCodecs.RATIONAL).add(counting.ballot).add(counting.project)
        .add(counting.election).add(counting.round).add(counting.tieBreak).add(counting.result);
    context.addSerializers(adapters.serializers());
    context.addDeserializers(adapters.deserializers());
    context.addKeySerializers(adapters.keySerializers());
    context.addKeyDeserializers(adapters.keyDeserializers());
  }

  @Override
  public String toString() {
    EnumSet<EssJsonFeature> sorted = EnumSet.noneOf(EssJsonFeature.class);
    sorted.addAll(features);
    return "EssJacksonModule" + sorted;
  }
}
