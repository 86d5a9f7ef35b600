package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.DateRange;
import coop.ess.core.VenueId;
import coop.ess.core.community.Community;
import coop.ess.core.community.EssStatus;
import coop.ess.core.community.LegalForm;
import coop.ess.core.community.Member;
import coop.ess.core.community.MemberRole;
import coop.ess.core.community.MemberStatus;
import coop.ess.core.community.Membership;
import coop.ess.core.community.Organisation;
import coop.ess.core.directory.AccompanimentStage;
import coop.ess.core.directory.CardKind;
import coop.ess.core.directory.Directory;
import coop.ess.core.venue.AccessibilityFeature;
import coop.ess.core.venue.ResourceKind;
import coop.ess.core.venue.SharingMode;
import coop.ess.core.venue.Venue;
import coop.ess.core.venue.VenueNetwork;
import coop.ess.json.internal.Write;
import coop.ess.json.schema.EssSchemas;
import coop.ess.json.schema.SchemaProblem;
import coop.ess.timebank.Limits;
import coop.ess.timebank.simulation.MatchingPolicy;
import coop.ess.timebank.simulation.SimulationSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * One JSON format per document: what {@link EssJson} writes is valid against the document's schema in
 * {@link EssSchemas}, and what the schema accepts (its samples) {@link EssJson} reads.
 */
class EssJsonSchemaTest {

  private static final EssJson JSON = EssJson.standard();
  private static final EssSchemas SCHEMAS = EssSchemas.standard();

  private static List<SchemaProblem> problems(String type, String json) {
    return SCHEMAS.validate(type, EssJsonReader.standard().read(json));
  }

