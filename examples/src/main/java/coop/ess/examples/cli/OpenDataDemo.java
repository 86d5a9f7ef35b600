package coop.ess.examples.cli;

import coop.ess.booking.time.Interval;
import coop.ess.booking.time.OpeningHours;
import coop.ess.booking.time.OsmOpeningHours;
import coop.ess.booking.time.WeeklyHours;
import coop.ess.core.MemberId;
import coop.ess.core.community.MemberCategory;
import coop.ess.examples.cargo.EssCargo;
import coop.ess.json.export.ExportOptions;
import coop.ess.json.export.Hsds;
import coop.ess.json.export.LieuxCsv;
import coop.ess.json.export.OpenDataEvent;
import coop.ess.json.export.OpenDataFormat;
import coop.ess.json.export.OpenDataService;
import coop.ess.json.export.OpenDataSet;
import coop.ess.json.export.SchemaOrg;
import coop.ess.json.export.Valueflows;
import coop.ess.timebank.Account;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Category;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.ExchangeId;
import coop.ess.timebank.Leg;
import coop.ess.timebank.Listing;
import coop.ess.timebank.ListingId;
import coop.ess.timebank.TimeWindow;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The open-data section of {@code ess demo}: ESS CARGO published in four open formats. */
final class OpenDataDemo {

  private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
      DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

  private OpenDataDemo() {}

  /**
   * What ESS CARGO publishes: its spaces and hours, its organisations, three activities, the gathering "Partager
   * plus que des m²", and a few exchanges, offers and requests of its time bank (March 2026).
   *
   * @return the data set, not null
   */
  static OpenDataSet cargo() {
    OpenDataService grocery = OpenDataService.builder().id("epicerie-gratuite").name("Épicerie gratuite étudiante")
        .description("Distributions alimentaires gratuites contre la précarité étudiante et le gaspillage.")
        .organisation(EssCargo.GROCERY_ASSOCIATION).addSpaces(EssCargo.GROCERY)
        .hours(OsmOpeningHours.parse("Tu,Th 17:00-19:00", EssCargo.ZONE)).addKeywords("good-food", "mutual-aid")
        .build();
    OpenDataService digitalHelp = OpenDataService.builder().id("entraide-numerique").name("Entraide numérique")
        .description("Groupe d'entraide entre habitant·es pour les démarches en ligne et les outils numériques.")
        .organisation(EssCargo.DIGITAL_HELP).addSpaces(EssCargo.MEETING_ROOM).addContacts(MemberId.of("maryam"))
        .hours(OsmOpeningHours.parse("We 14:00-17:00", EssCargo.ZONE)).addKeywords("mutual-aid").build();
    OpenDataService exchanges = OpenDataService.builder().id("echange-de-services")
        .name("Système d'échange de services")
        .description("Une heure d'aide donne une heure de crédit : l'entraide entre habitant·es de Villejean.")
        .addSpaces(EssCargo.KITCHEN).addContacts(MemberId.of("louis")).addKeywords("mutual-aid").build();
    OpenDataEvent gathering = OpenDataEvent.builder().id("partager-plus-que-des-m2")
        .name("Partager plus que des m²").space(EssCargo.KITCHEN).organiser(EssCargo.UNIVERSITY)
        .description("Journée d'échanges sur les lieux partagés, inscription par cooptation.")
        .interval(Interval.ofLocal(LocalDateTime.of(2026, 3, 6, 9, 30), LocalDateTime.of(2026, 3, 6, 16, 30),
            EssCargo.ZONE))
        .maximumAttendees(35).build();
    OpeningHours coworking = OpeningHours.builder().zone(EssCargo.ZONE)
        .weekly(WeeklyHours.builder().open(WEEKDAYS, "09:00-18:00").build())
        .putHoursByCategory(MemberCategory.PROJECT_CARRIER, WeeklyHours.builder().open(WEEKDAYS, "18:00-21:00")
            .build())
        .closedOnPublicHolidays(true).build();
    return OpenDataSet.builder().venue(EssCargo.venue()).community(EssCargo.community())
        .operator(EssCargo.UNIVERSITY)
        .hours(OsmOpeningHours.parse("Mo-Fr 09:00-18:00; PH off", EssCargo.ZONE))
        .putSpaceHour(EssCargo.COWORKING_1, coworking).putSpaceHour(EssCargo.COWORKING_2, coworking)
        .addVenueContacts(MemberId.of("louis"))
        .addServices(grocery, digitalHelp, exchanges).addEvents(gathering)
        .addAccounts(account("camille"), account("maryam"), account("louis"), account("yanis"),
            Account.community(AccountId.of("cargo")))
        .addExchanges(
            exchange("m-01", Category.DIGITAL, "Help with an online housing-aid form", 2, 9,
                Leg.of(AccountId.of("camille"), AccountId.of("maryam"), 90)),
            exchange("m-02", Category.COOKING, "Soup workshop in the shared kitchen", 4, 18,
                Leg.of(AccountId.of("camille"), AccountId.of("louis"), 120),
                Leg.of(AccountId.of("yanis"), AccountId.of("louis"), 120),
                Leg.of(AccountId.of("maryam"), AccountId.of("louis"), 120)),
            exchange("m-03", Category.DIY, "Repaired the greenhouse door for the venue", 9, 10,
                Leg.of(AccountId.of("cargo"), AccountId.of("yanis"), 240)))
        .addListings(
            Listing.builder().id(ListingId.of("o-1")).kind(Listing.Kind.OFFER).account(AccountId.of("maryam"))
                .category(Category.DIGITAL).description("Help with online forms")
                .addAvailability(TimeWindow.of(at(11, 14), at(11, 17))).build(),
            Listing.builder().id(ListingId.of("r-1")).kind(Listing.Kind.REQUEST).account(AccountId.of("yanis"))
                .category(Category.DIY).description("Tools and a hand to fix abandoned bikes").build())
        .build();
  }

