package coop.ess.core;

import coop.ess.core.internal.CoreMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A value, or a document being read, breaks its invariants. The exception lists <em>every</em> violation found,
 * each with its code and field, not only the first; nothing was created.
 */
public class EssValidationException extends EssException {

  private static final long serialVersionUID = 1L;

  private final String subject;
  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param subject what was being validated, such as {@code Organisation} or {@code venue.json}, not null
   * @param violations every problem found, at least one, not null
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public EssValidationException(String subject, List<Violation> violations) {
    super(describe(subject, violations));
    this.subject = subject;
    this.violations = List.copyOf(violations);
  }

  /**
   * Creates the exception for mandatory attributes that were not set on a builder. Used by generated builders.
   *
   * @param missingAttributes the names of the attributes that were not set, not null
   */
  public EssValidationException(String... missingAttributes) {
    this("builder", missing(missingAttributes));
  }

  private static List<Violation> missing(String[] attributes) {
    List<Violation> list = new ArrayList<>(attributes.length);
    for (String attribute : attributes) {
      list.add(CoreMessages.CATALOG.error("value.required", attribute, "field", attribute));
    }
    return list;
  }

  private static String describe(String subject, List<Violation> violations) {
    Objects.requireNonNull(subject, "subject");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("A validation exception needs at least one violation");
    }
    StringBuilder message = new StringBuilder("Invalid ").append(subject).append(": ");
    for (int i = 0; i < violations.size(); i++) {
      Violation violation = violations.get(i);
      if (i > 0) {
        message.append("; ");
      }
      if (!violation.field().isEmpty()) {
        message.append(violation.field()).append(": ");
      }
      message.append(violation.messageEn()).append(" [").append(violation.code()).append(']');
    }
    return message.toString();
  }

  /**
   * What was being validated.
   *
   * @return the subject, such as {@code Organisation}
   */
  public String subject() {
    return subject;
  }

  /**
   * Every problem found, in the order the checks ran.
   *
   * @return the violations, at least one, not null
   */
  public List<Violation> violations() {
    return violations;
  }
}
