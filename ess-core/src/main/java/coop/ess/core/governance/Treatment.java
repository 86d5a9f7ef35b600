package coop.ess.core.governance;

/**
 * How the statutes treat abstentions or blank votes when counting the votes cast.
 *
 * <p>Immutable and thread-safe.
 */
public enum Treatment {
  /** Left out of the votes cast: they neither help nor hinder (the usual reading in French associations). */
  EXCLUDED,
  /** Counted among the votes cast, so they weigh like votes against. */
  COUNTED_AS_CAST
}
