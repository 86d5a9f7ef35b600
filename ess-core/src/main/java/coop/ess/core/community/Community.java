package coop.ess.core.community;

import coop.ess.core.EssNotFoundException;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.VenueId;
import coop.ess.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The people and organisations of a venue or network, and the memberships that link them: the registry that
 * answers "who was a member on day D", "who belonged to this organisation then".
 *
 * <p>Identifiers are unique; every membership names a known member and, for organisation memberships, a known
 * organisation; two memberships of one member with the same target and role never overlap; no membership starts
 * before the member joined. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Community {

  Community() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The members, in the order given.
   *
   * @return the members, not null
   */
  public abstract List<Member> members();

  /**
   * The organisations, in the order given.
   *
   * @return the organisations, not null
   */
  public abstract List<Organisation> organisations();

  /**
   * The memberships, in the order given.
   *
   * @return the memberships, not null
   */
  public abstract List<Membership> memberships();

  /**
   * Looks a member up.
   *
   * @param id the member, not null
   * @return the member, or empty if unknown
   */
  public final Optional<Member> member(MemberId id) {
    return Optional.ofNullable(memberIndex().get(id));
  }

  /**
   * Looks up a member that must exist.
   *
   * @param id the member, not null
   * @return the member, not null
   * @throws EssNotFoundException if unknown
   */
  public final Member requireMember(MemberId id) {
    return member(id).orElseThrow(() -> new EssNotFoundException("member", id.value(), "community"));
  }

  /**
   * Looks an organisation up.
   *
   * @param id the organisation, not null
   * @return the organisation, or empty if unknown
   */
  public final Optional<Organisation> organisation(OrganisationId id) {
    return Optional.ofNullable(organisationIndex().get(id));
  }

  /**
   * The members who were members (active or suspended) on a given day.
   *
   * @param day the day, not null
   * @return those members, in the order of {@link #members()}, not null
   */
  public final List<Member> membersOn(LocalDate day) {
    return members().stream().filter(member -> member.isMemberOn(day)).toList();
  }

  /**
   * The memberships of one member.
   *
   * @param member the member, not null
   * @return the memberships, in order, not null
   */
  public final List<Membership> membershipsOf(MemberId member) {
    return memberships().stream().filter(m -> m.member().equals(member)).toList();
  }

  /**
   * The memberships with an organisation that hold on a given day.
   *
   * @param organisation the organisation, not null
   * @param day the day, not null
   * @return the memberships, in order, not null
   */
  public final List<Membership> membershipsOf(OrganisationId organisation, LocalDate day) {
    return memberships().stream()
        .filter(m -> m.organisation().filter(organisation::equals).isPresent() && m.isActiveOn(day))
        .toList();
  }

  /**
   * The memberships with a venue that hold on a given day.
   *
   * @param venue the venue, not null
   * @param day the day, not null
   * @return the memberships, in order, not null
   */
  public final List<Membership> membershipsOf(VenueId venue, LocalDate day) {
    return memberships().stream()
        .filter(m -> m.venue().filter(venue::equals).isPresent() && m.isActiveOn(day))
        .toList();
  }

  @Value.Lazy
  Map<MemberId, Member> memberIndex() {
    Map<MemberId, Member> map = new HashMap<>();
    members().forEach(member -> map.putIfAbsent(member.id(), member));
    return Map.copyOf(map);
  }

  @Value.Lazy
  Map<OrganisationId, Organisation> organisationIndex() {
    Map<OrganisationId, Organisation> map = new HashMap<>();
    organisations().forEach(organisation -> map.putIfAbsent(organisation.id(), organisation));
    return Map.copyOf(map);
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of("Community");
    Map<MemberId, Member> members = new HashMap<>();
    for (int i = 0; i < members().size(); i++) {
      Member member = members().get(i);
      checks.check(members.putIfAbsent(member.id(), member) == null, "community.duplicateMember",
          "members[" + i + "].id", "id", member.id());
    }
    Map<OrganisationId, Integer> organisations = new HashMap<>();
    for (int i = 0; i < organisations().size(); i++) {
      OrganisationId id = organisations().get(i).id();
      checks.check(organisations.putIfAbsent(id, i) == null, "community.duplicateOrganisation",
          "organisations[" + i + "].id", "id", id);
    }
    Map<MemberId, List<Integer>> membershipsByMember = new HashMap<>();
    for (int i = 0; i < memberships().size(); i++) {
      Membership membership = memberships().get(i);
      String path = "memberships[" + i + "]";
      Member member = members.get(membership.member());
      if (checks.check(member != null, "community.unknownMember", path + ".member", "id", membership.member())
          && member != null) {
        checks.check(!membership.period().start().isBefore(member.joinedOn()), "membership.beforeJoining",
            path + ".period", "member", member.id(), "start", membership.period().start(),
            "joined", member.joinedOn());
      }
      membership.organisation().ifPresent(id -> checks.check(organisations.containsKey(id),
          "community.unknownOrganisation", path + ".organisation", "id", id));
      List<Integer> sameMember = membershipsByMember.computeIfAbsent(membership.member(), k -> new ArrayList<>());
      for (int j : sameMember) {
        Membership earlier = memberships().get(j);
        boolean sameSlot = earlier.organisation().equals(membership.organisation())
            && earlier.venue().equals(membership.venue())
            && earlier.role().equals(membership.role());
        checks.check(!(sameSlot && earlier.period().overlaps(membership.period())), "membership.overlap",
            path + ".period", "member", membership.member(), "role", membership.role(),
            "target", membership.target(), "other", "memberships[" + j + "]");
      }
      sameMember.add(i);
    }
    checks.throwIfInvalid();
  }

  /** Builds a {@link Community}; not thread-safe. */
  public static final class Builder extends ImmutableCommunity.Builder {
    Builder() {}
  }
}
