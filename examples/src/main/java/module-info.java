/**
 * The {@code ess} command and runnable examples of the ESS SDK. Not a library: nothing is exported, and the runnable
 * jar ({@code examples/target/ess.jar}) runs on the class path.
 */
module coop.ess.examples {
  requires coop.ess.json;
  requires info.picocli;
  requires static org.jspecify;

  opens coop.ess.examples.cli to info.picocli;
}
