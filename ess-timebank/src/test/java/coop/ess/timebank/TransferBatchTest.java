package coop.ess.timebank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssStateException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TransferBatchTest {

  @Test
  void aBatchKeepsItsTransfersInOrder() {
    TransferBatch batch = new TransferBatch(3);

    assertThat(batch.add(5, 1, 2, 30, Category.DIY)).isZero();
    assertThat(batch.add(6, 2, 1, 15, Category.COOKING)).isEqualTo(1);

    assertThat(batch.size()).isEqualTo(2);
    assertThat(batch.id(1)).isEqualTo(6);
    assertThat(batch.from(1)).isEqualTo(2);
    assertThat(batch.to(1)).isEqualTo(1);
    assertThat(batch.minutes(1)).isEqualTo(15);
    assertThat(batch.category(0)).isEqualTo(Category.DIY);
    assertThat(batch.category(1)).isEqualTo(Category.COOKING);
  }

  @Test
  void clearingEmptiesTheBatchAndKeepsItsCapacity() {
    TransferBatch batch = new TransferBatch(2);
    batch.add(1, 0, 1, 30, Category.DIY);

    batch.clear();

    assertThat(batch.size()).isZero();
    assertThat(batch.capacity()).isEqualTo(2);
    assertThatThrownBy(() -> batch.id(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void manyCategoriesFitInOneBatch() {
    TransferBatch batch = new TransferBatch(20);
    for (int i = 0; i < 20; i++) {
      batch.add(i, 0, 1, 1, Category.of("c" + i));
    }

    assertThat(batch.category(17)).isEqualTo(Category.of("c17"));
  }

  @Test
  void misuseThrows() {
    TransferBatch batch = new TransferBatch(1);
    batch.add(1, 0, 1, 30, Category.DIY);

    assertThatThrownBy(() -> batch.add(2, 0, 1, 30, Category.DIY)).isInstanceOf(EssStateException.class);
    assertThatThrownBy(() -> new TransferBatch(1).add(-1, 0, 1, 30, Category.DIY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TransferBatch(0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Adding columns in bulk is the same as adding their rows one by one, whatever the batch held before. */
  @Property(tries = 200)
  void addingColumnsIsAddingTheirRowsOneByOne(@ForAll @IntRange(max = 40) int before,
      @ForAll @IntRange(max = 30) int offset, @ForAll @IntRange(max = 60) int count, @ForAll long seed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    int length = offset + count + random.nextInt(5);
    long[] ids = new long[length];
    int[] froms = new int[length];
    int[] tos = new int[length];
    long[] minutes = new long[length];
    for (int j = 0; j < length; j++) {
      ids[j] = random.nextLong(1L << 50);
      froms[j] = random.nextInt(100);
      tos[j] = random.nextInt(100);
      minutes[j] = random.nextInt(200) - 10;
    }
    TransferBatch bulk = new TransferBatch(before + count + 1);
    TransferBatch single = new TransferBatch(before + count + 1);
    for (int j = 0; j < before; j++) {
      bulk.add(j, j, j + 1, j, j % 2 == 0 ? Category.COOKING : Category.DIY);
      single.add(j, j, j + 1, j, j % 2 == 0 ? Category.COOKING : Category.DIY);
    }

    bulk.addAll(ids, froms, tos, minutes, offset, count, Category.DIY);
    for (int j = offset; j < offset + count; j++) {
      single.add(ids[j], froms[j], tos[j], minutes[j], Category.DIY);
    }

    assertThat(bulk.size()).isEqualTo(single.size()).isEqualTo(before + count);
    for (int k = 0; k < bulk.size(); k++) {
      assertThat(bulk.id(k)).isEqualTo(single.id(k));
      assertThat(bulk.from(k)).isEqualTo(single.from(k));
      assertThat(bulk.to(k)).isEqualTo(single.to(k));
      assertThat(bulk.minutes(k)).isEqualTo(single.minutes(k));
      assertThat(bulk.category(k)).isEqualTo(single.category(k));
    }
  }

  @Test
  void aRefusedBulkAddLeavesTheBatchAsItWas() {
    TransferBatch batch = new TransferBatch(4);
    batch.add(1, 0, 1, 30, Category.COOKING);
    long[] ids = {2, 3, -4};
    int[] accounts = {0, 1, 2};
    long[] minutes = {10, 20, 30};

    assertThatThrownBy(() -> batch.addAll(ids, accounts, accounts, minutes, 0, 3, Category.DIY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-4 at ids[2]");
    assertThatThrownBy(() -> batch.addAll(new long[] {2, 3, 4, 5}, new int[4], new int[4], new long[4], 0, 4,
        Category.DIY)).isInstanceOf(EssStateException.class).hasMessageContaining("room for 3");
    assertThatThrownBy(() -> batch.addAll(ids, accounts, new int[2], minutes, 0, 3, Category.DIY))
        .isInstanceOf(IndexOutOfBoundsException.class);

    assertThat(batch.size()).isEqualTo(1);
    assertThat(batch.category(0)).isEqualTo(Category.COOKING);
    batch.addAll(ids, accounts, accounts, minutes, 0, 2, Category.DIY);
    assertThat(batch.size()).isEqualTo(3);
    assertThat(batch.id(2)).isEqualTo(3);
    assertThat(batch.category(2)).isEqualTo(Category.DIY);
  }
}
