package coop.ess.json.export.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Stable identifiers of exported records: name-based UUIDs (HSDS) and IRIs (JSON-LD). */
public final class Ids {

  private Ids() {}

  /**
   * A UUID derived from a kind and a key, the same on every export (RFC 4122 version 3, name-based).
   *
   * @param kind the kind of record, such as {@code location}, not null
   * @param key the record's key, unique within its kind, not null
   * @return the UUID in its canonical text form, not null
   */
  public static String uuid(String kind, String key) {
    return UUID.nameUUIDFromBytes(("ess:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /**
   * An IRI under a base.
   *
   * @param base the base IRI, ending with {@code /}, {@code #} or {@code :}, not null
   * @param kind the kind of thing, such as {@code venue}, not null
   * @param key the thing's key, percent-encoded here, not null
   * @return the IRI, not null
   */
  public static String iri(String base, String kind, String key) {
    return base + kind + "/" + encode(key);
  }

  /**
   * An IRI under a base for a thing inside another, such as a space of a venue.
   *
   * @param base the base IRI, ending with {@code /}, {@code #} or {@code :}, not null
   * @param kind the kind of thing, such as {@code space}, not null
   * @param parent the key of the containing thing, percent-encoded here, not null
   * @param key the thing's key within its parent, percent-encoded here, not null
   * @return the IRI, not null
   */
  public static String iri(String base, String kind, String parent, String key) {
    return base + kind + "/" + encode(parent) + "/" + encode(key);
  }

  private static String encode(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
