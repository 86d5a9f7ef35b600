package coop.ess.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.DateRange;
import coop.ess.core.EssNotFoundException;
import coop.ess.core.EssValidationException;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.VenueId;
import coop.ess.core.Violation;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CommunityTest {

  private static final LocalDate JOINED = LocalDate.of(2025, 9, 1);
  private static final OrganisationId GROCERY = OrganisationId.of("grocery");

  private static Member member(String id, LocalDate joined, @Nullable LocalDate left) {
    Member.Builder builder = Member.builder().id(MemberId.of(id)).displayName(id)
        .addStatusHistory(StatusChange.of(joined, MemberStatus.ACTIVE));
    if (left != null) {
      builder.addStatusHistory(StatusChange.of(left, MemberStatus.LEFT));
    }
    return builder.build();
  }

  private static Organisation grocery() {
    return Organisation.builder().id(GROCERY).name("Épicerie gratuite").legalForm(LegalForm.ASSOCIATION_1901)
        .build();
  }

  private static Membership volunteer(String member, DateRange period) {
    return Membership.builder().member(MemberId.of(member)).organisation(GROCERY).role(MemberRole.VOLUNTEER)
        .period(period).build();
  }

  @Test
  void membersOnADayAndMembershipsOfAnOrganisation() {
    Community community = Community.builder()
        .addMembers(member("ana", JOINED, null), member("bo", JOINED, LocalDate.of(2026, 1, 1)))
        .addOrganisations(grocery())
        .addMemberships(volunteer("ana", DateRange.from(JOINED)))
        .addMemberships(volunteer("bo", DateRange.of(JOINED, LocalDate.of(2026, 1, 1))))
        .addMemberships(Membership.builder().member(MemberId.of("ana")).venue(VenueId.of("ess-cargo"))
            .role(MemberRole.HOST).period(DateRange.from(JOINED)).build())
        .build();

    assertThat(community.membersOn(LocalDate.of(2025, 12, 31))).extracting(m -> m.id().value())
        .containsExactly("ana", "bo");
    assertThat(community.membersOn(LocalDate.of(2026, 1, 1))).extracting(m -> m.id().value())
        .containsExactly("ana");
    assertThat(community.membershipsOf(GROCERY, LocalDate.of(2026, 2, 1))).extracting(Membership::member)
        .containsExactly(MemberId.of("ana"));
    assertThat(community.membershipsOf(VenueId.of("ess-cargo"), JOINED)).hasSize(1);
    assertThat(community.membershipsOf(MemberId.of("ana"))).hasSize(2);
    assertThat(community.organisation(GROCERY)).isPresent();
    assertThatThrownBy(() -> community.requireMember(MemberId.of("zoe")))
        .isInstanceOf(EssNotFoundException.class).hasMessage("Unknown member 'zoe' at community");
  }

  @Test
  void aMembershipNeedsExactlyOneTarget() {
    assertThatThrownBy(() -> Membership.builder().member(MemberId.of("ana")).role(MemberRole.HOST)
        .period(DateRange.from(JOINED)).build())
        .isInstanceOf(EssValidationException.class).hasMessageContaining("membership.target");
  }

  @Test
  void referencesOverlapsAndEarlyStartsAreAllReported() {
    assertThatThrownBy(() -> Community.builder()
        .addMembers(member("ana", JOINED, null), member("ana", JOINED, null))
        .addOrganisations(grocery())
        .addMemberships(volunteer("ana", DateRange.from(JOINED.minusDays(1))))
        .addMemberships(volunteer("ana", DateRange.from(JOINED.plusMonths(2))))
        .addMemberships(volunteer("ghost", DateRange.from(JOINED)))
        .build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code, Violation::field)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("community.duplicateMember", "members[1].id"),
                org.assertj.core.groups.Tuple.tuple("membership.beforeJoining", "memberships[0].period"),
                org.assertj.core.groups.Tuple.tuple("membership.overlap", "memberships[1].period"),
                org.assertj.core.groups.Tuple.tuple("community.unknownMember", "memberships[2].member")));
  }
}
