package coop.ess.json.internal;

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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** The codecs of members and organisations. */
public final class CommunityCodecs {

  /** A member's role: its code. */
  public static final StringCodec<MemberRole> MEMBER_ROLE =
      new StringCodec<>(MemberRole.class, MemberRole::of, MemberRole::code);
  /** A SIREN number: its nine digits. */
  public static final StringCodec<Siren> SIREN = new StringCodec<>(Siren.class, Siren::of, Siren::value);
  /** A SIRET number: its fourteen digits. */
  public static final StringCodec<Siret> SIRET = new StringCodec<>(Siret.class, Siret::of, Siret::value);
  /** An RNA number. */
  public static final StringCodec<Rna> RNA = new StringCodec<>(Rna.class, Rna::of, Rna::value);
  /** A legal form. */
  public static final EnumCodec<LegalForm> LEGAL_FORM = new EnumCodec<>(LegalForm.class);
  /** Whether an organisation belongs to the social and solidarity economy. */
  public static final EnumCodec<EssStatus> ESS_STATUS = new EnumCodec<>(EssStatus.class);
  /** A member's status. */
  public static final EnumCodec<MemberStatus> MEMBER_STATUS = new EnumCodec<>(MemberStatus.class);

  /** Contact details (personal data). */
  public final Codec<ContactDetails> contact;
  /** A change of a member's status. */
  public final Codec<StatusChange> statusChange;
  /** A member. */
  public final Codec<Member> member;
  /** An organisation. */
  public final Codec<Organisation> organisation;

  /**
   * The codecs for some features.
   *
   * @param features the features, not null
   */
  public CommunityCodecs(Features features) {
    contact = new ContactCodec(features);
    statusChange = new StatusChangeCodec(features);
    member = new MemberCodec(features, contact, statusChange);
    organisation = new OrganisationCodec(features);
  }

