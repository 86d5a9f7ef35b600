package coop.ess.timebank.internal;

import coop.ess.core.MessageCatalog;

/** The message catalog of {@code ess-timebank}. */
public final class TimebankMessages {

  /** The violations of the time bank: {@code ess-messages/timebank.properties} and its French twin. */
  public static final MessageCatalog CATALOG = MessageCatalog.load(TimebankMessages.class, "timebank");

  private TimebankMessages() {}
}
