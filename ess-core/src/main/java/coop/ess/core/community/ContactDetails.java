package coop.ess.core.community;

import coop.ess.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to reach a person. This is {@link PersonalData}: exports leave it out unless asked.
 *
 * <p>Immutable and thread-safe.
 */
@PersonalData
@Value.Immutable
public abstract class ContactDetails {

  ContactDetails() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An e-mail address.
   *
   * @return the address, possibly empty
   */
  public abstract Optional<String> email();

  /**
   * A telephone number, as written.
   *
   * @return the number, possibly empty
   */
  public abstract Optional<String> phone();

  @Value.Check
  final void check() {
    Checks checks = Checks.of("ContactDetails");
    email().ifPresent(email -> checks.check(email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "contact.email", "email"));
    phone().ifPresent(phone -> checks.check(phone.matches("\\+?[0-9 .()-]{6,30}"), "contact.phone", "phone"));
    checks.throwIfInvalid();
  }

  /** Builds {@link ContactDetails}; not thread-safe. */
  public static final class Builder extends ImmutableContactDetails.Builder {
    Builder() {}
  }
}
