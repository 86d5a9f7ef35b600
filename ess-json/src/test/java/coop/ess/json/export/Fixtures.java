package coop.ess.json.export;

import coop.ess.booking.time.Interval;
import coop.ess.booking.time.OpeningHours;
import coop.ess.booking.time.OsmOpeningHours;
import coop.ess.booking.time.TimeWindow;
import coop.ess.booking.time.WeeklyHours;
import coop.ess.core.DateRange;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.ResourceId;
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
import coop.ess.core.community.Rna;
import coop.ess.core.community.Siret;
import coop.ess.core.community.StatusChange;
import coop.ess.core.venue.AccessibilityFeature;
import coop.ess.core.venue.Address;
import coop.ess.core.venue.GeoPoint;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.ResourceKind;
import coop.ess.core.venue.Venue;
import coop.ess.timebank.Account;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Category;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.ExchangeId;
import coop.ess.timebank.Leg;
import coop.ess.timebank.Listing;
import coop.ess.timebank.ListingId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** A small tiers-lieu with everything the exports write, including personal data to keep out. */
final class Fixtures {

  static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  static final String EMAIL = "maryam@example.org";
  static final String PHONE = "+33 6 12 34 56 78";
  static final OrganisationId COOP = OrganisationId.of("cargo-coop");
  static final OrganisationId GROCERY = OrganisationId.of("epicerie-gratuite");
  static final ResourceId MEETING = ResourceId.of("salle-reunion");
  static final ResourceId COWORKING = ResourceId.of("coworking-1");
  static final ResourceId SHOP = ResourceId.of("epicerie");

  private Fixtures() {}

  static Venue venue() {
    return Venue.builder().id(VenueId.of("ess-cargo")).name("ESS CARGO").zone(ZONE)
        .description("Tiers-lieu de l'ESS, co-géré démocratiquement.")
        .address(Address.builder().street("Dalle Kennedy, Villejean").postalCode("35000").city("Rennes")
            .location(GeoPoint.of(48.1206, -1.7034)).build())
        .totalAreaSquareMetres(350)
        .addResources(
            Resource.builder().id(MEETING).name("Salle de réunion").kind(ResourceKind.MEETING_ROOM)
                .areaSquareMetres(35).capacity(16).addAccessibility(AccessibilityFeature.STEP_FREE_ACCESS)
                .addEquipment("whiteboard", "wifi").build(),
            Resource.builder().id(COWORKING).name("Coworking 1").kind(ResourceKind.COWORKING).areaSquareMetres(45)
                .capacity(10).bookableUnits(8).addEquipment("wifi").build(),
            Resource.builder().id(SHOP).name("Épicerie gratuite").kind(ResourceKind.GROCERY).areaSquareMetres(60)
                .description("Locaux de l'épicerie gratuite étudiante, \"contre\" la précarité, et le gaspillage.")
                .build(),
            Resource.builder().id(ResourceId.of("videoprojecteur")).name("Vidéoprojecteur")
                .kind(ResourceKind.EQUIPMENT).build())
        .build();
  }

  static Community community() {
    LocalDate opening = LocalDate.of(2025, 9, 1);
    return Community.builder()
        .addMembers(member("maryam", "Maryam", MemberCategory.RESIDENT, MemberRole.COORDINATOR)
                .contact(ContactDetails.builder().email(EMAIL).phone(PHONE).build()).build(),
            member("camille", "Camille", MemberCategory.STUDENT, MemberRole.VOLUNTEER).build(),
            member("yanis", "Yanis", MemberCategory.PROJECT_CARRIER, MemberRole.PROJECT_CARRIER).build())
        .addOrganisations(
            Organisation.builder().id(COOP).name("Cargo SCIC").legalForm(LegalForm.SCIC)
                .siret(Siret.of("73282932000074")).description("La coopérative qui gère le lieu.").build(),
            Organisation.builder().id(GROCERY).name("L'Épicerie gratuite").legalForm(LegalForm.ASSOCIATION_1901)
                .rna(Rna.of("W353012345")).build())
        .addMemberships(Membership.builder().member(MemberId.of("maryam")).organisation(GROCERY)
            .role(MemberRole.VOLUNTEER).period(DateRange.from(opening)).build())
        .build();
  }

  private static Member.Builder member(String id, String name, MemberCategory category, MemberRole role) {
    return Member.builder().id(MemberId.of(id)).displayName(name).addCategories(category).addRoles(role)
        .addStatusHistory(StatusChange.of(LocalDate.of(2025, 9, 1), MemberStatus.ACTIVE));
  }

