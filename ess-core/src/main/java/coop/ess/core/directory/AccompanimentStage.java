package coop.ess.core.directory;

/**
 * How far an accompanied project has come, in order from the first idea to the launch.
 *
 * <p>Immutable and thread-safe.
 */
public enum AccompanimentStage {
  /** A first idea, not yet tested (<i>idée</i>). */
  IDEA,
  /** The idea meets its first partners and users (<i>émergence</i>). */
  EMERGENCE,
  /** Market, model and partners are studied (<i>étude de faisabilité</i>). */
  FEASIBILITY,
  /** The activity is tested in real conditions, often within an incubator (<i>couveuse, incubation</i>). */
  INCUBATION,
  /** The project is launched as its own structure or activity (<i>lancé</i>). */
  LAUNCHED;

  /**
   * Whether this stage comes after another.
   *
   * @param other the other stage, not null
   * @return true if this stage is further on
   */
  public boolean isAfter(AccompanimentStage other) {
    return compareTo(other) > 0;
  }
}
