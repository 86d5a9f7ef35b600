package coop.ess.core.community;

import coop.ess.core.OrganisationId;
import coop.ess.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation: an association, a cooperative, a public body, an informal collective, hosted by or working with
 * a venue.
 *
 * <p>French identifiers are validated: {@link Siren} and {@link Siret} by their check digits, {@link Rna} by its
 * format. The SIRET, when given with a SIREN, must belong to it; an RNA number only fits a 1901 association; an
 * informal collective has no SIREN. The {@link #essStatus() ESS status} defaults to {@link EssStatus#YES} for the
 * forms that are ESS by law and to {@link EssStatus#UNKNOWN} otherwise, and may not contradict the law. Example:
 *
 * <pre>{@code
 * Organisation grocery = Organisation.builder()
 *     .id(OrganisationId.of("epicerie-gratuite")).name("L'Épicerie gratuite")
 *     .legalForm(LegalForm.ASSOCIATION_1901).rna(Rna.of("W353012345"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Organisation {

  Organisation() {}

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
  public abstract OrganisationId id();

  /**
   * The name.
   *
   * @return the name, not null, not blank
   */
  public abstract String name();

  /**
   * The legal form.
   *
   * @return the legal form, not null
   */
  public abstract LegalForm legalForm();

  /**
   * The SIREN of the legal unit.
   *
   * @return the SIREN, possibly empty
   */
  public abstract Optional<Siren> siren();

  /**
   * The SIRET of the establishment concerned (usually the one at the venue).
   *
   * @return the SIRET, possibly empty
   */
  public abstract Optional<Siret> siret();

  /**
   * The RNA number of a 1901 association.
   *
   * @return the RNA number, possibly empty
   */
  public abstract Optional<Rna> rna();

  /**
   * Whether the organisation belongs to the ESS; by default {@link EssStatus#YES} for forms that are ESS by law,
   * {@link EssStatus#UNKNOWN} otherwise.
   *
   * @return the status, not null
   */
  @Value.Default
  public EssStatus essStatus() {
    return legalForm().isEssByLaw() ? EssStatus.YES : EssStatus.UNKNOWN;
  }

  /**
   * What the organisation does, in a few sentences.
   *
   * @return the description, possibly empty
   */
  public abstract Optional<String> description();

  /**
   * The SIREN, given or taken from the SIRET.
   *
   * @return the SIREN of the legal unit, possibly empty
   */
  public final Optional<Siren> effectiveSiren() {
    return siren().or(() -> siret().map(Siret::siren));
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of("Organisation " + id());
    checks.text("name", name(), 300);
    if (siren().isPresent() && siret().isPresent()) {
      checks.check(siret().get().siren().equals(siren().get()), "organisation.siretNotOfSiren", "siret",
          "siret", siret().get(), "siren", siren().get());
    }
    if (rna().isPresent()) {
      checks.check(legalForm().isRnaRegistered(), "organisation.rnaNotAssociation", "rna",
          "rna", rna().get(), "legalForm", legalForm());
    }
    if (legalForm() == LegalForm.INFORMAL_COLLECTIVE) {
      checks.check(effectiveSiren().isEmpty(), "organisation.collectiveRegistered", "siren");
    }
    checks.check(!(legalForm().isEssByLaw() && essStatus() == EssStatus.NO), "organisation.essByLaw",
        "essStatus", "legalForm", legalForm());
    checks.throwIfInvalid();
  }

  /** Builds an {@link Organisation}; not thread-safe. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }
}
