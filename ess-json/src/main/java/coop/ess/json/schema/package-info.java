/**
 * The JSON Schema (2020-12) of every top-level document the SDK reads, shipped in the jar, and a validator that
 * reports every problem with its JSON pointer.
 *
 * <p>{@link coop.ess.json.schema.EssSchemas} knows the document types ({@code book}, {@code ballot},
 * {@code ledger-accounts}, {@code ledger-transfer}, {@code venue}, {@code community}, {@code directory}…), validates
 * a document against its type's schema into a list of {@link coop.ess.json.schema.SchemaProblem}s, guesses the type of
 * a document that does not name it, and reads a file strictly and validates it in one step, raising
 * {@link coop.ess.json.EssJsonException} for the first problem. {@link coop.ess.json.schema.JsonLines} validates
 * JSON Lines files, one document per line or a journal, into {@link coop.ess.json.schema.LineProblem}s.
 */
@NullMarked
@EssStyle
package coop.ess.json.schema;

import coop.ess.core.internal.EssStyle;
import org.jspecify.annotations.NullMarked;
