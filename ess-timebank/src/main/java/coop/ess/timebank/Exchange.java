package coop.ess.timebank;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service given: one or more {@link Leg legs} that the ledger posts all together or not at all (one volunteer
 * teaches five people for an hour: five legs), with its category, description and when it happened.
 *
 * <p>The client chooses the {@link #id()}: posting the same exchange again is recognised as a duplicate and changes
 * nothing, posting a different exchange under a used id is refused. A {@link #reverses() reversal} is a new
 * exchange that compensates an earlier one; nothing is ever deleted. Example:
 *
 * <pre>{@code
 * Exchange help = Exchange.of(ExchangeId.of("x-1"), AccountId.of("bob"), AccountId.of("alice"),
 *     Minutes.ofHours(1, 30), Category.DIGITAL, Instant.parse("2026-03-02T09:00:00Z"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Exchange {

  Exchange() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A single-leg exchange without description.
   *
   * @param id the client-chosen identifier, not null
   * @param from the account of whoever received the service and pays, not null
   * @param to the account of whoever gave it and earns, not null
   * @param minutes the amount in minutes
   * @param category the kind of service, not null
   * @param occurredAt when the service was given, not null
   * @return the exchange, not null
   */
  public static Exchange of(
      ExchangeId id, AccountId from, AccountId to, long minutes, Category category, Instant occurredAt) {
    return builder().id(id).addLegs(Leg.of(from, to, minutes)).category(category).occurredAt(occurredAt).build();
  }

  /**
   * The identifier chosen by the client.
   *
   * @return the identifier, not null
   */
  public abstract ExchangeId id();

  /**
   * The movements, posted all or none.
   *
   * @return the legs, not null; the ledger refuses an empty list
   */
  public abstract List<Leg> legs();

  /**
   * The kind of service.
   *
   * @return the category, not null
   */
  public abstract Category category();

  /**
   * What was done, in the members' words.
   *
   * @return the description, not null, possibly empty
   */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * When the service was given (not when it was posted).
   *
   * @return the instant, not null
   */
  public abstract Instant occurredAt();

  /**
   * The offer or request this exchange answers.
   *
   * @return the listing, possibly empty
   */
  public abstract Optional<ListingId> answers();

  /**
   * The earlier exchange this one compensates.
   *
   * @return the reversed exchange, empty unless this is a reversal
   */
  public abstract Optional<ExchangeId> reverses();

  /**
   * The total moved by all legs.
   *
   * @return the sum of the legs' minutes
   */
  public final long totalMinutes() {
    long total = 0;
    for (Leg leg : legs()) {
      total += leg.minutes();
    }
    return total;
  }

  /** Builds an {@link Exchange}; not thread-safe. */
  public static final class Builder extends ImmutableExchange.Builder {
    Builder() {}
  }
}
