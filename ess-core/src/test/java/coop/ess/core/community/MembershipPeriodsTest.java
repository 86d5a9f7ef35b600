package coop.ess.core.community;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.DateRange;
import coop.ess.core.EssValidationException;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of membership periods in a {@link Community}. */
class MembershipPeriodsTest {

  private static final LocalDate JOINED = LocalDate.of(2025, 9, 1);
  private static final List<MemberRole> ROLES = List.of(MemberRole.VOLUNTEER, MemberRole.HOST);

  @Property
  void aCommunityIsRefusedExactlyWhenTwoMembershipsOfOneSlotShareADay(
      @ForAll("memberships") List<Membership> memberships) {
    boolean clash = false;
    for (int i = 0; i < memberships.size(); i++) {
      for (int j = 0; j < i; j++) {
        clash |= sameSlot(memberships.get(i), memberships.get(j))
            && shareADay(memberships.get(i).period(), memberships.get(j).period());
      }
    }
    Optional<EssValidationException> refusal = build(memberships);
    assertThat(refusal.isPresent()).isEqualTo(clash);
    refusal.ifPresent(e -> assertThat(e.violations()).extracting(Violation::code).containsOnly("membership.overlap"));
  }

  @Property
  void aMembershipHoldsOnADayExactlyWhenItsPeriodContainsIt(
      @ForAll("memberships") List<Membership> memberships, @ForAll @IntRange(min = 0, max = 120) int offset) {
    Optional<EssValidationException> refusal = build(memberships);
    if (refusal.isEmpty()) {
      Community community = community(memberships);
      LocalDate day = JOINED.plusDays(offset);
      for (MemberRole role : ROLES) {
        long expected = memberships.stream()
            .filter(m -> m.role().equals(role) && m.period().contains(day)).count();
        long found = community.membershipsOf(OrganisationId.of("grocery"), day).stream()
            .filter(m -> m.role().equals(role)).count();
        assertThat(found).isEqualTo(expected);
      }
    }
  }

  private static boolean sameSlot(Membership a, Membership b) {
    return a.member().equals(b.member()) && a.role().equals(b.role());
  }

  /** Brute force over the days, independent of {@link DateRange#overlaps}. */
  private static boolean shareADay(DateRange a, DateRange b) {
    for (LocalDate day = JOINED; day.isBefore(JOINED.plusDays(200)); day = day.plusDays(1)) {
      if (a.contains(day) && b.contains(day)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<EssValidationException> build(List<Membership> memberships) {
    try {
      community(memberships);
      return Optional.empty();
    } catch (EssValidationException e) {
      return Optional.of(e);
    }
  }

  private static Community community(List<Membership> memberships) {
    return Community.builder()
        .addMembers(Member.builder().id(MemberId.of("ana")).displayName("Ana")
            .addStatusHistory(StatusChange.of(JOINED, MemberStatus.ACTIVE)).build())
        .addOrganisations(Organisation.builder().id(OrganisationId.of("grocery")).name("Grocery")
            .legalForm(LegalForm.ASSOCIATION_1901).build())
        .memberships(memberships)
        .build();
  }

  @Provide
  Arbitrary<List<Membership>> memberships() {
    Arbitrary<Integer> start = Arbitraries.integers().between(0, 90);
    Arbitrary<Optional<Integer>> length = Arbitraries.integers().between(1, 40).optional(0.8);
    Arbitrary<MemberRole> role = Arbitraries.of(ROLES);
    Arbitrary<Membership> membership = Combinators.combine(start, length, role).as((s, l, r) ->
        Membership.builder().member(MemberId.of("ana")).organisation(OrganisationId.of("grocery")).role(r)
            .period(l.map(days -> DateRange.of(JOINED.plusDays(s), JOINED.plusDays(s + days)))
                .orElseGet(() -> DateRange.from(JOINED.plusDays(s))))
            .build());
    return membership.list().ofMaxSize(4).map(ArrayList::new);
  }
}