  static OpeningHours venueHours() {
    return OpeningHours.builder().zone(ZONE)
        .weekly(WeeklyHours.builder()
            .open(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY), "09:00-18:00")
            .open(DayOfWeek.SATURDAY, "10:00-13:00").build())
        .putHoursByCategory(MemberCategory.PROJECT_CARRIER,
            WeeklyHours.builder().open(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), "18:00-21:00").build())
        .putException(LocalDate.of(2026, 5, 1), List.of(TimeWindow.parse("10:00-16:00")))
        .putException(LocalDate.of(2026, 12, 24), List.of())
        .addBlackouts(DateRange.of(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 23)))
        .closedOnPublicHolidays(true)
        .build();
  }

  static OpenDataService grocery() {
    return OpenDataService.builder().id("distribution-alimentaire").name("Distribution alimentaire gratuite")
        .description("Épicerie gratuite pour les étudiant·es, contre la précarité et le gaspillage.")
        .organisation(GROCERY).addSpaces(SHOP).addContacts(MemberId.of("maryam"))
        .hours(OsmOpeningHours.parse("Tu,Th 17:00-19:00", ZONE)).addKeywords("good-food", "mutual-aid").build();
  }

  static OpenDataService digitalHelp() {
    return OpenDataService.builder().id("entraide-numerique").name("Groupe d'entraide numérique")
        .addSpaces(MEETING, COWORKING).build();
  }

  static OpenDataEvent forum() {
    return OpenDataEvent.builder().id("forum-ess").name("Forum de l'ESS").space(MEETING).organiser(COOP)
        .interval(Interval.ofLocal(LocalDateTime.of(2026, 3, 5, 14, 0), LocalDateTime.of(2026, 3, 5, 17, 0), ZONE))
        .maximumAttendees(16).build();
  }

  static List<Account> accounts() {
    return List.of(Account.of(AccountId.of("maryam"), MemberId.of("maryam")),
        Account.of(AccountId.of("camille"), MemberId.of("camille")),
        Account.of(AccountId.of("epicerie"), GROCERY),
        Account.community(AccountId.of("cargo")));
  }

  static List<Exchange> exchanges() {
    return List.of(
        Exchange.builder().id(ExchangeId.of("m-01")).addLegs(Leg.of(AccountId.of("camille"), AccountId.of("maryam"),
            90)).category(Category.DIGITAL).description("Aide pour un formulaire en ligne")
            .occurredAt(ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZONE).toInstant()).answers(ListingId.of("l-1"))
            .build(),
        Exchange.builder().id(ExchangeId.of("m-02")).addLegs(Leg.of(AccountId.of("cargo"), AccountId.of("camille"),
            20), Leg.of(AccountId.of("epicerie"), AccountId.of("camille"), 120)).category(Category.COOKING)
            .occurredAt(ZonedDateTime.of(2026, 3, 4, 18, 0, 0, 0, ZONE).toInstant()).build());
  }

  static List<Listing> listings() {
    ZonedDateTime monday = ZonedDateTime.of(2026, 3, 2, 0, 0, 0, 0, ZONE);
    return List.of(
        Listing.builder().id(ListingId.of("l-1")).kind(Listing.Kind.OFFER).account(AccountId.of("maryam"))
            .category(Category.DIGITAL).description("Aide aux démarches en ligne")
            .addAvailability(coop.ess.timebank.TimeWindow.of(monday.plusHours(9).toInstant(),
                monday.plusHours(12).toInstant()))
            .place(GeoPoint.of(48.1213, -1.7101)).build(),
        Listing.builder().id(ListingId.of("l-2")).kind(Listing.Kind.REQUEST).account(AccountId.of("camille"))
            .category(Category.DIY).description("Réparer un vélo").build());
  }

  static OpenDataSet data() {
    return OpenDataSet.builder().venue(venue()).community(community()).operator(COOP).hours(venueHours())
        .putSpaceHour(COWORKING, OpeningHours.builder().zone(ZONE).weekly(WeeklyHours.builder()
            .open(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY), "08:00-20:00").build()).build())
        .addVenueContacts(MemberId.of("maryam"))
        .addServices(grocery(), digitalHelp())
        .addEvents(forum())
        .addAllAccounts(accounts()).addAllExchanges(exchanges()).addAllListings(listings())
        .build();
  }

  static ExportOptions withPersonalData() {
    return ExportOptions.builder().includePersonalData(true).build();
  }

  static LocalTime time(String text) {
    return LocalTime.parse(text);
  }
}
