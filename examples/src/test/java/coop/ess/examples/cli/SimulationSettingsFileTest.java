package coop.ess.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.timebank.simulation.SimulationSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The canonical settings and their SHA-256 are cited by papers: these pins (checked with {@code sha256sum} on the
 * compact text) must never change, whatever reads the settings files.
 */
class SimulationSettingsFileTest {

  private static final Path SAMPLE = Path.of("../ess-json/src/test/resources/samples/simulation-settings.json");
  private static final Path FULL = Path.of("src/test/resources/simulation/full-settings.json");

  private static final String DEFAULT_WEIGHTS = "\"categoryWeights\":{\"digital\":3,\"diy\":3,\"cooking\":2,"
      + "\"gardening\":2,\"mobility\":1,\"teaching\":1},\"skillsPerMember\":2,"
      + "\"durationWeights\":{\"30\":2,\"60\":4,\"90\":2,\"120\":3,\"180\":1,\"240\":1},";
  private static final String DEFAULTS = "{\"members\":1000,\"months\":12,\"seed\":1,\"needsPerMemberPerMonth\":2.0,"
      + DEFAULT_WEIGHTS + "\"limits\":{\"floor\":-1200,\"ceiling\":2400},\"floorGrowth\":null,\"demurrage\":null,"
      + "\"joinRatePerMonth\":0.02,\"leaveRatePerMonth\":0.01,\"matching\":\"random\",\"candidates\":4}";
  private static final String DEFAULTS_SHA256 = "ec456158bf61d3ee152e8a2a8fa4a7900f0830a40817ac24aa9d4520e7cff0e2";
  private static final String SAMPLE_CANONICAL = "{\"members\":500,\"months\":6,\"seed\":7,"
      + "\"needsPerMemberPerMonth\":2.0," + DEFAULT_WEIGHTS
      + "\"limits\":{\"floor\":-1200,\"ceiling\":2400},\"floorGrowth\":null,\"demurrage\":null,"
      + "\"joinRatePerMonth\":0.02,\"leaveRatePerMonth\":0.01,\"matching\":\"nearest-floor\",\"candidates\":4}";
  private static final String SAMPLE_SHA256 = "485ad6627dc7ae288889610a6ae3e07e3aead985ad301a57dbd26fbb1b5fb8b4";
  private static final String FULL_CANONICAL = "{\"members\":500,\"months\":6,\"seed\":7,"
      + "\"needsPerMemberPerMonth\":1.5,\"categoryWeights\":{\"diy\":1,\"cooking\":2,\"teaching\":3},"
      + "\"skillsPerMember\":2,\"durationWeights\":{\"60\":1,\"120\":2},\"limits\":{\"floor\":-600,\"ceiling\":1200},"
      + "\"floorGrowth\":{\"minutesPerHourGiven\":15,\"lowestFloor\":-2400},"
      + "\"demurrage\":{\"idleMonths\":3,\"percent\":10},\"joinRatePerMonth\":0.05,\"leaveRatePerMonth\":0.03,"
      + "\"matching\":\"nearest-floor\",\"candidates\":8,\"confirmationDelayDays\":5}";
  private static final String FULL_SHA256 = "cc70bab3c7b715108235c0b0244e17e48990467444312916e64338dbf8c3fdc4";

  @TempDir
  Path dir;

  private static SimulationSettings read(Path file) {
    return SimulationSettingsFile.read(file).build();
  }

  @Test
  void theDefaultSettingsKeepTheirCanonicalTextAndSha256() {
    SimulationSettings defaults = SimulationSettings.builder().build();

    assertThat(SimulationSettingsFile.write(defaults).toString()).isEqualTo(DEFAULTS);
    assertThat(SimulationSettingsFile.sha256(defaults)).isEqualTo(DEFAULTS_SHA256);
  }

  @Test
  void theSampleSettingsFileKeepsItsCanonicalTextAndSha256() {
    SimulationSettings sample = read(SAMPLE);

    assertThat(SimulationSettingsFile.write(sample).toString()).isEqualTo(SAMPLE_CANONICAL);
    assertThat(SimulationSettingsFile.sha256(sample)).isEqualTo(SAMPLE_SHA256);
  }

  @Test
  void aSettingsFileSettingEveryFieldKeepsItsCanonicalTextAndSha256() {
    SimulationSettings full = read(FULL);

    assertThat(SimulationSettingsFile.write(full).toString()).isEqualTo(FULL_CANONICAL);
    assertThat(SimulationSettingsFile.sha256(full)).isEqualTo(FULL_SHA256);
  }

  @Test
  void theCanonicalTextsReadBackToTheSameBytes() throws IOException {
    for (String canonical : new String[] {DEFAULTS, SAMPLE_CANONICAL, FULL_CANONICAL}) {
      Path file = Files.writeString(dir.resolve("canonical.json"), canonical);

      assertThat(SimulationSettingsFile.write(read(file)).toString()).isEqualTo(canonical);
    }
  }
}
