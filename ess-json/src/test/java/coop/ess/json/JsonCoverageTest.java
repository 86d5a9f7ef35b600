package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every public type of the exported packages of {@code coop.ess.core}, {@code coop.ess.booking} and
 * {@code coop.ess.timebank} is in exactly one list: read and written by a codec of the SDK, not data (with the
 * reason), or not yet covered. The types are found from the modules' descriptors (their unqualified exports) and the
 * classes of their jars or class folders, so a new public type fails the test until it is listed.
 */
class JsonCoverageTest {

  private static final JsonMapper MAPPER = EssJson.standard().mapper();

  /** A type of each module whose public types are checked. */
  private static final List<Class<?>> MODULES = List.of(coop.ess.core.Violation.class,
      coop.ess.booking.BookingCalendar.class, coop.ess.timebank.Ledger.class);

  /** Types the mapper reads and writes with a codec of the SDK. */
  private static final List<Class<?>> COVERED = List.of(
      coop.ess.core.CardId.class,
      coop.ess.core.DateRange.class,
      coop.ess.core.MemberId.class,
      coop.ess.core.OrganisationId.class,
      coop.ess.core.PartyId.class,
      coop.ess.core.PartyKind.class,
      coop.ess.core.ResourceId.class,
      coop.ess.core.RouteId.class,
      coop.ess.core.Severity.class,
      coop.ess.core.VenueId.class,
      coop.ess.core.Violation.class,
      coop.ess.core.community.Community.class,
      coop.ess.core.community.ContactDetails.class,
      coop.ess.core.community.EssStatus.class,
      coop.ess.core.community.LegalForm.class,
      coop.ess.core.community.Member.class,
      coop.ess.core.community.MemberCategory.class,
      coop.ess.core.community.MemberRole.class,
      coop.ess.core.community.MemberStatus.class,
      coop.ess.core.community.Membership.class,
      coop.ess.core.community.Organisation.class,
      coop.ess.core.community.Rna.class,
      coop.ess.core.community.Siren.class,
      coop.ess.core.community.Siret.class,
      coop.ess.core.community.StatusChange.class,
      coop.ess.core.directory.AccompanimentStage.class,
      coop.ess.core.directory.Card.class,
      coop.ess.core.directory.CardKind.class,
      coop.ess.core.directory.Directory.class,
      coop.ess.core.directory.DirectoryQuery.class,
      coop.ess.core.directory.ThematicRoute.class,
      coop.ess.core.directory.Theme.class,
      coop.ess.core.governance.AssemblyRecord.class,
      coop.ess.core.governance.Attendance.class,
      coop.ess.core.governance.Boundary.class,
      coop.ess.core.governance.College.class,
      coop.ess.core.governance.CollegeId.class,
      coop.ess.core.governance.CollegeStatute.class,
      coop.ess.core.governance.Electorate.class,
      coop.ess.core.governance.GovernanceEvent.class,
      coop.ess.core.governance.MotionResult.class,
      coop.ess.core.governance.Nomination.class,
      coop.ess.core.governance.Objection.class,
      coop.ess.core.governance.ObjectionId.class,
      coop.ess.core.governance.Outcome.class,
      coop.ess.core.governance.Proposal.class,
      coop.ess.core.governance.ProposalId.class,
      coop.ess.core.governance.ProposalState.class,
      coop.ess.core.governance.Quorum.class,
      coop.ess.core.governance.Receipt.class,
      coop.ess.core.governance.ResolutionType.class,
      coop.ess.core.governance.Tally.class,
      coop.ess.core.governance.Threshold.class,
      coop.ess.core.governance.Treatment.class,
      coop.ess.core.governance.Turnout.class,
      coop.ess.core.governance.VoteChoice.class,
      coop.ess.core.governance.counting.Ballot.class,
      coop.ess.core.governance.counting.CountResult.class,
      coop.ess.core.governance.counting.CountingMethod.class,
      coop.ess.core.governance.counting.Election.class,
      coop.ess.core.governance.counting.Project.class,
      coop.ess.core.governance.counting.Rational.class,
      coop.ess.core.governance.counting.Round.class,
      coop.ess.core.governance.counting.TieBreak.class,
      coop.ess.core.venue.AccessibilityFeature.class,
      coop.ess.core.venue.Address.class,
      coop.ess.core.venue.GeoPoint.class,
      coop.ess.core.venue.Resource.class,
      coop.ess.core.venue.ResourceKind.class,
      coop.ess.core.venue.SharingMode.class,
      coop.ess.core.venue.Venue.class,
      coop.ess.core.venue.VenueNetwork.class,
      coop.ess.booking.AvailabilityQuery.class,
      coop.ess.booking.Booking.class,
      coop.ess.booking.BookingDecision.class,
      coop.ess.booking.BookingEvent.class,
      coop.ess.booking.BookingId.class,
      coop.ess.booking.BookingRequest.class,
      coop.ess.booking.BookingSeries.class,
      coop.ess.booking.BookingState.class,
      // The booking calendar's snapshot (snap-cal).
      coop.ess.booking.CalendarSnapshot.class,
      coop.ess.booking.Displacement.class,
      coop.ess.booking.FreeSlot.class,
      coop.ess.booking.OccurrenceReport.class,
      coop.ess.booking.SeriesDecision.class,
      coop.ess.booking.SeriesId.class,
      coop.ess.booking.SeriesMode.class,
      coop.ess.booking.SeriesRequest.class,
      coop.ess.booking.event.Allocation.class,
      coop.ess.booking.event.AllocationLine.class,
      coop.ess.booking.event.Applicant.class,
      coop.ess.booking.event.Candidate.class,
      coop.ess.booking.event.DiversityRule.class,
      coop.ess.booking.event.Event.class,
      coop.ess.booking.event.EventDecision.class,
      coop.ess.booking.event.EventId.class,
      coop.ess.booking.event.Invitation.class,
      coop.ess.booking.event.InvitationId.class,
      coop.ess.booking.event.ProgrammeDecision.class,
      coop.ess.booking.event.Registration.class,
      coop.ess.booking.event.RegistrationEvent.class,
      coop.ess.booking.event.RegistrationMode.class,
      coop.ess.booking.event.RegistrationState.class,
      coop.ess.booking.event.Session.class,
      coop.ess.booking.rules.Quota.class,
      coop.ess.booking.rules.ResourcePolicy.class,
      coop.ess.booking.time.FrenchHoliday.class,
      coop.ess.booking.time.Interval.class,
      coop.ess.booking.time.OpeningHours.class,
      coop.ess.booking.time.Recurrence.class,
      coop.ess.booking.time.TimeWindow.class,
      coop.ess.booking.time.WeeklyHours.class,
      coop.ess.timebank.Account.class,
      coop.ess.timebank.AccountId.class,
      coop.ess.timebank.AccountOpened.class,
      coop.ess.timebank.Category.class,
      coop.ess.timebank.Exchange.class,
      coop.ess.timebank.ExchangeId.class,
      coop.ess.timebank.ExchangePosted.class,
      coop.ess.timebank.ExchangeProposed.class,
      coop.ess.timebank.ExchangeResolved.class,
      coop.ess.timebank.ExchangeStatus.class,
      coop.ess.timebank.LedgerEvent.class,
      // The ledger's snapshot (branch snap-ledger).
      coop.ess.timebank.LedgerSnapshot.class,
      coop.ess.timebank.Leg.class,
      coop.ess.timebank.LimitPolicy.class,
      coop.ess.timebank.Limits.class,
      coop.ess.timebank.Listing.class,
      coop.ess.timebank.ListingId.class,
      coop.ess.timebank.Match.class,
      coop.ess.timebank.Outcome.class,
      coop.ess.timebank.PostResult.class,
      coop.ess.timebank.StatementLine.class,
      coop.ess.timebank.TimeWindow.class,
      coop.ess.timebank.clearing.ArrayClearingResult.class,
      coop.ess.timebank.clearing.ClearingMethod.class,
      coop.ess.timebank.clearing.ClearingResult.class,
      coop.ess.timebank.clearing.Obligation.class,
      coop.ess.timebank.clearing.ObligationArrays.class,
      coop.ess.timebank.simulation.Decision.class,
      coop.ess.timebank.simulation.Demurrage.class,
      coop.ess.timebank.simulation.FloorGrowth.class,
      coop.ess.timebank.simulation.MatchingPolicy.class,
      coop.ess.timebank.simulation.PeriodMetrics.class,
      coop.ess.timebank.simulation.SimulationSettings.class);

