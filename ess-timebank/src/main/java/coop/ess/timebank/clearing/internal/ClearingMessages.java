package coop.ess.timebank.clearing.internal;

import coop.ess.core.MessageCatalog;

/** The message catalog of the clearing package. */
public final class ClearingMessages {

  /** {@code ess-messages/clearing.properties} and its French twin. */
  public static final MessageCatalog CATALOG = MessageCatalog.load(ClearingMessages.class, "clearing");

  private ClearingMessages() {}
}
