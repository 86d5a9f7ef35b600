package coop.ess.json.export;

import coop.ess.booking.time.OsmOpeningHours;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.community.ContactDetails;
import coop.ess.core.community.Member;
import coop.ess.core.community.Organisation;
import coop.ess.core.internal.Checks;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.Venue;
import coop.ess.json.export.internal.ExportMessages;
import coop.ess.json.export.internal.Labels;
import coop.ess.json.export.internal.Personal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Writes the places of an {@link OpenDataSet} as CSV in the style of the French open-data standards of
 * schema.data.gouv.fr (<i>lieux</i>): one row for the venue and one per space, UTF-8, comma-separated, fields quoted
 * as RFC 4180 says, lines ending with CRLF, and a header of French column names ({@link #COLUMNS}).
 *
 * <ul>
 *   <li>the pivot identifiers are the SIRET and the RNA number of the venue's {@link OpenDataSet#operator()
 *       operator}, as in the French standards;
 *   <li>{@code horaires} is in the OpenStreetMap {@code opening_hours} syntax ({@link OsmOpeningHours}): the
 *       space's own hours or the venue's;
 *   <li>multi-valued cells (accessibility, equipment, organisations, services, contacts) join their values with
 *       {@link ExportOptions#multiValueDelimiter()}; a value that could not be read back is refused (one that contains
 *       the delimiter or, for a delimiter of several characters, begins or ends with one of its characters);
 *   <li>{@code contact_nom}, {@code contact_courriel} and {@code contact_telephone} (the venue's contacts) stay empty
 *       unless {@link ExportOptions#includePersonalData()}.
 * </ul>
 *
 * <p>Not instantiable; thread-safe.
 */
public final class LieuxCsv {

  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("id_lieu", "id_lieu_parent", "nom", "type", "description",
      "siret", "rna", "adresse", "code_postal", "commune", "pays", "latitude", "longitude", "horaires", "surface_m2",
      "capacite", "accessibilite", "equipements", "structures", "services", "contact_nom", "contact_courriel",
      "contact_telephone", "date_maj");

  private LieuxCsv() {}

  /**
   * The CSV text, header first.
   *
   * @param data what to export, not null
   * @param options how, not null
   * @return the CSV text, each line ending with CRLF, not null
   * @throws coop.ess.core.EssValidationException if a value of a multi-valued cell contains the delimiter
   */
  public static String write(OpenDataSet data, ExportOptions options) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(options, "options");
    List<List<String>> rows = rows(data, options);
    StringBuilder out = new StringBuilder();
    line(out, COLUMNS);
    rows.forEach(row -> line(out, row));
    return out.toString();
  }

  /**
   * The rows, without the header, as lists of cells in the order of {@link #COLUMNS}.
   *
   * @param data what to export, not null
   * @param options how, not null
   * @return the rows, the venue first, not null
   * @throws coop.ess.core.EssValidationException if a value of a multi-valued cell contains the delimiter
   */
  public static List<List<String>> rows(OpenDataSet data, ExportOptions options) {
    Checks checks = Checks.of(ExportMessages.CATALOG, "LieuxCsv " + data.venue().id());
    Venue venue = data.venue();
    Optional<Organisation> operator = data.operator().flatMap(data.community()::organisation);
    List<String> contactNames = new ArrayList<>();
    List<String> contactEmails = new ArrayList<>();
    List<String> contactPhones = new ArrayList<>();
    for (MemberId id : data.venueContacts()) {
      Optional<Member> member = Personal.member(data.community(), id, options.includePersonalData());
      member.ifPresent(found -> {
        contactNames.add(found.displayName());
        ContactDetails details = found.contact().orElse(ContactDetails.builder().build());
        details.email().ifPresent(contactEmails::add);
        details.phone().ifPresent(contactPhones::add);
      });
    }
    List<List<String>> rows = new ArrayList<>();
    Set<String> structures = new LinkedHashSet<>();
    data.operator().flatMap(data.community()::organisation).map(Organisation::name).ifPresent(structures::add);
    data.community().organisations().forEach(organisation -> structures.add(organisation.name()));
    List<String> services = data.services().stream().map(OpenDataService::name).toList();
    String venueKey = venue.id().value();
    rows.add(row(checks, options, venueKey, "", venue.name(), "tiers-lieu", venue.description().orElse(""), operator,
        venue, data.hours().map(OsmOpeningHours::format).orElse(""), venue.totalAreaSquareMetres(), "", List.of(),
        List.of(), List.copyOf(structures), services, contactNames, contactEmails, contactPhones));
    for (Resource space : venue.spaces()) {
      List<OpenDataService> here = data.services().stream().filter(s -> s.spaces().contains(space.id())).toList();
      Set<String> organisations = new LinkedHashSet<>();
      for (OpenDataService service : here) {
        service.organisation().flatMap(data.community()::organisation).map(Organisation::name)
            .ifPresent(organisations::add);
      }
      rows.add(row(checks, options, venueKey + "/" + space.id().value(), venueKey, space.name(),
          space.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), space.description().orElse(""), operator,
          venue, data.hoursOf(space.id()).map(OsmOpeningHours::format).orElse(""), space.areaSquareMetres(),
          space.capacity().isPresent() ? Integer.toString(space.capacity().getAsInt()) : "",
          space.accessibility().stream().map(Labels::of).toList(), List.copyOf(space.equipment()),
          List.copyOf(organisations), here.stream().map(OpenDataService::name).toList(), List.of(), List.of(),
          List.of()));
    }
    checks.throwIfInvalid();
    return rows;
  }

  private static List<String> row(Checks checks, ExportOptions options, String id, String parent, String name,
      String type, String description, Optional<Organisation> operator, Venue venue, String hours,
      OptionalDouble area, String capacity, List<String> accessibility, List<String> equipment,
      List<String> structures, List<String> services, List<String> contactNames, List<String> contactEmails,
      List<String> contactPhones) {
    List<String> row = new ArrayList<>(COLUMNS.size());
    row.add(id);
    row.add(parent);
    row.add(name);
    row.add(type);
    row.add(description);
    row.add(operator.flatMap(Organisation::siret).map(siret -> siret.value()).orElse(""));
    row.add(operator.flatMap(Organisation::rna).map(rna -> rna.value()).orElse(""));
    row.add(venue.address().street());
    row.add(venue.address().postalCode());
    row.add(venue.address().city());
    row.add(venue.address().country());
    row.add(venue.address().location().map(point -> Double.toString(point.latitude())).orElse(""));
    row.add(venue.address().location().map(point -> Double.toString(point.longitude())).orElse(""));
    row.add(hours);
    row.add(area.isPresent() ? number(area.getAsDouble()) : "");
    row.add(capacity);
    row.add(join(checks, options, id, "accessibilite", accessibility));
    row.add(join(checks, options, id, "equipements", equipment));
    row.add(join(checks, options, id, "structures", structures));
    row.add(join(checks, options, id, "services", services));
    row.add(join(checks, options, id, "contact_nom", contactNames));
    row.add(join(checks, options, id, "contact_courriel", contactEmails));
    row.add(join(checks, options, id, "contact_telephone", contactPhones));
    row.add(options.updatedOn().map(Object::toString).orElse(""));
    return row;
  }

  private static String join(Checks checks, ExportOptions options, String id, String column, List<String> values) {
    String delimiter = options.multiValueDelimiter();
    for (String value : values) {
      checks.check(readsBack(value, delimiter), "csv.delimiterInValue", id + "." + column,
          "value", value, "delimiter", delimiter);
    }
    return String.join(delimiter, values);
  }

  /**
   * Whether a value is read back whole after joining: it does not contain the delimiter and, for a delimiter of
   * several characters, neither starts nor ends with one of them (with {@code ||}, {@code a|} then {@code b} would
   * be joined as {@code a|||b} and read back as {@code a} and {@code |b}).
   */
  static boolean readsBack(String value, String delimiter) {
    if (value.contains(delimiter)) {
      return false;
    }
    return delimiter.length() == 1 || value.isEmpty() || (delimiter.indexOf(value.charAt(0)) < 0
        && delimiter.indexOf(value.charAt(value.length() - 1)) < 0);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(cells.get(i)));
    }
    out.append("\r\n");
  }

  /** A field as RFC 4180 writes it: quoted, with doubled quotes, when it holds a comma, a quote or a line break. */
  static String field(String value) {
    boolean quote = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')
        || (!value.isEmpty() && (Character.isWhitespace(value.charAt(0))
            || Character.isWhitespace(value.charAt(value.length() - 1))));
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
