/**
 * The mutual-aid ledger of the ESS SDK: time-bank accounts in exact minutes, exchanges, limits and rules, offers
 * and requests, statistics and simulation. Built on {@code coop.ess.core}.
 */
module coop.ess.timebank {
  requires transitive coop.ess.core;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports coop.ess.timebank;
  exports coop.ess.timebank.clearing;
  exports coop.ess.timebank.simulation;
}
