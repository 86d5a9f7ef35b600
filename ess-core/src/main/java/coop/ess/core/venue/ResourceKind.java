package coop.ess.core.venue;

/**
 * What a {@link Resource} is: a kind of space, or a kind of thing that is lent.
 *
 * <p>Immutable and thread-safe.
 */
public enum ResourceKind {
  /** A meeting room (<i>salle de réunion</i>). */
  MEETING_ROOM(true),
  /** A coworking space with desks (<i>espace de coworking</i>). */
  COWORKING(true),
  /** A shared kitchen (<i>cuisine partagée</i>). */
  KITCHEN(true),
  /** A greenhouse or a garden under glass (<i>serre</i>). */
  GREENHOUSE(true),
  /** The premises of a grocery, such as a free student grocery (<i>épicerie</i>). */
  GROCERY(true),
  /** A workshop: repair, wood, textile, fablab (<i>atelier</i>). */
  WORKSHOP(true),
  /** A hall for events and assemblies (<i>salle polyvalente</i>). */
  HALL(true),
  /** A convivial area: lounge, café corner (<i>espace de convivialité</i>). */
  CONVIVIAL_AREA(true),
  /** An office let to a hosted organisation. */
  OFFICE(true),
  /** Any other kind of space. */
  OTHER_SPACE(true),
  /** A vehicle: car, cargo bike, van. */
  VEHICLE(false),
  /** A tool or a machine lent for a while. */
  TOOL(false),
  /** Equipment that goes with a space: a projector, a sound system. */
  EQUIPMENT(false),
  /** Any other kind of thing. */
  OTHER_THING(false);

  private final boolean space;

  ResourceKind(boolean space) {
    this.space = space;
  }

  /**
   * Whether this kind is a space people stand in (as opposed to a thing that is lent).
   *
   * @return true for spaces
   */
  public boolean isSpace() {
    return space;
  }
}
