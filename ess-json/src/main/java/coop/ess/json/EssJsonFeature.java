package coop.ess.json;

/**
 * The choices of the JSON format, each with its default. Configure them on {@link EssJacksonModule} or
 * {@link EssJson}.
 */
public enum EssJsonFeature {

  /**
   * Write amounts of time as text ({@code "minutes": "1 h 30"}) rather than as a whole number of minutes
   * ({@code "minutes": 90}). Off by default: the format stores minutes. Reading always accepts both.
   */
  WRITE_AMOUNTS_AS_TEXT(false),

  /**
   * Write personal data (a member's contact details). On by default, because the module is the storage format and a
   * round trip must lose nothing; turn it off for documents that leave the organisation (the member is then written
   * without {@code contact}). The open-data exports leave personal data out unless asked.
   */
  WRITE_PERSONAL_DATA(true),

  /**
   * Refuse a field that the type does not have. On by default: a misspelt optional field would otherwise be
   * silently ignored. Off, unknown fields are skipped.
   */
  FAIL_ON_UNKNOWN_FIELDS(true);

  private final boolean enabledByDefault;

  EssJsonFeature(boolean enabledByDefault) {
    this.enabledByDefault = enabledByDefault;
  }

  /**
   * Whether the feature is on unless configured.
   *
   * @return the default
   */
  public boolean enabledByDefault() {
    return enabledByDefault;
  }
}
