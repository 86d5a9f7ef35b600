package coop.ess.json.internal;

import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.PartyId;
import coop.ess.core.community.MemberCategory;

/** The codecs of the identifiers and codes of the core that the other families share. */
public final class CoreIds {

  /** A member: its id. */
  public static final StringCodec<MemberId> MEMBER =
      new StringCodec<>(MemberId.class, new StringCache<>(MemberId::of), MemberId::value);
  /** An organisation: its id. */
  public static final StringCodec<OrganisationId> ORGANISATION =
      new StringCodec<>(OrganisationId.class, OrganisationId::of, OrganisationId::value);
  /** A member or an organisation: {@code "member:ID"} or {@code "organisation:ID"}. */
  public static final StringCodec<PartyId> PARTY =
      new StringCodec<>(PartyId.class, new StringCache<>(CoreIds::partyOf), CoreIds::partyText);
  /** A member category: its code. */
  public static final StringCodec<MemberCategory> MEMBER_CATEGORY =
      new StringCodec<>(MemberCategory.class, new StringCache<>(MemberCategory::of), MemberCategory::code);

  private CoreIds() {}

  private static String partyText(PartyId party) {
    return (party instanceof MemberId ? "member:" : "organisation:") + party.value();
  }

  private static PartyId partyOf(String text) {
    if (text.startsWith("member:")) {
      return MemberId.of(text.substring("member:".length()));
    }
    if (text.startsWith("organisation:")) {
      return OrganisationId.of(text.substring("organisation:".length()));
    }
    throw new IllegalArgumentException(
        "expected a party as \"member:ID\" or \"organisation:ID\", got \"" + text + "\"");
  }
}
