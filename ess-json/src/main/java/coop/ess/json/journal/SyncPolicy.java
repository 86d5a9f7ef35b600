package coop.ess.json.journal;

import java.time.Duration;
import java.util.Objects;

/**
 * When a {@link FileJournal} forces its writes to the storage device ({@code fsync}), and so what an acknowledged
 * append promises.
 *
 * <p>Immutable and thread-safe.
 */
public final class SyncPolicy {

  /** The three kinds of policy. */
  public enum Kind {
    /** Each record is written and forced on its own before its append returns: the slowest, the simplest. */
    EVERY_RECORD,
    /**
     * Group commit: the appends waiting together are written as one batch and forced once, then all return. Every
     * acknowledged record is durable.
     */
    EVERY_BATCH,
    /**
     * Batches are written as they come and forced at most once per interval: an append returns once written, and is
     * durable within the interval. A crash may lose the last interval's records.
     */
    INTERVAL
  }

  private static final SyncPolicy EVERY_RECORD = new SyncPolicy(Kind.EVERY_RECORD, Duration.ZERO);
  private static final SyncPolicy EVERY_BATCH = new SyncPolicy(Kind.EVERY_BATCH, Duration.ZERO);

  private final Kind kind;
  private final Duration interval;

  private SyncPolicy(Kind kind, Duration interval) {
    this.kind = kind;
    this.interval = interval;
  }

  /**
   * Forces every record on its own.
   *
   * @return the policy, not null
   */
  public static SyncPolicy everyRecord() {
    return EVERY_RECORD;
  }

  /**
   * Group commit: forces once per batch of concurrent appends (the default).
   *
   * @return the policy, not null
   */
  public static SyncPolicy everyBatch() {
    return EVERY_BATCH;
  }

  /**
   * Forces at most once per interval.
   *
   * @param interval the longest time a written record may wait to be forced, positive, not null
   * @return the policy, not null
   * @throws IllegalArgumentException if the interval is not positive
   */
  public static SyncPolicy interval(Duration interval) {
    Objects.requireNonNull(interval, "interval");
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
    return new SyncPolicy(Kind.INTERVAL, interval);
  }

  /**
   * The kind of policy.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The interval of an {@link Kind#INTERVAL} policy.
   *
   * @return the interval; zero for the other kinds
   */
  public Duration interval() {
    return interval;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SyncPolicy that && kind == that.kind && interval.equals(that.interval);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + interval.hashCode();
  }

  @Override
  public String toString() {
    return kind == Kind.INTERVAL ? "INTERVAL(" + interval + ")" : kind.name();
  }
}
