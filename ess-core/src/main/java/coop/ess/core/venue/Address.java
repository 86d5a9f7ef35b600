package coop.ess.core.venue;

import coop.ess.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A postal address, with an optional position.
 *
 * <p>For French addresses ({@code country} {@code FR}, the default) the postal code must have five digits.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Address {

  Address() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The street line, such as {@code Dalle Kennedy}.
   *
   * @return the street, not null
   */
  public abstract String street();

  /**
   * The postal code, such as {@code 35000}.
   *
   * @return the postal code, not null
   */
  public abstract String postalCode();

  /**
   * The city or town.
   *
   * @return the city, not null
   */
  public abstract String city();

  /**
   * The country, as an ISO 3166-1 alpha-2 code; {@code FR} by default.
   *
   * @return the country code, not null
   */
  @Value.Default
  public String country() {
    return "FR";
  }

  /**
   * The position of the entrance, if known.
   *
   * @return the position, not null, possibly empty
   */
  public abstract Optional<GeoPoint> location();

  @Value.Check
  final void check() {
    Checks checks = Checks.of("Address");
    checks.text("street", street(), 300);
    checks.text("city", city(), 200);
    checks.check(country().matches("[A-Z]{2}"), "address.country", "country", "value", country());
    if ("FR".equals(country())) {
      checks.check(postalCode().matches("\\d{5}"), "address.postalCodeFr", "postalCode", "value", postalCode());
    } else {
      checks.text("postalCode", postalCode(), 20);
    }
    checks.throwIfInvalid();
  }

  /** Builds an {@link Address}; not thread-safe. */
  public static final class Builder extends ImmutableAddress.Builder {
    Builder() {}
  }
}
