package coop.ess.json.journal;

import java.util.Objects;

/**
 * One damaged line of a journal file, as {@link FileJournal#check} finds it: where (line number from 1 and byte
 * offset), why, and whether it lies in the torn tail that opening the journal cuts (a write that was never
 * acknowledged) or before a good record, which makes the file corrupted ({@link JournalCorruptedException} on open).
 *
 * <p>Immutable and thread-safe.
 */
public final class JournalDamage {

  private final long line;
  private final long offset;
  private final String reason;
  private final boolean torn;

  /**
   * Creates a damage report.
   *
   * @param line the line number, from 1
   * @param offset the byte offset where the line starts, at least 0
   * @param reason what is wrong with the line, in English, not null
   * @param torn whether the line is in the torn tail (no good record follows it)
   * @throws IllegalArgumentException if the line is below 1 or the offset negative
   */
  public JournalDamage(long line, long offset, String reason, boolean torn) {
    if (line < 1 || offset < 0) {
      throw new IllegalArgumentException("line must be at least 1 and offset at least 0: " + line + ", " + offset);
    }
    this.line = line;
    this.offset = offset;
    this.reason = Objects.requireNonNull(reason, "reason");
    this.torn = torn;
  }

  /**
   * The line number.
   *
   * @return the line, from 1
   */
  public long line() {
    return line;
  }

  /**
   * Where the line starts.
   *
   * @return the byte offset, at least 0
   */
  public long offset() {
    return offset;
  }

  /**
   * What is wrong with the line.
   *
   * @return the reason, in English, not null
   */
  public String reason() {
    return reason;
  }

  /**
   * Whether the line is part of a torn tail: no good record follows it, so it was never acknowledged and opening
   * the journal cuts it. If false, a good record follows and opening the journal fails.
   *
   * @return true for a torn tail, false for corruption
   */
  public boolean torn() {
    return torn;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JournalDamage that && line == that.line && offset == that.offset && torn == that.torn
        && reason.equals(that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, offset, reason, torn);
  }

  @Override
  public String toString() {
    return "line " + line + " (byte " + offset + "): " + (torn ? "torn tail: " : "corrupted: ") + reason;
  }
}
