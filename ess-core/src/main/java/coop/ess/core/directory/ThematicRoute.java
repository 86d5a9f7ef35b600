package coop.ess.core.directory;

import coop.ess.core.CardId;
import coop.ess.core.RouteId;
import coop.ess.core.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A thematic route: an ordered walk through directory cards across the territory, such as "the chain of re-use"
 * (collection point, repair workshop, second-hand shop). A route has at least one stop and visits a card once.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ThematicRoute {

  ThematicRoute() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The identifier.
   *
   * @return the identifier, not null
   */
  public abstract RouteId id();

  /**
   * The title, such as {@code La filière du réemploi}.
   *
   * @return the title, not null, not blank
   */
  public abstract String title();

  /**
   * What the route shows.
   *
   * @return the description, possibly empty
   */
  public abstract Optional<String> description();

  /**
   * The theme the route follows.
   *
   * @return the theme, possibly empty
   */
  public abstract Optional<Theme> theme();

  /**
   * The cards visited, in order.
   *
   * @return the stops, not empty
   */
  public abstract List<CardId> stops();

  @Value.Check
  final void check() {
    Checks checks = Checks.of("ThematicRoute " + id());
    checks.text("title", title(), 200);
    checks.check(!stops().isEmpty(), "route.empty", "stops");
    Set<CardId> seen = new HashSet<>();
    for (int i = 0; i < stops().size(); i++) {
      checks.check(seen.add(stops().get(i)), "route.repeatedStop", "stops[" + i + "]", "card", stops().get(i));
    }
    checks.throwIfInvalid();
  }

  /** Builds a {@link ThematicRoute}; not thread-safe. */
  public static final class Builder extends ImmutableThematicRoute.Builder {
    Builder() {}
  }
}
