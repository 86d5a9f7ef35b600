package coop.ess.examples.cli;

import coop.ess.core.EssException;
import coop.ess.json.EssJsonException;
import coop.ess.json.schema.EssSchemas;
import coop.ess.json.schema.SchemaProblem;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON input file of a subcommand strictly and checks it against its schema before anything is run. The
 * first problem stops the command with one line {@code ess: <file>: <pointer>: <reason>} (no pointer for the whole
 * document), exit code 1.
 */
final class JsonInput {

  private JsonInput() {}

  /**
   * Reads and validates a file.
   *
   * @param file the file, not null
   * @param type its document type, such as {@code book}, not null
   * @return the valid document, not null
   * @throws EssException naming the file, the JSON pointer and the reason, if the file is not valid
   */
  static JsonNode read(Path file, String type) {
    try {
      return EssSchemas.standard().read(file, type);
    } catch (EssJsonException e) {
      throw problem(file, e.pointer(), e.reason(), e);
    }
  }

  /**
   * The one-line problem of an input file.
   *
   * @param file the file, not null
   * @param pointer the JSON pointer, {@code ""} for the whole document, not null
   * @param reason why, not null
   * @param cause the underlying failure, nullable
   * @return an exception whose message is {@code <file name>: <pointer>: <reason>}, not null
   */
  static EssException problem(Path file, String pointer, String reason,
      @org.jspecify.annotations.Nullable Throwable cause) {
    return new EssException(file.getFileName() + ": " + (pointer.isEmpty() ? "" : SchemaProblem.printable(pointer) + ": ")
        + SchemaProblem.printable(reason), cause);
  }
}
