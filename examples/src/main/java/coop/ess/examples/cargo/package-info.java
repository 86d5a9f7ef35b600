/**
 * ESS CARGO, the tiers-lieu of Université Rennes 2 in Villejean, built with the SDK from the public description in
 * the project's seeds: the shared example of the demo, the documentation and the tests.
 */
@NullMarked
package coop.ess.examples.cargo;

import org.jspecify.annotations.NullMarked;
