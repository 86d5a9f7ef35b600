package coop.ess.core.governance.counting;

import coop.ess.core.MessageCatalog;

/** The message catalog of the counting methods: {@code ess-messages/counting.properties} and its French twin. */
final class CountingMessages {

  /** The catalog, loaded once. */
  static final MessageCatalog CATALOG = MessageCatalog.load(CountingMessages.class, "counting");

  private CountingMessages() {}
}
