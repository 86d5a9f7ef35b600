package coop.ess.core.community;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a {@link Member}'s status history: from {@link #date()} on, the member's status is
 * {@link #status()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatusChange {

  StatusChange() {}

  /**
   * Creates a change without a reason.
   *
   * @param date the first day of the new status, not null
   * @param status the new status, not null
   * @return the change, not null
   */
  public static StatusChange of(LocalDate date, MemberStatus status) {
    return ImmutableStatusChange.builder().date(date).status(status).build();
  }

  /**
   * Creates a change with a reason.
   *
   * @param date the first day of the new status, not null
   * @param status the new status, not null
   * @param reason why, not null
   * @return the change, not null
   */
  public static StatusChange of(LocalDate date, MemberStatus status, String reason) {
    return ImmutableStatusChange.builder().date(date).status(status).reason(reason).build();
  }

  /**
   * The first day on which the new status holds.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * The new status.
   *
   * @return the status, not null
   */
  public abstract MemberStatus status();

  /**
   * Why the status changed.
   *
   * @return the reason, possibly empty
   */
  public abstract Optional<String> reason();
}
