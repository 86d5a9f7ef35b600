package coop.ess.timebank;

import coop.ess.core.PartyId;
import coop.ess.core.community.MemberCategory;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A time-bank account: it belongs to a member or an organisation ({@link #holder()}), or to the community itself
 * (no holder: shared work, welcome credits, demurrage).
 *
 * <p>Its limits come from the ledger's {@link LimitPolicy}: the {@link #limits() override} of this account if set,
 * else the defaults of its {@link #category() member category}, else the policy's defaults. Example:
 *
 * <pre>{@code
 * Account alice = Account.of(AccountId.of("alice"), MemberId.of("alice"));
 * Account pot = Account.community(AccountId.of("community"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Account {

  Account() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The account of a member or an organisation, with the policy's limits.
   *
   * @param id the account's identifier, not null
   * @param holder the member or organisation, not null
   * @return the account, not null
   */
  public static Account of(AccountId id, PartyId holder) {
    return builder().id(id).holder(holder).build();
  }

  /**
   * The community's own account.
   *
   * @param id the account's identifier, not null
   * @return the account, not null
   */
  public static Account community(AccountId id) {
    return builder().id(id).build();
  }

  /**
   * The identifier.
   *
   * @return the identifier, not null
   */
  public abstract AccountId id();

  /**
   * The member or organisation that holds the account.
   *
   * @return the holder, or empty for the community account
   */
  public abstract Optional<PartyId> holder();

  /**
   * The member category whose default limits apply.
   *
   * @return the category, possibly empty
   */
  public abstract Optional<MemberCategory> category();

  /**
   * Limits of this account alone, overriding the policy.
   *
   * @return the override, possibly empty
   */
  public abstract Optional<Limits> limits();

  /**
   * Whether this is the community's account.
   *
   * @return true if it has no holder
   */
  public final boolean isCommunity() {
    return holder().isEmpty();
  }

  /** Builds an {@link Account}; not thread-safe. */
  public static final class Builder extends ImmutableAccount.Builder {
    Builder() {}
  }
}
