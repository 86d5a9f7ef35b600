/**
 * The {@code ess} command line: one picocli class per subcommand, registered in
 * {@link coop.ess.examples.cli.EssCommand}.
 */
@NullMarked
package coop.ess.examples.cli;

import org.jspecify.annotations.NullMarked;
