package coop.ess.timebank.internal;

import coop.ess.timebank.ExchangeId;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The ledger's idempotency index: exchange id to entry number, in two open-addressing tables (linear probing, load at
 * most one half) that keep no node per entry. Ids whose text is a canonical decimal number ({@code "0"},
 * {@code "42"}, not {@code "042"}) live in a {@code long} table, so that {@code Ledger.transfer} by number and
 * {@code Ledger.post} of an {@code ExchangeId} share one id space; every other id lives in an object table.
 *
 * <p>Not thread-safe: the ledger uses it under its lock.
 */
public final class IdIndex {

  /** Returned by the look-ups when the id is absent. */
  public static final int ABSENT = -1;

  private static final long FREE = -1;

  private long[] numbers = new long[1024];
  private int[] numberValues = new int[1024];
  private int numberCount;

  private @Nullable ExchangeId[] ids = new ExchangeId[1024];
  private int[] idValues = new int[1024];
  private int idCount;

  /** An empty index. */
  public IdIndex() {
    Arrays.fill(numbers, FREE);
  }

  /**
   * The number an id's text stands for, if it is a canonical decimal number of at most 18 digits.
   *
   * @param value the text of an id
   * @return the number, or -1 if the text is not one
   */
  public static long numeric(String value) {
    int length = value.length();
    if (length == 0 || length > 18) {
      return -1;
    }
    char first = value.charAt(0);
    if (first < '0' || first > '9' || (first == '0' && length > 1)) {
      return -1;
    }
    long number = 0;
    for (int i = 0; i < length; i++) {
      char digit = value.charAt(i);
      if (digit < '0' || digit > '9') {
        return -1;
      }
      number = number * 10 + (digit - '0');
    }
    return number;
  }

  /**
   * The entry of an id.
   *
   * @param id the id
   * @return its entry number, or {@link #ABSENT}
   */
  public int get(ExchangeId id) {
    long number = numeric(id.value());
    if (number >= 0) {
      return get(number);
    }
    @Nullable ExchangeId[] keys = ids;
    int mask = keys.length - 1;
    for (int slot = mix(id.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      @Nullable ExchangeId key = keys[slot];
      if (key == null) {
        return ABSENT;
      }
      if (key.equals(id)) {
        return idValues[slot];
      }
    }
  }

  /**
   * The entry of a numeric id.
   *
   * @param number the id, not negative
   * @return its entry number, or {@link #ABSENT}
   */
  public int get(long number) {
    long[] keys = numbers;
    int mask = keys.length - 1;
    for (int slot = mix(number) & mask; ; slot = (slot + 1) & mask) {
      long key = keys[slot];
      if (key == FREE) {
        return ABSENT;
      }
      if (key == number) {
        return numberValues[slot];
      }
    }
  }

  /**
   * Records a new id.
   *
   * @param id an id not yet recorded
   * @param entry its entry number
   */
  public void put(ExchangeId id, int entry) {
    long number = numeric(id.value());
    if (number >= 0) {
      put(number, entry);
      return;
    }
    if (2 * (idCount + 1) > ids.length) {
      @Nullable ExchangeId[] oldKeys = ids;
      int[] oldValues = idValues;
      ids = new ExchangeId[oldKeys.length * 2];
      idValues = new int[oldKeys.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        @Nullable ExchangeId key = oldKeys[i];
        if (key != null) {
          insert(key, oldValues[i]);
        }
      }
    }
    insert(id, entry);
    idCount++;
  }

  private void insert(ExchangeId id, int entry) {
    @Nullable ExchangeId[] keys = ids;
    int mask = keys.length - 1;
    int slot = mix(id.hashCode()) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = id;
    idValues[slot] = entry;
  }

  /**
   * Records a new numeric id.
   *
   * @param number an id not yet recorded, not negative
   * @param entry its entry number
   */
  public void put(long number, int entry) {
    if (2 * (numberCount + 1) > numbers.length) {
      long[] oldKeys = numbers;
      int[] oldValues = numberValues;
      numbers = new long[oldKeys.length * 2];
      Arrays.fill(numbers, FREE);
      numberValues = new int[oldKeys.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != FREE) {
          insert(oldKeys[i], oldValues[i]);
        }
      }
    }
    insert(number, entry);
    numberCount++;
  }

  private void insert(long number, int entry) {
    long[] keys = numbers;
    int mask = keys.length - 1;
    int slot = mix(number) & mask;
    while (keys[slot] != FREE) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = number;
    numberValues[slot] = entry;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29));
  }
}
