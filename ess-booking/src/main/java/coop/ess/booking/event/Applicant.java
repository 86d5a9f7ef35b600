package coop.ess.booking.event;

import coop.ess.core.MemberId;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who registers for, or applies to, an event, with the attributes an allocation by diversity priority reads
 * ({@code organisationType}, {@code territory}, {@code role}, or any other name). Example:
 *
 * <pre>{@code
 * Applicant nadia = Applicant.builder().member(MemberId.of("nadia"))
 *     .putAttribute("organisationType", "SCIC").putAttribute("territory", "Rennes Nord").build();
 * Applicant yann = Applicant.of(MemberId.of("yann"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Applicant {

  Applicant() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An applicant without attributes.
   *
   * @param member the person, not null
   * @return the applicant, not null
   */
  public static Applicant of(MemberId member) {
    return builder().member(member).build();
  }

  /**
   * The person.
   *
   * @return the member identifier, not null
   */
  public abstract MemberId member();

  /**
   * Attributes by name, such as {@code territory → Villejean}.
   *
   * @return the attributes, possibly empty, not null
   */
  public abstract Map<String, String> attributes();

  /**
   * One attribute.
   *
   * @param name the attribute name, not null
   * @return its value, possibly empty
   */
  public final Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes().get(name));
  }

  /** Builds an {@link Applicant}; not thread-safe. */
  public static final class Builder extends ImmutableApplicant.Builder {
    Builder() {}
  }
}