  private static Account account(String member) {
    return Account.of(AccountId.of(member), MemberId.of(member));
  }

  private static Exchange exchange(String id, Category category, String description, int day, int hour,
      Leg... legs) {
    return Exchange.builder().id(ExchangeId.of(id)).category(category).description(description)
        .addLegs(legs).occurredAt(at(day, hour)).build();
  }

  private static java.time.Instant at(int day, int hour) {
    return ZonedDateTime.of(LocalDate.of(2026, 3, day).atTime(hour, 0), EssCargo.ZONE).toInstant();
  }

  /**
   * Prints the section.
   *
   * @param out where to print, not null
   */
  static void print(PrintWriter out) {
    OpenDataSet data = cargo();
    ExportOptions options = ExportOptions.defaults();
    out.printf("%nOpen data: ESS CARGO in four published formats (personal data left out unless asked)%n");

    JsonNode hsds = Hsds.document(data, options);
    JsonNode grocery = hsds.get("services").get(0);
    JsonNode schedule = grocery.get("schedules").get(0);
    out.printf("  HSDS 3.0 (Open Referral): %d organizations, %d locations, %d services; \"%s\" %s %s-%s%n",
        hsds.get("organizations").size(), hsds.get("locations").size(), hsds.get("services").size(),
        grocery.get("name").asString(), schedule.get("byday").asString(), schedule.get("opens_at").asString(),
        schedule.get("closes_at").asString());

    JsonNode graph = SchemaOrg.document(data, options).get("@graph");
    JsonNode venue = graph.get(0);
    JsonNode hours = venue.get("openingHoursSpecification").get(0);
    JsonNode event = graph.get(graph.size() - 1);
    out.printf("  schema.org JSON-LD: %s \"%s\" with %d places, %s-%s on %d days; Event \"%s\" %s, at most %d%n",
        venue.get("@type").asString(), venue.get("name").asString(), venue.get("containsPlace").size(),
        hours.get("opens").asString(), hours.get("closes").asString(), hours.get("dayOfWeek").size(),
        event.get("name").asString(), event.get("startDate").asString(),
        event.get("maximumAttendeeCapacity").asInt());

    JsonNode flows = Valueflows.document(data, options).get("@graph");
    long events = 0;
    String firstEvent = "";
    for (JsonNode node : flows) {
      if ("vf:EconomicEvent".equals(node.get("@type").asString())) {
        if (events++ == 0) {
          JsonNode effort = node.get("vf:effortQuantity");
          firstEvent = node.get("@id").asString() + ": vf:work "
              + effort.get("om2:hasNumericalValue").get("@value").asString() + " "
              + effort.get("om2:hasUnit").get("@id").asString() + ", provider "
              + node.get("vf:provider").get("@id").asString();
        }
      }
    }
    out.printf("  Valueflows JSON-LD: %d economic events, %d intents in as many proposals; %s%n", events,
        data.listings().size(), firstEvent);

    List<List<String>> rows = LieuxCsv.rows(data, options);
    List<String> first = rows.get(0);
    out.printf("  CSV (lieux, RFC 4180): %d rows of %d columns; %s, %s, %s, horaires \"%s\"%n", rows.size(),
        LieuxCsv.COLUMNS.size(), first.get(0), first.get(2), first.get(3), first.get(13));
    String email = "maryam@example.org";
    ExportOptions personal = ExportOptions.builder().includePersonalData(true).build();
    out.printf("  Maryam's e-mail address in the four exports: %d times by default, %d with includePersonalData(true)%n",
        count(data, options, email), count(data, personal, email));
  }

  private static int count(OpenDataSet data, ExportOptions options, String text) {
    int found = 0;
    for (OpenDataFormat format : OpenDataFormat.values()) {
      String written = format.write(data, options);
      for (int at = written.indexOf(text); at >= 0; at = written.indexOf(text, at + 1)) {
        found++;
      }
    }
    return found;
  }
}
