package coop.ess.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssValidationException;
import coop.ess.core.OrganisationId;
import coop.ess.core.Violation;
import coop.ess.core.internal.Luhn;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  private static final Siren SIREN = Siren.of("732829320");

  private static Siret siretOf(String siren, String nic4) {
    String partial = siren + nic4;
    return Siret.of(partial + Luhn.checkDigit(partial));
  }

  @Test
  void associationsAndCooperativesAreEssByLawByDefault() {
    Organisation association = Organisation.builder().id(OrganisationId.of("grocery")).name("Épicerie gratuite")
        .legalForm(LegalForm.ASSOCIATION_1901).rna(Rna.of("W353012345")).build();
    Organisation company = Organisation.builder().id(OrganisationId.of("shop")).name("Shop")
        .legalForm(LegalForm.COMPANY).build();

    assertThat(association.essStatus()).isEqualTo(EssStatus.YES);
    assertThat(company.essStatus()).isEqualTo(EssStatus.UNKNOWN);
  }

  @Test
  void theSirenIsTakenFromTheSiretWhenNotGiven() {
    Organisation scic = Organisation.builder().id(OrganisationId.of("resto")).name("Le Resto")
        .legalForm(LegalForm.SCIC).siret(siretOf(SIREN.value(), "0001")).build();
    assertThat(scic.effectiveSiren()).contains(SIREN);
  }

  @Test
  void everyInconsistencyIsReportedAtOnce() {
    assertThatThrownBy(() -> Organisation.builder()
        .id(OrganisationId.of("bad")).name(" ")
        .legalForm(LegalForm.SCIC)
        .siren(SIREN)
        .siret(siretOf("552100554", "0001"))
        .rna(Rna.of("W353012345"))
        .essStatus(EssStatus.NO)
        .build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code)
            .containsExactly("value.blank", "organisation.siretNotOfSiren", "organisation.rnaNotAssociation",
                "organisation.essByLaw"));
  }

  @Test
  void anInformalCollectiveHasNoSiren() {
    assertThatThrownBy(() -> Organisation.builder().id(OrganisationId.of("collectif")).name("Collectif")
        .legalForm(LegalForm.INFORMAL_COLLECTIVE).siren(SIREN).build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code, Violation::field)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("organisation.collectiveRegistered", "siren")));
  }
}
