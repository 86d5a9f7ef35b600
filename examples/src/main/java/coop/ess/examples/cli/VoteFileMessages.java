package coop.ess.examples.cli;

import coop.ess.core.MessageCatalog;
import coop.ess.core.Violation;

/** The English and French messages of the problems of a ballot file ({@code ess-messages/vote-file}). */
final class VoteFileMessages {

  /** The catalog, loaded once. */
  static final MessageCatalog CATALOG = MessageCatalog.load(VoteFileMessages.class, "vote-file");

  private VoteFileMessages() {}

  /**
   * A problem of the file at a JSON pointer.
   *
   * @param code a code of the catalog
   * @param field the JSON pointer, also the {@code field} parameter of the message
   * @param parameters further name-value pairs
   * @return the violation
   */
  static Violation at(String code, String field, Object... parameters) {
    Object[] all = new Object[parameters.length + 2];
    all[0] = "field";
    all[1] = field;
    System.arraycopy(parameters, 0, all, 2, parameters.length);
    return CATALOG.error(code, field, all);
  }
}
