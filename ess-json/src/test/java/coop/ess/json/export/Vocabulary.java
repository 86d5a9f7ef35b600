package coop.ess.json.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The vocabulary terms bundled with the tests (one a line, {@code #} comments), so that no test needs a network. */
final class Vocabulary {

  private Vocabulary() {}

  static List<String> terms(String resource) {
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(line -> line.replaceAll("#.*", "").trim()).filter(line -> !line.isEmpty())
          .map(line -> line.split("\\s+")[0]).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
