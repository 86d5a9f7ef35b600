package coop.ess.core.directory;

import coop.ess.core.CardId;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.VenueId;
import coop.ess.core.internal.Checks;
import coop.ess.core.venue.Address;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * One card of the directory: an actor (an association, a cooperative, a venue) or a project carried by people,
 * with its themes, what it needs and what it offers. A project card may record its
 * {@link #stage() accompaniment stage}; an actor card may not. Example:
 *
 * <pre>{@code
 * Card repair = Card.builder()
 *     .id(CardId.of("repair-cafe")).kind(CardKind.PROJECT).name("Repair café de Villejean")
 *     .summary("Monthly repair sessions with volunteers")
 *     .addThemes(Theme.of("reuse")).addOffers("repairs").addNeeds("volunteers", "tools")
 *     .stage(AccompanimentStage.EMERGENCE)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Card {

  Card() {}

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
  public abstract CardId id();

  /**
   * Actor or project.
   *
   * @return the kind, not null
   */
  public abstract CardKind kind();

  /**
   * The name shown on the card.
   *
   * @return the name, not null, not blank
   */
  public abstract String name();

  /**
   * What the actor or project does, in a few sentences.
   *
   * @return the summary, possibly empty
   */
  public abstract Optional<String> summary();

  /**
   * The themes, for browsing and routes.
   *
   * @return the themes, sorted, not null
   */
  @Value.NaturalOrder
  public abstract SortedSet<Theme> themes();

  /**
   * What the actor or project is looking for: volunteers, premises, funding, skills.
   *
   * @return the needs, in order, not null
   */
  public abstract List<String> needs();

  /**
   * What the actor or project offers: services, workshops, lending.
   *
   * @return the offers, in order, not null
   */
  public abstract List<String> offers();

  /**
   * The organisation behind the card.
   *
   * @return the organisation, possibly empty
   */
  public abstract Optional<OrganisationId> organisation();

  /**
   * The people who carry the project.
   *
   * @return the carriers, in order, not null
   */
  public abstract List<MemberId> carriers();

  /**
   * The venue where the actor or project is hosted.
   *
   * @return the venue, possibly empty
   */
  public abstract Optional<VenueId> venue();

  /**
   * Where to find the actor or project, when not at a venue of the network.
   *
   * @return the address, possibly empty
   */
  public abstract Optional<Address> address();

  /**
   * How far an accompanied project has come; projects only.
   *
   * @return the stage, possibly empty
   */
  public abstract Optional<AccompanimentStage> stage();

  @Value.Check
  final void check() {
    Checks checks = Checks.of("Card " + id());
    checks.text("name", name(), 200);
    summary().ifPresent(summary -> checks.text("summary", summary, 2000));
    for (int i = 0; i < needs().size(); i++) {
      checks.text("needs[" + i + "]", needs().get(i), 200);
    }
    for (int i = 0; i < offers().size(); i++) {
      checks.text("offers[" + i + "]", offers().get(i), 200);
    }
    checks.check(kind() == CardKind.PROJECT || stage().isEmpty(), "card.stageOnActor", "stage");
    checks.throwIfInvalid();
  }

  /** Builds a {@link Card}; not thread-safe. */
  public static final class Builder extends ImmutableCard.Builder {
    Builder() {}
  }
}
