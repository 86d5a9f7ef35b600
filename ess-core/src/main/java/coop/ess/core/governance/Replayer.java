package coop.ess.core.governance;

import coop.ess.core.EssStateException;
import coop.ess.core.MemberId;

/** What the engines share to replay saved events: reading an event's parts and checking it was recorded again. */
final class Replayer {

  private Replayer() {}

  /** Checks that the journal recorded the saved event again, identically. */
  static void check(Journal journal, GovernanceEvent saved) {
    if (journal.size() < saved.sequence()) {
      throw new EssStateException("Event #" + saved.sequence() + " does not replay: " + saved
          + " (nothing was recorded at " + saved.at() + ")");
    }
    GovernanceEvent again = journal.get(saved.sequence());
    if (!again.equals(saved)) {
      throw new EssStateException("Event #" + saved.sequence() + " does not replay: saved " + saved + ", replayed "
          + again);
    }
  }

  static MemberId actor(GovernanceEvent event) {
    return event.actor().orElseThrow(() -> new EssStateException("Event #" + event.sequence() + " of kind "
        + event.kind() + " lacks its actor"));
  }

  /** The detail before the first {@code separator}. */
  static String before(GovernanceEvent event, String separator) {
    int at = event.detail().indexOf(separator);
    if (at < 0) {
      throw new EssStateException("Event #" + event.sequence() + " has a detail without \"" + separator + "\": "
          + event.detail());
    }
    return event.detail().substring(0, at);
  }

  /** The detail after the first {@code separator}. */
  static String after(GovernanceEvent event, String separator) {
    return event.detail().substring(before(event, separator).length() + separator.length());
  }
}
