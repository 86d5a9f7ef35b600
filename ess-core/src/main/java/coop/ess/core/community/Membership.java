package coop.ess.core.community;

import coop.ess.core.DateRange;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.VenueId;
import coop.ess.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Links a member to an organisation or to a venue, with a role, over a period: "Camille has been a volunteer of the
 * free grocery since September 2025". Exactly one of {@link #organisation()} and {@link #venue()} is set.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Membership {

  Membership() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Who.
   *
   * @return the member, not null
   */
  public abstract MemberId member();

  /**
   * The organisation the member belongs to, if this membership is with an organisation.
   *
   * @return the organisation, possibly empty
   */
  public abstract Optional<OrganisationId> organisation();

  /**
   * The venue the member belongs to, if this membership is with a venue.
   *
   * @return the venue, possibly empty
   */
  public abstract Optional<VenueId> venue();

  /**
   * The role the member plays there.
   *
   * @return the role, not null
   */
  public abstract MemberRole role();

  /**
   * When.
   *
   * @return the period, not null
   */
  public abstract DateRange period();

  /**
   * Whether the membership holds on a given day.
   *
   * @param day the day, not null
   * @return true if the day is within the period
   */
  public final boolean isActiveOn(LocalDate day) {
    return period().contains(day);
  }

  /**
   * A short description of the target, such as {@code organisation grocery} or {@code venue ess-cargo}.
   *
   * @return the target, not null
   */
  public final String target() {
    return organisation().map(id -> "organisation " + id).orElseGet(() -> "venue " + venue().orElseThrow());
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of("Membership of " + member());
    checks.check(organisation().isPresent() != venue().isPresent(), "membership.target", "organisation");
    checks.throwIfInvalid();
  }

  /** Builds a {@link Membership}; not thread-safe. */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}
  }
}
