package coop.ess.core.community;

import coop.ess.core.MemberId;
import coop.ess.core.internal.Checks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A person who belongs to the community of a venue: a student, a member of staff, a resident, a project carrier.
 *
 * <p>A member has {@link #categories() categories} (the terms on which they use the venue), {@link #roles() roles}
 * (what they do there), optional {@link #contact() contact details} (personal data), and a
 * {@link #statusHistory() status history} that answers "was this person a member on day D?". The history starts
 * with joining ({@link MemberStatus#ACTIVE}), its dates strictly increase, and a member who left can only come back
 * as active. Example:
 *
 * <pre>{@code
 * Member camille = Member.builder()
 *     .id(MemberId.of("camille")).displayName("Camille")
 *     .addCategories(MemberCategory.STUDENT).addRoles(MemberRole.VOLUNTEER)
 *     .addStatusHistory(StatusChange.of(LocalDate.of(2025, 9, 15), MemberStatus.ACTIVE))
 *     .build();
 * camille.isMemberOn(LocalDate.of(2026, 1, 10)); // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Member {

  Member() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The identifier.
   *
   * @return the identifier, not null
   */
  public abstract MemberId id();

  /**
   * The name shown to others: a first name, a pseudonym.
   *
   * @return the name, not null, not blank
   */
  public abstract String displayName();

  /**
   * The categories of this member.
   *
   * @return the categories, sorted, not null
   */
  @Value.NaturalOrder
  public abstract SortedSet<MemberCategory> categories();

  /**
   * The roles this member plays at the venue.
   *
   * @return the roles, sorted, not null
   */
  @Value.NaturalOrder
  public abstract SortedSet<MemberRole> roles();

  /**
   * How to reach this person: personal data.
   *
   * @return the contact details, possibly empty
   */
  @PersonalData
  public abstract Optional<ContactDetails> contact();

  /**
   * The status changes, oldest first; the first is the day the member joined.
   *
   * @return the history, not empty
   */
  public abstract List<StatusChange> statusHistory();

  /**
   * The day this member first joined.
   *
   * @return the date of the first status change, not null
   */
  public final LocalDate joinedOn() {
    return statusHistory().get(0).date();
  }

  /**
   * The status change in force on a given day: the last one on or before that day.
   *
   * @param day the day, not null
   * @return the change, or empty before the member joined
   */
  public final Optional<StatusChange> statusChangeOn(LocalDate day) {
    StatusChange current = null;
    for (StatusChange change : statusHistory()) {
      if (change.date().isAfter(day)) {
        break;
      }
      current = change;
    }
    return Optional.ofNullable(current);
  }

  /**
   * The status on a given day.
   *
   * @param day the day, not null
   * @return the status that held on that day, or empty before the member joined
   */
  public final Optional<MemberStatus> statusOn(LocalDate day) {
    return statusChangeOn(day).map(StatusChange::status);
  }

  /**
   * Whether this person was a member (active or suspended) on a given day.
   *
   * @param day the day, not null
   * @return true if a member on that day
   */
  public final boolean isMemberOn(LocalDate day) {
    return statusOn(day).map(MemberStatus::isMember).orElse(false);
  }

  /**
   * Whether this member was active (not suspended, not gone) on a given day.
   *
   * @param day the day, not null
   * @return true if active on that day
   */
  public final boolean isActiveOn(LocalDate day) {
    return statusOn(day).filter(status -> status == MemberStatus.ACTIVE).isPresent();
  }

  /**
   * The status today, as the clock tells it in the given zone.
   *
   * @param clock the clock, not null
   * @param zone the zone in which "today" is reckoned (usually the venue's), not null
   * @return the current status, or empty if the member has not joined yet
   */
  public final Optional<MemberStatus> currentStatus(Clock clock, ZoneId zone) {
    return statusOn(LocalDate.now(clock.withZone(zone)));
  }

  /**
   * This member with one more status change at the end of the history.
   *
   * @param change the change, after the last one, not null
   * @return a new member, not null
   * @throws coop.ess.core.EssValidationException if the change does not follow the history
   */
  public final Member withStatusChange(StatusChange change) {
    return builder().from(this).addStatusHistory(change).build();
  }

  /**
   * Whether this member belongs to a category.
   *
   * @param category the category, not null
   * @return true if it is among {@link #categories()}
   */
  public final boolean hasCategory(MemberCategory category) {
    return categories().contains(category);
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of("Member " + id());
    checks.text("displayName", displayName(), 200);
    List<StatusChange> history = statusHistory();
    if (checks.check(!history.isEmpty(), "member.noHistory", "statusHistory")) {
      StatusChange first = history.get(0);
      checks.check(first.status() == MemberStatus.ACTIVE, "member.firstStatus", "statusHistory[0].status",
          "status", first.status(), "date", first.date());
      for (int i = 1; i < history.size(); i++) {
        StatusChange before = history.get(i - 1);
        StatusChange change = history.get(i);
        String path = "statusHistory[" + i + "]";
        checks.check(change.date().isAfter(before.date()), "member.statusOrder", path + ".date",
            "status", change.status(), "date", change.date(), "previousStatus", before.status(),
            "previousDate", before.date());
        checks.check(change.status() != before.status(), "member.statusUnchanged", path + ".status",
            "status", change.status(), "date", change.date());
        checks.check(!(before.status() == MemberStatus.LEFT && change.status() == MemberStatus.SUSPENDED),
            "member.suspendedAfterLeaving", path + ".status", "date", change.date());
      }
    }
    checks.throwIfInvalid();
  }

  /** Builds a {@link Member}; not thread-safe. */
  public static final class Builder extends ImmutableMember.Builder {
    Builder() {}
  }
}
