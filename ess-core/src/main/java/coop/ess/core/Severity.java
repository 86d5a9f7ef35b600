package coop.ess.core;

/**
 * How serious a {@link Violation} is.
 *
 * <p>Immutable and thread-safe.
 */
public enum Severity {
  /** The value or request is refused. */
  ERROR,
  /** Accepted, but someone should look (a soft limit reached, an unusual value). */
  WARNING,
  /** For information only. */
  INFO;

  /**
   * Whether this severity refuses the value or request.
   *
   * @return true for {@link #ERROR}
   */
  public boolean isBlocking() {
    return this == ERROR;
  }
}
