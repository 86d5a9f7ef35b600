package coop.ess.booking;

/** What a {@link BookingCalendar} does with a series when some of its occurrences are refused. */
public enum SeriesMode {
  /** Record nothing unless every occurrence is accepted. */
  REFUSE_WHOLE_SERIES,
  /** Record the accepted occurrences and leave out the refused ones (reported with their violations). */
  SKIP_CONFLICTS
}
