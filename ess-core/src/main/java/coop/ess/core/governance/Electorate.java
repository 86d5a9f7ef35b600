package coop.ess.core.governance;

import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.VenueId;
import coop.ess.core.community.Community;
import coop.ess.core.community.Member;
import coop.ess.core.community.Membership;
import coop.ess.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * Who may vote: the members entitled on a reference date (<i>date d'arrêté de la liste électorale</i>) and, in a
 * SCIC, the college of each.
 *
 * <p>Derive it from a {@link Community}: {@link #ofOrganisation members of an organisation} or
 * {@link #ofVenue of a venue} whose membership holds on the date and who are active on that date (a suspended member
 * does not vote). Presence and proxies are not part of the electorate: the {@link BallotBox} records them apart.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Electorate {

  Electorate() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The members of an organisation entitled to vote on a day: an active membership with the organisation and an
   * active member status on that day.
   *
   * @param community the community, not null
   * @param organisation the organisation, not null
   * @param referenceDate the day the list is drawn up, not null
   * @return the electorate, without colleges, not null
   */
  public static Electorate ofOrganisation(Community community, OrganisationId organisation, LocalDate referenceDate) {
    return from(community, community.membershipsOf(organisation, referenceDate), referenceDate);
  }

  /**
   * The members of a venue entitled to vote on a day: an active membership with the venue and an active member
   * status on that day.
   *
   * @param community the community, not null
   * @param venue the venue, not null
   * @param referenceDate the day the list is drawn up, not null
   * @return the electorate, without colleges, not null
   */
  public static Electorate ofVenue(Community community, VenueId venue, LocalDate referenceDate) {
    return from(community, community.membershipsOf(venue, referenceDate), referenceDate);
  }

  /**
   * Every active member of a community on a day.
   *
   * @param community the community, not null
   * @param referenceDate the day, not null
   * @return the electorate, without colleges, not null
   */
  public static Electorate ofCommunity(Community community, LocalDate referenceDate) {
    return builder().referenceDate(referenceDate)
        .addAllVoters(community.members().stream().filter(m -> m.isActiveOn(referenceDate)).map(Member::id).toList())
        .build();
  }

  private static Electorate from(Community community, List<Membership> memberships, LocalDate referenceDate) {
    SortedSet<MemberId> voters = new TreeSet<>();
    for (Membership membership : memberships) {
      community.member(membership.member()).filter(m -> m.isActiveOn(referenceDate))
          .ifPresent(m -> voters.add(m.id()));
    }
    return builder().referenceDate(referenceDate).addAllVoters(voters).build();
  }

  /**
   * The day the list was drawn up.
   *
   * @return the date, not null
   */
  public abstract LocalDate referenceDate();

  /**
   * The voters, sorted.
   *
   * @return the voters, not null, possibly empty
   */
  @Value.NaturalOrder
  public abstract SortedSet<MemberId> voters();

  /**
   * The college of each voter; empty when the assembly has no colleges, otherwise every voter has one.
   *
   * @return the colleges by voter, not null, possibly empty
   */
  public abstract Map<MemberId, CollegeId> colleges();

  /**
   * This electorate with each voter placed in a college.
   *
   * @param colleges the college of every voter, not null
   * @return a new electorate, not null
   * @throws coop.ess.core.EssValidationException if a voter has no college or a non-voter has one
   */
  public final Electorate placedInColleges(Map<MemberId, CollegeId> colleges) {
    return builder().from(this).colleges(colleges).build();
  }

  /**
   * Whether a member may vote.
   *
   * @param member the member, not null
   * @return true if in the electorate
   */
  public final boolean contains(MemberId member) {
    return voters().contains(member);
  }

  /**
   * The number of voters.
   *
   * @return 0 or more
   */
  public final int size() {
    return voters().size();
  }

  /**
   * The college of a voter.
   *
   * @param member the voter, not null
   * @return the college, or empty without colleges or for a non-voter
   */
  public final Optional<CollegeId> collegeOf(MemberId member) {
    return Optional.ofNullable(colleges().get(member));
  }

  /**
   * The voters of one college.
   *
   * @param college the college, not null
   * @return its voters, sorted, not null
   */
  public final SortedSet<MemberId> votersOf(CollegeId college) {
    SortedSet<MemberId> members = new TreeSet<>();
    colleges().forEach((member, c) -> {
      if (c.equals(college)) {
        members.add(member);
      }
    });
    return members;
  }

  @Value.Check
  final void check() {
    if (colleges().isEmpty()) {
      return;
    }
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "Electorate");
    for (MemberId member : new TreeSet<>(colleges().keySet())) {
      checks.check(voters().contains(member), "electorate.collegeOfNonVoter", "colleges." + member,
          "member", member);
    }
    for (MemberId voter : voters()) {
      checks.check(colleges().containsKey(voter), "electorate.voterWithoutCollege", "colleges." + voter,
          "member", voter);
    }
    checks.throwIfInvalid();
  }

  /** Builds an {@link Electorate}; not thread-safe. */
  public static final class Builder extends ImmutableElectorate.Builder {
    Builder() {}
  }
}