  static LocalDate date(JsonParser in) {
    String text = Read.string(in);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw Read.error(in, "expected a date like 2026-03-02, got \"" + text + "\"");
    }
  }

  private static final class ContactCodec extends Codec<ContactDetails> {
    private static final Set<String> FIELDS = Set.of("email", "phone");
    private final Features features;

    ContactCodec(Features features) {
      super(ContactDetails.class);
      this.features = features;
    }

    @Override
    public void write(ContactDetails value, JsonGenerator out) {
      Write.startObject(out, value);
      if (value.email().isPresent()) {
        out.writeStringProperty("email", value.email().get());
      }
      if (value.phone().isPresent()) {
        out.writeStringProperty("phone", value.phone().get());
      }
      out.writeEndObject();
    }

    @Override
    public ContactDetails read(JsonParser in) {
      Read.startObject(in, "contact details");
      String email = null;
      String phone = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "email" -> email = Read.isNull(in) ? null : Read.string(in);
          case "phone" -> phone = Read.isNull(in) ? null : Read.string(in);
          default -> Read.unknown(in, features);
        }
      }
      ContactDetails.Builder builder = ContactDetails.builder().email(Optional.ofNullable(email))
          .phone(Optional.ofNullable(phone));
      return Read.build(in, builder::build, FIELDS);
    }
  }

  private static final class StatusChangeCodec extends Codec<StatusChange> {
    private static final Set<String> FIELDS = Set.of("date", "status", "reason");
    private final Features features;

    StatusChangeCodec(Features features) {
      super(StatusChange.class);
      this.features = features;
    }

    @Override
    public void write(StatusChange value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("date", value.date().toString());
      out.writeStringProperty("status", MEMBER_STATUS.name(value.status()));
      if (value.reason().isPresent()) {
        out.writeStringProperty("reason", value.reason().get());
      }
      out.writeEndObject();
    }

    @Override
    public StatusChange read(JsonParser in) {
      Read.startObject(in, "a status change");
      LocalDate date = null;
      MemberStatus status = null;
      String reason = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "date" -> date = date(in);
          case "status" -> status = MEMBER_STATUS.read(in);
          case "reason" -> reason = Read.isNull(in) ? null : Read.string(in);
          default -> Read.unknown(in, features);
        }
      }
      LocalDate day = Read.required(in, date, "date");
      MemberStatus now = Read.required(in, status, "status");
      String why = reason;
      return Read.build(in, () -> why == null ? StatusChange.of(day, now) : StatusChange.of(day, now, why), FIELDS);
    }
  }

  private static final class MemberCodec extends Codec<Member> {
    private static final Set<String> FIELDS =
        Set.of("id", "displayName", "categories", "roles", "contact", "statusHistory");
    private final Features features;
    private final Codec<ContactDetails> contact;
    private final Codec<StatusChange> statusChange;

    MemberCodec(Features features, Codec<ContactDetails> contact, Codec<StatusChange> statusChange) {
      super(Member.class);
      this.features = features;
      this.contact = contact;
      this.statusChange = statusChange;
    }

    @Override
    public void write(Member value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("id", value.id().value());
      out.writeStringProperty("displayName", value.displayName());
      Write.list(out, "categories", List.copyOf(value.categories()), CoreIds.MEMBER_CATEGORY);
      Write.list(out, "roles", List.copyOf(value.roles()), MEMBER_ROLE);
      if (value.contact().isPresent() && features.personalData()) {
        out.writeName("contact");
        contact.write(value.contact().get(), out);
      }
      Write.list(out, "statusHistory", value.statusHistory(), statusChange);
      out.writeEndObject();
    }

    @Override
    public Member read(JsonParser in) {
      Read.startObject(in, "a member");
      MemberId id = null;
      String displayName = null;
      List<MemberCategory> categories = List.of();
      List<MemberRole> roles = List.of();
      ContactDetails details = null;
      List<StatusChange> history = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "id" -> id = CoreIds.MEMBER.read(in);
          case "displayName" -> displayName = Read.string(in);
          case "categories" -> categories = Read.list(in, CoreIds.MEMBER_CATEGORY);
          case "roles" -> roles = Read.list(in, MEMBER_ROLE);
          case "contact" -> details = Read.isNull(in) ? null : contact.read(in);
          case "statusHistory" -> history = Read.list(in, statusChange);
          default -> Read.unknown(in, features);
        }
      }
      Member.Builder builder = Member.builder().id(Read.required(in, id, "id"))
          .displayName(Read.required(in, displayName, "displayName")).addAllCategories(categories)
          .addAllRoles(roles).contact(Optional.ofNullable(details))
          .addAllStatusHistory(Read.required(in, history, "statusHistory"));
      return Read.build(in, builder::build, FIELDS);
    }
  }

  private static final class OrganisationCodec extends Codec<Organisation> {
    private static final Set<String> FIELDS =
        Set.of("id", "name", "legalForm", "siren", "siret", "rna", "essStatus", "description");
    private final Features features;

    OrganisationCodec(Features features) {
      super(Organisation.class);
      this.features = features;
    }

    @Override
    public void write(Organisation value, JsonGenerator out) {
      Write.startObject(out, value);
      out.writeStringProperty("id", value.id().value());
      out.writeStringProperty("name", value.name());
      out.writeStringProperty("legalForm", LEGAL_FORM.name(value.legalForm()));
      if (value.siren().isPresent()) {
        out.writeStringProperty("siren", value.siren().get().value());
      }
      if (value.siret().isPresent()) {
        out.writeStringProperty("siret", value.siret().get().value());
      }
      if (value.rna().isPresent()) {
        out.writeStringProperty("rna", value.rna().get().value());
      }
      out.writeStringProperty("essStatus", ESS_STATUS.name(value.essStatus()));
      if (value.description().isPresent()) {
        out.writeStringProperty("description", value.description().get());
      }
      out.writeEndObject();
    }

    @Override
    public Organisation read(JsonParser in) {
      Read.startObject(in, "an organisation");
      OrganisationId id = null;
      String displayName = null;
      LegalForm legalForm = null;
      Siren siren = null;
      Siret siret = null;
      Rna rna = null;
      EssStatus essStatus = null;
      String description = null;
      String name;
      while ((name = Read.field(in)) != null) {
        switch (name) {
          case "id" -> id = CoreIds.ORGANISATION.read(in);
          case "name" -> displayName = Read.string(in);
          case "legalForm" -> legalForm = LEGAL_FORM.read(in);
          case "siren" -> siren = Read.isNull(in) ? null : SIREN.read(in);
          case "siret" -> siret = Read.isNull(in) ? null : SIRET.read(in);
          case "rna" -> rna = Read.isNull(in) ? null : RNA.read(in);
          case "essStatus" -> essStatus = ESS_STATUS.read(in);
          case "description" -> description = Read.isNull(in) ? null : Read.string(in);
          default -> Read.unknown(in, features);
        }
      }
      Organisation.Builder builder = Organisation.builder().id(Read.required(in, id, "id"))
          .name(Read.required(in, displayName, "name")).legalForm(Read.required(in, legalForm, "legalForm"))
          .siren(Optional.ofNullable(siren)).siret(Optional.ofNullable(siret)).rna(Optional.ofNullable(rna))
          .description(Optional.ofNullable(description));
      if (essStatus != null) {
        builder.essStatus(essStatus);
      }
      return Read.build(in, builder::build, FIELDS);
    }
  }
}
