package coop.ess.booking.event;

import coop.ess.booking.internal.EventMessages;
import coop.ess.booking.time.Interval;
import coop.ess.core.MemberId;
import coop.ess.core.PartyId;
import coop.ess.core.internal.Checks;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * An event with registration: a programme of {@link Session}s, a number of seats (every participant attends the
 * whole programme, so the seats are at most those of each session) and a {@link RegistrationMode}. Example, a
 * one-day gathering of 35 people by co-optation:
 *
 * <pre>{@code
 * Event gathering = Event.builder()
 *     .id(EventId.of("partager-plus")).title("Partager plus que des m²").organiser(EssCargo.UNIVERSITY)
 *     .addSessions(welcome, workshops, closing)
 *     .seats(35).mode(RegistrationMode.INVITATION).addSeeds(MemberId.of("louis"), MemberId.of("maryam"))
 *     .invitationsPerParticipant(2).offerHold(Duration.ofHours(24))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Event {

  Event() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The identifier, unique within a registry.
   *
   * @return the identifier, not null
   */
  public abstract EventId id();

  /**
   * The title.
   *
   * @return the title, not blank, not null
   */
  public abstract String title();

  /**
   * Who organises the event; the sessions' bookings are made in its name.
   *
   * @return the organiser, a member or an organisation, not null
   */
  public abstract PartyId organiser();

  /**
   * The programme, in the order given.
   *
   * @return the sessions, not empty, not null
   */
  public abstract List<Session> sessions();

  /**
   * How many participants the event admits.
   *
   * @return the seats, at least 1 and at most the seats of every session
   */
  public abstract int seats();

  /**
   * How people get a seat.
   *
   * @return the mode, {@link RegistrationMode#OPEN} by default
   */
  @Value.Default
  public RegistrationMode mode() {
    return RegistrationMode.OPEN;
  }

  /**
   * The participants who may register without an invitation when the mode is {@link RegistrationMode#INVITATION}.
   *
   * @return the seed participants, sorted, possibly empty, not null
   */
  @Value.NaturalOrder
  public abstract SortedSet<MemberId> seeds();

  /**
   * How many people each registered participant may invite (mode {@link RegistrationMode#INVITATION}).
   *
   * @return the cap N, not negative; 0 by default
   */
  @Value.Default
  public int invitationsPerParticipant() {
    return 0;
  }

  /**
   * When registration (or, by diversity priority, application) is open; empty means always, for the open and
   * invitation modes. Required by diversity priority.
   *
   * @return the window, possibly empty
   */
  public abstract Optional<Interval> registrationWindow();

  /**
   * The rule of an allocation by diversity priority; required by that mode.
   *
   * @return the rule, possibly empty
   */
  public abstract Optional<DiversityRule> diversity();

  /**
   * Whether people who find no seat join the waitlist (true by default) or are refused.
   *
   * @return true by default
   */
  @Value.Default
  public boolean waitlist() {
    return true;
  }

  /**
   * How long a freed seat is offered to the first person of the waitlist before it goes to the next; zero (the
   * default) registers that person at once.
   *
   * @return the hold, not negative, not null
   */
  @Value.Default
  public Duration offerHold() {
    return Duration.ZERO;
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(EventMessages.CATALOG, "Event");
    checks.text("title", title(), 200);
    checks.check(!sessions().isEmpty(), "event.noSession", "sessions");
    if (checks.check(seats() >= 1, "event.seatsNotPositive", "seats", "seats", seats())) {
      for (int i = 0; i < sessions().size(); i++) {
        Session session = sessions().get(i);
        checks.check(seats() <= session.seats(), "event.seatsAboveSession", "sessions[" + i + "].seats",
            "seats", seats(), "session", session.title(), "sessionSeats", session.seats());
      }
    }
    checks.check(invitationsPerParticipant() >= 0, "event.invitationsNegative", "invitationsPerParticipant",
        "invitations", invitationsPerParticipant());
    if (mode() == RegistrationMode.INVITATION) {
      checks.check(!seeds().isEmpty(), "event.noSeeds", "seeds");
    }
    if (mode() == RegistrationMode.DIVERSITY) {
      checks.check(registrationWindow().isPresent(), "event.noWindow", "registrationWindow");
      checks.check(diversity().isPresent(), "event.noDiversityRule", "diversity");
    }
    checks.check(!offerHold().isNegative(), "event.offerHoldNegative", "offerHold", "hold", offerHold());
    checks.throwIfInvalid();
  }

  /** Builds an {@link Event}; not thread-safe. */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }
}
