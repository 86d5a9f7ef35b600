package coop.ess.timebank;

import coop.ess.core.venue.GeoPoint;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An offer (what a member can do) or a request (what a member needs), published by the holder of an account: its
 * category, when it is possible ({@link #availability()}, half-open windows) and where ({@link #place()}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Listing {

  /** Whether a listing offers or asks for a service. */
  public enum Kind {
    /** What someone can do. */
    OFFER,
    /** What someone needs. */
    REQUEST
  }

  Listing() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The identifier, which exchanges answering this listing refer to.
   *
   * @return the identifier, not null
   */
  public abstract ListingId id();

  /**
   * Offer or request.
   *
   * @return the kind, not null
   */
  public abstract Kind kind();

  /**
   * The account of the member who publishes it: the giver of an offer, the receiver of a request.
   *
   * @return the account, not null
   */
  public abstract AccountId account();

  /**
   * The kind of service.
   *
   * @return the category, not null
   */
  public abstract Category category();

  /**
   * What is offered or needed, in the member's words.
   *
   * @return the description, not null, possibly empty
   */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * When the service is possible.
   *
   * @return the windows, not null; empty means "any time"
   */
  public abstract List<TimeWindow> availability();

  /**
   * Where.
   *
   * @return the place, empty if anywhere (online, at the venue)
   */
  public abstract Optional<GeoPoint> place();

  /** Builds a {@link Listing}; not thread-safe. */
  public static final class Builder extends ImmutableListing.Builder {
    Builder() {}
  }
}
