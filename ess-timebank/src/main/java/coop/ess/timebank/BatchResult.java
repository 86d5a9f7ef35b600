package coop.ess.timebank;

import coop.ess.core.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Ledger#transferAll} did with each transfer of a {@link TransferBatch}, by index: its {@link Outcome}
 * and its violations (errors of a refused transfer, warnings of a posted one). Violations are kept only for the
 * transfers that have some, so a batch that posts cleanly fills in one byte per transfer.
 *
 * <p>Reusable: every {@link Ledger#transferAll} clears it first; it grows to the largest batch it has seen. Mutable
 * and not thread-safe.
 */
public final class BatchResult {

  private static final Outcome[] OUTCOMES = Outcome.values();
  private static final byte NONE = -1;

  /** The outcome of each transfer as its ordinal, written by the ledger. */
  byte[] outcomes = new byte[0];
  private @Nullable List<Violation>[] violations = newLists(0);
  /** The indexes that have violations, so that clearing costs what was set. */
  private int[] withViolations = new int[16];
  private int withViolationsCount;
  private int size;

  /** An empty result, to pass to {@link Ledger#transferAll}. */
  public BatchResult() {}

  @SuppressWarnings("unchecked")
  private static @Nullable List<Violation>[] newLists(int length) {
    return (@Nullable List<Violation>[]) new List<?>[length];
  }

  /** Clears the result and makes room for {@code batchSize} transfers; for the ledger. */
  void reset(int batchSize) {
    for (int i = 0; i < withViolationsCount; i++) {
      violations[withViolations[i]] = null;
    }
    withViolationsCount = 0;
    if (outcomes.length < batchSize) {
      outcomes = new byte[batchSize];
      violations = newLists(batchSize);
    }
    Arrays.fill(outcomes, 0, batchSize, NONE);
    size = batchSize;
  }

  /** Records what happened to transfer {@code index}, copying its violations if it has any; for the ledger. */
  void set(int index, Outcome outcome, List<Violation> found) {
    outcomes[index] = (byte) outcome.ordinal();
    if (!found.isEmpty()) {
      violations[index] = List.copyOf(found);
      if (withViolationsCount == withViolations.length) {
        withViolations = Arrays.copyOf(withViolations, withViolationsCount * 2);
      }
      withViolations[withViolationsCount++] = index;
    }
  }

  /**
   * How many transfers the last batch held.
   *
   * @return the count, not negative
   */
  public int size() {
    return size;
  }

  /**
   * What the ledger did with a transfer.
   *
   * @param index an index below {@link #size()}
   * @return {@link Outcome#POSTED}, {@link Outcome#DUPLICATE} or {@link Outcome#REJECTED}; not null
   * @throws IndexOutOfBoundsException if there is no such transfer
   */
  public Outcome outcome(int index) {
    return OUTCOMES[outcomes[Objects.checkIndex(index, size)]];
  }

  /**
   * The violations of a transfer: every error of a refused one (then its warnings), the warnings of a posted one,
   * in the order {@link Ledger#transfer} would add them.
   *
   * @param index an index below {@link #size()}
   * @return the violations, not null, usually empty
   * @throws IndexOutOfBoundsException if there is no such transfer
   */
  public List<Violation> violations(int index) {
    List<Violation> found = violations[Objects.checkIndex(index, size)];
    return found == null ? List.of() : found;
  }

  /**
   * How many transfers of the last batch had this outcome.
   *
   * @param outcome the outcome, not null
   * @return the count, not negative
   */
  public int count(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    byte code = (byte) outcome.ordinal();
    int count = 0;
    for (int i = 0; i < size; i++) {
      count += outcomes[i] == code ? 1 : 0;
    }
    return count;
  }

  @Override
  public String toString() {
    return "BatchResult[" + size + " transfers, " + count(Outcome.POSTED) + " posted, " + count(Outcome.DUPLICATE)
        + " duplicates, " + count(Outcome.REJECTED) + " rejected]";
  }
}
