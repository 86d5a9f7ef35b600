package coop.ess.timebank;

import coop.ess.core.community.MemberCategory;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Which floor and ceiling apply to which account: an account's own override, else the limits of its member
 * category, else the defaults; the community account has its own limits (unlimited by default).
 *
 * <pre>{@code
 * LimitPolicy policy = LimitPolicy.builder()
 *     .defaults(Limits.of(Minutes.ofHours(-20), Minutes.ofHours(40)))
 *     .putByCategory(MemberCategory.STUDENT, Limits.of(Minutes.ofHours(-10), Minutes.ofHours(40)))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LimitPolicy {

  /** −20 h / +40 h for every member and organisation, no limits for the community account. */
  public static final LimitPolicy STANDARD =
      builder().defaults(Limits.of(Minutes.ofHours(-20), Minutes.ofHours(40))).build();

  LimitPolicy() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The limits of accounts with neither an override nor a category with its own limits.
   *
   * @return the defaults, not null
   */
  public abstract Limits defaults();

  /**
   * The limits of each member category that has its own.
   *
   * @return the limits by category, not null, possibly empty
   */
  public abstract Map<MemberCategory, Limits> byCategory();

  /**
   * The limits of community accounts without an override.
   *
   * @return the limits, {@link Limits#UNLIMITED} by default
   */
  @Value.Default
  public Limits community() {
    return Limits.UNLIMITED;
  }

  /**
   * The limits that apply to an account.
   *
   * @param account the account, not null
   * @return its override, its category's limits, the community's limits or the defaults, not null
   */
  public final Limits limitsOf(Account account) {
    if (account.limits().isPresent()) {
      return account.limits().get();
    }
    if (account.isCommunity()) {
      return community();
    }
    if (account.category().isPresent()) {
      Limits byCategory = byCategory().get(account.category().get());
      if (byCategory != null) {
        return byCategory;
      }
    }
    return defaults();
  }

  /** Builds a {@link LimitPolicy}; not thread-safe. */
  public static final class Builder extends ImmutableLimitPolicy.Builder {
    Builder() {}
  }
}
