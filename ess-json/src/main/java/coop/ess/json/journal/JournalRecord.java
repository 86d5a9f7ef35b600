package coop.ess.json.journal;

import java.util.Objects;

/**
 * One record of a {@link FileJournal}: its sequence number (1, 2, 3… in append order) and its JSON text.
 *
 * <p>Immutable and thread-safe.
 */
public final class JournalRecord {

  private final long sequence;
  private final String json;

  /**
   * Creates a record.
   *
   * @param sequence the sequence number, at least 1
   * @param json the record as JSON text on one line, not null
   */
  public JournalRecord(long sequence, String json) {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be at least 1: " + sequence);
    }
    this.sequence = sequence;
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * The sequence number.
   *
   * @return the sequence, at least 1
   */
  public long sequence() {
    return sequence;
  }

  /**
   * The record's JSON text.
   *
   * @return the JSON, not null
   */
  public String json() {
    return json;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JournalRecord that && sequence == that.sequence && json.equals(that.json);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(sequence) * 31 + json.hashCode();
  }

  @Override
  public String toString() {
    return "#" + sequence + " " + json;
  }
}