  private static String sample(String type) {
    try (InputStream in = EssJsonSchemaTest.class.getResourceAsStream("/samples/" + type + ".json")) {
      if (in == null) {
        throw new IllegalStateException("no sample for " + type);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property
  void aVenueWrittenByEssJsonIsAValidVenueDocument(@ForAll("venues") Venue venue) {
    assertThat(problems("venue", JSON.write(venue))).isEmpty();
    assertThat(problems("venue", JSON.writePretty(venue))).isEmpty();
  }

  @Property
  void aCommunityWrittenByEssJsonIsAValidCommunityDocument(@ForAll("communities") Community community) {
    assertThat(problems("community", JSON.write(community))).isEmpty();
  }

  @Property
  void aDirectoryWrittenByEssJsonIsAValidDirectoryDocument(@ForAll("directories") Directory directory) {
    assertThat(problems("directory", JSON.write(directory))).isEmpty();
  }

  @Property
  void settingsWrittenByEssJsonAreAValidSettingsDocument(@ForAll("settings") SimulationSettings settings) {
    assertThat(problems("simulation-settings", JSON.write(settings))).isEmpty();
  }

  @Property
  void aWrittenDocumentNamesItsOwnType(@ForAll("venues") Venue venue, @ForAll("directories") Directory directory) {
    assertThat(SCHEMAS.typeOf(JSON.mapper().readTree(JSON.write(venue)))).contains("venue");
    assertThat(SCHEMAS.typeOf(JSON.mapper().readTree(JSON.write(directory)))).contains("directory");
  }

  static Stream<String> valueTypes() {
    return SCHEMAS.types().stream().filter(type -> SCHEMAS.valueType(type).isPresent());
  }

  @Test
  void theModelDocumentsAndTheSimulationSettingsAreValues() {
    assertThat(valueTypes()).containsExactlyInAnyOrder("venue", "community", "directory", "simulation-settings");
    assertThat(SCHEMAS.valueType("community")).contains(Community.class);
    assertThat(SCHEMAS.valueType("book")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("valueTypes")
  void theSampleOfEveryValueTypeReadsWithEssJsonAndWritesBackValid(String type) {
    Class<?> valueType = SCHEMAS.valueType(type).orElseThrow();
    Object value = JSON.read(sample(type), valueType);

    String written = JSON.write(value);
    assertThat(problems(type, written)).isEmpty();
    assertThat(JSON.read(written, valueType)).isEqualTo(value);
    assertThat(SCHEMAS.validateValue(type, EssJsonReader.standard().read(sample(type)))).isEmpty();
  }

  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of("venue", "/$defs/resourceKind/enum", ResourceKind.class),
        Arguments.of("venue", "/$defs/resource/properties/sharing/enum", SharingMode.class),
        Arguments.of("venue", "/$defs/resource/properties/accessibility/items/enum", AccessibilityFeature.class),
        Arguments.of("community", "/$defs/member/properties/statusHistory/items/properties/status/enum",
            MemberStatus.class),
        Arguments.of("community", "/$defs/organisation/properties/legalForm/enum", LegalForm.class),
        Arguments.of("community", "/$defs/organisation/properties/essStatus/enum", EssStatus.class),
        Arguments.of("directory", "/$defs/card/properties/kind/enum", CardKind.class),
        Arguments.of("directory", "/$defs/card/properties/stage/enum", AccompanimentStage.class),
        Arguments.of("simulation-settings", "/properties/matching/enum", MatchingPolicy.class));
  }

  @ParameterizedTest
  @MethodSource("enums")
  void everyEnumOfASchemaListsTheNamesEssJsonWrites(String type, String pointer, Class<? extends Enum<?>> constants) {
    JsonNode listed = EssJsonReader.standard().read(SCHEMAS.schemaText(type)).at(pointer);
    List<String> names = new ArrayList<>();
    listed.values().forEach(value -> names.add(value.stringValue()));

    assertThat(names).containsExactlyElementsOf(
        Stream.of(constants.getEnumConstants()).map(Write::name).toList());
  }

  @Test
  void aDocumentMayNameItsTypeAndItsSchema() {
    String json = "{\"$schema\":\"https://ess.coop/schema/directory.schema.json\",\"type\":\"directory\","
        + "\"schemaVersion\":1,\"cards\":[]}";

    assertThat(JSON.read(json, Directory.class)).isEqualTo(Directory.builder().build());
    assertThat(problems("directory", json)).isEmpty();
  }

  @Test
  void aDocumentOfAnotherTypeIsRefusedAtItsType() {
    assertThatThrownBy(() -> JSON.read("{\"type\":\"venue\",\"members\":[]}", Community.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/type");
          assertThat(e.reason()).isEqualTo("expected the type \"community\", got \"venue\"");
        });
  }

  @Test
  void aTypeThatIsNoStringIsRefusedAtItsType() {
    assertThatThrownBy(() -> JSON.read("{\"type\":1}", Directory.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/type"));
  }

  @Test
  void theHeaderBelongsToTheRootOnly() {
    String venue = JSON.write(VenueJsonTest.venue()).replace("{\"schemaVersion\":1,", "{");
    String json = "{\"name\":\"n\",\"venues\":[" + venue + "]}";

    assertThat(venue).startsWith("{\"type\":\"venue\",");
    assertThatThrownBy(() -> JSON.read(json, VenueNetwork.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/venues/0/type"));
  }

  @Test
  void theWriterPutsTheTypeRightAfterTheSchemaVersion() {
    assertThat(JSON.write(Directory.builder().build()))
        .isEqualTo("{\"schemaVersion\":1,\"type\":\"directory\",\"cards\":[],\"routes\":[]}");
    assertThat(JSON.write(Community.builder().build())).startsWith("{\"schemaVersion\":1,\"type\":\"community\",");
  }

  @Test
  void anEnumInTheOldUpperCaseFormIsRefusedByBothWithTheAllowedValues() {
    String json = "{\"type\":\"directory\",\"cards\":[{\"id\":\"a\",\"kind\":\"ACTOR\",\"name\":\"A\"}]}";

    assertThat(problems("directory", json)).singleElement().satisfies(problem -> {
      assertThat(problem.pointer()).isEqualTo("/cards/0/kind");
      assertThat(problem.reason()).isEqualTo("\"ACTOR\" is not one of actor, project");
    });
    assertThatThrownBy(() -> JSON.read(json, Directory.class)).isInstanceOfSatisfying(EssJsonException.class, e -> {
      assertThat(e.pointer()).isEqualTo("/cards/0/kind");
      assertThat(e.reason()).isEqualTo("unknown value \"ACTOR\", expected one of actor, project");
    });
  }

  @Test
  void aRouteWithoutStopsIsRefusedByBoth() {
    String json = "{\"routes\":[{\"id\":\"r\",\"title\":\"R\"}]}";

    assertThat(problems("directory", json)).extracting(SchemaProblem::pointer).containsExactly("/routes/0/stops");
    assertThatThrownBy(() -> JSON.read(json, Directory.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.reason()).contains("\"stops\""));
  }

  @Test
  void aValueInvariantIsOneProblemAtItsPointerOnceTheSchemaPasses() {
    String json = "{\"type\":\"community\",\"members\":[{\"id\":\"camille\",\"displayName\":\"Camille\","
        + "\"statusHistory\":[{\"date\":\"2025-09-01\",\"status\":\"active\"}]}],"
        + "\"memberships\":[{\"member\":\"yanis\",\"venue\":\"cargo\",\"role\":\"host\","
        + "\"period\":{\"start\":\"2026-01-05\"}}]}";

    assertThat(problems("community", json)).isEmpty();
    assertThat(SCHEMAS.validateValue("community", EssJsonReader.standard().read(json))).singleElement()
        .satisfies(problem -> {
          assertThat(problem.pointer()).isEqualTo("/memberships/0/member");
          assertThat(problem.keyword()).isEqualTo("value");
          assertThat(problem.reason()).contains("yanis");
        });
  }

  @Test
  void aSchemaProblemIsReportedWithoutReadingTheValue() {
    String json = "{\"type\":\"community\",\"members\":[{\"id\":\"camille\"}],"
        + "\"memberships\":[{\"member\":\"yanis\",\"venue\":\"cargo\",\"role\":\"host\","
        + "\"period\":{\"start\":\"2026-01-05\"}}]}";

    assertThat(SCHEMAS.validateValue("community", EssJsonReader.standard().read(json)))
        .extracting(SchemaProblem::pointer)
        .containsExactlyInAnyOrder("/members/0/displayName", "/members/0/statusHistory");
  }

  @Provide
  Arbitrary<Venue> venues() {
    return new VenueJsonTest().venues();
  }

  @Provide
  Arbitrary<Directory> directories() {
    return new DirectoryJsonTest().directories();
  }

  @Provide
  Arbitrary<SimulationSettings> settings() {
    // The schema has no place for soft limits (they change no decision of the simulator): hard limits only.
    return new SimulationJsonTest().allSettings().map(settings -> SimulationSettings.builder().from(settings)
        .limits(Limits.of(settings.limits().floor(), settings.limits().ceiling())).build());
  }

  @Provide
  Arbitrary<Community> communities() {
    CommunityJsonTest parts = new CommunityJsonTest();
    Arbitrary<Draft> drafts = Combinators.combine(Arbitraries.integers().between(0, 9),
        Arbitraries.integers().between(-1, 9), Arbitraries.of("host", "volunteer", "coordinator"),
        Arbitraries.integers().between(0, 800), Arbitraries.integers().between(1, 800).optional())
        .as(Draft::new);
    return Combinators.combine(parts.members().list().ofMaxSize(4).uniqueElements(Member::id),
        parts.organisations().list().ofMaxSize(3).uniqueElements(Organisation::id), drafts.list().ofMaxSize(6))
        .as((members, organisations, wanted) -> {
          Community.Builder community = Community.builder().addAllMembers(members)
              .addAllOrganisations(organisations);
          Set<List<Object>> slots = new HashSet<>();
          for (Draft draft : wanted) {
            if (members.isEmpty()) {
              break;
            }
            Member member = members.get(draft.member() % members.size());
            Membership.Builder membership = Membership.builder().member(member.id())
                .role(MemberRole.of(draft.role()));
            Object target;
            if (draft.organisation() < 0 || organisations.isEmpty()) {
              target = VenueId.of("cargo");
              membership.venue(VenueId.of("cargo"));
            } else {
              target = organisations.get(draft.organisation() % organisations.size()).id();
              membership.organisation(organisations.get(draft.organisation() % organisations.size()).id());
            }
            // One membership per member, target and role: two of them could overlap.
            if (slots.add(List.of(member.id(), target, draft.role()))) {
              LocalDate start = member.joinedOn().plusDays(draft.startAfterJoining());
              membership.period(draft.days().map(days -> DateRange.of(start, start.plusDays(days)))
                  .orElseGet(() -> DateRange.from(start)));
              community.addMemberships(membership.build());
            }
          }
          return community.build();
        });
  }

  /** A membership to draw: the positions of its member and organisation (negative: the venue). */
  private record Draft(int member, int organisation, String role, int startAfterJoining, Optional<Integer> days) {}
}