  /** Types that are not data, and why: they need no JSON form. */
  private static final Map<Class<?>, String> NOT_DATA = Map.ofEntries(
      Map.entry(coop.ess.core.EssException.class, "exception: an error, not data"),
      Map.entry(coop.ess.core.EssNotFoundException.class, "exception: an error, not data"),
      Map.entry(coop.ess.core.EssStateException.class, "exception: an error, not data"),
      Map.entry(coop.ess.core.EssValidationException.class, "exception: an error, not data (its violations are covered)"),
      Map.entry(coop.ess.core.Identifier.class, "abstract base of the typed ids, each of which is listed"),
      Map.entry(coop.ess.core.Code.class, "abstract base of the codes (categories, roles, themes), each of which is listed"),
      Map.entry(coop.ess.core.ManualClock.class, "a clock for tests and simulations, not data"),
      Map.entry(coop.ess.core.MessageCatalog.class, "message catalog loaded from resources"),
      Map.entry(coop.ess.core.community.PersonalData.class, "annotation"),
      Map.entry(coop.ess.core.governance.BallotBox.class, "engine: its events are the data"),
      Map.entry(coop.ess.core.governance.ConsentProcess.class, "engine: a process whose steps are governance events"),
      Map.entry(coop.ess.core.governance.ElectionWithoutCandidates.class, "engine: a process whose steps are governance events"),
      Map.entry(coop.ess.core.governance.MotionCount.class, "pure counting functions, not instantiable"),
      Map.entry(coop.ess.booking.BookingCalendar.class, "engine: its events are the data"),
      Map.entry(coop.ess.booking.CalendarJournal.class, "interface of the storage of booking events (the events are covered)"),
      Map.entry(coop.ess.booking.InMemoryCalendarJournal.class, "storage of booking events (the events are covered)"),
      Map.entry(coop.ess.timebank.TransferBatch.class, "reusable mutable buffer of a batch of transfers, not a value"),
      Map.entry(coop.ess.timebank.BatchResult.class, "reusable mutable buffer of a batch's outcomes, not a value"),
      Map.entry(coop.ess.timebank.LedgerStatistics.class, "a view of one ledger's journal answering questions with parameters; save the events"),
      Map.entry(coop.ess.timebank.clearing.FederatedBank.class, "holds a live Ledger; its ledger's events are the data"),
      Map.entry(coop.ess.booking.ICalendarExport.class, "exporter to iCalendar text"),
      Map.entry(coop.ess.booking.event.DiversityAllocator.class, "algorithm"),
      Map.entry(coop.ess.booking.event.EventRegistry.class, "engine: its events are the data"),
      Map.entry(coop.ess.booking.rules.BookingRule.class, "interface of rules (behaviour, not data)"),
      Map.entry(coop.ess.booking.rules.RuleContext.class, "interface: what a rule sees while the calendar decides"),
      Map.entry(coop.ess.booking.rules.Rules.class, "factory of the standard rules, not instantiable"),
      Map.entry(coop.ess.booking.time.OsmOpeningHours.class, "converter to and from the OpenStreetMap syntax, not instantiable"),
      Map.entry(coop.ess.timebank.ExchangeRule.class, "interface of rules (behaviour, not data)"),
      Map.entry(coop.ess.timebank.RuleContext.class, "interface: what a rule sees while the ledger decides"),
      Map.entry(coop.ess.timebank.InMemoryJournal.class, "storage of ledger events (the events are covered)"),
      Map.entry(coop.ess.timebank.Journal.class, "interface of the storage of ledger events (the events are covered)"),
      Map.entry(coop.ess.timebank.Ledger.class, "engine: its events are the data"),
      Map.entry(coop.ess.timebank.Matcher.class, "engine: its matches are the data"),
      Map.entry(coop.ess.timebank.Minutes.class, "conversions of minutes held in a long, not instantiable"),
      Map.entry(coop.ess.timebank.TimebankViolations.class, "message catalog of the time bank"),
      Map.entry(coop.ess.timebank.clearing.Clearing.class, "algorithm"),
      Map.entry(coop.ess.timebank.clearing.Federation.class, "algorithm over ledgers"),
      Map.entry(coop.ess.timebank.simulation.Simulation.class, "engine: its settings and metrics are the data"),
      Map.entry(coop.ess.timebank.simulation.SimulationObserver.class, "callback interface"));

