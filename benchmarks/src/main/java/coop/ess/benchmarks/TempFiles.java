package coop.ess.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The temporary folders of the benchmarks that write files. */
final class TempFiles {

  private TempFiles() {}

  /**
   * Deletes a folder of files (no subfolders) and the folder.
   *
   * @param dir the folder, not null
   * @throws IOException if a file or the folder cannot be deleted
   */
  static void deleteFolder(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }
}
