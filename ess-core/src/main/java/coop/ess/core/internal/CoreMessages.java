package coop.ess.core.internal;

import coop.ess.core.MessageCatalog;

/** The message catalog of {@code ess-core}. */
public final class CoreMessages {

  /** The violations of the core model: {@code ess-messages/core.properties} and its French twin. */
  public static final MessageCatalog CATALOG = MessageCatalog.load(CoreMessages.class, "core");

  private CoreMessages() {}
}
