package coop.ess.json.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssStateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileJournalTest {

  @TempDir
  Path dir;

  private static String record(int i) {
    return "{\"type\":\"posted\",\"id\":\"t" + i + "\",\"note\":\"échange n°" + i + "\"}";
  }

  private Path journalWith(int count, SyncPolicy policy) {
    Path file = dir.resolve("journal-" + policy.kind() + "-" + count + ".jsonl");
    try (FileJournal journal = FileJournal.open(file, policy)) {
      for (int i = 1; i <= count; i++) {
        assertThat(journal.append(record(i))).isEqualTo(i);
      }
      assertThat(journal.durableSequence()).isEqualTo(count);
    }
    return file;
  }

  @Test
  void recordsAreReplayedInOrderAfterReopening() {
    Path file = journalWith(5, SyncPolicy.everyBatch());
    try (FileJournal journal = FileJournal.open(file)) {
      assertThat(journal.recovered()).extracting(JournalRecord::json)
          .containsExactly(record(1), record(2), record(3), record(4), record(5));
      assertThat(journal.truncatedBytes()).isZero();
      assertThat(journal.append(record(6))).isEqualTo(6);
    }
    assertThat(FileJournal.read(file)).hasSize(6);
  }

  @Test
  void everySyncPolicyWritesTheSameFile() throws IOException {
    byte[] batch = Files.readAllBytes(journalWith(20, SyncPolicy.everyBatch()));
    byte[] each = Files.readAllBytes(journalWith(20, SyncPolicy.everyRecord()));
    byte[] interval = Files.readAllBytes(journalWith(20, SyncPolicy.interval(Duration.ofMillis(5))));
    assertThat(each).isEqualTo(batch);
    assertThat(interval).isEqualTo(batch);
  }

  @Test
  void eachLineIsJsonWithSequenceChecksumAndRecord() throws IOException {
    Path file = journalWith(1, SyncPolicy.everyBatch());
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .matches("\\{\"seq\":1,\"crc\":\"[0-9a-f]{8}\",\"record\":\\{\"type\":\"posted\".*}}\n");
  }

  /** Cuts the file at every byte offset of its last three records: exactly the complete lines survive. */
  @Test
  void aTornTailIsCutAtEveryPossibleOffset() throws IOException {
    Path file = journalWith(8, SyncPolicy.everyBatch());
    byte[] full = Files.readAllBytes(file);
    List<Integer> lineEnds = new ArrayList<>();
    for (int i = 0; i < full.length; i++) {
      if (full[i] == '\n') {
        lineEnds.add(i + 1);
      }
    }
    int firstCut = lineEnds.get(lineEnds.size() - 4);
    for (int cut = firstCut; cut <= full.length; cut++) {
      Path torn = dir.resolve("torn-" + cut + ".jsonl");
      Files.write(torn, Arrays.copyOf(full, cut));
      int complete = 0;
      int keep = 0;
      for (int end : lineEnds) {
        if (end <= cut) {
          complete++;
          keep = end;
        }
      }
      try (FileJournal journal = FileJournal.open(torn)) {
        assertThat(journal.recovered()).as("cut at %d", cut).hasSize(complete);
        assertThat(journal.truncatedBytes()).isEqualTo(cut - keep);
        assertThat(journal.append(record(100))).isEqualTo(complete + 1);
      }
      assertThat(FileJournal.read(torn)).hasSize(complete + 1);
    }
  }

  @Test
  void garbageAtTheEndIsATornTailButGarbageBeforeAGoodRecordIsCorruption() throws IOException {
    Path file = journalWith(3, SyncPolicy.everyBatch());
    byte[] good = Files.readAllBytes(file);

    Path tail = dir.resolve("tail.jsonl");
    Files.write(tail, concat(good, "{\"seq\":4,\"crc\":\"00000000\",\"record\":{}}\nxx\n".getBytes(StandardCharsets.UTF_8)));
    try (FileJournal journal = FileJournal.open(tail)) {
      assertThat(journal.recovered()).hasSize(3);
    }

    Path middle = dir.resolve("middle.jsonl");
    byte[] damaged = good.clone();
    int secondLine = indexOf(damaged, (byte) '\n') + 1;
    damaged[secondLine + 30] ^= 1;
    Files.write(middle, damaged);
    assertThatThrownBy(() -> FileJournal.open(middle))
        .isInstanceOfSatisfying(JournalCorruptedException.class,
            e -> assertThat(e.offset()).isEqualTo(secondLine))
        .hasMessageContaining("CRC");
    assertThat(Files.readAllBytes(middle)).isEqualTo(damaged);
  }

  @Test
  void concurrentAppendersNeverInterleaveAndKeepTheirOrder() throws Exception {
    Path file = dir.resolve("concurrent.jsonl");
    int threads = 4;
    int each = 300;
    ConcurrentHashMap<String, Long> sequences = new ConcurrentHashMap<>();
    try (FileJournal journal = FileJournal.open(file)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      for (int t = 0; t < threads; t++) {
        int thread = t;
        pool.submit(() -> {
          start.await();
          List<CompletableFuture<Long>> futures = new ArrayList<>();
          for (int i = 0; i < each; i++) {
            String json = "{\"thread\":" + thread + ",\"i\":" + i + "}";
            CompletableFuture<Long> future = i % 2 == 0 ? journal.appendAsync(json)
                : CompletableFuture.completedFuture(journal.append(json));
            futures.add(future.thenApply(sequence -> {
              sequences.put(json, sequence);
              return sequence;
            }));
          }
          CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
          return null;
        });
      }
      start.countDown();
      pool.shutdown();
      assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
    List<JournalRecord> records = FileJournal.read(file);
    assertThat(records).hasSize(threads * each);
    for (int i = 0; i < records.size(); i++) {
      JournalRecord record = records.get(i);
      assertThat(record.sequence()).isEqualTo(i + 1);
      assertThat(sequences.get(record.json())).isEqualTo(record.sequence());
    }
    for (int t = 0; t < threads; t++) {
      String prefix = "{\"thread\":" + t + ",";
      List<String> mine = records.stream().map(JournalRecord::json).filter(j -> j.startsWith(prefix)).toList();
      for (int i = 0; i < each; i++) {
        assertThat(mine.get(i)).isEqualTo(prefix + "\"i\":" + i + "}");
      }
    }
  }

  @Test
  void aSnapshotLetsReplayStartAfterIt() {
    Path file = dir.resolve("snap.jsonl");
    try (FileJournal journal = FileJournal.open(file)) {
      for (int i = 1; i <= 5; i++) {
        journal.append(record(i));
      }
      journal.writeSnapshot(3, "{\"balances\":{\"ana\":-60}}");
      assertThatThrownBy(() -> journal.writeSnapshot(9, "{}")).isInstanceOf(IllegalArgumentException.class);
    }
    try (FileJournal journal = FileJournal.open(file)) {
      assertThat(journal.snapshot()).hasValueSatisfying(s -> {
        assertThat(s.sequence()).isEqualTo(3);
        assertThat(s.json()).isEqualTo("{\"balances\":{\"ana\":-60}}");
      });
      assertThat(journal.recovered()).extracting(JournalRecord::sequence).containsExactly(4L, 5L);
    }
  }

  @Test
  void misuseIsRefusedClearly() {
    Path file = dir.resolve("misuse.jsonl");
    FileJournal journal = FileJournal.open(file);
    assertThatThrownBy(() -> journal.append("{\n}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one line");
    journal.close();
    assertThatThrownBy(() -> journal.append("{}")).isInstanceOf(EssStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> SyncPolicy.interval(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static int indexOf(byte[] bytes, byte value) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
