package coop.ess.examples.cli;

import coop.ess.core.EssValidationException;
import coop.ess.core.OrganisationId;
import coop.ess.core.Violation;
import coop.ess.core.community.Community;
import coop.ess.core.community.EssStatus;
import coop.ess.core.community.LegalForm;
import coop.ess.core.community.Member;
import coop.ess.core.community.MemberStatus;
import coop.ess.core.community.Organisation;
import coop.ess.core.community.Rna;
import coop.ess.core.community.Siren;
import coop.ess.core.community.StatusChange;
import coop.ess.core.community.Siret;
import coop.ess.core.directory.Card;
import coop.ess.core.directory.Directory;
import coop.ess.core.directory.DirectoryQuery;
import coop.ess.core.directory.Theme;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.Venue;
import coop.ess.examples.cargo.EssCargo;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ess demo}: builds ESS CARGO with the SDK and prints a readable summary. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Builds the ESS CARGO tiers-lieu (Rennes) with the SDK and prints a summary.")
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The day to look at the community (default: ${DEFAULT-VALUE}).")
  LocalDate date = EssCargo.DEMO_DAY;

  @CommandLine.Spec
  CommandLine.Model.@org.jspecify.annotations.Nullable CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
    Venue venue = EssCargo.venue();
    Community community = EssCargo.community();
    Directory directory = EssCargo.directory();

    printVenue(out, venue);
    printCommunity(out, community);
    printDirectory(out, directory);
    BookingDemo.print(out);
    EventsDemo.print(out);
    TimebankDemo.print(out);
    ClearingDemo.print(out);
    SimulationDemo.print(out);
    GovernanceDemo.print(out);
    OpenDataDemo.print(out);
    printValidation(out);
    out.flush();
    return 0;
  }

  private static void printVenue(PrintWriter out, Venue venue) {
    out.printf("%s — %s, %s %s (%s)%n", venue.name(), venue.address().street(), venue.address().postalCode(),
        venue.address().city(), venue.zone());
    venue.description().ifPresent(out::println);
    List<Resource> spaces = venue.spaces();
    out.printf("%s m², %d spaces, %d other resources%n%n", area(venue.totalAreaSquareMetres().orElse(0)),
        spaces.size(), venue.resources().size() - spaces.size());
    out.printf("  %-38s %-15s %7s %7s %6s  %s%n", "Space", "kind", "area", "people", "units", "sharing");
    for (Resource space : spaces) {
      out.printf("  %-38s %-15s %4s m² %7d %6d  %s%n", space.name(), label(space.kind()),
          area(space.areaSquareMetres().orElse(0)), space.capacity().orElse(0), space.bookableUnits(),
          label(space.sharing()));
    }
    for (Resource thing : venue.resources()) {
      if (!thing.isSpace()) {
        out.printf("  %-38s %-15s%n", thing.name(), label(thing.kind()));
      }
    }
  }

  private void printCommunity(PrintWriter out, Community community) {
    String day = date.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH));
    List<Member> members = community.membersOn(date);
    long suspended = members.stream().filter(m -> m.statusOn(date).orElseThrow() == MemberStatus.SUSPENDED).count();
    long left = community.members().stream().filter(m -> m.statusOn(date).orElse(null) == MemberStatus.LEFT).count();
    out.printf("%nCommunity on %s: %d members (%d active, %d suspended), %d left before%n", day, members.size(),
        members.size() - suspended, suspended, left);
    for (Member member : members) {
      StatusChange status = member.statusChangeOn(date).orElseThrow();
      out.printf("  %-10s %-18s %-20s %s since %s%s%n", member.displayName(), join(member.categories()),
          join(member.roles()), label(status.status()), status.date(),
          status.reason().map(reason -> " (" + reason + ")").orElse(""));
    }
    out.println("Organisations");
    for (Organisation organisation : community.organisations()) {
      int people = community.membershipsOf(organisation.id(), date).size();
      out.printf("  %-30s %-20s ESS: %-8s members: %d%n", organisation.name(),
          label(organisation.legalForm()), label(organisation.essStatus()), people);
    }
  }

  private static void printDirectory(PrintWriter out, Directory directory) {
    out.printf("%nDirectory: %d cards, %d thematic routes%n", directory.cards().size(), directory.routes().size());
    for (Card card : directory.cards()) {
      String stage = card.stage().map(s -> ", " + label(s)).orElse("");
      out.printf("  %-32s %s%s [%s]%n", card.name(), label(card.kind()), stage, join(card.themes()));
    }
    out.println("  search \"velo repar\": " + names(directory.search(DirectoryQuery.text("velo repar"))));
    out.println("  theme reuse: " + names(directory.search(DirectoryQuery.theme(Theme.of("reuse")))));
    directory.routes().forEach(route -> out.println("  route \"" + route.title() + "\": "
        + directory.stopsOf(route.id()).stream().map(Card::name).collect(Collectors.joining(" → "))));
  }

  private static void printValidation(PrintWriter out) {
    out.printf("%nBad input is refused, with every problem named (English and French):%n");
    try {
      Organisation.builder().id(OrganisationId.of("resto")).name("Le Resto coopératif").legalForm(LegalForm.SCIC)
          .siren(Siren.of("732829320")).siret(Siret.of("55210055400013")).rna(Rna.of("W353000001"))
          .essStatus(EssStatus.NO).build();
    } catch (EssValidationException e) {
      out.println("  " + e.subject() + ":");
      printViolations(out, e.violations());
    }
    try {
      Siret.parse("732 829 320 00075");
    } catch (EssValidationException e) {
      out.println("  Siret.parse(\"732 829 320 00075\"):");
      printViolations(out, e.violations());
    }
  }

  private static void printViolations(PrintWriter out, List<Violation> violations) {
    for (Violation violation : violations) {
      out.printf("  - %s [%s]%n      en: %s%n      fr: %s%n", violation.field(), violation.code(),
          violation.messageEn(), violation.messageFr());
    }
  }

  private static String names(List<Card> cards) {
    return cards.stream().map(Card::name).collect(Collectors.joining(", "));
  }

  private static String join(java.util.Collection<?> codes) {
    return codes.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static String area(double squareMetres) {
    return squareMetres == Math.rint(squareMetres) ? Long.toString((long) squareMetres) : Double.toString(squareMetres);
  }

  private static final Map<String, String> LABELS = Map.of("ASSOCIATION_1901", "association (1901)");

  private static String label(Enum<?> value) {
    return LABELS.getOrDefault(value.name(), value.name().toLowerCase(Locale.ROOT).replace('_', ' '));
  }
}
