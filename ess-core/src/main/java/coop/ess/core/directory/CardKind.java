package coop.ess.core.directory;

/**
 * What a directory {@link Card} describes.
 *
 * <p>Immutable and thread-safe.
 */
public enum CardKind {
  /** An established actor: an association, a cooperative, a venue, a public service. */
  ACTOR,
  /** A project carried by people who may be accompanied, from idea to launch. */
  PROJECT
}
