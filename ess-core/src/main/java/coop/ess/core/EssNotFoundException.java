package coop.ess.core;

/**
 * A reference to something that does not exist: an unknown member, resource or card.
 */
public class EssNotFoundException extends EssException {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  /**
   * Creates the exception.
   *
   * @param kind what was looked for, such as {@code resource}, not null
   * @param id the identifier that was not found, not null
   * @param where where the reference was found, such as {@code booking.resources[1]}, not null
   */
  public EssNotFoundException(String kind, String id, String where) {
    super("Unknown " + kind + " '" + id + "'" + (where.isEmpty() ? "" : " at " + where));
    this.kind = kind;
    this.id = id;
  }

  /**
   * What was looked for.
   *
   * @return the kind of thing, such as {@code resource}
   */
  public String kind() {
    return kind;
  }

  /**
   * The identifier that was not found.
   *
   * @return the identifier
   */
  public String id() {
    return id;
  }
}
