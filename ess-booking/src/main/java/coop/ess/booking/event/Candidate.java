package coop.ess.booking.event;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * An application to an event by diversity priority: who applied and when.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Candidate {

  Candidate() {}

  /**
   * Creates a candidate.
   *
   * @param applicant who applied, not null
   * @param appliedAt when, not null
   * @return the candidate, not null
   */
  public static Candidate of(Applicant applicant, Instant appliedAt) {
    return ImmutableCandidate.builder().applicant(applicant).appliedAt(appliedAt).build();
  }

  /**
   * Who applied.
   *
   * @return the applicant, not null
   */
  public abstract Applicant applicant();

  /**
   * When the application reached the registry.
   *
   * @return the instant, not null
   */
  public abstract Instant appliedAt();
}
