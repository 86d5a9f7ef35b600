package coop.ess.timebank.simulation.internal;

import coop.ess.core.MessageCatalog;

/** The message catalog of the simulation package. */
public final class SimulationMessages {

  /** {@code ess-messages/simulation.properties} and its French twin. */
  public static final MessageCatalog CATALOG = MessageCatalog.load(SimulationMessages.class, "simulation");

  private SimulationMessages() {}
}
