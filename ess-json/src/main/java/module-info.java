/**
 * The Jackson 3 adapter of the ESS SDK: the JSON format of every value and event of the core, booking and time-bank
 * modules, its schemas and their validator, the durable journal and open-data exports. The other modules know nothing of Jackson.
 */
module coop.ess.json {
  requires transitive coop.ess.core;
  requires transitive coop.ess.booking;
  requires transitive coop.ess.timebank;
  requires transitive tools.jackson.databind;
  requires com.networknt.schema;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports coop.ess.json;
  exports coop.ess.json.journal;
  exports coop.ess.json.export;
  exports coop.ess.json.schema;

  provides tools.jackson.databind.JacksonModule with coop.ess.json.EssJacksonModule;
}
