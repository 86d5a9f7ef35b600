package coop.ess.booking;

import coop.ess.core.Identifier;
import org.immutables.value.Value;

/**
 * The identifier of a {@link BookingSeries}, given by the {@link BookingCalendar} ({@code s1}, {@code s2}…).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class SeriesId extends Identifier<SeriesId> {

  SeriesId() {}

  /**
   * Creates the identifier.
   *
   * @param value the identifier as text, not null
   * @return the identifier, not null
   * @throws coop.ess.core.EssValidationException if {@code value} is not a valid identifier
   */
  public static SeriesId of(String value) {
    return ImmutableSeriesId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    checkSyntax("seriesId");
  }
}