  /**
   * NOT YET COVERED: value types and events that have no codec yet. Move a type to {@link #COVERED} when its codec
   * is registered in {@link EssJacksonModule}: the test fails while it stays here.
   */
  private static final List<Class<?>> NOT_YET_COVERED = List.of();

  /** Every public top-level type of the unqualified exports of the module whose classes hold {@code member}. */
  static Set<Class<?>> publicTypes(Class<?> member) {
    Path location;
    try {
      location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    ModuleReference module = ModuleFinder.of(location).findAll().stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("no module at " + location));
    Set<String> exported = module.descriptor().exports().stream().filter(export -> !export.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    Set<Class<?>> types = new LinkedHashSet<>();
    try (ModuleReader reader = module.open(); Stream<String> names = reader.list()) {
      for (String name : names.sorted().toList()) {
        int slash = name.lastIndexOf('/');
        if (!name.endsWith(".class") || slash < 0 || name.indexOf('$') >= 0 || name.endsWith("-info.class")
            || !exported.contains(name.substring(0, slash).replace('/', '.'))) {
          continue;
        }
        Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false,
            member.getClassLoader());
        if (Modifier.isPublic(type.getModifiers())) {
          types.add(type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return types;
  }

  /**
   * Whether the mapper writes and reads a type with a codec of the SDK, rather than with Jackson's own bean or enum
   * handling.
   */
  static boolean hasCodec(Class<?> type) {
    try {
      Object serializer = MAPPER._serializationContext().findValueSerializer(type);
      Object deserializer = MAPPER._deserializationContext().findRootValueDeserializer(MAPPER.constructType(type));
      return ours(serializer) && ours(deserializer);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean ours(Object handler) {
    return handler.getClass().getName().startsWith("coop.ess.json.");
  }

  private static Set<Class<?>> allPublicTypes() {
    Set<Class<?>> all = new LinkedHashSet<>();
    MODULES.forEach(member -> all.addAll(publicTypes(member)));
    return all;
  }

  @Test
  void theScanFindsTheExportedTypesOfEachModuleAndNothingElse() {
    Set<Class<?>> all = allPublicTypes();

    assertThat(all).contains(coop.ess.core.venue.Venue.class, coop.ess.booking.event.Event.class,
        coop.ess.timebank.clearing.Obligation.class, coop.ess.core.governance.counting.Ballot.class);
    assertThat(all).allSatisfy(type -> {
      assertThat(type.getPackageName()).doesNotContain("internal");
      assertThat(type.getSimpleName()).doesNotStartWith("Immutable");
      assertThat(type.isMemberClass()).isFalse();
    });
  }

  @Test
  void everyPublicTypeIsInExactlyOneList() {
    List<Class<?>> listed = new ArrayList<>(COVERED);
    listed.addAll(NOT_DATA.keySet());
    listed.addAll(NOT_YET_COVERED);
    Set<Class<?>> all = allPublicTypes();

    assertThat(listed).as("types listed twice").doesNotHaveDuplicates();
    assertThat(all).as("public types in no list: add each to COVERED, NOT_DATA (with a reason) or NOT_YET_COVERED")
        .isSubsetOf(listed);
    assertThat(listed).as("listed types that are not public types of an exported package").isSubsetOf(all);
  }

  @Test
  void everyCoveredTypeHasACodec() {
    assertThat(COVERED.stream().filter(type -> !hasCodec(type)).toList()).as("covered types without a codec")
        .isEmpty();
  }

  @Test
  void noTypeNotYetCoveredHasACodec() {
    assertThat(NOT_YET_COVERED.stream().filter(JsonCoverageTest::hasCodec).toList())
        .as("types with a codec still listed as NOT YET COVERED: move them to COVERED").isEmpty();
  }

  @Test
  void theCheckTellsACodecFromJacksonsOwnHandling() {
    assertThat(hasCodec(coop.ess.timebank.Exchange.class)).isTrue();
    assertThat(hasCodec(coop.ess.core.Severity.class)).isTrue();
    assertThat(hasCodec(coop.ess.timebank.Ledger.class)).isFalse();
    assertThat(hasCodec(coop.ess.core.ManualClock.class)).isFalse();
    assertThat(hasCodec(String.class)).isFalse();
  }
}
