package coop.ess.booking;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to a series request (or to moving "this and following"): a report per occurrence, in order, and the
 * series recorded, if any. With {@link SeriesMode#REFUSE_WHOLE_SERIES} one refused occurrence means nothing is
 * recorded; with {@link SeriesMode#SKIP_CONFLICTS} the accepted occurrences are booked.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SeriesDecision {

  SeriesDecision() {}

  /**
   * The series recorded; empty when nothing was recorded.
   *
   * @return the series' identifier, possibly empty
   */
  public abstract Optional<SeriesId> series();

  /**
   * The mode the caller chose.
   *
   * @return the mode, not null
   */
  public abstract SeriesMode mode();

  /**
   * One report per occurrence, in order of date.
   *
   * @return the reports, not null
   */
  public abstract List<OccurrenceReport> occurrences();

  /**
   * Whether a series was recorded.
   *
   * @return {@code series().isPresent()}
   */
  public final boolean recorded() {
    return series().isPresent();
  }

  /**
   * The occurrences refused, with their violations.
   *
   * @return the refused reports, in order, possibly empty, not null
   */
  public final List<OccurrenceReport> refused() {
    return occurrences().stream().filter(o -> !o.accepted()).toList();
  }

  /**
   * A decision, for applications that rebuild decisions (from a file, say).
   *
   * @param series the series recorded, possibly empty, not null
   * @param mode the mode, not null
   * @param occurrences a report per occurrence, in order, not null
   * @return the decision, not null
   */
  public static SeriesDecision of(Optional<SeriesId> series, SeriesMode mode, List<OccurrenceReport> occurrences) {
    return ImmutableSeriesDecision.builder().series(series).mode(mode).occurrences(occurrences).build();
  }
}
