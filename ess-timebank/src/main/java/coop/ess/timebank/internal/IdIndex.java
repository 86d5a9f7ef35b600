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

  /** How many ids a page of the direct table covers: {@code 1 << PAGE_BITS}. */
  public static final int PAGE_BITS = 14;
  /** How many ids a page of the direct table covers. */
  public static final int PAGE = 1 << PAGE_BITS;
  private static final int PAGE_MASK = PAGE - 1;
  private static final int FIRST_PAGE = 1024;

  /**
   * Numeric ids stored directly, by pages: page {@code p} holds entry + 1 at index {@code id - p * PAGE} for the ids
   * from {@code p * PAGE}, 0 if absent. Simulations number their exchanges 0, 1, 2…: such ids need no hashing and
   * are written in order. A page is made when a dense id (below twice the count of numeric ids plus 1,024) falls in
   * it, and then holds every id of its range; the first page starts at 1,024 ids and grows by copying up to
   * {@link #PAGE}, the others are made whole and never copied. Other ids go to the hashed table.
   */
  private int[] @Nullable [] pages = new int[4][];
  private int hashedCount;

  /** Numeric ids and their entries interleaved (key at 2 i, entry at 2 i + 1): one cache line per probe. */
  private long[] numbers = new long[2048];
  private int numberCount;

  /** Other ids: the key at i, its hash at 2 i and entry + 1 at 2 i + 1 of {@link #idSlots} (0: free slot). */
  private @Nullable ExchangeId[] ids = new ExchangeId[1024];
  private int[] idSlots = new int[2048];
  private int idCount;

  /** An empty index. */
  public IdIndex() {
    fill(numbers);
  }

  private static void fill(long[] table) {
    for (int i = 0; i < table.length; i += 2) {
      table[i] = FREE;
    }
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
    int hash = id.hashCode();
    int[] slots = idSlots;
    int mask = ids.length - 1;
    for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[2 * slot + 1] - 1;
      if (entry == ABSENT) {
        return ABSENT;
      }
      if (slots[2 * slot] == hash && id.equals(ids[slot])) {
        return entry;
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
    int @Nullable [] page = page(number);
    int i = (int) number & PAGE_MASK;
    if (page != null && i < page.length) {
      int entry = page[i] - 1;
      if (entry != ABSENT || hashedCount == 0) {
        return entry;
      }
    } else if (hashedCount == 0) {
      return ABSENT;
    }
    return probe(number);
  }

  /** The page of the direct table that covers a numeric id, or null if there is none. */
  private int @Nullable [] page(long number) {
    long p = number >>> PAGE_BITS;
    int[] @Nullable [] all = pages;
    return p < all.length ? all[(int) p] : null;
  }

  /** The entry of a numeric id in the hashed table. */
  private int probe(long number) {
    long[] table = numbers;
    int mask = (table.length >> 1) - 1;
    for (int slot = mix(number) & mask; ; slot = (slot + 1) & mask) {
      long key = table[2 * slot];
      if (key == FREE) {
        return ABSENT;
      }
      if (key == number) {
        return (int) table[2 * slot + 1];
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
      int[] oldSlots = idSlots;
      ids = new ExchangeId[oldKeys.length * 2];
      idSlots = new int[oldSlots.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        @Nullable ExchangeId key = oldKeys[i];
        if (key != null) {
          insert(key, oldSlots[2 * i], oldSlots[2 * i + 1] - 1);
        }
      }
    }
    insert(id, id.hashCode(), entry);
    idCount++;
  }

  private void insert(ExchangeId id, int hash, int entry) {
    int[] slots = idSlots;
    int mask = ids.length - 1;
    int slot = mix(hash) & mask;
    while (slots[2 * slot + 1] != 0) {
      slot = (slot + 1) & mask;
    }
    ids[slot] = id;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = entry + 1;
  }

  /**
   * Records a new numeric id.
   *
   * @param number an id not yet recorded, not negative
   * @param entry its entry number
   */
  public void put(long number, int entry) {
    numberCount++;
    int @Nullable [] page = page(number);
    int i = (int) number & PAGE_MASK;
    if (page != null && i < page.length) {
      page[i] = entry + 1;
      return;
    }
    putBeyond(number, entry);
  }

  /**
   * For a run of {@link #put(long, int)} in place: the pages of the direct table (page {@code id / PAGE}, when it
   * exists and is longer than {@code id % PAGE}, holds entry + 1 at that index, 0 if absent), or null if some
   * numeric ids are hashed (then an absent slot does not mean an absent id). The array is replaced when it grows. A
   * caller that stores entries in a page must then call {@link #countDirect}.
   *
   * @return the pages, or null
   */
  public int @Nullable [] @Nullable [] directPages() {
    return hashedCount == 0 ? pages : null;
  }

  /**
   * Counts ids that were stored in place in {@link #directPages()}.
   *
   * @param stored how many, not negative
   */
  public void countDirect(int stored) {
    numberCount += stored;
  }

  /**
   * Records a numeric id that no page holds: in a new page (or the first page grown) while ids stay dense, else in
   * the hashed table.
   */
  private void putBeyond(long number, int entry) {
    if (number < 2L * numberCount + 1024 && number < Integer.MAX_VALUE / 2) {
      int p = (int) (number >>> PAGE_BITS);
      if (p >= pages.length) {
        int length = pages.length;
        while (length <= p) {
          length *= 2;
        }
        pages = Arrays.copyOf(pages, length);
      }
      int @Nullable [] page = pages[p];
      int i = (int) number & PAGE_MASK;
      if (page == null) {
        page = new int[p == 0 ? Math.min(PAGE, Math.max(FIRST_PAGE, 2 * Integer.highestOneBit(i))) : PAGE];
      } else {
        int length = page.length;
        while (length <= i) {
          length *= 4;
        }
        page = Arrays.copyOf(page, Math.min(PAGE, length));
      }
      pages[p] = page;
      page[i] = entry + 1;
      return;
    }
    if (4 * (hashedCount + 1) > numbers.length) {
      long[] old = numbers;
      numbers = new long[old.length * 2];
      fill(numbers);
      for (int i = 0; i < old.length; i += 2) {
        if (old[i] != FREE) {
          insert(old[i], (int) old[i + 1]);
        }
      }
    }
    insert(number, entry);
    hashedCount++;
  }

  private void insert(long number, int entry) {
    long[] table = numbers;
    int mask = (table.length >> 1) - 1;
    int slot = mix(number) & mask;
    while (table[2 * slot] != FREE) {
      slot = (slot + 1) & mask;
    }
    table[2 * slot] = number;
    table[2 * slot + 1] = entry;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29));
  }
}
