package coop.ess.core.venue;

import coop.ess.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A position on Earth in WGS 84 decimal degrees.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class GeoPoint {

  GeoPoint() {}

  /**
   * Creates a point.
   *
   * @param latitude degrees north, from -90 to 90
   * @param longitude degrees east, from -180 to 180
   * @return the point, not null
   * @throws coop.ess.core.EssValidationException if a coordinate is out of range
   */
  public static GeoPoint of(double latitude, double longitude) {
    return ImmutableGeoPoint.of(latitude, longitude);
  }

  /**
   * Degrees north of the equator.
   *
   * @return the latitude, from -90 to 90
   */
  @Value.Parameter
  public abstract double latitude();

  /**
   * Degrees east of Greenwich.
   *
   * @return the longitude, from -180 to 180
   */
  @Value.Parameter
  public abstract double longitude();

  /**
   * The great-circle distance to another point (haversine formula, mean Earth radius 6,371 km).
   *
   * @param other the other point, not null
   * @return the distance in metres
   */
  public final double distanceMetres(GeoPoint other) {
    double phi1 = Math.toRadians(latitude());
    double phi2 = Math.toRadians(other.latitude());
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude() - longitude());
    double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
        + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * 6_371_000.0 * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of("GeoPoint");
    checks.check(latitude() >= -90 && latitude() <= 90, "geo.latitude", "latitude", "value", latitude());
    checks.check(longitude() >= -180 && longitude() <= 180, "geo.longitude", "longitude", "value", longitude());
    checks.throwIfInvalid();
  }
}
