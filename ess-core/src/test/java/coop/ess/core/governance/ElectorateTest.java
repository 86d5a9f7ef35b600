package coop.ess.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.DateRange;
import coop.ess.core.EssValidationException;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.VenueId;
import coop.ess.core.Violation;
import coop.ess.core.community.Community;
import coop.ess.core.community.LegalForm;
import coop.ess.core.community.Member;
import coop.ess.core.community.MemberRole;
import coop.ess.core.community.MemberStatus;
import coop.ess.core.community.Membership;
import coop.ess.core.community.Organisation;
import coop.ess.core.community.StatusChange;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ElectorateTest {

  private static final LocalDate JOINED = LocalDate.of(2025, 9, 1);
  private static final LocalDate AG_LIST = LocalDate.of(2026, 2, 15);
  private static final OrganisationId COOP = OrganisationId.of("scic-resto");
  private static final VenueId VENUE = VenueId.of("ess-cargo");

  private static Member member(String id, StatusChange... later) {
    return Member.builder().id(MemberId.of(id)).displayName(id)
        .addStatusHistory(StatusChange.of(JOINED, MemberStatus.ACTIVE)).addStatusHistory(later).build();
  }

  private static Membership of(String member, DateRange period) {
    return Membership.builder().member(MemberId.of(member)).organisation(COOP).role(MemberRole.VOLUNTEER)
        .period(period).build();
  }

  private static Community community() {
    return Community.builder()
        .addMembers(member("ana"), member("bo"), member("cyd", StatusChange.of(LocalDate.of(2026, 1, 10),
            MemberStatus.SUSPENDED)), member("dan"), member("eve"))
        .addOrganisations(Organisation.builder().id(COOP).name("Le Resto").legalForm(LegalForm.SCIC).build())
        .addMemberships(of("ana", DateRange.from(JOINED)), of("bo", DateRange.of(JOINED, LocalDate.of(2026, 2, 1))),
            of("cyd", DateRange.from(JOINED)), of("dan", DateRange.from(LocalDate.of(2026, 3, 1))))
        .addMemberships(Membership.builder().member(MemberId.of("eve")).venue(VENUE).role(MemberRole.HOST)
            .period(DateRange.from(JOINED)).build())
        .build();
  }

  @Test
  void theElectorateOfAnOrganisationHoldsItsActiveMembersOnTheReferenceDate() {
    Electorate electorate = Electorate.ofOrganisation(community(), COOP, AG_LIST);

    // bo left the co-op before the date, cyd is suspended, dan joins after it.
    assertThat(electorate.voters()).containsExactly(MemberId.of("ana"));
    assertThat(electorate.referenceDate()).isEqualTo(AG_LIST);
  }

  @Test
  void theReferenceDateDecides() {
    assertThat(Electorate.ofOrganisation(community(), COOP, LocalDate.of(2026, 1, 5)).voters())
        .containsExactly(MemberId.of("ana"), MemberId.of("bo"), MemberId.of("cyd"));
  }

  @Test
  void theElectorateOfAVenueHoldsItsMembers() {
    assertThat(Electorate.ofVenue(community(), VENUE, AG_LIST).voters()).containsExactly(MemberId.of("eve"));
    assertThat(Electorate.ofCommunity(community(), AG_LIST).size()).isEqualTo(4);
  }

  @Test
  void everyVoterMustBeInACollegeOnceCollegesAreUsed() {
    Electorate electorate = Electorate.builder().referenceDate(AG_LIST)
        .addVoters(MemberId.of("ana"), MemberId.of("bo")).build();

    assertThatThrownBy(() -> electorate.placedInColleges(Map.of(MemberId.of("ana"), CollegeId.of("salaries"),
        MemberId.of("zoe"), CollegeId.of("usagers"))))
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code, Violation::field)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("electorate.collegeOfNonVoter", "colleges.zoe"),
                org.assertj.core.groups.Tuple.tuple("electorate.voterWithoutCollege", "colleges.bo")));
  }

  @Test
  void votersOfACollegeAreListed() {
    Electorate electorate = Electorate.builder().referenceDate(AG_LIST)
        .addVoters(MemberId.of("ana"), MemberId.of("bo")).build()
        .placedInColleges(Map.of(MemberId.of("ana"), CollegeId.of("a"), MemberId.of("bo"), CollegeId.of("b")));

    assertThat(electorate.votersOf(CollegeId.of("b"))).containsExactly(MemberId.of("bo"));
    assertThat(electorate.collegeOf(MemberId.of("ana"))).contains(CollegeId.of("a"));
  }
}
