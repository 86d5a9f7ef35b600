/**
 * The shared model of the ESS SDK: venues (<i>tiers-lieux</i>) with their spaces and resources, members and
 * organisations, the directory of actors and projects, and the error model used by every engine.
 *
 * <p>API packages are exported; {@code coop.ess.core.internal} is shared only with the SDK's own modules.
 */
module coop.ess.core {
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports coop.ess.core;
  exports coop.ess.core.venue;
  exports coop.ess.core.community;
  exports coop.ess.core.directory;
  exports coop.ess.core.governance;
  exports coop.ess.core.governance.counting;
  exports coop.ess.core.internal to coop.ess.booking, coop.ess.timebank, coop.ess.json;
}
