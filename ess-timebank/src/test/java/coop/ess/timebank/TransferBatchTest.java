package coop.ess.timebank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssStateException;
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
}
