package coop.ess.core.governance.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scottish STV on an official ballot file: City of Edinburgh Council election of 4 May 2017, Ward 3 Drum Brae/Gyle
 * (3 seats, 5 candidates, 9,474 valid ballots), the "preference profile report" the returning officer published under
 * the Scottish Local Government Elections Amendment (No. 2) Order 2012, as redistributed in the test data of
 * VoteIT/STVPoll ({@code stvpoll/testdata/scottish_election_data/ward_3_-_drum_braegyle_-_preference_profile_report.csv},
 * BLT layout: "count preferences… 0" lines, then the candidates).
 *
 * <p>The file is NOT shipped with ESS: we found no licence letting us redistribute it (the City of Edinburgh
 * Council's site terms reserve copyright; no Open Government Licence statement covers these reports), so it is read
 * as data from the directory named by the environment variable {@code ESS_SCOTTISH_WARDS}, and the test is skipped
 * when that variable is not set. See {@code docs/governance-counting.md}, "Tests and sources".
 *
 * <p>Official facts checked: the quota 2,369 (floor(9,474 / 4) + 1); the first preferences Aldridge 3,176 (33.5 %),
 * Bridgman 2,541 (26.8 %), Brown 2,084 (22.0 %), Keil 1,262, Meyer 411 (the shares published by the Edinburgh Evening
 * News, "ward-by-ward analysis: Drum Brae/Gyle", 2022); Aldridge and Bridgman elected at the first stage (ibid.:
 * "Claire Bridgman was elected for the SNP in the first round of counting in 2017"); the councillors elected
 * (Aldridge, Bridgman, Brown, as in the declaration and in STVPoll's {@code WARD_WINNERS}). The official stage-2
 * totals were not available to us, so they are not asserted.
 */
class ScottishWardTest {

  private static final String WARD_3 = "ward_3_-_drum_braegyle_-_preference_profile_report.csv";

  /**
   * Reads a ballot file in the BLT layout: a first line "candidates seats", lines "count p1 p2 … 0", a line "0",
   * then one quoted candidate name per line (spaces become "_" to make identifiers).
   */
  static Election readBlt(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    String[] header = lines.get(0).split("\\s+");
    int candidates = Integer.parseInt(header[0]);
    int seats = Integer.parseInt(header[1]);
    int end = lines.indexOf("0");
    List<String> names = new ArrayList<>();
    for (int i = end + 1; i <= end + candidates; i++) {
      names.add(lines.get(i).replace("\"", "").replace(' ', '_'));
    }
    Election.Builder election = Election.builder().candidates(names).seats(seats);
    for (String line : lines.subList(1, end)) {
      String[] fields = line.split("\\s+");
      String[] ranking = new String[fields.length - 2];
      for (int i = 1; i < fields.length - 1; i++) {
        ranking[i - 1] = names.get(Integer.parseInt(fields[i]) - 1);
      }
      election.addBallots(Ballot.ranked(Long.parseLong(fields[0]), ranking));
    }
    return election.build();
  }

  @Test
  void edinburgh2017Ward3ElectsTheOfficialCouncillorsInOrder() throws IOException {
    String dir = System.getenv("ESS_SCOTTISH_WARDS");
    assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, WARD_3)),
        "set ESS_SCOTTISH_WARDS to a directory holding " + WARD_3);
    Election ward = readBlt(Path.of(dir, WARD_3));

    CountResult result = CountingMethod.STV.count(ward);

    assertThat(result.validBallots()).isEqualTo(Rational.of(9_474));
    assertThat(result.quota()).contains(Rational.of(2_369));
    assertThat(result.rounds().get(0).tallies())
        .containsEntry("Robert_Christopher_ALDRIDGE", Rational.of(3_176))
        .containsEntry("Claire_BRIDGMAN", Rational.of(2_541)).containsEntry("Mark_BROWN", Rational.of(2_084))
        .containsEntry("Karen_Ann_KEIL", Rational.of(1_262)).containsEntry("Phyl_MEYER", Rational.of(411));
    assertThat(result.rounds().get(0).elected()).containsExactly("Robert_Christopher_ALDRIDGE", "Claire_BRIDGMAN");
    assertThat(result.winners()).containsExactly("Robert_Christopher_ALDRIDGE", "Claire_BRIDGMAN", "Mark_BROWN");
    assertThat(result.tieBreaks()).isEmpty();
  }
}
