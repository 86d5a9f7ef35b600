package coop.ess.json.internal;

import coop.ess.core.DateRange;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.PartyKind;
import coop.ess.core.VenueId;
import coop.ess.core.community.Community;
import coop.ess.core.community.Member;
import coop.ess.core.community.MemberRole;
import coop.ess.core.community.Membership;
import coop.ess.core.community.Organisation;
import coop.ess.core.venue.Venue;
import coop.ess.core.venue.VenueNetwork;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** The codecs of the registries of the core: memberships, communities and networks of venues. */
public final class NetworkCodecs {

  /** Member or organisation. */
  public static final EnumCodec<PartyKind> PARTY_KIND = new EnumCodec<>(PartyKind.class);

  /** A membership. */
  public final Codec<Membership> membership;
  /** A community: members, organisations and memberships. */
  public final Codec<Community> community;
  /** A network of venues. */
  public final Codec<VenueNetwork> network;

  /**
   * The codecs for some features.
   *
   * @param features the features, not null
   * @param members the codecs of members and organisations, not null
   * @param dateRange the codec of date ranges, not null
   * @param venue the codec of venues, not null
   */
  public NetworkCodecs(Features features, CommunityCodecs members, Codec<DateRange> dateRange, Codec<Venue> venue) {
    membership = new MembershipCodec(features, dateRange);
    community = new CommunityCodec(features, members.member, members.organisation, membership);
    network = new NetworkCodec(features, venue);
  }

  /**
   * Registers the codecs.
   *
   * @param adapters the adapters, not null
   */
  public void register(Adapters adapters) {
    adapters.add(PARTY_KIND).add(membership).add(community).add(network);
  }

  private static final class MembershipCodec extends Codec<Membership> {
    private static final Set<String> FIELDS = Set.of("member", "organisation", "venue", "role", "period");
    private final Features features;
    private final Codec<DateRange> dateRange;

    MembershipCodec(Features features, Codec<DateRange> dateRange) {
      super(Membership.class);
      this.features = features;
      this.dateRange = dateRange;
    }

    @Override
    public void write(Membership value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("member", value.member().value());
      if (value.organisation().isPresent()) {
        out.writeStringProperty("organisation", value.organisation().get().value());
      }
      if (value.venue().isPresent()) {
        out.writeStringProperty("venue", value.venue().get().value());
      }
      out.writeStringProperty("role", value.role().code());
      out.writeName("period");
      dateRange.write(value.period(), out);
      out.writeEndObject();
    }

    @Override
    public Membership read(JsonParser in) {
      Read.startObject(in, "a membership");
      MemberId member = null;
      OrganisationId organisation = null;
      VenueId venue = null;
      MemberRole role = null;
      DateRange period = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "member" -> member = CoreIds.MEMBER.read(in);
          case "organisation" -> organisation = Read.isNull(in) ? null : CoreIds.ORGANISATION.read(in);
          case "venue" -> venue = Read.isNull(in) ? null : VenueCodecs.VENUE_ID.read(in);
          case "role" -> role = CommunityCodecs.MEMBER_ROLE.read(in);
          case "period" -> period = dateRange.read(in);
          default -> Read.unknown(in, features);
        }
      }
      Membership.Builder builder = Membership.builder().member(Read.required(in, member, "member"))
          .organisation(Optional.ofNullable(organisation)).venue(Optional.ofNullable(venue))
          .role(Read.required(in, role, "role")).period(Read.required(in, period, "period"));
      return Support.build(in, builder::build, FIELDS);
    }
  }

  private static final class CommunityCodec extends Codec<Community> {
    private static final Set<String> FIELDS = Set.of("members", "organisations", "memberships");
    private final Features features;
    private final Codec<Member> member;
    private final Codec<Organisation> organisation;
    private final Codec<Membership> membership;

    CommunityCodec(Features features, Codec<Member> member, Codec<Organisation> organisation,
        Codec<Membership> membership) {
      super(Community.class);
      this.features = features;
      this.member = member;
      this.organisation = organisation;
      this.membership = membership;
    }

    @Override
    public void write(Community value, JsonGenerator out) {
      Write.startDocument(out, value, "community");
      Write.list(out, "members", value.members(), member);
      Write.list(out, "organisations", value.organisations(), organisation);
      Write.list(out, "memberships", value.memberships(), membership);
      out.writeEndObject();
    }

    @Override
    public Community read(JsonParser in) {
      Read.startObject(in, "a community");
      List<Member> members = List.of();
      List<Organisation> organisations = List.of();
      List<Membership> memberships = List.of();
      String name;
      while ((name = Read.field(in)) != null) {
        if (Read.header(in, name, "community")) {
          continue;
        }
        switch (name) {
          case "members" -> members = Read.list(in, member);
          case "organisations" -> organisations = Read.list(in, organisation);
          case "memberships" -> memberships = Read.list(in, membership);
          default -> Read.unknown(in, features);
        }
      }
      Community.Builder builder = Community.builder().addAllMembers(members).addAllOrganisations(organisations)
          .addAllMemberships(memberships);
      return Support.build(in, builder::build, FIELDS);
    }
  }

  private static final class NetworkCodec extends Codec<VenueNetwork> {
    private static final Set<String> FIELDS = Set.of("name", "venues");
    private final Features features;
    private final Codec<Venue> venue;

    NetworkCodec(Features features, Codec<Venue> venue) {
      super(VenueNetwork.class);
      this.features = features;
      this.venue = venue;
    }

    @Override
    public void write(VenueNetwork value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("name", value.name());
      Write.list(out, "venues", value.venues(), venue);
      out.writeEndObject();
    }

    @Override
    public VenueNetwork read(JsonParser in) {
      Read.startObject(in, "a network of venues");
      String networkName = null;
      List<Venue> venues = List.of();
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "name" -> networkName = Read.string(in);
          case "venues" -> venues = Read.list(in, venue);
          default -> Read.unknown(in, features);
        }
      }
      VenueNetwork.Builder builder = VenueNetwork.builder().name(Read.required(in, networkName, "name"))
          .addAllVenues(venues);
      return Support.build(in, builder::build, FIELDS);
    }
  }
}
