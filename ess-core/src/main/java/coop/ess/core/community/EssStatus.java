package coop.ess.core.community;

/**
 * Whether an organisation belongs to the social and solidarity economy (ESS).
 *
 * <p>Immutable and thread-safe.
 */
public enum EssStatus {
  /** Belongs to the ESS, by its legal form or by meeting the conditions of the 2014 law. */
  YES,
  /** Does not belong to the ESS. */
  NO,
  /** Not known. */
  UNKNOWN
}
