package coop.ess.json.journal;

import coop.ess.core.EssException;

/**
 * A journal file is damaged somewhere other than its last record: a torn tail is repaired on open, but a bad record
 * followed by good ones means the file was altered or the disk failed, and nothing is truncated.
 */
public class JournalCorruptedException extends EssException {

  private static final long serialVersionUID = 1L;

  private final long offset;

  /**
   * Creates the exception.
   *
   * @param file the journal file, not null
   * @param offset the byte offset of the damaged record
   * @param reason what is wrong with it, not null
   */
  public JournalCorruptedException(String file, long offset, String reason) {
    super("Journal " + file + " is corrupted at byte " + offset + ": " + reason);
    this.offset = offset;
  }

  /**
   * Where the damaged record starts.
   *
   * @return the byte offset
   */
  public long offset() {
    return offset;
  }
}
