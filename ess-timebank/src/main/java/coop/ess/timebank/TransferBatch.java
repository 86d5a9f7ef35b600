package coop.ess.timebank;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Single-leg transfers to post together with {@link Ledger#transferAll}, stored as columns of primitives (ids,
 * payer and payee account numbers, amounts, categories) rather than as objects, in the style of TigerBeetle, whose
 * clients batch up to 8,189 transfers per request. Each transfer {@code k} stands for exactly what
 * {@code ledger.transfer(id(k), from(k), to(k), minutes(k), category(k), violations)} would post.
 *
 * <p>A batch is meant to be filled, posted, {@link #clear() cleared} and filled again by one thread: it allocates
 * nothing after it is created. Mutable and not thread-safe.
 */
public final class TransferBatch {

  /** The largest capacity of a batch. */
  public static final int MAX_CAPACITY = 1 << 20;

  final long[] ids;
  final int[] froms;
  final int[] tos;
  final long[] minutes;
  /** The category of each transfer, as its number in {@link #kinds} (no reference stored per transfer). */
  final int[] categories;
  /** The distinct categories of the batch, in the order they first appeared. */
  Category[] kinds = new Category[4];
  private int kindCount;
  /** The category of the last transfer added and its number: transfers in a row usually share one. */
  private @Nullable Category lastKind;
  private int lastKindNumber;
  private int size;

  /**
   * An empty batch.
   *
   * @param capacity how many transfers it can hold, 1 to {@link #MAX_CAPACITY} (a few dozen to a few thousand
   *     amortise the ledger's lock without holding it long)
   * @throws IllegalArgumentException if the capacity is out of range
   */
  public TransferBatch(int capacity) {
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw new IllegalArgumentException("A batch holds 1 to " + MAX_CAPACITY + " transfers, got " + capacity);
    }
    ids = new long[capacity];
    froms = new int[capacity];
    tos = new int[capacity];
    minutes = new long[capacity];
    categories = new int[capacity];
    Arrays.fill(kinds, Ledger.DEMURRAGE);
  }

  /**
   * Adds a transfer at the end of the batch.
   *
   * @param id the exchange id as a number (the exchange id {@code "42"} for 42), not negative
   * @param from the number of the account that received the service and pays (see {@link Ledger#accountNumber})
   * @param to the number of the account that gave it and earns
   * @param amount the amount in minutes (the rules refuse amounts below 1)
   * @param category the kind of service, not null
   * @return the index of the transfer in the batch, from 0
   * @throws IllegalArgumentException if {@code id} is negative
   * @throws coop.ess.core.EssStateException if the batch is full
   */
  public int add(long id, int from, int to, long amount, Category category) {
    Objects.requireNonNull(category, "category");
    int k = size;
    if (id < 0 || k == ids.length) {
      throw refusal(id);
    }
    ids[k] = id;
    froms[k] = from;
    tos[k] = to;
    minutes[k] = amount;
    categories[k] = category == lastKind ? lastKindNumber : kindOf(category);
    size = k + 1;
    return k;
  }

  /**
   * Adds transfers of one category from columns, at the end of the batch: transfer {@code j} of them is
   * {@code ids[offset + j]}, {@code froms[offset + j]}, {@code tos[offset + j]}, {@code minutes[offset + j]}, for
   * {@code j} from 0 to {@code count - 1}, in that order. It stands for {@code count} calls of
   * {@link #add(long, int, int, long, Category)}, with the columns copied in bulk: the way for a simulation that
   * keeps its transfers in arrays. Every argument is checked before anything is added, so that a refused call
   * leaves the batch as it was.
   *
   * <pre>{@code
   * batch.addAll(ids, payers, payees, amounts, 0, 1_000, Category.DIY);
   * ledger.transferAll(batch, result);
   * }</pre>
   *
   * @param ids the exchange ids as numbers, not null; those added not negative
   * @param froms the numbers of the paying accounts, not null
   * @param tos the numbers of the earning accounts, not null
   * @param minutes the amounts in minutes, not null
   * @param offset the index in each array of the first transfer to add, not negative
   * @param count how many to add, not negative (0 adds nothing)
   * @param category the kind of service of all of them, not null
   * @throws IndexOutOfBoundsException if {@code offset} and {@code count} do not fit in one of the arrays
   * @throws IllegalArgumentException if an id to add is negative (the message gives its index in {@code ids})
   * @throws coop.ess.core.EssStateException if the batch has no room for {@code count} more transfers
   */
  public void addAll(long[] ids, int[] froms, int[] tos, long[] minutes, int offset, int count,
      Category category) {
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(froms, "froms");
    Objects.requireNonNull(tos, "tos");
    Objects.requireNonNull(minutes, "minutes");
    Objects.requireNonNull(category, "category");
    Objects.checkFromIndexSize(offset, count, ids.length);
    Objects.checkFromIndexSize(offset, count, froms.length);
    Objects.checkFromIndexSize(offset, count, tos.length);
    Objects.checkFromIndexSize(offset, count, minutes.length);
    int k = size;
    if (count > this.ids.length - k) {
      throw new coop.ess.core.EssStateException("The batch has room for " + (this.ids.length - k)
          + " more transfers, not " + count);
    }
    long signs = 0;
    for (int j = offset; j < offset + count; j++) {
      signs |= ids[j];
    }
    if (signs < 0) {
      for (int j = offset; ; j++) {
        if (ids[j] < 0) {
          throw new IllegalArgumentException("A transfer id must not be negative, got " + ids[j] + " at ids[" + j
              + "]");
        }
      }
    }
    System.arraycopy(ids, offset, this.ids, k, count);
    System.arraycopy(froms, offset, this.froms, k, count);
    System.arraycopy(tos, offset, this.tos, k, count);
    System.arraycopy(minutes, offset, this.minutes, k, count);
    if (count > 0) {
      Arrays.fill(categories, k, k + count, category == lastKind ? lastKindNumber : kindOf(category));
    }
    size = k + count;
  }

  private RuntimeException refusal(long id) {
    if (id < 0) {
      return new IllegalArgumentException("A transfer id must not be negative, got " + id);
    }
    return new coop.ess.core.EssStateException("The batch is full (" + ids.length + " transfers)");
  }

  private int kindOf(Category category) {
    int number = -1;
    for (int i = kindCount - 1; i >= 0 && number < 0; i--) {
      if (kinds[i] == category) {
        number = i;
      }
    }
    if (number < 0) {
      if (kindCount == kinds.length) {
        kinds = Arrays.copyOf(kinds, kindCount * 2);
        Arrays.fill(kinds, kindCount, kinds.length, Ledger.DEMURRAGE);
      }
      kinds[kindCount] = category;
      number = kindCount++;
    }
    lastKind = category;
    lastKindNumber = number;
    return number;
  }

  /** How many distinct categories {@link #kinds} holds; for the ledger. */
  int kindCount() {
    return kindCount;
  }

  /** Empties the batch, keeping its capacity. */
  public void clear() {
    size = 0;
    kindCount = 0;
    lastKind = null;
  }

  /**
   * How many transfers the batch holds.
   *
   * @return the count, 0 to {@link #capacity()}
   */
  public int size() {
    return size;
  }

  /**
   * How many transfers the batch can hold.
   *
   * @return the capacity, at least 1
   */
  public int capacity() {
    return ids.length;
  }

  /**
   * The id of a transfer.
   *
   * @param index an index below {@link #size()}
   * @return the id, not negative
   * @throws IndexOutOfBoundsException if there is no such transfer
   */
  public long id(int index) {
    return ids[Objects.checkIndex(index, size)];
  }

  /**
   * The paying account of a transfer.
   *
   * @param index an index below {@link #size()}
   * @return the account number
   * @throws IndexOutOfBoundsException if there is no such transfer
   */
  public int from(int index) {
    return froms[Objects.checkIndex(index, size)];
  }

  /**
   * The earning account of a transfer.
   *
   * @param index an index below {@link #size()}
   * @return the account number
   * @throws IndexOutOfBoundsException if there is no such transfer
   */
  public int to(int index) {
    return tos[Objects.checkIndex(index, size)];
  }

  /**
   * The amount of a transfer.
   *
   * @param index an index below {@link #size()}
   * @return minutes
   * @throws IndexOutOfBoundsException if there is no such transfer
   */
  public long minutes(int index) {
    return minutes[Objects.checkIndex(index, size)];
  }

  /**
   * The category of a transfer.
   *
   * @param index an index below {@link #size()}
   * @return the category, not null
   * @throws IndexOutOfBoundsException if there is no such transfer
   */
  public Category category(int index) {
    return kinds[categories[Objects.checkIndex(index, size)]];
  }

  @Override
  public String toString() {
    return "TransferBatch[" + size + " of " + ids.length + "]";
  }
}
