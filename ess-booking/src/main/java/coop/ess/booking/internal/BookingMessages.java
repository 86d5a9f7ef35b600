package coop.ess.booking.internal;

import coop.ess.core.MessageCatalog;

/** The message catalog of {@code ess-booking}. */
public final class BookingMessages {

  /** The violations of the booking engine: {@code ess-messages/booking.properties} and its French twin. */
  public static final MessageCatalog CATALOG = MessageCatalog.load(BookingMessages.class, "booking");

  private BookingMessages() {}
}
