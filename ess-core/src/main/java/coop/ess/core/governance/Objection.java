package coop.ess.core.governance;

import coop.ess.core.MemberId;
import coop.ess.core.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A reasoned objection raised in a round of a {@link ConsentProcess}, with the answers it received and whether its
 * author lifted it.
 *
 * <p>An objection stands until it is lifted or its round ends with an amended proposal. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Objection {

  Objection() {}

  /**
   * A builder, to read an objection back from storage; a {@link ConsentProcess} records its own.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The identifier, unique within the process.
   *
   * @return the id, not null
   */
  public abstract ObjectionId id();

  /**
   * The round in which it was raised, from 1.
   *
   * @return the round
   */
  public abstract int round();

  /**
   * Who raised it.
   *
   * @return the member, not null
   */
  public abstract MemberId objector();

  /**
   * The reason: why the proposal would harm the group's aim.
   *
   * @return the reason, not null, not blank
   */
  public abstract String reason();

  /**
   * The answers it received, in order.
   *
   * @return the answers, not null, possibly empty
   */
  public abstract List<String> answers();

  /**
   * Whether its author lifted it.
   *
   * @return true if lifted
   */
  @Value.Default
  public boolean lifted() {
    return false;
  }

  /**
   * Whether it still stands in its round.
   *
   * @return true unless lifted
   */
  public final boolean stands() {
    return !lifted();
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "Objection " + id());
    checks.check(round() >= 1, "objection.round", "round", "round", round());
    checks.check(!reason().isBlank(), "consent.reasonBlank", "reason");
    for (int i = 0; i < answers().size(); i++) {
      checks.check(!answers().get(i).isBlank(), "value.blank", "answers[" + i + "]", "field", "answers[" + i + "]");
    }
    checks.throwIfInvalid();
  }

  /** Builds an {@link Objection}; not thread-safe. */
  public static final class Builder extends ImmutableObjection.Builder {
    Builder() {}
  }
}
