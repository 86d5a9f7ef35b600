package coop.ess.booking.event;

import coop.ess.core.Identifier;
import org.immutables.value.Value;

/**
 * Identifies an event within an {@link EventRegistry}, such as {@code partager-plus-que-des-m2}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class EventId extends Identifier<EventId> {

  EventId() {}

  /**
   * Creates the identifier.
   *
   * @param value the identifier as text, not null
   * @return the identifier, not null
   * @throws coop.ess.core.EssValidationException if {@code value} is not a valid identifier
   */
  public static EventId of(String value) {
    return ImmutableEventId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    checkSyntax("eventId");
  }
}
