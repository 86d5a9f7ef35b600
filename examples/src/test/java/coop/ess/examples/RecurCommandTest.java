package coop.ess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.examples.cli.EssCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RecurCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = EssCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private String[] lines() {
    return out.toString().split("\\R");
  }

  @Test
  void theIssueExamplePrintsTenMorningsWithTheirOffset() {
    assertThat(run("recur", "--start", "1997-09-02T09:00", "--zone", "America/New_York",
        "--rule", "FREQ=DAILY;COUNT=10")).isZero();
    assertThat(lines()).hasSize(10).startsWith("1997-09-02T09:00:00-04:00", "1997-09-03T09:00:00-04:00")
        .endsWith("1997-09-11T09:00:00-04:00");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theOffsetChangesWithDaylightSavingTimeButNotTheWallClock() {
    assertThat(run("recur", "--start", "1997-10-24T09:00", "--zone", "America/New_York",
        "--rule", "RRULE:FREQ=DAILY;COUNT=4")).isZero();
    assertThat(lines()).containsExactly("1997-10-24T09:00:00-04:00", "1997-10-25T09:00:00-04:00",
        "1997-10-26T09:00:00-05:00", "1997-10-27T09:00:00-05:00");
  }

  @Test
  void exdatesAreLeftOut() {
    assertThat(run("recur", "--start", "2026-03-03T17:00", "--zone", "Europe/Paris",
        "--rule", "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4", "--exdate", "2026-03-05T17:00,2026-03-10T17:00")).isZero();
    assertThat(lines()).containsExactly("2026-03-03T17:00:00+01:00", "2026-03-12T17:00:00+01:00");
  }

  @Test
  void anUnboundedRuleStopsAtTheLimitOrAtAThousand() {
    assertThat(run("recur", "--start", "2026-03-03T17:00", "--zone", "Europe/Paris", "--rule", "FREQ=WEEKLY",
        "--limit", "3")).isZero();
    assertThat(lines()).containsExactly("2026-03-03T17:00:00+01:00", "2026-03-10T17:00:00+01:00",
        "2026-03-17T17:00:00+01:00");
    out.getBuffer().setLength(0);
    assertThat(run("recur", "--start", "2026-03-03T17:00", "--zone", "Europe/Paris", "--rule", "FREQ=DAILY"))
        .isZero();
    assertThat(lines()).hasSize(1000);
  }

  @Test
  void aMalformedRuleIsOneLineNamingTheOptionAndThePosition() {
    assertThat(run("recur", "--start", "1997-09-02T09:00", "--zone", "America/New_York",
        "--rule", "FREQ=DAILY;BYDAY=MO;COUNT=ten")).isEqualTo(EssCommand.EXIT_USAGE);
    assertThat(err.toString()).startsWith("ess: Invalid value for option '--rule': Part 3")
        .contains("'COUNT=ten'", "character 21").doesNotContain("Exception").hasLineCount(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aBadZoneStartOrExdateNamesItsOption() {
    assertThat(run("recur", "--start", "1997-09-02T09:00", "--zone", "Mars/Olympus", "--rule", "FREQ=DAILY"))
        .isEqualTo(EssCommand.EXIT_USAGE);
    assertThat(err.toString()).startsWith("ess: Invalid value for option '--zone'").hasLineCount(1);
    err.getBuffer().setLength(0);
    assertThat(run("recur", "--start", "2 Sept 1997", "--zone", "UTC", "--rule", "FREQ=DAILY"))
        .isEqualTo(EssCommand.EXIT_USAGE);
    assertThat(err.toString()).startsWith("ess: Invalid value for option '--start'").hasLineCount(1);
    err.getBuffer().setLength(0);
    assertThat(run("recur", "--start", "1997-09-02T09:00", "--zone", "UTC", "--rule", "FREQ=DAILY",
        "--exdate", "1997-09-03T09:00,1997-09-04")).isEqualTo(EssCommand.EXIT_USAGE);
    assertThat(err.toString()).startsWith("ess: Invalid value for option '--exdate': '1997-09-04' (character 18)");
    err.getBuffer().setLength(0);
    assertThat(run("recur", "--start", "1997-09-02T09:00", "--zone", "UTC", "--rule", "FREQ=DAILY",
        "--limit", "0")).isEqualTo(EssCommand.EXIT_USAGE);
    assertThat(err.toString()).startsWith("ess: Invalid value for option '--limit'");
  }
}
