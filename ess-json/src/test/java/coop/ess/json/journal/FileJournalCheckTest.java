package coop.ess.json.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FileJournal#check}: what it reports agrees with what opening the journal does. */
class FileJournalCheckTest {

  @TempDir
  Path dir;

  private Path journalWith(int count) {
    Path file = dir.resolve("journal.jsonl");
    try (FileJournal journal = FileJournal.open(file)) {
      for (int i = 1; i <= count; i++) {
        journal.append("{\"id\":\"t" + i + "\",\"note\":\"échange n°" + i + "\"}");
      }
    }
    return file;
  }

  @Test
  void aCleanJournalHasNoDamageAndEveryRecordWithItsLine() {
    Path file = journalWith(4);
    List<String> seen = new ArrayList<>();

    List<JournalDamage> damage = FileJournal.check(file, (record, line) -> seen.add(line + ":" + record.sequence()));

    assertThat(damage).isEmpty();
    assertThat(seen).containsExactly("1:1", "2:2", "3:3", "4:4");
  }

  @Test
  void aMissingFileIsAnEmptyJournal() {
    assertThat(FileJournal.check(dir.resolve("none.jsonl"), (record, line) -> {
      throw new AssertionError("no record expected");
    })).isEmpty();
  }

  /** Cuts the file at every byte offset of its last two records: the damage is torn, the records those open keeps. */
  @Test
  void aTornTailIsReportedAsTornAtEveryOffsetAndTheRecordsAreThoseOpenRecovers() throws IOException {
    Path file = journalWith(6);
    byte[] full = Files.readAllBytes(file);
    int fourthEnds = 0;
    for (int i = 0, lines = 0; i < full.length && lines < 4; i++) {
      if (full[i] == '\n') {
        lines++;
        fourthEnds = i + 1;
      }
    }
    for (int cut = fourthEnds; cut <= full.length; cut++) {
      Path copy = dir.resolve("cut-" + cut + ".jsonl");
      Files.write(copy, Arrays.copyOf(full, cut));
      List<JournalRecord> seen = new ArrayList<>();

      List<JournalDamage> damage = FileJournal.check(copy, (record, line) -> seen.add(record));

      assertThat(seen).as("cut at %d", cut).isEqualTo(FileJournal.read(copy));
      assertThat(damage).as("cut at %d", cut).allMatch(JournalDamage::torn).hasSizeLessThanOrEqualTo(1);
      assertThat(damage.isEmpty()).as("cut at %d", cut)
          .isEqualTo(cut == full.length || full[cut - 1] == '\n');
    }
  }

  @Test
  void damageBeforeAGoodRecordIsCorruptionAndOpenRefusesTheFile() throws IOException {
    Path file = journalWith(3);
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.set(1, lines.get(1).replace("t2", "t9"));
    Files.write(file, lines, StandardCharsets.UTF_8);
    List<Long> seen = new ArrayList<>();

    List<JournalDamage> damage = FileJournal.check(file, (record, line) -> seen.add(line));

    assertThat(damage).containsExactly(new JournalDamage(2, Files.readAllLines(file).get(0).getBytes(
        StandardCharsets.UTF_8).length + 1, "the record is not well-formed or its CRC does not match", false));
    assertThat(seen).containsExactly(1L, 3L);
    assertThatThrownBy(() -> FileJournal.open(file)).isInstanceOf(JournalCorruptedException.class);
  }

  @Test
  void aRecordOutOfSequenceIsDamageAtItsLine() throws IOException {
    Path file = journalWith(3);
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.remove(1);
    Files.write(file, lines, StandardCharsets.UTF_8);

    List<JournalDamage> damage = FileJournal.check(file, (record, line) -> {});

    assertThat(damage).extracting(JournalDamage::toString).singleElement().asString()
        .startsWith("line 2 (byte ").endsWith("): torn tail: sequence 3 follows 1");
  }

  @Test
  void aDamageReportHasALineFromOne() {
    assertThatThrownBy(() -> new JournalDamage(0, 0, "x", true)).isInstanceOf(IllegalArgumentException.class);
  }
}
