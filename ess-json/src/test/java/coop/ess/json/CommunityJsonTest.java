package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.community.ContactDetails;
import coop.ess.core.community.EssStatus;
import coop.ess.core.community.LegalForm;
import coop.ess.core.community.Member;
import coop.ess.core.community.MemberCategory;
import coop.ess.core.community.MemberRole;
import coop.ess.core.community.MemberStatus;
import coop.ess.core.community.Organisation;
import coop.ess.core.community.Rna;
import coop.ess.core.community.Siren;
import coop.ess.core.community.Siret;
import coop.ess.core.community.StatusChange;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The JSON form of members and organisations: golden files, round trips and personal data. */
class CommunityJsonTest {

  private static final EssJson JSON = EssJson.standard();

  static ContactDetails contact() {
    return ContactDetails.builder().email("camille@example.org").phone("+33 6 12 34 56 78").build();
  }

  static StatusChange statusChange() {
    return StatusChange.of(LocalDate.of(2026, 1, 10), MemberStatus.SUSPENDED, "cotisation impayée");
  }

  static Member member() {
    return Member.builder().id(MemberId.of("camille")).displayName("Camille")
        .addCategories(MemberCategory.STUDENT, MemberCategory.RESIDENT).addRoles(MemberRole.VOLUNTEER)
        .contact(contact()).addStatusHistory(StatusChange.of(LocalDate.of(2025, 9, 1), MemberStatus.ACTIVE))
        .addStatusHistory(statusChange()).build();
  }

  static Organisation organisation() {
    return Organisation.builder().id(OrganisationId.of("cargo")).name("ESS CARGO").legalForm(LegalForm.SCIC)
        .siren(Siren.of("732829320")).siret(Siret.of("73282932000074")).description("Tiers-lieu coopératif")
        .build();
  }

  @Test
  void contactDetailsMatchTheirGoldenFile() {
    Golden.check("ContactDetails", contact(), ContactDetails.class);
  }

  @Test
  void aStatusChangeMatchesItsGoldenFile() {
    Golden.check("StatusChange", statusChange(), StatusChange.class);
  }

  @Test
  void aMemberMatchesItsGoldenFile() {
    Golden.check("Member", member(), Member.class);
  }

  @Test
  void anOrganisationMatchesItsGoldenFile() {
    Golden.check("Organisation", organisation(), Organisation.class);
  }

  @Test
  void personalDataCanBeLeftOut() {
    EssJson withoutPersonalData =
        EssJson.with(EssJacksonModule.standard().with(EssJsonFeature.WRITE_PERSONAL_DATA, false));

    String json = withoutPersonalData.write(member());

    assertThat(json).doesNotContain("contact", "camille@example.org");
    assertThat(JSON.read(json, Member.class).contact()).isEmpty();
  }

  @Test
  void aSiretOfAnotherSirenNamesTheSiretField() {
    String json = JSON.write(organisation()).replace("732829320\"", "552100554\"");

    assertThatThrownBy(() -> JSON.read(json, Organisation.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/siret"));
  }

  @Test
  void aBadDateNamesItsField() {
    String json = JSON.write(member()).replace("2026-01-10", "2026-13-10");

    assertThatThrownBy(() -> JSON.read(json, Member.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/statusHistory/1/date"));
  }

  @Test
  void aMemberWithoutHistoryIsRefused() {
    assertThatThrownBy(() -> JSON.read("{\"id\":\"a\",\"displayName\":\"A\",\"statusHistory\":[]}", Member.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/statusHistory"));
  }

  @Property
  void membersSurviveARoundTrip(@ForAll("members") Member member) {
    assertThat(JSON.read(JSON.write(member), Member.class)).isEqualTo(member);
  }

  @Property
  void organisationsSurviveARoundTrip(@ForAll("organisations") Organisation organisation) {
    assertThat(JSON.read(JSON.write(organisation), Organisation.class)).isEqualTo(organisation);
  }

  @Provide
  Arbitrary<Member> members() {
    Arbitrary<String> names = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
    Arbitrary<ContactDetails> contacts = Combinators.combine(names.optional(), names.optional())
        .as((email, phone) -> ContactDetails.builder().email(email.map(e -> e + "@example.org"))
            .phone(phone.map(p -> "+33 1 23 45 67 89")).build());
    return Combinators.combine(TimebankSamples.ids(), names, Arbitraries.of("student", "resident", "x-1").set(),
        Arbitraries.of("host", "volunteer").set(), contacts.optional(),
        Arbitraries.integers().between(0, 3000))
        .as((id, name, categories, roles, contact, day) -> Member.builder().id(MemberId.of(id)).displayName(name)
            .addAllCategories(categories.stream().map(MemberCategory::of).toList())
            .addAllRoles(roles.stream().map(MemberRole::of).toList()).contact(contact)
            .addStatusHistory(StatusChange.of(LocalDate.of(2020, 1, 1).plusDays(day), MemberStatus.ACTIVE))
            .build());
  }

  @Provide
  Arbitrary<Organisation> organisations() {
    return Combinators.combine(TimebankSamples.ids(), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20),
        Arbitraries.of(LegalForm.ASSOCIATION_1901, LegalForm.SCIC, LegalForm.COMPANY), Arbitraries.of(EssStatus.class),
        Arbitraries.of(true, false))
        .as((id, name, form, status, registered) -> {
          Organisation.Builder builder = Organisation.builder().id(OrganisationId.of(id)).name(name).legalForm(form);
          if (!(form.isEssByLaw() && status == EssStatus.NO)) {
            builder.essStatus(status);
          }
          if (registered) {
            builder.siren(Siren.of("732829320"));
            if (form == LegalForm.ASSOCIATION_1901) {
              builder.rna(Rna.of("W353012345"));
            }
          }
          return builder.build();
        });
  }
}
