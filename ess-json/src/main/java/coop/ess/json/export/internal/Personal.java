package coop.ess.json.export.internal;

import coop.ess.core.MemberId;
import coop.ess.core.community.Community;
import coop.ess.core.community.ContactDetails;
import coop.ess.core.community.Member;
import java.util.Optional;

/**
 * The one gate through which personal data reaches an export: every exporter asks here for a member's name and
 * contact details, and gets nothing unless the caller asked for personal data.
 */
public final class Personal {

  private Personal() {}

  /**
   * A member, if personal data may be exported.
   *
   * @param community the community, not null
   * @param id the member, not null
   * @param include whether the caller asked for personal data
   * @return the member, or empty if personal data is excluded or the member is unknown
   */
  public static Optional<Member> member(Community community, MemberId id, boolean include) {
    return include ? community.member(id) : Optional.empty();
  }

  /**
   * A member's contact details, if personal data may be exported.
   *
   * @param community the community, not null
   * @param id the member, not null
   * @param include whether the caller asked for personal data
   * @return the details, or empty
   */
  public static Optional<ContactDetails> contact(Community community, MemberId id, boolean include) {
    return member(community, id, include).flatMap(Member::contact);
  }

  /**
   * The key of a member in identifiers (IRIs): the member's identifier with personal data, otherwise a stable
   * pseudonym (a name-based UUID), since identifiers such as {@code camille} are often first names.
   *
   * @param id the member, not null
   * @param include whether the caller asked for personal data
   * @return the key, not null
   */
  public static String key(MemberId id, boolean include) {
    return include ? id.value() : Ids.uuid("member", id.value());
  }
}
