package coop.ess.json.export;

import coop.ess.booking.time.OpeningHours;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.ResourceId;
import coop.ess.core.community.Community;
import coop.ess.core.internal.Checks;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.Venue;
import coop.ess.json.export.internal.ExportMessages;
import coop.ess.timebank.Account;
import coop.ess.timebank.AccountId;
import coop.ess.timebank.Exchange;
import coop.ess.timebank.Leg;
import coop.ess.timebank.Listing;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What a venue publishes as open data: the venue and its spaces, its opening hours, its community (organisations;
 * members only as contacts and agents), the {@link OpenDataService services} and {@link OpenDataEvent events} it
 * offers, and the records of its time bank (accounts, exchanges, offers and requests).
 *
 * <p>Every reference is checked when the set is built: a service's spaces must be spaces of the venue, its
 * organisation and contacts must be in the community, an exchange's accounts must be among {@link #accounts()}.
 * Example:
 *
 * <pre>{@code
 * OpenDataSet data = OpenDataSet.builder()
 *     .venue(cargo).community(community).operator(OrganisationId.of("univ-rennes2"))
 *     .hours(OsmOpeningHours.parse("Mo-Fr 09:00-18:00; PH off", cargo.zone()))
 *     .addServices(grocery)
 *     .build();
 * String hsds = Hsds.write(data, ExportOptions.defaults());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpenDataSet {

  OpenDataSet() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The venue, with its spaces.
   *
   * @return the venue, not null
   */
  public abstract Venue venue();

  /**
   * The people and organisations of the venue.
   *
   * @return the community, not null
   */
  public abstract Community community();

  /**
   * The organisation that runs the venue (<i>gestionnaire</i>): its SIRET or RNA number is the pivot identifier of
   * the CSV profile.
   *
   * @return the operator, possibly empty
   */
  public abstract Optional<OrganisationId> operator();

  /**
   * The opening hours of the venue.
   *
   * @return the hours, possibly empty
   */
  public abstract Optional<OpeningHours> hours();

  /**
   * Opening hours of single spaces that differ from the venue's.
   *
   * @return the hours by space, possibly empty, not null
   */
  public abstract Map<ResourceId, OpeningHours> spaceHours();

  /**
   * The members to contact about the venue (their names and contact details are personal data).
   *
   * @return the contacts, possibly empty, not null
   */
  public abstract List<MemberId> venueContacts();

  /**
   * The activities offered to the public.
   *
   * @return the services, possibly empty, not null
   */
  public abstract List<OpenDataService> services();

  /**
   * The public events.
   *
   * @return the events, possibly empty, not null
   */
  public abstract List<OpenDataEvent> events();

  /**
   * The time-bank accounts whose exchanges, offers and requests are exported.
   *
   * @return the accounts, possibly empty, not null
   */
  public abstract List<Account> accounts();

  /**
   * The time-bank exchanges to export (usually the posted ones).
   *
   * @return the exchanges, possibly empty, not null
   */
  public abstract List<Exchange> exchanges();

  /**
   * The time-bank offers and requests to export.
   *
   * @return the listings, possibly empty, not null
   */
  public abstract List<Listing> listings();

  /**
   * The opening hours of a space: its own, or else the venue's.
   *
   * @param space the space, not null
   * @return the hours, possibly empty
   */
  public final Optional<OpeningHours> hoursOf(ResourceId space) {
    return Optional.ofNullable(spaceHours().get(space)).or(this::hours);
  }

  /**
   * The account with an identifier.
   *
   * @param id the identifier, not null
   * @return the account, or empty if it is not among {@link #accounts()}
   */
  public final Optional<Account> account(AccountId id) {
    return Optional.ofNullable(accountsById().get(id));
  }

  @Value.Lazy
  Map<AccountId, Account> accountsById() {
    return accounts().stream().collect(Collectors.toUnmodifiableMap(Account::id, Function.identity(),
        (first, second) -> first));
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of(ExportMessages.CATALOG, "OpenDataSet " + venue().id());
    operator().ifPresent(id -> organisation(checks, "operator", id));
    hours().ifPresent(hours -> zone(checks, "hours", hours));
    spaceHours().forEach((space, hours) -> {
      space(checks, "spaceHours[" + space + "]", space);
      zone(checks, "spaceHours[" + space + "]", hours);
    });
    for (int i = 0; i < venueContacts().size(); i++) {
      member(checks, "venueContacts[" + i + "]", venueContacts().get(i));
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < services().size(); i++) {
      OpenDataService service = services().get(i);
      String path = "services[" + i + "]";
      checks.check(ids.add(service.id()), "export.duplicateId", path + ".id", "id",
          service.id());
      service.organisation().ifPresent(id -> organisation(checks, path + ".organisation", id));
      for (int s = 0; s < service.spaces().size(); s++) {
        space(checks, path + ".spaces[" + s + "]", service.spaces().get(s));
      }
      for (int c = 0; c < service.contacts().size(); c++) {
        member(checks, path + ".contacts[" + c + "]", service.contacts().get(c));
      }
      service.hours().ifPresent(hours -> zone(checks, path + ".hours", hours));
    }
    ids.clear();
    for (int i = 0; i < events().size(); i++) {
      OpenDataEvent event = events().get(i);
      String path = "events[" + i + "]";
      checks.check(ids.add(event.id()), "export.duplicateId", path + ".id", "id", event.id());
      space(checks, path + ".space", event.space());
      event.organiser().ifPresent(id -> organisation(checks, path + ".organiser", id));
    }
    ids.clear();
    for (int i = 0; i < accounts().size(); i++) {
      String path = "accounts[" + i + "]";
      Account account = accounts().get(i);
      checks.check(ids.add(account.id().value()), "export.duplicateId", path + ".id", "id",
          account.id());
      account.holder().ifPresent(holder -> {
        if (holder instanceof MemberId member) {
          member(checks, path + ".holder", member);
        } else if (holder instanceof OrganisationId organisation) {
          organisation(checks, path + ".holder", organisation);
        }
      });
    }
    for (int i = 0; i < exchanges().size(); i++) {
      List<Leg> legs = exchanges().get(i).legs();
      for (int l = 0; l < legs.size(); l++) {
        String path = "exchanges[" + i + "].legs[" + l + "]";
        account(checks, path + ".from", legs.get(l).from());
        account(checks, path + ".to", legs.get(l).to());
      }
    }
    for (int i = 0; i < listings().size(); i++) {
      account(checks, "listings[" + i + "].account", listings().get(i).account());
    }
    checks.throwIfInvalid();
  }

  private void organisation(Checks checks, String field, OrganisationId id) {
    checks.check(community().organisation(id).isPresent(), "export.unknownOrganisation", field,
        "organisation", id);
  }

  private void member(Checks checks, String field, MemberId id) {
    checks.check(community().member(id).isPresent(), "export.unknownMember", field, "member", id);
  }

  private void space(Checks checks, String field, ResourceId id) {
    checks.check(venue().resource(id).filter(Resource::isSpace).isPresent(), "export.unknownSpace", field,
        "resource", id, "venue", venue().id());
  }

  private void account(Checks checks, String field, AccountId id) {
    checks.check(accountsById().containsKey(id), "export.unknownAccount", field, "account", id);
  }

  private void zone(Checks checks, String field, OpeningHours hours) {
    checks.check(hours.zone().equals(venue().zone()), "export.zoneMismatch", field,
        "zone", hours.zone(), "venueZone", venue().zone());
  }

  /** Builds an {@link OpenDataSet}; not thread-safe. */
  public static final class Builder extends ImmutableOpenDataSet.Builder {
    Builder() {}
  }
}
