package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: {@code src/test/resources/golden/<Type>.json} pins the serialized form of each type. Run the tests
 * with {@code -Dess.golden.update=true} to write them again after a deliberate change of format.
 */
final class Golden {

  private static final Path DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  /** Checks that the value writes as its golden file and that the golden file reads as the value. */
  static <T> void check(String name, T value, Class<T> type) {
    EssJson json = EssJson.standard();
    String written = json.writePretty(value) + "\n";
    Path file = DIR.resolve(name + ".json");
    try {
      if (Boolean.getBoolean("ess.golden.update")) {
        Files.createDirectories(DIR);
        Files.writeString(file, written, StandardCharsets.UTF_8);
      }
      String golden = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(written).as(file.toString()).isEqualTo(golden);
      assertThat(json.read(golden, type)).isEqualTo(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
