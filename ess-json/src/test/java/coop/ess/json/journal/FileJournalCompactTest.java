package coop.ess.json.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssStateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileJournalCompactTest {

  @TempDir
  Path dir;

  private static String record(long i) {
    return "{\"type\":\"posted\",\"id\":\"t" + i + "\"}";
  }

  private Path compacted(int count, int snapshotAt) {
    Path file = dir.resolve("journal.jsonl");
    try (FileJournal journal = FileJournal.open(file)) {
      for (int i = 1; i <= count; i++) {
        journal.append(record(i));
      }
      journal.writeSnapshot(snapshotAt, "{\"state\":" + snapshotAt + "}");
      assertThat(journal.compact()).isEqualTo(snapshotAt - 1);
      assertThat(journal.firstSequenceInFile()).isEqualTo(snapshotAt);
    }
    return file;
  }

  @Test
  void compactingKeepsTheSnapshotsLastRecordAndWhatFollows() {
    Path file = compacted(10, 7);

    assertThat(FileJournal.read(file)).extracting(JournalRecord::sequence).containsExactly(7L, 8L, 9L, 10L);
    try (FileJournal journal = FileJournal.open(file)) {
      assertThat(journal.snapshot()).map(JournalRecord::json).contains("{\"state\":7}");
      assertThat(journal.recovered()).extracting(JournalRecord::json)
          .containsExactly(record(8), record(9), record(10));
      assertThat(journal.append(record(11))).isEqualTo(11);
    }
    assertThat(FileJournal.read(file)).extracting(JournalRecord::sequence).containsExactly(7L, 8L, 9L, 10L, 11L);
  }

  @Test
  void aFileCompactedUpToItsLastRecordReopensAndContinues() {
    Path file = compacted(5, 5);

    try (FileJournal journal = FileJournal.open(file)) {
      assertThat(journal.recovered()).isEmpty();
      assertThat(journal.append(record(6))).isEqualTo(6);
    }
    assertThat(FileJournal.check(file, (record, line) -> { })).isEmpty();
  }

  @Test
  void compactingAgainAfterALaterSnapshotDropsOnlyTheNewlyIncludedRecords() {
    Path file = compacted(10, 4);
    try (FileJournal journal = FileJournal.open(file)) {
      journal.append(record(11));
      journal.writeSnapshot(9, "{\"state\":9}");
      assertThat(journal.compact()).isEqualTo(5);
      assertThat(journal.compact()).isZero();
    }
    assertThat(FileJournal.read(file)).extracting(JournalRecord::sequence).containsExactly(9L, 10L, 11L);
  }

  @Test
  void withoutASnapshotNothingIsDropped() throws IOException {
    Path file = dir.resolve("plain.jsonl");
    try (FileJournal journal = FileJournal.open(file)) {
      journal.append(record(1));
      journal.append(record(2));
      byte[] before = Files.readAllBytes(file);
      assertThat(journal.compact()).isZero();
      assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
  }

  @Test
  void aCompactedFileWithoutItsSnapshotIsCorruptAndLeftAsItIs() throws IOException {
    Path file = compacted(6, 4);
    Files.delete(file.resolveSibling("journal.jsonl.snapshot"));
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> FileJournal.open(file)).isInstanceOfSatisfying(JournalCorruptedException.class,
        e -> assertThat(e.getMessage()).contains("first record is 4").contains("no snapshot"));
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void aCompactedFileWhoseSnapshotWasReplacedByAnOlderOneIsCorrupt() throws IOException {
    Path file = compacted(6, 4);
    Path snapshot = file.resolveSibling("journal.jsonl.snapshot");
    Path other = dir.resolve("other.jsonl");
    try (FileJournal journal = FileJournal.open(other)) {
      journal.append(record(1));
      journal.append(record(2));
      journal.writeSnapshot(2, "{\"state\":2}");
    }
    Files.copy(other.resolveSibling("other.jsonl.snapshot"), snapshot, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    assertThatThrownBy(() -> FileJournal.open(file)).isInstanceOf(JournalCorruptedException.class)
        .hasMessageContaining("after the snapshot's last record 2");
  }

  @Test
  void aLeftoverTemporaryFileOfAnInterruptedCompactionIsIgnored() throws IOException {
    Path file = compacted(6, 3);
    Files.writeString(file.resolveSibling("journal.jsonl.compact.tmp"), "{\"seq\":3,\"crc\":\"0000");

    try (FileJournal journal = FileJournal.open(file)) {
      assertThat(journal.recovered()).extracting(JournalRecord::sequence).containsExactly(4L, 5L, 6L);
    }
  }

  /** Cuts a compacted file at every byte offset of its last two records: exactly the complete lines survive. */
  @Test
  void aTornTailOfACompactedFileIsCutAtEveryOffset() throws IOException {
    Path file = compacted(9, 5);
    byte[] full = Files.readAllBytes(file);
    List<Integer> lineEnds = new ArrayList<>();
    for (int i = 0; i < full.length; i++) {
      if (full[i] == '\n') {
        lineEnds.add(i + 1);
      }
    }
    int from = lineEnds.get(lineEnds.size() - 3);
    Path snapshot = file.resolveSibling("journal.jsonl.snapshot");
    byte[] snapshotBytes = Files.readAllBytes(snapshot);
    for (int cut = from; cut <= full.length; cut++) {
      Path copy = dir.resolve("cut-" + cut + ".jsonl");
      Files.write(copy, Arrays.copyOf(full, cut));
      Files.write(copy.resolveSibling("cut-" + cut + ".jsonl.snapshot"), snapshotBytes);
      int complete = 0;
      for (int end : lineEnds) {
        if (end <= cut) {
          complete++;
        }
      }
      try (FileJournal journal = FileJournal.open(copy)) {
        long last = 5 + complete - 1;
        assertThat(journal.recovered()).extracting(JournalRecord::sequence)
            .containsExactlyElementsOf(sequences(6, last));
        assertThat(journal.append(record(last + 1))).isEqualTo(last + 1);
      }
    }
  }

  private static List<Long> sequences(long from, long to) {
    List<Long> list = new ArrayList<>();
    for (long i = from; i <= to; i++) {
      list.add(i);
    }
    return list;
  }

  @Test
  void appendsQueuedAroundACompactionAllSurviveInOrder() throws Exception {
    Path file = dir.resolve("busy.jsonl");
    int threads = 2;
    int perThread = 400;
    List<CompletableFuture<Long>> futures = new ArrayList<>();
    try (FileJournal journal = FileJournal.open(file)) {
      for (int i = 1; i <= 50; i++) {
        journal.append(record(i));
      }
      journal.writeSnapshot(40, "{\"state\":40}");
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<java.util.concurrent.Future<List<CompletableFuture<Long>>>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          work.add(pool.submit(() -> {
            List<CompletableFuture<Long>> mine = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
              mine.add(journal.appendAsync("{\"n\":" + i + "}"));
            }
            return mine;
          }));
        }
        assertThat(journal.compact()).isEqualTo(39);
        for (var w : work) {
          futures.addAll(w.get(30, TimeUnit.SECONDS));
        }
      } finally {
        pool.shutdown();
      }
      for (CompletableFuture<Long> future : futures) {
        future.get(30, TimeUnit.SECONDS);
      }
    }
    List<JournalRecord> records = FileJournal.read(file);
    assertThat(records.get(0).sequence()).isEqualTo(40);
    assertThat(records).hasSize(11 + threads * perThread);
    for (int i = 0; i < records.size(); i++) {
      assertThat(records.get(i).sequence()).isEqualTo(40 + i);
    }
  }

  @Test
  void aClosedJournalCannotBeCompacted() {
    Path file = dir.resolve("closed.jsonl");
    FileJournal journal = FileJournal.open(file);
    journal.close();

    assertThatThrownBy(journal::compact).isInstanceOf(EssStateException.class).hasMessageContaining("closed");
  }

  @Test
  void aSnapshotWaitsUntilTheRecordsItIncludesAreForcedWhateverThePolicy() {
    Path file = dir.resolve("interval.jsonl");
    try (FileJournal journal = FileJournal.open(file, SyncPolicy.interval(java.time.Duration.ofHours(1)))) {
      List<CompletableFuture<Long>> queued = new ArrayList<>();
      for (int i = 1; i <= 200; i++) {
        queued.add(journal.appendAsync(record(i)));
      }
      journal.writeSnapshot(200, "{\"state\":200}");

      assertThat(queued).allMatch(CompletableFuture::isDone);
      assertThat(journal.durableSequence()).isEqualTo(200);
    }
  }
}
