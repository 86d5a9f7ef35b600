package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.DateRange;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.PartyKind;
import coop.ess.core.VenueId;
import coop.ess.core.community.Community;
import coop.ess.core.community.Member;
import coop.ess.core.community.MemberRole;
import coop.ess.core.community.MemberStatus;
import coop.ess.core.community.Membership;
import coop.ess.core.community.Organisation;
import coop.ess.core.community.StatusChange;
import coop.ess.core.venue.Venue;
import coop.ess.core.venue.VenueNetwork;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The JSON form of the registries of the core: memberships, communities and networks of venues. */
class NetworkJsonTest {

  private static final EssJson JSON = EssJson.standard();

  static Membership membership() {
    return Membership.builder().member(MemberId.of("camille")).organisation(OrganisationId.of("cargo"))
        .role(MemberRole.VOLUNTEER).period(DateRange.of(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1))).build();
  }

  static Community community() {
    return Community.builder().addMembers(CommunityJsonTest.member()).addOrganisations(CommunityJsonTest.organisation())
        .addMemberships(membership())
        .addMemberships(Membership.builder().member(MemberId.of("camille")).venue(VenueId.of("cargo"))
            .role(MemberRole.of("host")).period(DateRange.from(LocalDate.of(2026, 1, 5))).build())
        .build();
  }

  static VenueNetwork network() {
    Venue other = Venue.builder().from(VenueJsonTest.venue()).id(VenueId.of("annexe")).name("L'annexe")
        .resources(List.of()).build();
    return VenueNetwork.builder().name("Pôle ESS du pays nantais").addVenues(VenueJsonTest.venue(), other).build();
  }

  @Test
  void aMembershipMatchesItsGoldenFile() {
    Golden.check("Membership", membership(), Membership.class);
  }

  @Test
  void aCommunityMatchesItsGoldenFile() {
    Golden.check("Community", community(), Community.class);
  }

  @Test
  void aVenueNetworkMatchesItsGoldenFile() {
    Golden.check("VenueNetwork", network(), VenueNetwork.class);
  }

  @Test
  void aPartyKindIsItsLowerCaseName() {
    assertThat(JSON.write(PartyKind.ORGANISATION)).isEqualTo("\"organisation\"");
    assertThat(JSON.read("\"member\"", PartyKind.class)).isEqualTo(PartyKind.MEMBER);
  }

  @Test
  void anUnknownPartyKindIsRefused() {
    assertThatThrownBy(() -> JSON.read("\"person\"", PartyKind.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.reason()).contains("member, organisation"));
  }

  @Property
  void partyKindsSurviveARoundTrip(@ForAll PartyKind kind) {
    assertThat(JSON.read(JSON.write(kind), PartyKind.class)).isEqualTo(kind);
  }

  @Property
  void membershipsSurviveARoundTrip(@ForAll("communities") Community community) {
    for (Membership membership : community.memberships()) {
      assertThat(JSON.read(JSON.write(membership), Membership.class)).isEqualTo(membership);
    }
  }

  @Test
  void aMembershipWithBothTargetsIsRefusedAtTheOrganisation() {
    String json = JSON.write(membership()).replace("\"organisation\":\"cargo\"",
        "\"organisation\":\"cargo\",\"venue\":\"cargo\"");

    assertThatThrownBy(() -> JSON.read(json, Membership.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/organisation"));
  }

  @Test
  void aMembershipOfAnUnknownMemberIsRefusedAtItsMember() {
    String json = JSON.write(community()).replace("\"member\":\"camille\",\"venue\"", "\"member\":\"yanis\",\"venue\"");

    assertThatThrownBy(() -> JSON.read(json, Community.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> {
          assertThat(e.pointer()).isEqualTo("/memberships/1/member");
          assertThat(e.reason()).contains("yanis");
        });
  }

  @Test
  void aResourceOfTwoVenuesIsRefusedAtTheSecond() {
    Venue twin = Venue.builder().from(VenueJsonTest.venue()).id(VenueId.of("annexe")).build();
    String json = "{\"name\":\"n\",\"venues\":[" + inner(VenueJsonTest.venue()) + "," + inner(twin) + "]}";

    assertThatThrownBy(() -> JSON.read(json, VenueNetwork.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/venues/1/resources/0/id"));
  }

  private static String inner(Venue venue) {
    return JSON.write(venue).replace("{\"schemaVersion\":1,\"type\":\"venue\",", "{");
  }

  @Test
  void aNetworkWithoutNameIsRefused() {
    assertThatThrownBy(() -> JSON.read("{\"venues\":[]}", VenueNetwork.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> assertThat(e.reason()).contains("\"name\""));
  }

  @Property
  void communitiesSurviveARoundTrip(@ForAll("communities") Community community) {
    assertThat(JSON.read(JSON.write(community), Community.class)).isEqualTo(community);
  }

  @Property
  void networksSurviveARoundTrip(@ForAll("networks") VenueNetwork network) {
    assertThat(JSON.read(JSON.write(network), VenueNetwork.class)).isEqualTo(network);
  }

  @Provide
  Arbitrary<VenueNetwork> networks() {
    return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20),
        new VenueJsonTest().venues().list().ofMaxSize(3).uniqueElements(Venue::id))
        .as((name, venues) -> {
          // Keep each resource id in the first venue that has it, as the network requires.
          Set<Object> seen = new HashSet<>();
          List<Venue> distinct = venues.stream().map(venue -> Venue.builder().from(venue)
              .resources(venue.resources().stream().filter(resource -> seen.add(resource.id())).toList()).build())
              .toList();
          return VenueNetwork.builder().name(name).addAllVenues(distinct).build();
        });
  }

  @Provide
  Arbitrary<Community> communities() {
    Arbitrary<Member> members = Combinators.combine(TimebankSamples.ids(), Arbitraries.integers().between(0, 3000))
        .as((id, day) -> Member.builder().id(MemberId.of(id)).displayName(id)
            .addStatusHistory(StatusChange.of(LocalDate.of(2020, 1, 1).plusDays(day), MemberStatus.ACTIVE)).build());
    Arbitrary<Organisation> organisations = new CommunityJsonTest().organisations();
    Arbitrary<Draft> drafts = Combinators.combine(Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(-1, 2), Arbitraries.of("host", "volunteer"),
        Arbitraries.integers().between(0, 400), Arbitraries.integers().between(1, 400).optional()).as(Draft::new);
    return Combinators.combine(members.list().ofMinSize(1).ofMaxSize(4).uniqueElements(Member::id),
        organisations.list().ofMaxSize(3).uniqueElements(Organisation::id), drafts.list().ofMaxSize(5))
        .as((people, bodies, wanted) -> {
          Community.Builder builder = Community.builder().addAllMembers(people).addAllOrganisations(bodies);
          Set<List<Object>> slots = new HashSet<>();
          for (Draft draft : wanted) {
            Member member = people.get(draft.member() % people.size());
            Optional<OrganisationId> organisation = draft.target() >= 0 && draft.target() < bodies.size()
                ? Optional.of(bodies.get(draft.target()).id()) : Optional.empty();
            // One membership per member, target and role, so that none overlaps another.
            if (slots.add(List.of(member.id(), organisation.map(Object.class::cast).orElse("venue"), draft.role()))) {
              LocalDate start = member.joinedOn().plusDays(draft.startAfter());
              builder.addMemberships(Membership.builder().member(member.id()).organisation(organisation)
                  .venue(organisation.isPresent() ? Optional.empty() : Optional.of(VenueId.of("cargo")))
                  .role(MemberRole.of(draft.role()))
                  .period(draft.days().map(days -> DateRange.of(start, start.plusDays(days)))
                      .orElseGet(() -> DateRange.from(start)))
                  .build());
            }
          }
          return builder.build();
        });
  }

  /** A membership to draw: indices into the members and organisations (-1 or too large: the venue). */
  private record Draft(int member, int target, String role, int startAfter, Optional<Integer> days) {}
}
