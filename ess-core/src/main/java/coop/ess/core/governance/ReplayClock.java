package coop.ess.core.governance;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** The engine's clock, held at each saved event's instant while replaying. */
final class ReplayClock extends Clock {
  private final Clock live;
  private volatile @Nullable Instant fixed;

  ReplayClock(Clock live) {
    this.live = live;
  }

  void fix(Instant instant) {
    fixed = instant;
  }

  void release() {
    fixed = null;
  }

  @Override
  public ZoneId getZone() {
    return live.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return live.withZone(zone);
  }

  @Override
  public Instant instant() {
    Instant at = fixed;
    return at != null ? at : live.instant();
  }
}
