package coop.ess.examples.cargo;

import coop.ess.core.CardId;
import coop.ess.core.DateRange;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.ResourceId;
import coop.ess.core.RouteId;
import coop.ess.core.VenueId;
import coop.ess.core.community.Community;
import coop.ess.core.community.ContactDetails;
import coop.ess.core.community.LegalForm;
import coop.ess.core.community.Member;
import coop.ess.core.community.MemberCategory;
import coop.ess.core.community.MemberRole;
import coop.ess.core.community.MemberStatus;
import coop.ess.core.community.Membership;
import coop.ess.core.community.Organisation;
import coop.ess.core.community.StatusChange;
import coop.ess.core.directory.AccompanimentStage;
import coop.ess.core.directory.Card;
import coop.ess.core.directory.CardKind;
import coop.ess.core.directory.Directory;
import coop.ess.core.directory.ThematicRoute;
import coop.ess.core.directory.Theme;
import coop.ess.core.venue.AccessibilityFeature;
import coop.ess.core.venue.Address;
import coop.ess.core.venue.GeoPoint;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.ResourceKind;
import coop.ess.core.venue.Venue;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * ESS CARGO (<i>Espace Social et Solidaire de Cogestion d'Alter Ressources pour une Générosité Organisée</i>), the
 * 350 m² tiers-lieu of Université Rennes 2 near the Dalle Kennedy in Villejean, Rennes, modelled with the SDK.
 *
 * <p>The venue, its six spaces and its hosted organisations follow the public description of the place; the
 * per-space areas and capacities, the members, and the projects are illustrative (people are fictitious).
 */
public final class EssCargo {

  /** The venue's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  /** The day the demo looks at the community: Monday 2 March 2026. */
  public static final LocalDate DEMO_DAY = LocalDate.of(2026, 3, 2);

  /** The venue. */
  public static final VenueId VENUE = VenueId.of("ess-cargo");
  /** The meeting room. */
  public static final ResourceId MEETING_ROOM = ResourceId.of("salle-reunion");
  /** The first coworking space. */
  public static final ResourceId COWORKING_1 = ResourceId.of("coworking-1");
  /** The second coworking space. */
  public static final ResourceId COWORKING_2 = ResourceId.of("coworking-2");
  /** The convivial area with the shared kitchen. */
  public static final ResourceId KITCHEN = ResourceId.of("cuisine-partagee");
  /** The lived-in greenhouse with its hanging garden. */
  public static final ResourceId GREENHOUSE = ResourceId.of("serre");
  /** The premises of the free grocery. */
  public static final ResourceId GROCERY = ResourceId.of("epicerie");
  /** The video projector lent with the meeting room. */
  public static final ResourceId PROJECTOR = ResourceId.of("videoprojecteur");

  /** The university that runs the venue. */
  public static final OrganisationId UNIVERSITY = OrganisationId.of("univ-rennes2");
  /** The student association that runs the free grocery. */
  public static final OrganisationId GROCERY_ASSOCIATION = OrganisationId.of("epicerie-gratuite");
  /** The residents' peer-help group for digital skills. */
  public static final OrganisationId DIGITAL_HELP = OrganisationId.of("entraide-numerique");

  private EssCargo() {}

  /**
   * The venue with its six spaces and its projector.
   *
   * @return the venue, not null
   */
  public static Venue venue() {
    return Venue.builder()
        .id(VENUE)
        .name("ESS CARGO")
        .description("Tiers-lieu de l'économie sociale et solidaire de l'université Rennes 2, co-géré "
            + "démocratiquement et sans but lucratif, ouvert aux étudiant·es, personnels et habitant·es.")
        .address(Address.builder().street("Dalle Kennedy, Villejean").postalCode("35000").city("Rennes")
            .location(GeoPoint.of(48.1206, -1.7034)).build())
        .zone(ZONE)
        .totalAreaSquareMetres(350)
        .addResources(
            space(MEETING_ROOM, "Salle de réunion", ResourceKind.MEETING_ROOM, 35, 16, 1)
                .addEquipment("whiteboard", "wifi").build(),
            space(COWORKING_1, "Coworking 1", ResourceKind.COWORKING, 45, 10, 8)
                .addEquipment("wifi", "printer").addTags("extended-hours").build(),
            space(COWORKING_2, "Coworking 2", ResourceKind.COWORKING, 40, 8, 6)
                .addEquipment("wifi").addTags("extended-hours").build(),
            space(KITCHEN, "Espace convivial et cuisine partagée", ResourceKind.KITCHEN, 90, 30, 1)
                .addEquipment("oven", "hob", "dishwasher", "fridge").build(),
            space(GREENHOUSE, "Serre habitée et jardin suspendu", ResourceKind.GREENHOUSE, 50, 15, 1)
                .addTags("plants").build(),
            space(GROCERY, "Épicerie gratuite", ResourceKind.GROCERY, 60, 12, 1)
                .description("Locaux de l'épicerie gratuite étudiante, contre la précarité et le gaspillage.")
                .build(),
            Resource.builder().id(PROJECTOR).name("Vidéoprojecteur").kind(ResourceKind.EQUIPMENT).build())
        .build();
  }

  private static Resource.Builder space(ResourceId id, String name, ResourceKind kind, double area, int capacity,
      int units) {
    return Resource.builder().id(id).name(name).kind(kind).areaSquareMetres(area).capacity(capacity)
        .bookableUnits(units).addAccessibility(AccessibilityFeature.STEP_FREE_ACCESS);
  }

  /**
   * The community: a few members (fictitious) and the organisations the venue works with.
   *
   * @return the community, not null
   */
  public static Community community() {
    LocalDate opening = LocalDate.of(2025, 9, 1);
    return Community.builder()
        .addMembers(
            member("camille", "Camille", MemberCategory.STUDENT, opening, MemberRole.VOLUNTEER).build(),
            member("yanis", "Yanis", MemberCategory.PROJECT_CARRIER, LocalDate.of(2025, 10, 6),
                MemberRole.PROJECT_CARRIER).build(),
            member("maryam", "Maryam", MemberCategory.RESIDENT, opening, MemberRole.VOLUNTEER)
                .contact(ContactDetails.builder().email("maryam@example.org").build()).build(),
            member("louis", "Louis", MemberCategory.UNIVERSITY_STAFF, opening, MemberRole.COORDINATOR)
                .addRoles(MemberRole.HOST).build(),
            member("ines", "Inès", MemberCategory.STUDENT, LocalDate.of(2025, 11, 3), MemberRole.MEMBER)
                .addStatusHistory(StatusChange.of(LocalDate.of(2026, 2, 16), MemberStatus.SUSPENDED,
                    "house rules not respected")).build(),
            member("hugo", "Hugo", MemberCategory.RESIDENT, opening, MemberRole.VOLUNTEER)
                .addStatusHistory(StatusChange.of(LocalDate.of(2026, 1, 31), MemberStatus.LEFT, "moved away"))
                .build())
        .addOrganisations(
            Organisation.builder().id(UNIVERSITY).name("Université Rennes 2").legalForm(LegalForm.PUBLIC_BODY)
                .build(),
            Organisation.builder().id(GROCERY_ASSOCIATION).name("L'Épicerie gratuite")
                .legalForm(LegalForm.ASSOCIATION_1901)
                .description("Association étudiante contre la précarité étudiante et le gaspillage alimentaire.")
                .build(),
            Organisation.builder().id(DIGITAL_HELP).name("Groupe d'entraide numérique")
                .legalForm(LegalForm.INFORMAL_COLLECTIVE).build())
        .addMemberships(
            Membership.builder().member(MemberId.of("camille")).organisation(GROCERY_ASSOCIATION)
                .role(MemberRole.VOLUNTEER).period(DateRange.from(opening)).build(),
            Membership.builder().member(MemberId.of("maryam")).organisation(DIGITAL_HELP)
                .role(MemberRole.VOLUNTEER).period(DateRange.from(opening)).build(),
            Membership.builder().member(MemberId.of("louis")).venue(VENUE)
                .role(MemberRole.COORDINATOR).period(DateRange.from(opening)).build(),
            Membership.builder().member(MemberId.of("hugo")).organisation(DIGITAL_HELP)
                .role(MemberRole.VOLUNTEER).period(DateRange.of(opening, LocalDate.of(2026, 1, 31))).build())
        .build();
  }

  private static Member.Builder member(String id, String name, MemberCategory category, LocalDate joined,
      MemberRole role) {
    return Member.builder().id(MemberId.of(id)).displayName(name).addCategories(category).addRoles(role)
        .addStatusHistory(StatusChange.of(joined, MemberStatus.ACTIVE));
  }

  /**
   * The directory: the venue's activities and the projects it accompanies, and a route through the re-use chain.
   *
   * @return the directory, not null
   */
  public static Directory directory() {
    Theme food = Theme.of("good-food");
    Theme mutualAid = Theme.of("mutual-aid");
    Theme reuse = Theme.of("reuse");
    return Directory.builder()
        .addCards(
            Card.builder().id(CardId.of("epicerie-gratuite")).kind(CardKind.ACTOR).name("L'Épicerie gratuite")
                .summary("Épicerie gratuite étudiante contre la précarité et le gaspillage alimentaire.")
                .addThemes(food, mutualAid).organisation(GROCERY_ASSOCIATION).venue(VENUE)
                .addOffers("Distributions alimentaires gratuites").addNeeds("Bénévoles pour les collectes")
                .build(),
            Card.builder().id(CardId.of("echange-de-services")).kind(CardKind.ACTOR)
                .name("Système d'échange de services")
                .summary("Une heure d'aide donne une heure de crédit : l'entraide entre habitant·es de Villejean.")
                .addThemes(mutualAid).venue(VENUE).addOffers("Aide numérique", "Bricolage", "Cuisine").build(),
            Card.builder().id(CardId.of("atelier-velo")).kind(CardKind.PROJECT).name("Atelier vélo participatif")
                .summary("Réparer et réemployer les vélos abandonnés du campus.")
                .addThemes(reuse).addCarriers(MemberId.of("yanis")).venue(VENUE)
                .stage(AccompanimentStage.INCUBATION).addNeeds("Un local de stockage", "Des outils").build(),
            Card.builder().id(CardId.of("court-circuit")).kind(CardKind.ACTOR).name("Court-Circuit")
                .summary("Ressourcerie associative de Felletin (Creuse), douze salarié·es.")
                .addThemes(reuse).address(Address.builder().street("Quartier de la gare").postalCode("23500")
                    .city("Felletin").build())
                .build())
        .addRoutes(ThematicRoute.builder().id(RouteId.of("filiere-reemploi")).title("La filière du réemploi")
            .theme(reuse).addStops(CardId.of("atelier-velo"), CardId.of("court-circuit")).build())
        .build();
  }
}
