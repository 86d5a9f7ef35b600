package coop.ess.json.export;

import coop.ess.booking.time.OpeningHours;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.ResourceId;
import coop.ess.core.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An activity that a venue offers the public, such as the free student grocery or a peer-help group for digital
 * skills: what HSDS calls a <i>service</i>. The core model has no such notion (it has spaces, organisations and
 * directory cards), so the exports take it as an input of their own. Example:
 *
 * <pre>{@code
 * OpenDataService grocery = OpenDataService.builder()
 *     .id("epicerie-gratuite").name("Épicerie gratuite étudiante")
 *     .organisation(OrganisationId.of("epicerie-gratuite")).addSpaces(ResourceId.of("epicerie"))
 *     .hours(OsmOpeningHours.parse("Tu,Th 17:00-19:00", ZoneId.of("Europe/Paris")))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpenDataService {

  OpenDataService() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The identifier, unique among the services of an {@link OpenDataSet}.
   *
   * @return the identifier, 1 to 128 letters, digits or {@code . _ : @ + ~ -}, not null
   */
  public abstract String id();

  /**
   * The public name.
   *
   * @return the name, not blank, not null
   */
  public abstract String name();

  /**
   * What the service does, for whom.
   *
   * @return the description, possibly empty
   */
  public abstract Optional<String> description();

  /**
   * The organisation that delivers the service.
   *
   * @return the organisation, possibly empty
   */
  public abstract Optional<OrganisationId> organisation();

  /**
   * The spaces of the venue where it takes place.
   *
   * @return the spaces, possibly empty, not null
   */
  public abstract List<ResourceId> spaces();

  /**
   * When it is open, in the venue's time zone.
   *
   * @return the hours, possibly empty
   */
  public abstract Optional<OpeningHours> hours();

  /**
   * Whether it is free of charge; true by default.
   *
   * @return true if free
   */
  @Value.Default
  public boolean free() {
    return true;
  }

  /**
   * The members to contact about it (their names and contact details are personal data).
   *
   * @return the contacts, possibly empty, not null
   */
  public abstract List<MemberId> contacts();

  /**
   * Keywords, such as the directory's themes ({@code good-food}, {@code mutual-aid}).
   *
   * @return the keywords, possibly empty, not null
   */
  public abstract List<String> keywords();

  @Value.Check
  final void check() {
    Checks checks = Checks.of("OpenDataService " + id());
    checks.identifier("id", id());
    checks.text("name", name(), 300);
    description().ifPresent(description -> checks.text("description", description, 4000));
    for (int i = 0; i < keywords().size(); i++) {
      checks.text("keywords[" + i + "]", keywords().get(i), 100);
    }
    checks.throwIfInvalid();
  }

  /** Builds an {@link OpenDataService}; not thread-safe. */
  public static final class Builder extends ImmutableOpenDataService.Builder {
    Builder() {}
  }
}
