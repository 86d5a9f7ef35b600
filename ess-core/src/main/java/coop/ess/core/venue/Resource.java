package coop.ess.core.venue;

import coop.ess.core.ResourceId;
import coop.ess.core.internal.Checks;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * Something of a venue that people book: a space (meeting room, coworking, kitchen…) or a thing (vehicle, tool,
 * projector). The {@link #kind() kind} tells which.
 *
 * <p>A resource offers one or more {@link #bookableUnits() bookable units}: one for a meeting room, twelve for a
 * coworking space with twelve desks. Its {@link #sharing() sharing mode} says whether bookings may overlap. Example:
 *
 * <pre>{@code
 * Resource coworking = Resource.builder()
 *     .id(ResourceId.of("coworking-1")).name("Coworking 1").kind(ResourceKind.COWORKING)
 *     .areaSquareMetres(40).capacity(12).bookableUnits(12)
 *     .addAccessibility(AccessibilityFeature.STEP_FREE_ACCESS).addEquipment("wifi")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Resource {

  Resource() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The identifier, unique within a venue network.
   *
   * @return the identifier, not null
   */
  public abstract ResourceId id();

  /**
   * The name people use, such as {@code Salle de réunion}.
   *
   * @return the name, not null, not blank
   */
  public abstract String name();

  /**
   * What this resource is.
   *
   * @return the kind, not null
   */
  public abstract ResourceKind kind();

  /**
   * A short description.
   *
   * @return the description, not null, possibly empty
   */
  public abstract Optional<String> description();

  /**
   * The floor area in square metres, for spaces.
   *
   * @return the area, not negative, possibly empty
   */
  public abstract OptionalDouble areaSquareMetres();

  /**
   * How many people may be in the space at once (fire-safety or comfort limit).
   *
   * @return the capacity in people, not negative, possibly empty when it does not apply
   */
  public abstract OptionalInt capacity();

  /**
   * How many units can be booked at once: desks, seats, identical bikes; 1 by default.
   *
   * @return the number of units, at least 1
   */
  @Value.Default
  public int bookableUnits() {
    return 1;
  }

  /**
   * Whether bookings may overlap. By default {@link SharingMode#SHARED} when there is more than one bookable unit,
   * {@link SharingMode#EXCLUSIVE} otherwise.
   *
   * @return the sharing mode, not null
   */
  @Value.Default
  public SharingMode sharing() {
    return bookableUnits() > 1 ? SharingMode.SHARED : SharingMode.EXCLUSIVE;
  }

  /**
   * The accessibility features of this resource.
   *
   * @return the features, not null
   */
  @Value.NaturalOrder
  public abstract SortedSet<AccessibilityFeature> accessibility();

  /**
   * What the resource is equipped with, as lower-case words: {@code projector}, {@code oven}, {@code wifi}.
   *
   * @return the equipment, sorted, not null
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> equipment();

  /**
   * Free tags for search and grouping.
   *
   * @return the tags, sorted, not null
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> tags();

  /**
   * Whether this resource is a space (as opposed to a thing that is lent).
   *
   * @return {@code kind().isSpace()}
   */
  public final boolean isSpace() {
    return kind().isSpace();
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of("Resource " + id());
    checks.text("name", name(), 200);
    areaSquareMetres().ifPresent(area -> checks.nonNegative("areaSquareMetres", area));
    capacity().ifPresent(people -> checks.nonNegative("capacity", people));
    checks.positive("bookableUnits", bookableUnits());
    if (capacity().isPresent() && isSpace()) {
      checks.check(bookableUnits() <= Math.max(1, capacity().getAsInt()), "resource.unitsExceedCapacity",
          "bookableUnits", "units", bookableUnits(), "capacity", capacity().getAsInt());
    }
    int index = 0;
    for (String item : equipment()) {
      checks.text("equipment[" + index++ + "]", item, 100);
    }
    index = 0;
    for (String tag : tags()) {
      checks.text("tags[" + index++ + "]", tag, 100);
    }
    checks.throwIfInvalid();
  }

  /** Builds a {@link Resource}; not thread-safe. */
  public static final class Builder extends ImmutableResource.Builder {
    Builder() {}
  }
}
