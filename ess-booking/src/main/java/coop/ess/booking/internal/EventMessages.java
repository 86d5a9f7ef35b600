package coop.ess.booking.internal;

import coop.ess.core.MessageCatalog;

/** The message catalog of events with registration ({@code coop.ess.booking.event}). */
public final class EventMessages {

  /** The violations and explanations of events: {@code ess-messages/event.properties} and its French twin. */
  public static final MessageCatalog CATALOG = MessageCatalog.load(EventMessages.class, "event");

  private EventMessages() {}
}
